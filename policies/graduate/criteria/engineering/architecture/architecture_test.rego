package graduate.criteria.engineering.architecture_test

import data.graduate.criteria.engineering.architecture as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(designs, gtrs) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"architecture": designs, "gtr": gtrs},
})

design := {"repo": "main", "path": "docs/architecture.md", "line": 1}

gtr := {"repo": "toc", "path": "projects/project/tech-review/2026-05-01.md", "line": 1}

attestation := {
	"criterion": "engineering.architecture", "evidence": "https://example.org/docs/architecture",
	"statement": "The architecture is on the website.", "attested_by": "kim", "date": "2026-10-01",
}

test_pass_with_design if {
	r := criterion.result with input as snapshot([design], [])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "docs/architecture.md", "line": 1}]
}

test_pass_with_gtr if {
	r := criterion.result with input as snapshot([], [gtr])
	r.status == "pass"
	count(r.evidence) == 1
}

test_pass_with_design_when_gtr_not_collected if {
	r := criterion.result with input as object.union(base, {"artifacts": {"architecture": [design]}})
	r.status == "pass"
}

test_unknown_when_nothing_found if {
	r := criterion.result with input as snapshot([], [])
	r.status == "unknown"
	r.reasons == ["no architecture document or General Technical Review found in main or cncf/toc (looked for ARCHITECTURE files, docs/architecture and design overviews); an architecture overview kept elsewhere, such as the website, needs an attestation that links it"]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == [
		"artifacts.architecture was not collected: the snapshot has no such facts",
		"artifacts.gtr was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_gtr_not_collected if {
	r := criterion.result with input as object.union(base, {"artifacts": {"architecture": []}})
	r.status == "unknown"
	r.reasons == ["artifacts.gtr was not collected: the snapshot has no such facts"]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_never_fails if {
	count(criterion.fail) == 0 with input as snapshot([], [])
}

waiver(expires) := {"criterion": "engineering.architecture", "reason": "Docs rewrite.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "unknown"
	"waiver by toc-member expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_when_required if {
	d := criterion.deny with input as snapshot([], [])
	count(d) == 1
	d2 := criterion.deny with input as snapshot([], []) with data.graduate.config.level as "sandbox"
	d2 == set()
}
