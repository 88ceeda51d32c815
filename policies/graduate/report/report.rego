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

# The report is built in one pass over the criterion packages, reading each one's meta,
# fail, unknown and evidence rules. It does not call verdict.result for each package,
# as graduate.gate does: OPA copies and hashes the arguments of every function call for
# its cache, which made a report of 66 calls several times slower than the criteria
# themselves (docs/benchmarks.md).
# The statuses are verdict.result's: verdict.collected decides a criterion that no
# attestation or waiver names, verdict.outcome the others, and a test compares the two
# paths on every criterion.

# _plain are the entries of the criteria that apply at the level and that no attestation
# or waiver names: the common case, decided inline.
_plain(level) := [[m.custom.order, object.union(
	{
		"id": m.custom.id,
		"section": m.custom.section,
		"title": object.get(verdict.wording(m), level, m.title),
		"requirement": requirement,
		"required": requirement == "required",
		"status": status,
		"attested": false,
		"reasons": reasons,
		"evidence": verdict.tidy(data.graduate.criteria[section][name].evidence),
	},
	verdict.waiting_field(m, status, reasons),
)] |
	some section, name
	m := data.graduate.criteria[section][name].meta
	requirement := verdict.levels(m)[level]
	requirement != "not_applicable"
	not m.custom.id in verdict.named
	key := concat(".", [section, name])
	fails := data.graduate.criteria[section][name].fail | object.get(verdict.fails_at(level), key, set())
	unknowns := data.graduate.criteria[section][name].unknown | object.get(verdict.unknowns_at(level), key, set())
	status := verdict.collected[count(fails) > 0][count(unknowns) > 0]
	reasons := sort({"fail": fails, "unknown": unknowns, "pass": set()}[status])
]

# _named are the entries of the criteria that apply at the level and that an attestation
# or waiver names.
_named(level) := [[m.custom.order, object.union(
	{
		"id": m.custom.id,
		"section": m.custom.section,
		"title": object.get(verdict.wording(m), level, m.title),
		"requirement": requirement,
		"required": requirement == "required",
		"status": o.status,
		"attested": o.attested,
		"reasons": o.reasons,
		"evidence": array.concat(verdict.tidy(data.graduate.criteria[section][name].evidence), o.evidence),
	},
	verdict.waiting_field(m, o.status, o.reasons),
)] |
	some section, name
	m := data.graduate.criteria[section][name].meta
	requirement := verdict.levels(m)[level]
	requirement != "not_applicable"
	m.custom.id in verdict.named
	o := verdict.outcome(
		m.custom.id,
		verdict.fails(section, name, level),
		verdict.unknowns(section, name, level),
	)
]

# _not_applicable are the entries of the criteria that are not part of the level; their
# rules are not evaluated at all.
_not_applicable(level) := [[m.custom.order, {
	"id": m.custom.id,
	"section": m.custom.section,
	"title": object.get(verdict.wording(m), level, m.title),
	"requirement": "not_applicable",
	"required": false,
	"status": "not_applicable",
	"attested": false,
	"reasons": [],
	"evidence": [],
}] |
	some section, name
	m := data.graduate.criteria[section][name].meta
	verdict.levels(m)[level] == "not_applicable"
]

# _criteria lists every criterion's entry at one level, in template order (orders are
# unique, which lib/catalogue_test.rego holds, so the sort never compares two entries).
_criteria(level) := [entry |
	some pair in sort(array.concat(array.concat(_plain(level), _named(level)), _not_applicable(level)))
	entry := pair[1]
]

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
	unmet := [c.id | some c in criteria; c.required; not c.status in verdict.met_statuses]
}
