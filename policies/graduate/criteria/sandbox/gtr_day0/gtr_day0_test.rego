package graduate.criteria.sandbox.gtr_day0_test

import data.graduate.criteria.sandbox.gtr_day0 as criterion

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"gtr": found},
	"collection_errors": [],
}

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

test_pass_when_found if {
	r := criterion.result with input as snapshot([{"repo": "toc", "path": "projects/kubevirt/tech-review/2026-01-10.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/kubevirt/tech-review/2026-01-10.md", "line": 1}]
}

test_unknown_when_not_found if {
	r := criterion.result with input as snapshot([])
	r.status == "unknown"
	r.reasons == ["no General Technical Review found in main (looked for projects/<project>/tech-review/ and GTR documents); a TAG presentation or the GTR's Day 0 needs an attestation with a link to the notes, recording or questionnaire"]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := criterion.result with input as object.union(base, {"artifacts": {}})
	r.status == "unknown"
	r.reasons == ["artifacts.gtr was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.gtr", "error": "--toc not given"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.gtr could not be collected: --toc not given"]
}

attestation := {
	"criterion": "sandbox.gtr_day0", "evidence": "https://example.org/evidence",
	"statement": "Done and published.", "attested_by": "alice", "date": "2026-10-01",
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
	r.reasons[0] == "attested, not verified: Done and published. (alice, 2026-10-01)"
}

waiver(expires) := {"criterion": "sandbox.gtr_day0", "reason": "Scheduled.", "approved_by": "toc-member", "expires": expires}

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
	d_incubation := criterion.deny with input as snapshot([]) with data.graduate.config.level as "incubation"
	d_incubation == set()
	w_incubation := criterion.warn with input as snapshot([]) with data.graduate.config.level as "incubation"
	w_incubation == set()
	d_graduation := criterion.deny with input as snapshot([]) with data.graduate.config.level as "graduation"
	d_graduation == set()
	w_graduation := criterion.warn with input as snapshot([]) with data.graduate.config.level as "graduation"
	w_graduation == set()
	d_sandbox := criterion.deny with input as snapshot([]) with data.graduate.config.level as "sandbox"
	d_sandbox == set()
}

test_warns_at_sandbox if {
	w := criterion.warn with input as snapshot([]) with data.graduate.config.level as "sandbox"
	count(w) == 1
}
