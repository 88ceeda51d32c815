package graduate.criteria.ecosystem.integrations_test

import data.graduate.lib.fixtures

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"integrations": found},
	"collection_errors": [],
}

test_pass_when_found if {
	r := fixtures.result("ecosystem", "integrations") with input as snapshot([{"repo": "toc", "path": "docs/integrations.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "docs/integrations.md", "line": 1}]
}

test_unknown_when_not_found if {
	r := fixtures.result("ecosystem", "integrations") with input as snapshot([])
	r.status == "unknown"
	r.reasons == ["no documentation of integrations found in main (looked for integrations and compatibility pages in the docs); documented integrations with CNCF and other projects are required: attest with a link"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("ecosystem", "integrations") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := fixtures.result("ecosystem", "integrations") with input as object.union(fixtures.base, {"artifacts": {}})
	r.status == "unknown"
	r.reasons == ["artifacts.integrations was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.integrations", "error": "--toc not given"}]})
	r := fixtures.result("ecosystem", "integrations") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.integrations could not be collected: --toc not given"]
}
