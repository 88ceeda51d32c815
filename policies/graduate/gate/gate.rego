# METADATA
# title: graduate gate
# description: >-
#   The verdict of every criterion, for conftest and an OPA server, at the level in
#   data.graduate.config.level: results maps each criterion's id to its verdict
#   (verdict.result over its package's meta, fail, unknown and evidence); deny holds one
#   message per criterion required at the level and not met, warn one per suggested
#   criterion not met. conftest queries it with -n graduate.gate. graduate itself reads
#   data.graduate.report.<level> instead.
# schemas:
#   - input: schema.snapshot
package graduate.gate

import data.graduate.lib.verdict

# results is every criterion's verdict, by id. A criterion package holds only its meta
# and its judgement; this is where the two meet, for every package at once.
results[m.custom.id] := verdict.result(
	m,
	verdict.fails(section, name, verdict.configured_level),
	verdict.unknowns(section, name, verdict.configured_level),
	data.graduate.criteria[section][name].evidence,
) if {
	some section, name
	m := data.graduate.criteria[section][name].meta
}

# deny and warn are conftest's failures and warnings: what verdict.deny and verdict.warn
# make of every result. A level in the data that is not a maturity level denies every
# criterion (verdict.deny), so conftest never passes with nothing to report. deny is
# written as one rule over _denied: conftest counts each deny or warn rule that reports
# nothing as one success, and so counts this namespace's rules as two.
deny contains d if some d in _denied

warn contains w if {
	some r in results
	some w in verdict.warn(r)
}

_denied contains d if {
	some r in results
	some d in verdict.deny(r)
}

# A criterion package needs all four of meta, fail, unknown and evidence; one that
# lacks any has no result, so it is denied, named by its package path, rather than
# left out of the verdict. (graduate's engine refuses a report that leaves it out.)
_parts := ["meta", "fail", "unknown", "evidence"]

_packages contains [section, name] if {
	some part in _parts
	some section, name
	data.graduate.criteria[section][name][part]
}

_denied contains {
	"msg": sprintf("%s.%s: the criterion package does not define %s, so it cannot be judged", [section, name, concat(", ", missing)]),
	"criterion": concat(".", [section, name]),
	"status": "unknown",
} if {
	some [section, name] in _packages
	missing := [part | some part in _parts; not data.graduate.criteria[section][name][part]]
	count(missing) > 0
}
