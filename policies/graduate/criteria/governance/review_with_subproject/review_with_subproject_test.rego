package graduate.criteria.governance.review_with_subproject_test

import data.graduate.criteria.governance.review_with_subproject as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

attestation(id) := {
	"criterion": id, "evidence": "https://example.org/evidence",
	"statement": "Done and recorded.", "attested_by": "carol", "date": "2026-09-01",
}

waiver(expires) := {"criterion": "governance.review_with_subproject", "reason": "in progress", "approved_by": "toc", "expires": expires}

test_unknown_without_attestation if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["a Governance Review completed with the Project Reviews subproject (not the self-assessed review of process.governance_review) needs an attestation in the project file linking the [Gov. Review] issue or the review document; none was given"]
	r.evidence == []
}

test_attested if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("governance.review_with_subproject")]}})
	r.status == "pass"
	r.attested
	r.reasons[0] == "attested, not verified: Done and recorded. (carol, 2026-09-01)"
	r.evidence == [{
		"kind": "attestation", "url": "https://example.org/evidence", "statement": "Done and recorded.",
		"attested_by": "carol", "date": "2026-09-01",
	}]
}

test_other_criterion_attestation_ignored if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("process.vendor_neutral_metadata")]}})
	r.status == "unknown"
}

test_waived if {
	r := criterion.result with input as object.union(base, {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r.reasons[0] == "waived until 2026-11-01 by toc: in progress"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(base, {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "unknown"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_not_applicable_at_sandbox if {
	criterion.deny == set() with input as base with data.graduate.config.level as "sandbox"
	criterion.warn == set() with input as base with data.graduate.config.level as "sandbox"
}

test_warn_at_incubation if {
	w := criterion.warn with input as base with data.graduate.config.level as "incubation"
	w == {{"msg": "governance.review_with_subproject: a Governance Review completed with the Project Reviews subproject (not the self-assessed review of process.governance_review) needs an attestation in the project file linking the [Gov. Review] issue or the review document; none was given", "criterion": "governance.review_with_subproject", "status": "unknown"}}
	d := criterion.deny with input as base with data.graduate.config.level as "incubation"
	d == set()
}

test_warn_at_graduation if {
	w := criterion.warn with input as base with data.graduate.config.level as "graduation"
	w == {{"msg": "governance.review_with_subproject: a Governance Review completed with the Project Reviews subproject (not the self-assessed review of process.governance_review) needs an attestation in the project file linking the [Gov. Review] issue or the review document; none was given", "criterion": "governance.review_with_subproject", "status": "unknown"}}
	d := criterion.deny with input as base with data.graduate.config.level as "graduation"
	d == set()
}

# Suggested at both levels, the criterion never denies on its own; deny relays what
# verdict.deny makes of a required result.
test_deny_relays_a_required_result if {
	r := object.union(criterion.result, {"levels": {"sandbox": "not_applicable", "incubation": "required", "graduation": "required"}}) with input as base
	d := criterion.deny with input as base with criterion.result as r
	d == {{"msg": concat(": ", [r.id, r.reasons[0]]), "criterion": r.id, "status": "unknown"}}
}
