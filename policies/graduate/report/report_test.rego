package graduate.report_test

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
	count(r.criteria) == count(report.results) with input as snapshot
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
		some c in report.results with input as snapshot
		id := c.id
	]
	s := object.union(snapshot, {"project": {"name": "Example", "waivers": waivers}})
	r := report.graduation with input as s
	r.met == true
}
