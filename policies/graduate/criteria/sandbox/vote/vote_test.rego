package graduate.criteria.sandbox.vote_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("sandbox", "vote") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["the TOC's vote on the sandbox application needs an attestation in the project file linking the application issue; none was given"]
	r.evidence == []
}
