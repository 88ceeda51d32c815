package graduate.criteria.governance.maintainer_lifecycle_used_test

import data.graduate.lib.fixtures

person(handle, line) := {
	"github": handle,
	"name": handle,
	"company": "Acme",
	"source": {"repo": "main", "path": "MAINTAINERS.md", "line": line},
}

snapshot(emeritus, changes) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "kubevirt", "role": "main"}],
	"maintainers": {"active": [person("a", 3)], "emeritus": emeritus},
	"history": {"maintainer_changes": changes},
	"collection_errors": [],
}

change := {"commit": "abc123", "date": "2025-04-01T10:00:00Z", "path": "MAINTAINERS.md", "added": ["b"], "removed": ["c"]}

no_evidence := "no emeritus maintainers are listed and no commit in the history of kubevirt added or removed a maintainer; the project may not yet have needed a change: add an attestation in the project file linking a maintainer addition or replacement"

test_pass_with_emeritus if {
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as snapshot([person("old", 9)], [])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "MAINTAINERS.md", "line": 9}]
}

test_pass_with_maintainer_changes if {
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as snapshot([], [change])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "kubevirt", "path": "MAINTAINERS.md", "line": 1, "commit": "abc123", "date": "2025-04-01T10:00:00Z", "text": "added b; removed c"}]
}

test_change_says_only_what_it_did if {
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as snapshot([], [json.remove(change, ["removed"])])
	r.evidence[0].text == "added b"
}

test_change_names_its_author if {
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as snapshot([], [object.union(change, {"author": "Ada Lovelace"})])
	r.evidence[0].text == "added b; removed c (by Ada Lovelace)"
}

test_change_names_its_repository if {
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as snapshot([], [object.union(change, {"repo": "community"})])
	r.evidence[0].repo == "community"
}

test_change_without_repositories_defaults_to_main if {
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as json.remove(snapshot([], [change]), ["repositories"])
	r.evidence[0].repo == "main"
}

test_pass_with_history_alone if {
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as json.remove(snapshot([], [change]), ["maintainers"])
	r.status == "pass"
}

test_unknown_when_both_empty if {
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as snapshot([], [])
	r.status == "unknown"
	r.reasons == [no_evidence]
	r.evidence == []
}

test_unknown_when_neither_collected if {
	s := json.remove(snapshot([], []), ["maintainers", "history"])
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as s
	r.status == "unknown"
	r.reasons == [
		"history was not collected: the snapshot has no such facts",
		"maintainers was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_changes_not_collected if {
	s := object.union(snapshot([], []), {"collection_errors": [{"source": "history.maintainer_changes", "error": "shallow clone"}]})
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as s
	r.status == "unknown"
	r.reasons == ["history.maintainer_changes could not be collected: shallow clone"]
}

test_unknown_when_history_has_no_changes_key if {
	s := object.union(json.remove(snapshot([], []), ["history"]), {"history": {"governance_commits": 3}})
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as s
	r.reasons == ["history.maintainer_changes was not collected: the snapshot has no such facts"]
}

# The reason the collectors gave stays beside the attestation.
test_attested_keeps_the_collected_reason if {
	r := fixtures.result("governance", "maintainer_lifecycle_used") with input as fixtures.attested(snapshot([], []), "governance.maintainer_lifecycle_used")
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason, no_evidence]
}
