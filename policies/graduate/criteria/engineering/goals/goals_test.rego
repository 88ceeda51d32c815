package graduate.criteria.engineering.goals_test

import data.graduate.criteria.engineering.goals as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(gtrs) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"gtr": gtrs},
})

gtr := {"repo": "toc", "path": "projects/project/tech-review/2026-05-01.md", "line": 1}

attestation := {
	"criterion": "engineering.goals", "evidence": "https://example.org/docs/overview",
	"statement": "The overview page states this.", "attested_by": "jo", "date": "2026-10-01",
}

test_pass_with_gtr if {
	r := criterion.result with input as snapshot([gtr])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/project/tech-review/2026-05-01.md", "line": 1}]
}

test_unknown_without_gtr if {
	r := criterion.result with input as snapshot([])
	r.status == "unknown"
	r.reasons == ["no General Technical Review found in main or cncf/toc, which would satisfy this criterion; project goals and differentiation written elsewhere (README, docs, website) cannot be judged from files: an attestation must link the document that states them"]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["artifacts.gtr was not collected: the snapshot has no such facts"]
}

test_unknown_when_gtr_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.gtr", "error": "--toc not given"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.gtr could not be collected: --toc not given"]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
	r.reasons[0] == "attested, not verified: The overview page states this. (jo, 2026-10-01)"
}

test_never_fails if {
	count(criterion.fail) == 0 with input as snapshot([])
}

waiver(expires) := {"criterion": "engineering.goals", "reason": "GTR scheduled.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "unknown"
	"waiver by toc-member expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_when_required if {
	d := criterion.deny with input as snapshot([])
	count(d) == 1
	some m in d
	m.criterion == "engineering.goals"
	m.status == "unknown"
	d2 := criterion.deny with input as snapshot([]) with data.graduate.config.level as "incubation"
	count(d2) == 1
	d3 := criterion.deny with input as snapshot([gtr])
	d3 == set()
}
