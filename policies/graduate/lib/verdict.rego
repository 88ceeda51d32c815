# METADATA
# title: Criterion verdicts
# description: >-
#   Turns what a criterion package found (fail reasons, unknown reasons, evidence) into
#   its status, applying the project's attestations and waivers from the snapshot.
#   Every criterion package calls result/4 once and exposes deny and warn for conftest.
# schemas:
#   - input: schema.snapshot
package graduate.lib.verdict

# The level conftest and an OPA server judge deny and warn against; graduate passes
# --level to the report instead (data.graduate.report.<level>).
default configured_level := "graduation"

configured_level := data.graduate.config.level

# result builds a criterion's level-independent verdict. chain is rego.metadata.chain()
# evaluated in the criterion package, so its package annotations describe the criterion.
result(chain, fails, unknowns, evidence) := {
	"id": meta.custom.id,
	"section": meta.custom.section,
	"order": meta.custom.order,
	"title": meta.title,
	"wording": object.get(meta.custom, "wording", {}),
	"levels": meta.custom.levels,
	"status": outcome.status,
	"attested": outcome.attested,
	"reasons": outcome.reasons,
	"evidence": array.concat(sort(evidence), outcome.evidence),
} if {
	meta := package_annotations(chain)
	outcome := _outcome(meta.custom.id, fails, unknowns)
}

# package_annotations returns the package-scope METADATA of a criterion from its chain.
package_annotations(chain) := [a |
	some entry in chain
	a := entry.annotations
	a.scope == "package"
][0]

collection_day := substring(input.collected_at, 0, 10)

_waivers := object.get(input, ["project", "waivers"], [])

_attestations := object.get(input, ["project", "attestations"], [])

# The criteria some attestation or waiver names; the others take the short path.
_named := {x.criterion | some x in array.concat(_waivers, _attestations)}

# Attestations and waivers grouped by criterion, built once per snapshot.
_attestations_by := {id: [a | some a in _attestations; a.criterion == id] | some id in _named}

_valid_waivers_by := {id: [w | some w in _waivers; w.criterion == id; w.expires >= collection_day] | some id in _named}

_expired_waivers_by := {id: [w | some w in _waivers; w.criterion == id; w.expires < collection_day] | some id in _named}

valid_waiver(id) := object.get(_valid_waivers_by, id, [])

expired_waivers(id) := object.get(_expired_waivers_by, id, [])

attestations(id) := object.get(_attestations_by, id, [])

_waiver_reason(w) := sprintf("waived until %s by %s: %s", [w.expires, w.approved_by, w.reason])

_expired_reason(w) := sprintf(
	"waiver by %s expired on %s (snapshot collected %s) and is ignored",
	[w.approved_by, w.expires, collection_day],
)

_attestation_reason(a) := sprintf("attested, not verified: %s (%s, %s)", [a.statement, a.attested_by, a.date])

_attestation_evidence(a) := {
	"kind": "attestation",
	"url": a.evidence,
	"statement": a.statement,
	"attested_by": a.attested_by,
	"date": a.date,
}

_waiver_evidence(w) := {
	"kind": "waiver",
	"reason": w.reason,
	"approved_by": w.approved_by,
	"expires": w.expires,
}

# What the collected facts alone say.
_collected_status(fails, _) := "fail" if count(fails) > 0

_collected_status(fails, unknowns) := "unknown" if {
	count(fails) == 0
	count(unknowns) > 0
}

_collected_status(fails, unknowns) := "pass" if {
	count(fails) == 0
	count(unknowns) == 0
}

_outcome(id, fails, unknowns) := _base_outcome(_collected_status(fails, unknowns), fails, unknowns, []) if {
	not id in _named
}

_outcome(id, fails, unknowns) := o if {
	id in _named
	collected := _collected_status(fails, unknowns)
	waivers := valid_waiver(id)
	atts := attestations(id)
	base := _base_outcome(collected, fails, unknowns, atts)
	o := _apply_waiver(base, waivers, expired_waivers(id))
}

_base_outcome("pass", _, _, atts) := {
	"status": "pass",
	"attested": false,
	"reasons": [],
	"evidence": [_attestation_evidence(a) | some a in atts],
}

_base_outcome("unknown", _, unknowns, atts) := {
	"status": "unknown",
	"attested": false,
	"reasons": sort(unknowns),
	"evidence": [],
} if count(atts) == 0

# An attestation decides what no collector could.
_base_outcome("unknown", _, unknowns, atts) := {
	"status": "pass",
	"attested": true,
	"reasons": array.concat([_attestation_reason(a) | some a in atts], sort(unknowns)),
	"evidence": [_attestation_evidence(a) | some a in atts],
} if count(atts) > 0

# An attestation never overrides collected evidence: a failure stays a failure.
_base_outcome("fail", fails, _, atts) := {
	"status": "fail",
	"attested": false,
	"reasons": array.concat(sort(fails), [r |
		some a in atts
		r := sprintf("attestation by %s does not override the collected evidence", [a.attested_by])
	]),
	"evidence": [_attestation_evidence(a) | some a in atts],
}

_expired_reasons(expired) := [_expired_reason(w) | some w in expired]

# A valid waiver excuses a criterion that did not pass; expired ones are only reported.
_apply_waiver(base, waivers, expired) := object.union(base, {
	"status": "waived",
	"reasons": array.concat(array.concat([_waiver_reason(waivers[0])], base.reasons), _expired_reasons(expired)),
	"evidence": array.concat(base.evidence, [_waiver_evidence(waivers[0])]),
}) if {
	base.status != "pass"
	count(waivers) > 0
} else := object.union(base, {"reasons": array.concat(base.reasons, _expired_reasons(expired))})

# status_at is the criterion's status in the report of one level.
status_at(r, level) := "not_applicable" if r.levels[level] == "not_applicable"

status_at(r, level) := r.status if r.levels[level] != "not_applicable"

met(status) if status in {"pass", "waived"}

_summary(r) := concat("; ", r.reasons) if count(r.reasons) > 0

_summary(r) := r.status if count(r.reasons) == 0

# deny is what conftest reports as failures: one message per criterion required at the
# configured level and not met (fail or unknown).
deny(r) := {{"msg": sprintf("%s: %s", [r.id, _summary(r)]), "criterion": r.id, "status": r.status} |
	r.levels[configured_level] == "required"
	not met(r.status)
}

# warn: the same for suggested criteria.
warn(r) := {{"msg": sprintf("%s: %s", [r.id, _summary(r)]), "criterion": r.id, "status": r.status} |
	r.levels[configured_level] == "suggested"
	not met(r.status)
}
