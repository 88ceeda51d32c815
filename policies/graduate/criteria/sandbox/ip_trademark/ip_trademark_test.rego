package graduate.criteria.sandbox.ip_trademark_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("sandbox", "ip_trademark") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["the agreement to donate the project's trademarks and accounts to the CNCF and to follow the CNCF IP Policy (and the signed Contribution Agreement) needs an attestation in the project file; none was given"]
	r.evidence == []
}
