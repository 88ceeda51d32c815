package graduate.criteria.security.self_assessment_test

import data.graduate.lib.fixtures

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"security_self_assessment": found},
	"collection_errors": [],
}

test_pass_when_found if {
	r := fixtures.result("security", "self_assessment") with input as snapshot([{"repo": "toc", "path": "projects/kubevirt/security-assessment/self-assessment.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/kubevirt/security-assessment/self-assessment.md", "line": 1}]
}

test_unknown_when_not_found if {
	r := fixtures.result("security", "self_assessment") with input as snapshot([])
	r.status == "unknown"
	r.reasons == ["no security self-assessment found in main (looked for projects/<project>/security-assessment/self-assessment.md and self-assessment documents); a security self-assessment is required: attest with its link"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("security", "self_assessment") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := fixtures.result("security", "self_assessment") with input as object.union(fixtures.base, {"artifacts": {}})
	r.status == "unknown"
	r.reasons == ["artifacts.security_self_assessment was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.security_self_assessment", "error": "--toc not given"}]})
	r := fixtures.result("security", "self_assessment") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.security_self_assessment could not be collected: --toc not given"]
}

tag := {"repo": "cncf/tag-security", "path": "community/assessments/projects/lantern/self-assessment.md", "line": 1}

toc := {"repo": "cncf/toc", "path": "projects/lantern/security-assessment/self-assessment.md", "line": 1}

stage(loc, text) := object.union(loc, {"line": 27, "how": "statement", "text": text})

staged(found, stages) := object.union(snapshot(found), {"content": {"assessment_stages": stages}})

test_unknown_when_every_one_found_says_it_is_unfinished if {
	r := fixtures.result("security", "self_assessment") with input as staged([tag], [stage(tag, "Incomplete")])
	r.status == "unknown"
	r.reasons == ["the security self-assessment found states its stage as unfinished: cncf/tag-security:community/assessments/projects/lantern/self-assessment.md:1 (Incomplete); a completed self-assessment is required: update its Assessment Stage, or attest that it is complete"]
}

test_pass_when_one_says_it_is_complete if {
	r := fixtures.result("security", "self_assessment") with input as staged([tag, toc], [stage(tag, "In Progress"), stage(toc, "Complete")])
	r.status == "pass"
}

test_pass_when_no_stage_is_stated if {
	r := fixtures.result("security", "self_assessment") with input as staged([tag], [])
	r.status == "pass"
}
