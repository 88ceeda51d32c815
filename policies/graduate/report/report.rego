# METADATA
# title: graduate report
# description: >-
#   The report of every criterion at one maturity level: data.graduate.report.<level>
#   with the snapshot as input, for level sandbox, incubation or graduation. met is the
#   gate's verdict: every criterion required at the level passed or is waived; unmet
#   lists the required criteria that did not.
# schemas:
#   - input: schema.snapshot
package graduate.report

import data.graduate.lib.verdict

sandbox := _report("sandbox")

incubation := _report("incubation")

graduation := _report("graduation")

statuses := ["pass", "fail", "unknown", "waived", "not_applicable"]

# results holds every criterion package's level-independent verdict, keyed so that the
# keys sort in template order.
results[key] := r if {
	some section, name
	r := data.graduate.criteria[section][name].result
	key := sprintf("%04d %s", [r.order, r.id])
}

_entry(r, level) := {
	"id": r.id,
	"section": r.section,
	"title": object.get(r.wording, level, r.title),
	"requirement": r.levels[level],
	"required": r.levels[level] == "required",
	"status": status,
	"attested": r.attested,
	"reasons": _reasons(r, status),
	"evidence": _evidence(r, status),
} if {
	status := verdict.status_at(r, level)
}

_reasons(_, "not_applicable") := []

_reasons(r, status) := r.reasons if status != "not_applicable"

_evidence(_, "not_applicable") := []

_evidence(r, status) := r.evidence if status != "not_applicable"

_criteria(level) := [_entry(results[k], level) | some k in sort(object.keys(results))]

_report(level) := {
	"level": level,
	"project": object.get(input, ["project", "name"], ""),
	"collected_at": input.collected_at,
	"met": count(unmet) == 0,
	"unmet": unmet,
	"summary": {s: n | some s in statuses; n := count([c | some c in criteria; c.status == s])},
	"criteria": criteria,
} if {
	criteria := _criteria(level)
	unmet := [c.id | some c in criteria; c.required; not verdict.met(c.status)]
}
