package graduate.criteria.process.due_diligence_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("process", "due_diligence") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["the Due Diligence Review (DD document completed in cncf/toc, concerns raised resolved, presented for public comment) needs an attestation in the project file linking the DD pull request; none was given"]
	r.evidence == []
}
