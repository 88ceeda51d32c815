package graduate.criteria.process.additional_docs_test

import data.graduate.criteria.process.additional_docs as criterion

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"artifacts": {"architecture": found},
	"collection_errors": [],
}

doc := {"repo": "main", "path": "docs/architecture.md", "line": 1}

none_found := "no architecture or design document (architecture*, docs/design*) found in main, community; installation and end-user documentation, reference implementations and code samples usually live on the project website, which graduate does not read: add an attestation in the project file linking them"

attestation := {
	"criterion": "process.additional_docs", "evidence": "https://example.org/docs/install",
	"statement": "Install and user guides on the website.", "attested_by": "dave", "date": "2026-10-01",
}

waiver(expires) := {"criterion": "process.additional_docs", "reason": "website docs in progress", "approved_by": "toc", "expires": expires}

test_pass_with_document if {
	r := criterion.result with input as snapshot([doc])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "docs/architecture.md", "line": 1}]
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
	r := criterion.result with input as json.remove(snapshot([]), ["artifacts/architecture"])
	r.status == "unknown"
	r.reasons == ["artifacts.architecture was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.architecture", "error": "docs/: permission denied"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.architecture could not be collected: docs/: permission denied"]
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
	r.reasons == ["attested, not verified: Install and user guides on the website. (dave, 2026-10-01)", none_found]
}

test_waived if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r.reasons[0] == "waived until 2026-11-01 by toc: website docs in progress"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "unknown"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_at_incubation_and_graduation if {
	every level in ["incubation", "graduation"] {
		d := criterion.deny with input as snapshot([]) with data.graduate.config.level as level
		d == {{"msg": concat("", ["process.additional_docs: ", none_found]), "criterion": "process.additional_docs", "status": "unknown"}}
	}
	criterion.deny == set() with input as snapshot([]) with data.graduate.config.level as "sandbox"
	criterion.deny == set() with input as snapshot([doc])
}
