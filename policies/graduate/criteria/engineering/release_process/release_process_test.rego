package graduate.criteria.engineering.release_process_test

import data.graduate.criteria.engineering.release_process as criterion
import data.graduate.lib.facts

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(docs) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"release_process": docs},
})

attestation := {
	"criterion": "engineering.release_process", "evidence": "https://example.org/docs/releases",
	"statement": "The release process is on the website.", "attested_by": "max", "date": "2026-10-01",
}

test_pass_with_document if {
	r := criterion.result with input as snapshot([{"repo": "main", "path": "RELEASES.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 1}]
}

test_fail_without_document if {
	r := criterion.result with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a release process document (looked for %s); a public release process document is required", [facts.describe("release_process")])]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["documents.release_process was not collected: the snapshot has no such facts"]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "fail"
}

test_incubation_wording if {
	r := criterion.result with input as base
	r.wording == {"incubation": "Document the project's release process."}
	r.title == "Document the project's release process and guidelines publicly in a RELEASES.md or equivalent file that defines:"
}

waiver(expires) := {"criterion": "engineering.release_process", "reason": "First release pending.", "approved_by": "toc-member", "expires": expires}

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
