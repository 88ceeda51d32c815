package graduate.criteria.sandbox.reusable_test

import data.graduate.criteria.sandbox.reusable as criterion
import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := criterion.result with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["that the project is reusable (not a reference architecture, reference implementation or company-specific platform) needs an attestation in the project file; none was given"]
	r.evidence == []
}
