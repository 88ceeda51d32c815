package graduate.criteria.sandbox.vote_test

import data.graduate.criteria.sandbox.vote as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

attestation(id) := {
	"criterion": id, "evidence": "https://example.org/evidence",
	"statement": "Confirmed.", "attested_by": "carol", "date": "2026-09-01",
}

test_unknown_without_attestation if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["the TOC's vote on the sandbox application needs an attestation in the project file linking the application issue; none was given"]
	r.evidence == []
}

test_attested if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("sandbox.vote")]}})
	r.status == "pass"
	r.attested
	r.evidence == [{
		"kind": "attestation", "url": "https://example.org/evidence", "statement": "Confirmed.",
		"attested_by": "carol", "date": "2026-09-01",
	}]
}

test_other_criterion_attestation_ignored if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("process.gtr")]}})
	r.status == "unknown"
}

waiver(expires) := {"criterion": "sandbox.vote", "reason": "Not applicable to this project.", "approved_by": "toc", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(base, {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r.reasons[0] == "waived until 2026-11-01 by toc: Not applicable to this project."
}

test_waiver_expired if {
	r := criterion.result with input as object.union(base, {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "unknown"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_and_warn_by_level if {
	w_sandbox := criterion.warn with input as base with data.graduate.config.level as "sandbox"
	count(w_sandbox) == 1
	d_sandbox := criterion.deny with input as base with data.graduate.config.level as "sandbox"
	d_sandbox == set()
	d_incubation := criterion.deny with input as base with data.graduate.config.level as "incubation"
	d_incubation == set()
	w_incubation := criterion.warn with input as base with data.graduate.config.level as "incubation"
	w_incubation == set()
	d_graduation := criterion.deny with input as base with data.graduate.config.level as "graduation"
	d_graduation == set()
	w_graduation := criterion.warn with input as base with data.graduate.config.level as "graduation"
	w_graduation == set()
}

# deny passes on what verdict.deny makes of the result (no level requires this criterion).
test_deny_wiring if {
	r := criterion.result with input as base
	required := object.union(r, {"levels": {"sandbox": "required", "incubation": "required", "graduation": "required"}})
	d := criterion.deny with input as base with criterion.result as required
	count(d) == 1
}
