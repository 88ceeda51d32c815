package graduate.criteria.sandbox.parent_vote_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("sandbox", "parent_vote") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["a project separating from a parent project needs an attestation linking the parent maintainers' public vote issue; a project with no parent project waives this criterion in the project file; neither was given"]
	r.evidence == []
}
