package graduate.criteria.process.tag_recommendation_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("process", "tag_recommendation") with input as {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}
	r.status == "unknown"
	r.reasons == ["the TAG's insight or recommendation on the project in the context of the landscape needs an attestation in the project file linking it; none was given"]
}
