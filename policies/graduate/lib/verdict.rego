# METADATA
# title: Criterion verdicts
# description: >-
#   Turns what a criterion package found (fail reasons, unknown reasons, evidence) into
#   its status, applying the project's attestations and waivers from the snapshot.
#   graduate.gate calls result/4 once per criterion package, and deny/1 and warn/1 on
#   each result, for conftest.
# schemas:
#   - input: schema.snapshot
package graduate.lib.verdict

# The level conftest and an OPA server judge deny and warn against; graduate passes
# --level to the report instead (data.graduate.report.<level>).
default configured_level := "graduation"

configured_level := data.graduate.config.level

# meta is a criterion's package METADATA, from rego.metadata.chain() evaluated in its
# package. Every criterion package binds it once: `meta := verdict.meta(rego.metadata.chain())`.
# The METADATA does not restate what the package path graduate.criteria.<section>.<name>
# says: meta fills in custom.section, and custom.id as <section>.<name>. Only a
# sub-criterion gives its custom.id: its id has a second dot, which its package name
# spells as an underscore (engineering.release_process.tagging is
# release_process_tagging), and an underscore alone does not say where the parts meet
# (governance.maintainer_orgs). A chain with no such path (a test's) is taken as written.
meta(chain) := object.union(m, {"custom": object.union(_from_path(entry), object.get(m, "custom", {}))}) if {
	some entry in chain
	m := entry.annotations
	m.scope == "package"
}

_from_path(entry) := {"id": concat(".", [section, name]), "section": section} if {
	some section, name
	entry.path = ["graduate", "criteria", section, name]
} else := {}

# result builds a criterion's level-independent verdict from its METADATA and the fail,
# unknown and evidence sets its rules filled. graduate.gate's results, deny and warn,
# and the criteria's tests, read it; the report (graduate.report) computes the same
# statuses in one pass over every package instead, because OPA copies and hashes the
# arguments of every function call.
result(m, fails, unknowns, evidence) := {
	"id": m.custom.id,
	"section": m.custom.section,
	"order": m.custom.order,
	"title": m.title,
	"wording": wording(m),
	"levels": levels(m),
	"status": o.status,
	"attested": o.attested,
	"reasons": o.reasons,
	"evidence": array.concat(tidy(evidence), o.evidence),
} if {
	o := outcome(m.custom.id, fails, unknowns)
}

# tidy orders a criterion's evidence for a reader and drops an item that only names a
# place another item names with more (the link found there, the text it rests on): a
# place is listed once. What the text of one of the project's documents of a kind (its
# governance, contributing guide, release process, roadmap, ...: input.documents, but
# not a changelog's entries) states or links comes first, then what other documents
# state or link (a tutorial's "requires Kubernetes v1.16 or newer"), then the bare
# places (the documents read), the documents of a kind among them before the rest (a
# CONTRIBUTING.md before the issue templates); within each, by repository, file and
# line. A report that shows the first few items shows what decided.
tidy(evidence) := [pair[4] |
	some pair in sort([[_rank(e), object.get(e, "repo", ""), object.get(e, "path", ""), object.get(e, "line", 0), e] |
		some e in evidence
		not _subsumed(e, evidence)
	])
]

_rank(e) := 0 if {
	_says(e)
	[e.repo, _file(e.path)] in _documented
} else := 1 if {
	_says(e)
} else := 2 if {
	[e.repo, _file(e.path)] in _documented
} else := 3

_says(e) if e.text

_says(e) if e.url

# _documented holds the documents of a kind, as [repository, file] (a section's
# "#anchor" cut off).
_documented contains [loc.repo, _file(loc.path)] if {
	some kind, locs in object.get(input, "documents", {})
	kind != "changelog"
	some loc in locs
}

_file(path) := split(path, "#")[0]

_place(e) := [object.get(e, k, null) | some k in ["kind", "repo", "path", "line", "commit"]]

_subsumed(e, evidence) if {
	not e.url
	not e.text
	some f in evidence
	f != e
	_place(f) == _place(e)
}

# The rule set the verdicts follow (data.graduate.config.rule_set, chosen with
# --rules): a version of the TOC's templates, held in data.graduate.config.rule_sets as
# its differences from the METADATA, which is the current templates'.
default _rule_set := {}

_rule_set := data.graduate.config.rule_sets[data.graduate.config.rule_set]

# levels is a criterion's requirement at each level under the rule set.
levels(m) := object.union(m.custom.levels, object.get(_rule_set, ["levels", m.custom.id], {}))

# wording is a criterion's wording at each level where it differs from its title, under
# the rule set.
wording(m) := object.union(object.get(m.custom, "wording", {}), object.get(_rule_set, ["wording", m.custom.id], {}))

# collected is the status the collected facts alone give, by (any fail, any unknown).
collected := {
	true: {true: "fail", false: "fail"},
	false: {true: "unknown", false: "pass"},
}

# fails and unknowns are a criterion's reasons at one level: its package's fail and
# unknown sets, and those it gives for that level alone (fail_at.<level>,
# unknown_at.<level>), for a wording that asks more at one level than at another (the
# release process document must define its five guidelines at graduation only). A
# package that gives none for the level has only its plain sets. The level's own
# reasons are gathered once per level, by package path; the report looks them up there
# itself rather than calling these for each criterion (49.6k allocations an evaluation
# of the graduation example with a call per criterion, 47.1k without: benchmarks.md).
fails(section, name, level) := data.graduate.criteria[section][name].fail | object.get(fails_at(level), concat(".", [section, name]), set())

unknowns(section, name, level) := data.graduate.criteria[section][name].unknown | object.get(unknowns_at(level), concat(".", [section, name]), set())

fails_at(level) := {concat(".", [section, name]): s |
	some section, name
	s := data.graduate.criteria[section][name].fail_at[level]
}

unknowns_at(level) := {concat(".", [section, name]): s |
	some section, name
	s := data.graduate.criteria[section][name].unknown_at[level]
}

# plain_reasons are the reasons of a criterion no attestation or waiver names.
plain_reasons(status, fails, unknowns) := sort({"fail": fails, "unknown": unknowns, "pass": set()}[status])

collection_day := substring(input.collected_at, 0, 10)

_waivers := object.get(input, ["project", "waivers"], [])

_attestations := object.get(input, ["project", "attestations"], [])

# named holds the criteria some attestation or waiver names; the others take the short
# path, decided by their facts alone.
named := {x.criterion | some x in array.concat(_waivers, _attestations)}

# Attestations and waivers grouped by criterion, built once per snapshot.
_attestations_by := {id: [a | some a in _attestations; a.criterion == id] | some id in named}

_valid_waivers_by := {id: [w | some w in _waivers; w.criterion == id; w.expires >= collection_day] | some id in named}

_expired_waivers_by := {id: [w | some w in _waivers; w.criterion == id; w.expires < collection_day] | some id in named}

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

# outcome is a criterion's status, whether it is attested, its reasons, and the evidence
# the project file adds (attestations, the waiver), with attestations and waivers applied.
outcome(id, fails, unknowns) := {"status": status, "attested": false, "reasons": plain_reasons(status, fails, unknowns), "evidence": []} if {
	not id in named
	status := collected[count(fails) > 0][count(unknowns) > 0]
}

outcome(id, fails, unknowns) := o if {
	id in named
	status := collected[count(fails) > 0][count(unknowns) > 0]
	waivers := valid_waiver(id)
	atts := attestations(id)
	base := _base_outcome(status, fails, unknowns, atts)
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

# An unknown reason that ends so says only that an attestation is missing (every
# criterion words it this way); once one is given, the reason is dropped. Other unknown
# reasons say what the collectors saw, and stay beside the attestation.
_missing_attestation := "none was given"

# waiting says what an unknown criterion waits for, from its reasons: "toc" for a step
# that is the TOC's own (custom.decided_by names toc: due diligence, adopter
# interviews, votes), else "attestation" when every reason says only that the
# project's attestation is missing, else "collection": facts graduate could not
# collect or decide (offline, no permission, a link it did not read). A maintainer reads
# it as what to do next.
waiting(m, reasons) := "toc" if {
	"toc" in object.get(m.custom, "decided_by", [])
} else := "attestation" if {
	every r in reasons {
		endswith(r, _missing_attestation)
	}
} else := "collection"

# waiting_field is {"waiting": ...} for an unknown criterion, else empty.
waiting_field(m, "unknown", reasons) := {"waiting": waiting(m, reasons)}

waiting_field(_, status, _) := {} if status != "unknown"

# An attestation decides what no collector could.
_base_outcome("unknown", _, unknowns, atts) := {
	"status": "pass",
	"attested": true,
	"reasons": array.concat([_attestation_reason(a) | some a in atts], [r |
		some r in sort(unknowns)
		not endswith(r, _missing_attestation)
	]),
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

# met_statuses are the statuses that meet a criterion: the one definition the report and
# deny share.
met_statuses := {"pass", "waived"}

met(status) if status in met_statuses

_summary(r) := concat("; ", r.reasons) if count(r.reasons) > 0

_summary(r) := r.status if count(r.reasons) == 0

# deny is what conftest reports as failures: one message per criterion required at the
# configured level and not met (fail or unknown).
deny(r) := {{"msg": sprintf("%s: %s", [r.id, _summary(r)]), "criterion": r.id, "status": r.status} |
	r.levels[configured_level] == "required"
	not met(r.status)
} | _level_denial(r)

# A misspelt level in the data must not make conftest pass with nothing to report: every
# criterion denies, naming the level.
_level_denial(r) := {{
	"msg": sprintf("%s: data.graduate.config.level %q is not sandbox, incubation or graduation", [r.id, configured_level]),
	"criterion": r.id,
	"status": "unknown",
}} if not r.levels[configured_level]

else := set()

# warn: the same for suggested criteria.
warn(r) := {{"msg": sprintf("%s: %s", [r.id, _summary(r)]), "criterion": r.id, "status": r.status} |
	r.levels[configured_level] == "suggested"
	not met(r.status)
}
