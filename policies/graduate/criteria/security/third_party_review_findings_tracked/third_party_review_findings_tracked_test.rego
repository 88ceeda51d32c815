package graduate.criteria.security.third_party_review_findings_tracked_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("security", "third_party_review_findings_tracked") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["tracking of the third-party security review's moderate, low and thematic findings needs an attestation in the project file with a link to where they are tracked (issues, advisories or a plan); none was given"]
	r.evidence == []
}
