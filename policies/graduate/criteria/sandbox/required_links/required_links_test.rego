package graduate.criteria.sandbox.required_links_test

import data.graduate.criteria.sandbox.required_links as criterion

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

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

two_missing := object.union(all_docs, {"roadmap": [], "security_policy": []})

test_pass_with_all_documents if {
	r := criterion.result with input as snapshot(all_docs)
	r.status == "pass"
	count(r.evidence) == 5
}

test_fail_listing_missing if {
	r := criterion.result with input as snapshot(two_missing)
	r.status == "fail"
	r.reasons == ["no roadmap, security policy found (read the documents of main); the sandbox application must link a roadmap, contributing guide, code of conduct, security policy and maintainers file"]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_unknown_for_kinds_not_collected if {
	r := criterion.result with input as snapshot(object.remove(all_docs, ["roadmap"]))
	r.status == "unknown"
	r.reasons == ["documents.roadmap was not collected: the snapshot has no such facts"]
}

attestation := {
	"criterion": "sandbox.required_links", "evidence": "https://example.org/roadmap",
	"statement": "Roadmap is a GitHub project board.", "attested_by": "erin", "date": "2026-10-01",
}

test_attested_when_unknown if {
	r := criterion.result with input as snapshot(object.remove(all_docs, ["roadmap"])) with input.project as {"attestations": [attestation]}
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot(two_missing), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	"attestation by erin does not override the collected evidence" in r.reasons
}

waiver(expires) := {"criterion": "sandbox.required_links", "reason": "Roadmap in progress.", "approved_by": "toc", "expires": expires}

test_waived_and_expired if {
	s := snapshot(two_missing)
	r := criterion.result with input as object.union(s, {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r2 := criterion.result with input as object.union(s, {"project": {"waivers": [waiver("2026-10-31")]}})
	r2.status == "fail"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r2.reasons
}

test_deny_at_sandbox_only if {
	d := criterion.deny with input as snapshot(two_missing) with data.graduate.config.level as "sandbox"
	count(d) == 1
	d2 := criterion.deny with input as snapshot(two_missing)
	d2 == set()
}

test_warn_wiring if {
	s := snapshot(two_missing)
	r := criterion.result with input as s
	suggested := object.union(r, {"levels": {"sandbox": "suggested", "incubation": "suggested", "graduation": "suggested"}})
	w := criterion.warn with input as s with criterion.result as suggested
	count(w) == 1
}
