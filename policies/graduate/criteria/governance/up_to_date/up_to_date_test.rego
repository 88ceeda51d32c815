package graduate.criteria.governance.up_to_date_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("governance", "up_to_date") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["whether governance is up to date with the project's actual meetings, elections, leadership and approval processes needs an attestation in the project file; none was given"]
	r.evidence == []
}
