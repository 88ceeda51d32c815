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

sandbox := _report("sandbox")

incubation := _report("incubation")

graduation := _report("graduation")

_met := {"pass", "waived"}

statuses := ["pass", "fail", "unknown", "waived", "not_applicable"]

# results holds every criterion package's level-independent verdict, keyed so that the
# keys sort in template order.
results[key] := r if {
	some section, name
	r := data.graduate.criteria[section][name].result
	key := sprintf("%04d %s", [r.order, r.id])
}

# _criteria lists every criterion's entry at one level, in template order. It is one
# comprehension rather than a function per entry because OPA copies and hashes function
# arguments for its call cache, and the verdicts are large.
_criteria(level) := [{
	"id": r.id,
	"section": r.section,
	"title": object.get(r.wording, level, r.title),
	"requirement": requirement,
	"required": requirement == "required",
	"status": object.get(_not_applicable, requirement, r.status),
	"attested": r.attested,
	"reasons": object.get(_nothing, requirement, r.reasons),
	"evidence": object.get(_nothing, requirement, r.evidence),
} |
	some pair in _ordered
	r := pair[1]
	requirement := r.levels[level]
]

# _ordered pairs each verdict with its template order, sorted: orders are unique, so the
# sort never compares two verdicts.
_ordered := sort([[r.order, r] | some r in results])

_not_applicable := {"not_applicable": "not_applicable"}

_nothing := {"not_applicable": []}

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
	unmet := [c.id | some c in criteria; c.required; not c.status in _met]
}
