package graduate.criteria.ecosystem.toc_adopter_verification_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("ecosystem", "toc_adopter_verification") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["the TOC's verification of adopters (at least 3 adopter interviews from the 5 to 7 named on the Adopter Interview Form) needs an attestation in the project file linking the due-diligence record; none was given"]
	r.evidence == []
}
