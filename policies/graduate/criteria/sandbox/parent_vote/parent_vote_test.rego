package graduate.criteria.sandbox.parent_vote_test

import data.graduate.criteria.sandbox.parent_vote as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

attestation(id) := {
	"criterion": id, "evidence": "https://example.org/evidence",
	"statement": "Confirmed.", "attested_by": "carol", "date": "2026-09-01",
}

test_unknown_without_attestation if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["a project separating from a parent project needs an attestation linking the parent maintainers' public vote issue; a project with no parent project waives this criterion in the project file; neither was given"]
	r.evidence == []
}

test_attested if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("sandbox.parent_vote")]}})
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

waiver(expires) := {"criterion": "sandbox.parent_vote", "reason": "Not applicable to this project.", "approved_by": "toc", "expires": expires}

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
	d_sandbox := criterion.deny with input as base with data.graduate.config.level as "sandbox"
	count(d_sandbox) == 1
	some m_sandbox in d_sandbox
	m_sandbox.msg == "sandbox.parent_vote: a project separating from a parent project needs an attestation linking the parent maintainers' public vote issue; a project with no parent project waives this criterion in the project file; neither was given"
	d_incubation := criterion.deny with input as base with data.graduate.config.level as "incubation"
	d_incubation == set()
	w_incubation := criterion.warn with input as base with data.graduate.config.level as "incubation"
	w_incubation == set()
	d_graduation := criterion.deny with input as base with data.graduate.config.level as "graduation"
	d_graduation == set()
	w_graduation := criterion.warn with input as base with data.graduate.config.level as "graduation"
	w_graduation == set()
}

# warn passes on what verdict.warn makes of the result (no level suggests this criterion).
test_warn_wiring if {
	r := criterion.result with input as base
	suggested := object.union(r, {"levels": {"sandbox": "suggested", "incubation": "suggested", "graduation": "suggested"}})
	w := criterion.warn with input as base with criterion.result as suggested
	count(w) == 1
}
