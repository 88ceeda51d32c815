package graduate.criteria.sandbox.license_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

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

test_pass_apache if {
	r := fixtures.result("sandbox", "license") with input as snapshot([lic("main", "LICENSE", "Apache-2.0"), lic("website", "LICENSE", "CC-BY-4.0")], [doc])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "LICENSE", "line": 1}]
}

test_fail_busl if {
	r := fixtures.result("sandbox", "license") with input as snapshot([lic("main", "LICENSE", "BUSL-1.1")], [doc])
	r.status == "fail"
	r.reasons == ["main:LICENSE:1 states BUSL-1.1; the project must use Apache-2.0"]
}

test_fail_one_of_several if {
	s := snapshot([lic("main", "LICENSE", "Apache-2.0"), lic("main", "sdk/LICENSE", "NOASSERTION")], [doc])
	r := fixtures.result("sandbox", "license") with input as s
	r.status == "fail"
	r.reasons == ["main:sdk/LICENSE:1 states NOASSERTION; the project must use Apache-2.0"]
}

test_allowed_is_data if {
	r := fixtures.result("sandbox", "license") with input as snapshot([lic("main", "LICENSE", "MIT")], [doc])
		with data.graduate.config.thresholds.allowed_licenses as ["Apache-2.0", "MIT"]
	r.status == "pass"
}

test_all_repositories_when_none_named if {
	s := object.union(fixtures.base, {"licenses": [lic("x", "LICENSE", "GPL-3.0-only")]})
	r := fixtures.result("sandbox", "license") with input as s
	r.status == "fail"
	r.reasons == ["x:LICENSE:1 states GPL-3.0-only; the project must use Apache-2.0"]
}

test_fail_no_licence_file if {
	r := fixtures.result("sandbox", "license") with input as snapshot([], [])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main, website; none is a licence file (looked for %s); the project must use Apache-2.0", [facts.describe("license")])]
}

test_unknown_main_licence_not_identified if {
	r := fixtures.result("sandbox", "license") with input as snapshot([lic("website", "LICENSE", "Apache-2.0")], [{"repo": "main", "path": "README.md#License", "line": 40}])
	r.status == "unknown"
	r.reasons == ["no licence file of the main repositories (main) had its licence identified; the project must use Apache-2.0"]
}

test_unknown_no_repositories_no_licences if {
	r := fixtures.result("sandbox", "license") with input as object.union(fixtures.base, {"licenses": []})
	r.status == "unknown"
	r.reasons == ["no licence file of the main repositories (the snapshot's repositories) had its licence identified; the project must use Apache-2.0"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("sandbox", "license") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["licenses was not collected: the snapshot has no such facts"]
}

test_fail_without_licence_document_even_if_licences_not_collected if {
	r := fixtures.result("sandbox", "license") with input as object.union(fixtures.base, {"documents": {"license": []}})
	r.status == "fail"
}
