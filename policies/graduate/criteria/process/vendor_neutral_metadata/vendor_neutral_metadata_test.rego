package graduate.criteria.process.vendor_neutral_metadata_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("process", "vendor_neutral_metadata") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["vendor neutrality of the project's metadata and resources (domains, accounts, repositories) needs an attestation in the project file; none was given"]
	r.evidence == []
}
