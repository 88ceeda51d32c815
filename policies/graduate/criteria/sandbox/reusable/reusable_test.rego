package graduate.criteria.sandbox.reusable_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("sandbox", "reusable") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["that the project is reusable (not a reference architecture, reference implementation or company-specific platform) needs an attestation in the project file; none was given"]
	r.evidence == []
}
