package graduate.criteria.governance.docs_discoverable_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(governance) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"governance": governance},
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
