package graduate.criteria.process.due_diligence_test

import data.graduate.criteria.process.due_diligence as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

attestation(id) := {
	"criterion": id, "evidence": "https://example.org/evidence",
	"statement": "Done and recorded.", "attested_by": "carol", "date": "2026-09-01",
}

waiver(expires) := {"criterion": "process.due_diligence", "reason": "in progress", "approved_by": "toc", "expires": expires}

test_unknown_without_attestation if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["the Due Diligence Review (DD document completed in cncf/toc, concerns raised resolved, presented for public comment) needs an attestation in the project file linking the DD pull request; none was given"]
	r.evidence == []
}

test_attested if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("process.due_diligence")]}})
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

test_deny_at_incubation if {
	d := criterion.deny with input as base with data.graduate.config.level as "incubation"
	d == {{"msg": "process.due_diligence: the Due Diligence Review (DD document completed in cncf/toc, concerns raised resolved, presented for public comment) needs an attestation in the project file linking the DD pull request; none was given", "criterion": "process.due_diligence", "status": "unknown"}}
	w := criterion.warn with input as base with data.graduate.config.level as "incubation"
	w == set()
}

test_deny_at_graduation if {
	d := criterion.deny with input as base with data.graduate.config.level as "graduation"
	d == {{"msg": "process.due_diligence: the Due Diligence Review (DD document completed in cncf/toc, concerns raised resolved, presented for public comment) needs an attestation in the project file linking the DD pull request; none was given", "criterion": "process.due_diligence", "status": "unknown"}}
	w := criterion.warn with input as base with data.graduate.config.level as "graduation"
	w == set()
}

# Required at both levels, the criterion never warns on its own; warn relays what
# verdict.warn makes of a suggested result.
test_warn_relays_a_suggested_result if {
	r := object.union(criterion.result, {"levels": {"sandbox": "not_applicable", "incubation": "suggested", "graduation": "suggested"}}) with input as base
	w := criterion.warn with input as base with criterion.result as r
	w == {{"msg": concat(": ", [r.id, r.reasons[0]]), "criterion": r.id, "status": "unknown"}}
}
