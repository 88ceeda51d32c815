package graduate.criteria.security.third_party_review_findings_tracked_test

import data.graduate.criteria.security.third_party_review_findings_tracked as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

attestation(id) := {
	"criterion": id, "evidence": "https://example.org/evidence",
	"statement": "Confirmed.", "attested_by": "carol", "date": "2026-09-01",
}

test_unknown_without_attestation if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["tracking of the third-party security review's moderate, low and thematic findings needs an attestation in the project file with a link to where they are tracked (issues, advisories or a plan); none was given"]
	r.evidence == []
}

test_attested if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("security.third_party_review.findings_tracked")]}})
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

waiver(expires) := {"criterion": "security.third_party_review.findings_tracked", "reason": "Not applicable to this project.", "approved_by": "toc", "expires": expires}

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
	d_sandbox == set()
	w_sandbox := criterion.warn with input as base with data.graduate.config.level as "sandbox"
	w_sandbox == set()
	d_incubation := criterion.deny with input as base with data.graduate.config.level as "incubation"
	d_incubation == set()
	w_incubation := criterion.warn with input as base with data.graduate.config.level as "incubation"
	w_incubation == set()
	d_graduation := criterion.deny with input as base with data.graduate.config.level as "graduation"
	count(d_graduation) == 1
	some m_graduation in d_graduation
	m_graduation.msg == "security.third_party_review.findings_tracked: tracking of the third-party security review's moderate, low and thematic findings needs an attestation in the project file with a link to where they are tracked (issues, advisories or a plan); none was given"
}

# warn passes on what verdict.warn makes of the result (no level suggests this criterion).
test_warn_wiring if {
	r := criterion.result with input as base
	suggested := object.union(r, {"levels": {"sandbox": "suggested", "incubation": "suggested", "graduation": "suggested"}})
	w := criterion.warn with input as base with criterion.result as suggested
	count(w) == 1
}
