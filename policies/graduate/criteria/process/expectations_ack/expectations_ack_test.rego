package graduate.criteria.process.expectations_ack_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("process", "expectations_ack") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["acknowledgement of the expectations for Sandbox projects and of the requirements for moving through the CNCF maturity levels is given in the application issue; it needs an attestation in the project file linking the issue and giving the date; none was given"]
	r.evidence == []
}
