package graduate.criteria.sandbox.required_links_test

import data.graduate.lib.fixtures

loc(path) := {"repo": "main", "path": path, "line": 1}

all_docs := {
	"roadmap": [loc("ROADMAP.md")],
	"contributing": [loc("CONTRIBUTING.md")],
	"code_of_conduct": [loc("CODE_OF_CONDUCT.md")],
	"security_policy": [loc("SECURITY.md")],
	"maintainers": [loc("MAINTAINERS.md")],
}

snapshot(docs) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": docs,
	"collection_errors": [],
}

two_missing := object.union(all_docs, {"roadmap": [], "security_policy": []})

test_pass_with_all_documents if {
	r := fixtures.result("sandbox", "required_links") with input as snapshot(all_docs)
	r.status == "pass"
	count(r.evidence) == 5
}

test_fail_listing_missing if {
	r := fixtures.result("sandbox", "required_links") with input as snapshot(two_missing)
	r.status == "fail"
	r.reasons == ["no roadmap, security policy found (read the documents of main); the sandbox application must link a roadmap, contributing guide, code of conduct, security policy and maintainers file"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("sandbox", "required_links") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_unknown_for_kinds_not_collected if {
	r := fixtures.result("sandbox", "required_links") with input as snapshot(object.remove(all_docs, ["roadmap"]))
	r.status == "unknown"
	r.reasons == ["documents.roadmap was not collected: the snapshot has no such facts"]
}
