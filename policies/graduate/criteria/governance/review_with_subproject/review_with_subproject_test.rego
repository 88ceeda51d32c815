package graduate.criteria.governance.review_with_subproject_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("governance", "review_with_subproject") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["a Governance Review completed with the Project Reviews subproject (not the self-assessed review of process.governance_review) needs an attestation in the project file linking the [Gov. Review] issue or the review document; none was given"]
	r.evidence == []
}
