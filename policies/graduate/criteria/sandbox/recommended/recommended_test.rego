package graduate.criteria.sandbox.recommended_test

import data.graduate.lib.fixtures

loc(path) := {"repo": "main", "path": path, "line": 1}

all_docs := {
	"code_of_conduct": [loc("CODE_OF_CONDUCT.md")],
	"contributing": [loc("CONTRIBUTING.md")],
	"security_policy": [loc("SECURITY.md")],
	"adopters": [loc("ADOPTERS.md")],
	"roadmap": [loc("ROADMAP.md")],
}

person(handle, company) := {"github": handle, "name": handle, "company": company, "source": loc("MAINTAINERS.md")}

two_orgs := [person("a", "Red Hat"), person("b", "Google LLC")]

one_org := [person("a", "Red Hat"), person("b", "Red Hat, Inc."), person("c", "Independent")]

snapshot(docs, people) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": docs,
	"maintainers": {"active": people, "emeritus": []},
	"collection_errors": [],
}

test_pass_at_threshold if {
	r := fixtures.result("sandbox", "recommended") with input as snapshot(all_docs, two_orgs)
	r.status == "pass"
	r.reasons == []
	count(r.evidence) == 6
}

test_fail_just_under_threshold if {
	r := fixtures.result("sandbox", "recommended") with input as snapshot(all_docs, one_org)
	r.status == "fail"
	r.reasons == ["3 active maintainers work for 1 organisation(s) (Red Hat); maintainers from at least 2 organisations are recommended"]
}

test_threshold_is_data if {
	r := fixtures.result("sandbox", "recommended") with input as snapshot(all_docs, two_orgs)
		with data.graduate.config.thresholds.sandbox_min_maintainer_orgs as 3
	r.status == "fail"
}

test_fail_listing_missing_documents if {
	r := fixtures.result("sandbox", "recommended") with input as snapshot(object.union(all_docs, {"adopters": [], "roadmap": []}), two_orgs)
	r.status == "fail"
	r.reasons == ["no adopters list, roadmap found (read the documents of main); a code of conduct, contributing guide, security policy, adopters list and roadmap are recommended"]
}

test_unknown_when_maintainers_not_collected if {
	r := fixtures.result("sandbox", "recommended") with input as object.union(fixtures.base, {"documents": all_docs})
	r.status == "unknown"
	r.reasons == ["maintainers was not collected: the snapshot has no such facts"]
}

test_unknown_when_nothing_collected if {
	r := fixtures.result("sandbox", "recommended") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts", "maintainers was not collected: the snapshot has no such facts"]
}

test_unknown_for_kinds_not_collected if {
	r := fixtures.result("sandbox", "recommended") with input as snapshot(object.remove(all_docs, ["adopters"]), two_orgs)
	r.status == "unknown"
	r.reasons == ["documents.adopters was not collected: the snapshot has no such facts"]
}
