package graduate.criteria.security.joint_assessment_test

import data.graduate.lib.fixtures

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"joint_assessment": found},
	"collection_errors": [],
}

test_pass_when_found if {
	r := fixtures.result("security", "joint_assessment") with input as snapshot([{"repo": "toc", "path": "projects/kubevirt/security-assessment/joint-assessment.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/kubevirt/security-assessment/joint-assessment.md", "line": 1}]
}

test_unknown_when_not_found if {
	r := fixtures.result("security", "joint_assessment") with input as snapshot([])
	r.status == "unknown"
	r.reasons == ["no joint security assessment found in main (looked for projects/<project>/security-assessment/joint-assessment.md and assessment documents); a completed joint assessment with TAG Security and Compliance needs an attestation with its link"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("security", "joint_assessment") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := fixtures.result("security", "joint_assessment") with input as object.union(fixtures.base, {"artifacts": {}})
	r.status == "unknown"
	r.reasons == ["artifacts.joint_assessment was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.joint_assessment", "error": "--toc not given"}]})
	r := fixtures.result("security", "joint_assessment") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.joint_assessment could not be collected: --toc not given"]
}
