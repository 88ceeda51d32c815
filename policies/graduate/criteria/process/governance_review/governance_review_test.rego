package graduate.criteria.process.governance_review_test

import data.graduate.lib.fixtures

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"artifacts": {"governance_review": found},
	"collection_errors": [],
}

doc := {"repo": "toc", "path": "projects/example/governance-review/2026-05-01.md", "line": 1}

none_found := "no Governance Review document found in main, community; the required artifact is the cncf/toc file projects/<project>/governance-review/YYYY-MM-DD.md, which the project's repositories do not show: add an attestation in the project file linking it"

test_pass_with_document if {
	r := fixtures.result("process", "governance_review") with input as snapshot([doc])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/example/governance-review/2026-05-01.md", "line": 1}]
}

test_unknown_when_none_found if {
	r := fixtures.result("process", "governance_review") with input as snapshot([])
	r.status == "unknown"
	r.reasons == [none_found]
}

test_unknown_when_not_collected if {
	r := fixtures.result("process", "governance_review") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := fixtures.result("process", "governance_review") with input as json.remove(snapshot([]), ["artifacts/governance_review"])
	r.status == "unknown"
	r.reasons == ["artifacts.governance_review was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.governance_review", "error": "--toc: no such directory"}]})
	r := fixtures.result("process", "governance_review") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.governance_review could not be collected: --toc: no such directory"]
}

test_unknown_when_family_failed if {
	s := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": [{"source": "artifacts", "error": "walk: permission denied"}]}
	r := fixtures.result("process", "governance_review") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts could not be collected: walk: permission denied"]
}

# The reason the collectors gave stays beside the attestation.
test_attested_keeps_the_collected_reason if {
	r := fixtures.result("process", "governance_review") with input as fixtures.attested(snapshot([]), "process.governance_review")
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason, none_found]
}
