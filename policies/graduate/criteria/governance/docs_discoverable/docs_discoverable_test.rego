package graduate.criteria.governance.docs_discoverable_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(governance) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"governance": governance},
	"artifacts": {"contributor_ladder": []},
	"collection_errors": [],
}

test_pass_with_document if {
	r := fixtures.result("governance", "docs_discoverable") with input as snapshot([{"repo": "main", "path": "GOVERNANCE.md", "line": 1}])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 1}]
}

test_fail_without_document if {
	r := fixtures.result("governance", "docs_discoverable") with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a governance document (looked for %s); a governance document is required", [facts.describe("governance")])]
}

test_unknown_when_not_collected if {
	r := fixtures.result("governance", "docs_discoverable") with input as fixtures.base
	r.status == "unknown"
}

test_unknown_when_member_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "documents.governance", "error": "read GOVERNANCE.md: permission denied"}]})
	r := fixtures.result("governance", "docs_discoverable") with input as s
	r.status == "unknown"
	r.reasons == ["documents.governance could not be collected: read GOVERNANCE.md: permission denied"]
}

# sermant keeps no GOVERNANCE file, but its README links a membership page of roles,
# decisions and nominations: left to a reviewer, not failed; without the ladders
# collected, unknown too.
test_unknown_with_only_a_contributor_ladder if {
	ladder := {"repo": "main", "path": "community-membership.md", "line": 1, "how": "name"}
	r := fixtures.result("governance", "docs_discoverable") with input as object.union(snapshot([]), {"artifacts": {"contributor_ladder": [ladder]}})
	r.status == "unknown"
	count(r.reasons) == 1
	contains(r.reasons[0], "but a contributor ladder is (main:community-membership.md:1)")
	r.evidence == [{"kind": "file", "repo": "main", "path": "community-membership.md", "line": 1}]

	r2 := fixtures.result("governance", "docs_discoverable") with input as json.remove(snapshot([]), ["artifacts"])
	r2.status == "unknown"

	# One deep in the docs that nothing links is no discoverable governance.
	deep := {"repo": "main", "path": "docs/docs/contribute/membership.md", "line": 1, "how": "name"}
	r3 := fixtures.result("governance", "docs_discoverable") with input as object.union(snapshot([]), {"artifacts": {"contributor_ladder": [deep]}})
	r3.status == "fail"
}
