package graduate.report_test

import data.graduate.gate
import data.graduate.report

snapshot := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"project": {"name": "Example"},
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"governance": [{"repo": "main", "path": "GOVERNANCE.md", "line": 1}]},
	"maintainers": {"active": [], "emeritus": []},
	"collection_errors": [],
}

test_graduation_report_shape if {
	r := report.graduation with input as snapshot
	r.level == "graduation"
	r.project == "Example"
	r.met == false
	"governance.maintainer_orgs" in r.unmet
	count(r.criteria) == count([m | m := data.graduate.criteria[_][_].meta])
	ids := [c.id | some c in r.criteria]
	"governance.maintainer_orgs" in ids
}

test_criteria_sorted_by_template_order if {
	r := report.graduation with input as snapshot
	some i, a in r.criteria
	a.id == "process.vendor_neutral_metadata"
	some j, b in r.criteria
	b.id == "governance.docs_discoverable"
	i < j
}

test_not_applicable_below_graduation if {
	r := report.incubation with input as snapshot
	some c in r.criteria
	c.id == "governance.maintainer_orgs"
	c.status == "not_applicable"
	c.required == false
	c.reasons == []
}

test_summary_counts_every_criterion if {
	r := report.graduation with input as snapshot
	total := sum([n | some n in r.summary])
	total == count(r.criteria)
}

test_met_when_required_waived_or_passed if {
	waivers := [{"criterion": id, "reason": "test", "approved_by": "toc", "expires": "2030-01-01"} |
		id := data.graduate.criteria[_][_].meta.custom.id
	]
	s := object.union(snapshot, {"project": {"name": "Example", "waivers": waivers}})
	r := report.graduation with input as s
	r.met == true
}

# The report decides statuses in one pass; the gate's results (what its deny and warn
# read, and the criteria's own tests through fixtures.result) decide them per
# criterion, through verdict.result. They must agree on every criterion at every level,
# with attestations, valid and expired waivers in play.
mixed := object.union(snapshot, {"project": {
	"name": "Example",
	"attestations": [
		{"criterion": "security.third_party_review", "evidence": "https://example.org/a", "statement": "Audited.", "attested_by": "a", "date": "2026-01-01"},
		{"criterion": "governance.maintainer_orgs", "evidence": "https://example.org/b", "statement": "Two orgs.", "attested_by": "b", "date": "2026-01-01"},
	],
	"waivers": [
		{"criterion": "governance.subproject_governance", "reason": "none", "approved_by": "toc", "expires": "2027-01-01"},
		{"criterion": "engineering.roadmap", "reason": "old", "approved_by": "toc", "expires": "2026-01-01"},
	],
}})

# The gate judges at data.graduate.config.level, so a criterion that asks more at one
# level (the release process at graduation, once a guideline fails: untagged
# pre-releases here) agrees with the report at that level.
_stated(line) := [{"repo": "main", "path": "RELEASES.md", "line": line, "how": "sentence", "text": "stated"}]

untagged := object.union(mixed, {
	"documents": {"release_process": [{"repo": "main", "path": "RELEASES.md", "line": 1, "how": "name"}]},
	"content": {"links_out": [], "hints": {}, "topics": {
		"release_procedure": _stated(3), "release_expectations": _stated(5),
		"release_tagging": _stated(7), "release_prerelease": [], "release_security": _stated(9),
		"release_branch_tag_strategy": _stated(11), "version_scheme": [],
		"release_support": _stated(13), "platform_support": _stated(14), "release_artifacts": _stated(15),
	}},
})

# The report at each level agrees with the gate's results at that level: one test per
# snapshot and level, each well within opa test's time limit for one test.
_report_agrees(s, level) if {
	results := gate.results with input as s with data.graduate.config.level as level
	r := report[level] with input as s
	count(r.criteria) == count(results)
	every c in r.criteria {
		x := results[c.id]
		c.requirement == x.levels[level]
		_agrees(c, x)
	}
}

test_report_agrees_with_each_result_sandbox if _report_agrees(mixed, "sandbox")

test_report_agrees_with_each_result_incubation if _report_agrees(mixed, "incubation")

test_report_agrees_with_each_result_graduation if _report_agrees(mixed, "graduation")

test_report_agrees_untagged_sandbox if _report_agrees(untagged, "sandbox")

test_report_agrees_untagged_incubation if _report_agrees(untagged, "incubation")

test_report_agrees_untagged_graduation if _report_agrees(untagged, "graduation")

test_the_level_asks_more_of_the_release_process if {
	[c] := [c | some c in report.graduation.criteria; c.id == "engineering.release_process"] with input as untagged
	c.status == "fail"
	[i] := [i | some i in report.incubation.criteria; i.id == "engineering.release_process"] with input as untagged
	i.status == "pass"
}

_agrees(c, _) if {
	c.requirement == "not_applicable"
	c.status == "not_applicable"
	c.reasons == []
	c.evidence == []
}

_agrees(c, x) if {
	c.requirement != "not_applicable"
	[c.status, c.attested, c.reasons, c.evidence] == [x.status, x.attested, x.reasons, x.evidence]
}
