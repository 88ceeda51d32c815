package graduate.criteria.security.joint_assessment_test

import data.graduate.criteria.security.joint_assessment as criterion

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"joint_assessment": found},
	"collection_errors": [],
}

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

test_pass_when_found if {
	r := criterion.result with input as snapshot([{"repo": "toc", "path": "projects/kubevirt/security-assessment/joint-assessment.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/kubevirt/security-assessment/joint-assessment.md", "line": 1}]
}

test_unknown_when_not_found if {
	r := criterion.result with input as snapshot([])
	r.status == "unknown"
	r.reasons == ["no joint security assessment found in main (looked for projects/<project>/security-assessment/joint-assessment.md and assessment documents); a completed joint assessment with TAG Security and Compliance needs an attestation with its link"]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := criterion.result with input as object.union(base, {"artifacts": {}})
	r.status == "unknown"
	r.reasons == ["artifacts.joint_assessment was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.joint_assessment", "error": "--toc not given"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.joint_assessment could not be collected: --toc not given"]
}

attestation := {
	"criterion": "security.joint_assessment", "evidence": "https://example.org/evidence",
	"statement": "Done and published.", "attested_by": "alice", "date": "2026-10-01",
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
	r.reasons[0] == "attested, not verified: Done and published. (alice, 2026-10-01)"
}

waiver(expires) := {"criterion": "security.joint_assessment", "reason": "Scheduled.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "unknown"
	"waiver by toc-member expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_and_warn_by_level if {
	w_incubation := criterion.warn with input as snapshot([]) with data.graduate.config.level as "incubation"
	count(w_incubation) == 1
	d_incubation := criterion.deny with input as snapshot([]) with data.graduate.config.level as "incubation"
	d_incubation == set()
	w_graduation := criterion.warn with input as snapshot([]) with data.graduate.config.level as "graduation"
	count(w_graduation) == 1
	d_graduation := criterion.deny with input as snapshot([]) with data.graduate.config.level as "graduation"
	d_graduation == set()
	d_sandbox := criterion.deny with input as snapshot([]) with data.graduate.config.level as "sandbox"
	d_sandbox == set()
}
