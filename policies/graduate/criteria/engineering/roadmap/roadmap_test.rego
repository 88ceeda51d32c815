package graduate.criteria.engineering.roadmap_test

import data.graduate.criteria.engineering.roadmap as criterion
import data.graduate.lib.facts

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(roadmaps) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"roadmap": roadmaps},
})

attestation := {
	"criterion": "engineering.roadmap", "evidence": "https://github.com/orgs/project/projects/1",
	"statement": "The roadmap is a GitHub project board.", "attested_by": "lee", "date": "2026-10-01",
}

test_pass_with_roadmap if {
	r := criterion.result with input as snapshot([{"repo": "main", "path": "docs/ROADMAP.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "docs/ROADMAP.md", "line": 1}]
}

test_fail_without_roadmap if {
	r := criterion.result with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a roadmap (looked for %s); a public roadmap or other forward-looking planning document is required", [facts.describe("roadmap")])]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["documents.roadmap was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "documents.roadmap", "error": "README.md: too large"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["documents.roadmap could not be collected: README.md: too large"]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	"attestation by lee does not override the collected evidence" in r.reasons
}

waiver(expires) := {"criterion": "engineering.roadmap", "reason": "Roadmap being drafted.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "fail"
	"waiver by toc-member expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_when_required if {
	d := criterion.deny with input as snapshot([])
	count(d) == 1
	d2 := criterion.deny with input as snapshot([]) with data.graduate.config.level as "incubation"
	count(d2) == 1
	d3 := criterion.deny with input as snapshot([]) with data.graduate.config.level as "sandbox"
	d3 == set()
}
