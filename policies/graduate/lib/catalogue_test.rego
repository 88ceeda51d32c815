# The properties every criterion shares, checked once over the whole catalogue: each
# package under data.graduate.criteria that has a meta. A criterion's own _test.rego
# then only says what is special about it: the facts it reads, its reasons and its
# evidence.
#
# What the project file does (attestations, waivers) is checked through each
# criterion's result (fixtures.result, which is what data.graduate.gate.results holds
# for it) on the snapshot with no facts, where every criterion is unknown, and what
# deny and warn say at each level through data.graduate.gate's deny and warn there. A
# failure cannot be forced the same way for every criterion, so the failure cases go
# through verdict.result with the criterion's own meta, as the gate does.
#
# opa test traces every evaluation (for --explain and --coverage) and gives a test five
# seconds, so each test evaluates a criterion once or twice, and the gate at each level
# in one pass over the catalogue.
package graduate.lib.catalogue_test

import data.graduate.gate
import data.graduate.lib.fixtures
import data.graduate.lib.verdict

levels := ["sandbox", "incubation", "graduation"]

sections := {"process", "governance", "community", "engineering", "security", "ecosystem", "sandbox"}

# catalogue maps each criterion package, [section, name], to its METADATA.
catalogue[[section, name]] := m if {
	some section, name
	m := data.graduate.criteria[section][name].meta
}

# _same holds when the policies gave what the test expects of every criterion; when
# they did not, opa test shows the criteria that differ.
_same(got, want) if {
	print("criteria judged otherwise than expected:", {id | some id, g in got; g != object.get(want, id, null)} | {id | some id, _ in want; not got[id]})
	got == want
}

# _result is a criterion's result on a snapshot.
_result([section, name], snapshot) := r if {
	r := fixtures.result(section, name) with input as snapshot
}

# _unknown is a criterion's result on the snapshot with no facts.
_unknown(key) := _result(key, fixtures.base)

# _notices is what deny should say of a result at a level where the criterion is
# required, or warn where it is suggested: one notice when it is not met, else nothing.
_notices(r, level, requirement) := {{
	"msg": sprintf("%s: %s", [r.id, concat("; ", r.reasons)]),
	"criterion": r.id,
	"status": r.status,
}} if {
	r.levels[level] == requirement
	not r.status in {"pass", "waived"}
} else := set()

# _expected is, by level and then by criterion, the deny and warn of some results.
_expected(results) := {level: {id: {"deny": _notices(r, level, "required"), "warn": _notices(r, level, "suggested")} |
	some id, r in results
} |
	some level in levels
}

# _relayed is, by level and then by criterion, what verdict.deny and verdict.warn make
# of some results.
_relayed(results) := {level: x |
	some level in levels
	x := _verdicts(results) with data.graduate.config.level as level
}

# _by_level_and_id flattens what is by level and then by criterion, so that _same names
# both.
_by_level_and_id(x) := {concat(" ", [level, id]): y | some level, by_id in x; some id, y in by_id}

_verdicts(results) := {id: {"deny": verdict.deny(r), "warn": verdict.warn(r)} | some id, r in results}

test_every_section_has_criteria if {
	{section | some [section, _], _ in catalogue} == sections
}

# A criterion's id and section follow its package path: id <section>.<name>, where a
# dot in the name is an underscore in the package. verdict.meta fills them in from the
# path; what this holds is the id a sub-criterion gives (engine's
# TestCatalogueFromMetadata holds that no other criterion gives one, nor a section).
_follows([section, name], m) if {
	m.custom.section == section
	startswith(m.custom.id, concat("", [section, "."]))
	replace(trim_prefix(m.custom.id, concat("", [section, "."])), ".", "_") == name
}

test_id_and_section_follow_the_package if {
	astray := {key | some key, m in catalogue; not _follows(key, m)}
	print("criteria whose id or section does not follow the package:", astray)
	astray == set()
}

# The report sorts the criteria by custom.order alone: two criteria never share one.
test_ids_and_orders_are_unique if {
	ids := [m.custom.id | some m in catalogue]
	orders := [m.custom.order | some m in catalogue]
	sorted := sort(orders)
	print("orders shared by two criteria:", {o | some i, o in sorted; i > 0; sorted[i - 1] == o})
	count({id | some id in ids}) == count(catalogue)
	count({o | some o in orders}) == count(catalogue)
}

test_every_level_is_named if {
	got := {m.custom.id: m.custom.levels | some m in catalogue}
	want := {id: ls |
		some id, ls in got
		object.keys(ls) == {"sandbox", "incubation", "graduation"}
		every requirement in ls {
			requirement in {"required", "suggested", "not_applicable"}
		}
	}
	_same(got, want)
}

# _gate is what data.graduate.gate holds.
_gate := {"results": gate.results, "deny": gate.deny, "warn": gate.warn}

# _messages flattens deny and warn, by level, into [level, rule, message] triples.
_messages(by_level) := {[level, rule, msg] |
	some level, x in by_level
	some rule in ["deny", "warn"]
	some msg in x[rule]
}

# _same_messages holds when the gate gave the messages the test expects; when it did
# not, opa test shows the ones that differ.
_same_messages(got, want) if {
	print("messages given and not expected:", got - want, "expected and not given:", want - got)
	got == want
}

# The gate's results are wired to each package's METADATA, and its deny and warn relay
# what verdict.deny and verdict.warn make of every result: a criterion suggested at no
# level still warns of a suggested result.
_denied(r) := {{"criterion": r.id, "status": r.status, "by": "verdict.deny"}}

_warned(r) := {{"criterion": r.id, "status": r.status, "by": "verdict.warn"}}

test_results_deny_and_warn_are_wired if {
	relayed := _gate with input as fixtures.base with verdict.deny as _denied with verdict.warn as _warned
	got := {id: object.filter(r, ["id", "section", "order", "title", "levels"]) | some id, r in relayed.results}
	want := {m.custom.id: {
		"id": m.custom.id,
		"section": m.custom.section,
		"order": m.custom.order,
		"title": m.title,
		"levels": m.custom.levels,
	} |
		some m in catalogue
	}
	_same(got, want)
	_same_messages(_messages({"any": relayed}), _messages({"any": {
		"deny": {{"criterion": m.custom.id, "status": "unknown", "by": "verdict.deny"} | some m in catalogue},
		"warn": {{"criterion": m.custom.id, "status": "unknown", "by": "verdict.warn"} | some m in catalogue},
	}}))
}

# The gate's result of a criterion is the criterion's own (fixtures.result, which the
# criteria's tests read).
test_results_are_each_criterions_own if {
	got := gate.results with input as fixtures.base
	_same(got, {m.custom.id: _unknown(key) | some key, m in catalogue})
}

# _own is, by level, what the gate holds on a snapshot.
_own(snapshot) := {level: x |
	some level in levels
	x := _gate with input as snapshot with data.graduate.config.level as level
}

# Nothing collected meets no criterion: each is unknown and says why, and deny and warn
# name it at the levels where it is required and suggested.
test_nothing_collected_is_unknown_and_denied_by_level if {
	own := _own(fixtures.base)
	results := own.graduation.results
	_same({id: [r.status, r.attested, count(r.reasons) > 0] | some id, r in results}, {m.custom.id: ["unknown", false, true] | some m in catalogue})
	want := {level: {"deny": union({n | some x in by_id; n := x.deny}), "warn": union({n | some x in by_id; n := x.warn})} |
		some level, by_id in _expected(results)
	}
	_same_messages(_messages(own), _messages(want))
}

# A misspelt level in the data denies every criterion, naming the level.
test_misspelt_level_denies if {
	x := _gate with input as fixtures.base with data.graduate.config.level as "graduaton"
	want := {{
		"msg": sprintf("%s: data.graduate.config.level \"graduaton\" is not sandbox, incubation or graduation", [m.custom.id]),
		"criterion": m.custom.id,
		"status": "unknown",
	} |
		some m in catalogue
	}
	_same_messages(_messages({"graduaton": x}), _messages({"graduaton": {"deny": want, "warn": set()}}))
}

# An attestation decides what no collector could: the criterion passes, attested, with
# the attestation as evidence; the reasons that only said an attestation was missing
# are dropped, the others stay beside it.
test_attested_when_unknown if {
	got := {m.custom.id: _result(key, fixtures.attested(fixtures.base, m.custom.id)) | some key, m in catalogue}
	want := {m.custom.id: object.union(u, {
		"status": "pass",
		"attested": true,
		"reasons": array.concat([fixtures.attestation_reason], [r | some r in u.reasons; not endswith(r, "none was given")]),
		"evidence": array.concat(u.evidence, [fixtures.attestation_evidence]),
	}) |
		some key, m in catalogue
		u := _unknown(key)
	}
	_same(got, want)
}

# An attestation or a waiver of another criterion changes nothing.
_ids := sort([m.custom.id | some m in catalogue])

_neighbour(id) := _ids[(i + 1) % count(_ids)] if {
	some i, x in _ids
	x == id
}

test_other_criteria_attestations_and_waivers_are_ignored if {
	day := fixtures.collection_day
	got := {m.custom.id: _result(key, fixtures.with_project(fixtures.base, [fixtures.attestation(other)], [fixtures.waiver(other, day)])) |
		some key, m in catalogue
		other := _neighbour(m.custom.id)
	}
	want := {m.custom.id: _unknown(key) | some key, m in catalogue}
	_same(got, want)
}

# A valid waiver (the collection day is the last day it is valid) excuses a criterion
# that did not pass: waived, its reasons after the waiver's.
test_waived if {
	day := fixtures.collection_day
	got := {m.custom.id: _result(key, fixtures.waived(fixtures.base, m.custom.id, day)) | some key, m in catalogue}
	want := {m.custom.id: object.union(u, {
		"status": "waived",
		"reasons": array.concat([fixtures.waiver_reason(day)], u.reasons),
		"evidence": array.concat(u.evidence, [fixtures.waiver_evidence(day)]),
	}) |
		some key, m in catalogue
		u := _unknown(key)
	}
	_same(got, want)
}

# An expired waiver is only reported: the criterion is judged as without it.
test_waiver_expired if {
	day := fixtures.expired_day
	got := {m.custom.id: _result(key, fixtures.waived(fixtures.base, m.custom.id, day)) | some key, m in catalogue}
	want := {m.custom.id: object.union(u, {"reasons": array.concat(u.reasons, [fixtures.expired_reason(day)])}) |
		some key, m in catalogue
		u := _unknown(key)
	}
	_same(got, want)
}

test_waived_and_expired if {
	valid := fixtures.collection_day
	expired := fixtures.expired_day
	got := {m.custom.id: _result(key, fixtures.with_project(fixtures.base, [], [fixtures.waiver(m.custom.id, expired), fixtures.waiver(m.custom.id, valid)])) | some key, m in catalogue}
	want := {m.custom.id: object.union(u, {
		"status": "waived",
		"reasons": array.concat(array.concat([fixtures.waiver_reason(valid)], u.reasons), [fixtures.expired_reason(expired)]),
		"evidence": array.concat(u.evidence, [fixtures.waiver_evidence(valid)]),
	}) |
		some key, m in catalogue
		u := _unknown(key)
	}
	_same(got, want)
}

# A waiver only excuses a criterion that did not pass: beside an attestation it is not
# applied.
test_waiver_beside_an_attestation_is_not_applied if {
	day := fixtures.collection_day
	got := {m.custom.id: _result(key, fixtures.with_project(fixtures.base, [fixtures.attestation(m.custom.id)], [fixtures.waiver(m.custom.id, day)])) | some key, m in catalogue}
	want := {m.custom.id: _result(key, fixtures.attested(fixtures.base, m.custom.id)) | some key, m in catalogue}
	_same(got, want)
}

# The failure cases go through verdict.result with each criterion's meta: a failure and
# something not collected, which a failure outweighs.
failure := "a collected failure"

gap := "something was not collected"

_failed(m, snapshot) := r if {
	r := verdict.result(m, {failure}, {gap}, set()) with input as snapshot
}

_failed_result(m, reasons, evidence) := {
	"id": m.custom.id,
	"section": m.custom.section,
	"order": m.custom.order,
	"title": m.title,
	"wording": object.get(m.custom, "wording", {}),
	"levels": m.custom.levels,
	"status": "fail",
	"attested": false,
	"reasons": reasons,
	"evidence": evidence,
}

# A failure is denied where the criterion is required and warned of where it is
# suggested; a pass and a waived failure are neither.
test_deny_and_warn_by_level if {
	day := fixtures.collection_day
	failed := {concat(" ", [m.custom.id, status]): r |
		some m in catalogue
		some status, snapshot in {"fail": fixtures.base, "waived": fixtures.waived(fixtures.base, m.custom.id, day)}
		r := _failed(m, snapshot)
	}
	passed := {concat(" ", [m.custom.id, "pass"]): r |
		some m in catalogue
		r := verdict.result(m, set(), set(), set()) with input as fixtures.base
	}
	results := object.union(failed, passed)
	statuses := {key: r.status | some key, r in results}
	_same(statuses, {key: status | some key, _ in results; status := split(key, " ")[1]})
	_same(_by_level_and_id(_relayed(results)), _by_level_and_id(_expected(results)))
}

test_failure_stays if {
	got := {m.custom.id: _failed(m, fixtures.base) | some m in catalogue}
	want := {m.custom.id: _failed_result(m, [failure], []) | some m in catalogue}
	_same(got, want)
}

# An attestation never overrides collected evidence: a failure stays a failure.
test_attestation_never_overrides_a_failure if {
	got := {m.custom.id: _failed(m, fixtures.attested(fixtures.base, m.custom.id)) | some m in catalogue}
	want := {m.custom.id: _failed_result(m, [failure, fixtures.overridden_reason], [fixtures.attestation_evidence]) | some m in catalogue}
	_same(got, want)
}

test_failure_waived if {
	day := fixtures.collection_day
	got := {m.custom.id: _failed(m, fixtures.waived(fixtures.base, m.custom.id, day)) | some m in catalogue}
	want := {m.custom.id: object.union(_failed_result(m, [fixtures.waiver_reason(day), failure], [fixtures.waiver_evidence(day)]), {"status": "waived"}) | some m in catalogue}
	_same(got, want)
}

test_failure_waiver_expired if {
	day := fixtures.expired_day
	got := {m.custom.id: _failed(m, fixtures.waived(fixtures.base, m.custom.id, day)) | some m in catalogue}
	want := {m.custom.id: _failed_result(m, [failure, fixtures.expired_reason(day)], []) | some m in catalogue}
	_same(got, want)
}
