package graduate.criteria.community.contributing_docs_test

import data.graduate.criteria.community.contributing_docs as criterion
import data.graduate.lib.facts

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(guides) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"documents": {"contributing": guides},
})

attestation := {
	"criterion": "community.contributing_docs", "evidence": "https://example.org/docs/contribute",
	"statement": "The contributor guide is on the website.", "attested_by": "erin", "date": "2026-10-01",
}

test_pass_with_guide if {
	r := criterion.result with input as snapshot([{"repo": "community", "path": "CONTRIBUTING.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "community", "path": "CONTRIBUTING.md", "line": 1}]
}

test_fail_without_guide if {
	r := criterion.result with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main, community; none is a contributing guide (looked for %s); documentation of how to contribute is required", [facts.describe("contributing")])]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["documents.contributing was not collected: the snapshot has no such facts"]
}

test_unknown_when_documents_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "documents", "error": "checkout not readable"}]})
	r := criterion.result with input as s
	r.status == "unknown"
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "fail"
}

waiver(expires) := {"criterion": "community.contributing_docs", "reason": "Guide in review.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2027-01-01")]}})
	r.status == "waived"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "fail"
	"waiver by toc-member expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_when_required if {
	d := criterion.deny with input as snapshot([])
	count(d) == 1
	d2 := criterion.deny with input as snapshot([]) with data.graduate.config.level as "incubation"
	count(d2) == 1
	d3 := criterion.deny with input as snapshot([]) with data.graduate.config.level as "sandbox"
	d3 == set()
}
