package graduate.criteria.process.tag_presentation_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("process", "tag_presentation") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["a presentation of the project's technical architecture to the domain-specific TAG(s) needs an attestation in the project file giving its date and linking the TAG meeting notes, recording or issue; none was given"]
	r.evidence == []
}
