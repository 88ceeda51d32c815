package graduate.criteria.sandbox.vote_test

import data.graduate.criteria.sandbox.vote as criterion
import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := criterion.result with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["the TOC's vote on the sandbox application needs an attestation in the project file linking the application issue; none was given"]
	r.evidence == []
}
