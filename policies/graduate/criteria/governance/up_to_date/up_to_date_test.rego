package graduate.criteria.governance.up_to_date_test

import data.graduate.criteria.governance.up_to_date as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

attestation(id) := {
	"criterion": id, "evidence": "https://example.org/evidence",
	"statement": "Done and recorded.", "attested_by": "carol", "date": "2026-09-01",
}

waiver(expires) := {"criterion": "governance.up_to_date", "reason": "in progress", "approved_by": "toc", "expires": expires}

test_unknown_without_attestation if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["whether governance is up to date with the project's actual meetings, elections, leadership and approval processes needs an attestation in the project file; none was given"]
	r.evidence == []
}

test_attested if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("governance.up_to_date")]}})
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
	w == {{"msg": "governance.up_to_date: whether governance is up to date with the project's actual meetings, elections, leadership and approval processes needs an attestation in the project file; none was given", "criterion": "governance.up_to_date", "status": "unknown"}}
	d := criterion.deny with input as base with data.graduate.config.level as "incubation"
	d == set()
}

test_deny_at_graduation if {
	d := criterion.deny with input as base with data.graduate.config.level as "graduation"
	d == {{"msg": "governance.up_to_date: whether governance is up to date with the project's actual meetings, elections, leadership and approval processes needs an attestation in the project file; none was given", "criterion": "governance.up_to_date", "status": "unknown"}}
	w := criterion.warn with input as base with data.graduate.config.level as "graduation"
	w == set()
}
