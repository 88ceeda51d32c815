package graduate.criteria.sandbox.maintainers_file_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

file := {"repo": "main", "path": "MAINTAINERS.md", "line": 1}

person(handle, name, company, line) := {
	"github": handle, "name": name, "company": company,
	"source": {"repo": "main", "path": "MAINTAINERS.md", "line": line},
}

snapshot(files, people) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"maintainers": files},
	"maintainers": {"active": people, "emeritus": []},
	"collection_errors": [],
}

complete := [person("alice", "Alice A", "Acme", 3), person("bob", "Bob B", "Independent", 4)]

lacking := [
	person("alice", "Alice A", "Acme", 3),
	person("bob", "Bob B", null, 4),
	person(null, "Carol C", " ", 5),
	person(null, null, "Globex", 6),
]

test_pass_with_complete_file if {
	r := fixtures.result("sandbox", "maintainers_file") with input as snapshot([file], complete)
	r.status == "pass"
	r.reasons == []
	count(r.evidence) == 3
}

test_fail_listing_incomplete_entries if {
	r := fixtures.result("sandbox", "maintainers_file") with input as snapshot([file], lacking)
	r.status == "fail"
	r.reasons == ["3 of 4 active maintainers lack a required field: @bob (main:MAINTAINERS.md:4) lacks company; Carol C (main:MAINTAINERS.md:5) lacks github, company; an entry (main:MAINTAINERS.md:6) lacks name, github; the maintainers file must give each maintainer's name, GitHub ID and company/organization"]
}

test_fail_no_active_maintainers if {
	r := fixtures.result("sandbox", "maintainers_file") with input as snapshot([file], [])
	r.status == "fail"
	r.reasons == ["no active maintainers were read from main:MAINTAINERS.md:1; the maintainers file must list each maintainer's name, GitHub ID and company/organization"]
}

test_fail_without_file if {
	r := fixtures.result("sandbox", "maintainers_file") with input as snapshot([], complete)
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a maintainers file (looked for %s); a maintainers file with each maintainer's name, GitHub ID and company/organization is required", [facts.describe("maintainers")])]
}

test_unknown_file_found_maintainers_not_collected if {
	s := object.union(snapshot([file], complete), {"collection_errors": [{"source": "maintainers", "error": "MAINTAINERS.md: no table"}]})
	r := fixtures.result("sandbox", "maintainers_file") with input as s
	r.status == "unknown"
	r.reasons == ["maintainers file found at main:MAINTAINERS.md:1, but maintainers could not be collected: MAINTAINERS.md: no table"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "MAINTAINERS.md", "line": 1}]
}

test_unknown_when_documents_not_collected if {
	r := fixtures.result("sandbox", "maintainers_file") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := fixtures.result("sandbox", "maintainers_file") with input as object.union(fixtures.base, {"documents": {}})
	r.status == "unknown"
	r.reasons == ["documents.maintainers was not collected: the snapshot has no such facts"]
}
