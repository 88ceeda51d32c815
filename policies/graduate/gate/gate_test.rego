# What the gate adds to the verdicts the catalogue test checks: a criterion package
# that lacks meta, fail, unknown or evidence is denied, never left out.
package graduate.gate_test

import data.graduate.gate
import data.graduate.lib.fixtures

_meta := {
	"title": "A criterion.",
	"custom": {
		"id": "demo.partial",
		"section": "demo",
		"order": 1,
		"levels": {"sandbox": "required", "incubation": "required", "graduation": "required"},
	},
}

# _added is what deny holds beside the catalogue's own denials on the snapshot with no
# facts, with the packages given added under data.graduate.criteria.demo.
_added(packages) := added if {
	own := gate.deny with input as fixtures.base
	got := gate.deny with input as fixtures.base with data.graduate.criteria.demo as packages
	own - got == set()
	added := got - own
}

test_a_package_without_meta_is_denied if {
	_added({"no_meta": {"fail": {"a failure"}, "unknown": set(), "evidence": set()}}) == {{
		"msg": "demo.no_meta: the criterion package does not define meta, so it cannot be judged",
		"criterion": "demo.no_meta",
		"status": "unknown",
	}}
}

test_a_package_without_fail_or_evidence_is_denied if {
	_added({"partial": {"meta": _meta, "unknown": set()}}) == {{
		"msg": "demo.partial: the criterion package does not define fail, evidence, so it cannot be judged",
		"criterion": "demo.partial",
		"status": "unknown",
	}}
}

# A complete package is judged like every other: unknown with a reason, denied for it.
test_a_complete_package_is_judged if {
	_added({"partial": {"meta": _meta, "fail": set(), "unknown": {"not collected"}, "evidence": set()}}) == {{
		"msg": "demo.partial: not collected",
		"criterion": "demo.partial",
		"status": "unknown",
	}}
}
