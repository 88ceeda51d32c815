package graduate.criteria.process.governance_review_test

import data.graduate.criteria.process.governance_review as criterion

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"artifacts": {"governance_review": found},
	"collection_errors": [],
}

doc := {"repo": "toc", "path": "projects/example/governance-review/2026-05-01.md", "line": 1}

none_found := "no Governance Review document found in main, community; the required artifact is the cncf/toc file projects/<project>/governance-review/YYYY-MM-DD.md, which the project's repositories do not show: add an attestation in the project file linking it"

attestation := {
	"criterion": "process.governance_review", "evidence": "https://github.com/cncf/toc/blob/main/projects/example/governance-review/2026-05-01.md",
	"statement": "Governance review merged into cncf/toc.", "attested_by": "dave", "date": "2026-10-01",
}

waiver(expires) := {"criterion": "process.governance_review", "reason": "review scheduled", "approved_by": "toc", "expires": expires}

test_pass_with_document if {
	r := criterion.result with input as snapshot([doc])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/example/governance-review/2026-05-01.md", "line": 1}]
}

test_unknown_when_none_found if {
	r := criterion.result with input as snapshot([])
	r.status == "unknown"
	r.reasons == [none_found]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := criterion.result with input as json.remove(snapshot([]), ["artifacts/governance_review"])
	r.status == "unknown"
	r.reasons == ["artifacts.governance_review was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.governance_review", "error": "--toc: no such directory"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.governance_review could not be collected: --toc: no such directory"]
}

test_unknown_when_family_failed if {
	s := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": [{"source": "artifacts", "error": "walk: permission denied"}]}
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["artifacts could not be collected: walk: permission denied"]
}

test_attested_when_none_found if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
	r.reasons == ["attested, not verified: Governance review merged into cncf/toc. (dave, 2026-10-01)", none_found]
}

test_waived if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r.reasons[0] == "waived until 2026-11-01 by toc: review scheduled"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "unknown"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_at_incubation_and_graduation if {
	every level in ["incubation", "graduation"] {
		d := criterion.deny with input as snapshot([]) with data.graduate.config.level as level
		d == {{"msg": concat("", ["process.governance_review: ", none_found]), "criterion": "process.governance_review", "status": "unknown"}}
	}
	criterion.deny == set() with input as snapshot([]) with data.graduate.config.level as "sandbox"
	criterion.deny == set() with input as snapshot([doc])
}
