package graduate.criteria.sandbox.license_test

import data.graduate.criteria.sandbox.license as criterion
import data.graduate.lib.facts

lic(repo, path, spdx) := {"repo": repo, "path": path, "line": 1, "spdx": spdx}

snapshot(licenses, docs) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "website", "role": "website"}],
	"licenses": licenses,
	"documents": {"license": docs},
	"collection_errors": [],
}

doc := {"repo": "main", "path": "LICENSE", "line": 1}

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

test_pass_apache if {
	r := criterion.result with input as snapshot([lic("main", "LICENSE", "Apache-2.0"), lic("website", "LICENSE", "CC-BY-4.0")], [doc])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "LICENSE", "line": 1}]
}

test_fail_busl if {
	r := criterion.result with input as snapshot([lic("main", "LICENSE", "BUSL-1.1")], [doc])
	r.status == "fail"
	r.reasons == ["main:LICENSE:1 states BUSL-1.1; the project must use Apache-2.0"]
}

test_fail_one_of_several if {
	s := snapshot([lic("main", "LICENSE", "Apache-2.0"), lic("main", "sdk/LICENSE", "NOASSERTION")], [doc])
	r := criterion.result with input as s
	r.status == "fail"
	r.reasons == ["main:sdk/LICENSE:1 states NOASSERTION; the project must use Apache-2.0"]
}

test_allowed_is_data if {
	r := criterion.result with input as snapshot([lic("main", "LICENSE", "MIT")], [doc])
		with data.graduate.config.thresholds.allowed_licenses as ["Apache-2.0", "MIT"]
	r.status == "pass"
}

test_all_repositories_when_none_named if {
	s := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": [], "licenses": [lic("x", "LICENSE", "GPL-3.0-only")]}
	r := criterion.result with input as s
	r.status == "fail"
	r.reasons == ["x:LICENSE:1 states GPL-3.0-only; the project must use Apache-2.0"]
}

test_fail_no_licence_file if {
	r := criterion.result with input as snapshot([], [])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main, website; none is a licence file (looked for %s); the project must use Apache-2.0", [facts.describe("license")])]
}

test_unknown_main_licence_not_identified if {
	r := criterion.result with input as snapshot([lic("website", "LICENSE", "Apache-2.0")], [{"repo": "main", "path": "README.md#License", "line": 40}])
	r.status == "unknown"
	r.reasons == ["no licence file of the main repositories (main) had its licence identified; the project must use Apache-2.0"]
}

test_unknown_no_repositories_no_licences if {
	r := criterion.result with input as object.union(base, {"licenses": []})
	r.status == "unknown"
	r.reasons == ["no licence file of the main repositories (the snapshot's repositories) had its licence identified; the project must use Apache-2.0"]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["licenses was not collected: the snapshot has no such facts"]
}

test_fail_without_licence_document_even_if_licences_not_collected if {
	r := criterion.result with input as object.union(base, {"documents": {"license": []}})
	r.status == "fail"
}

attestation := {
	"criterion": "sandbox.license", "evidence": "https://example.org/license",
	"statement": "Apache-2.0 throughout.", "attested_by": "erin", "date": "2026-10-01",
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	s := object.union(snapshot([lic("main", "LICENSE", "BUSL-1.1")], [doc]), {"project": {"attestations": [attestation]}})
	r := criterion.result with input as s
	r.status == "fail"
	"attestation by erin does not override the collected evidence" in r.reasons
}

waiver(expires) := {"criterion": "sandbox.license", "reason": "Relicensing approved.", "approved_by": "toc", "expires": expires}

test_waived_and_expired if {
	s := snapshot([lic("main", "LICENSE", "BUSL-1.1")], [doc])
	r := criterion.result with input as object.union(s, {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r2 := criterion.result with input as object.union(s, {"project": {"waivers": [waiver("2026-10-31")]}})
	r2.status == "fail"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r2.reasons
}

test_deny_at_sandbox_only if {
	s := snapshot([lic("main", "LICENSE", "BUSL-1.1")], [doc])
	d := criterion.deny with input as s with data.graduate.config.level as "sandbox"
	count(d) == 1
	some m in d
	m.msg == "sandbox.license: main:LICENSE:1 states BUSL-1.1; the project must use Apache-2.0"
	d2 := criterion.deny with input as s
	d2 == set()
	w := criterion.warn with input as s with data.graduate.config.level as "sandbox"
	w == set()
}

test_warn_wiring if {
	s := snapshot([lic("main", "LICENSE", "BUSL-1.1")], [doc])
	r := criterion.result with input as s
	suggested := object.union(r, {"levels": {"sandbox": "suggested", "incubation": "suggested", "graduation": "suggested"}})
	w := criterion.warn with input as s with criterion.result as suggested
	count(w) == 1
}
