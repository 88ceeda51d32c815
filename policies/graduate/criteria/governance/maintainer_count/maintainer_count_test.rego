package graduate.criteria.governance.maintainer_count_test

import data.graduate.lib.fixtures

person(handle, line) := {
	"github": handle,
	"name": handle,
	"company": "Acme",
	"source": {"repo": "main", "path": "MAINTAINERS.md", "line": line},
}

snapshot(people) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"maintainers": {"active": people, "emeritus": []},
	"collection_errors": [],
}

two := [person("a", 3), person("b", 4)]

one := [person("a", 3)]

one_reason := "1 active maintainer(s) listed in main; at least 2 are required (graduate's floor: whether the number is appropriate to the project's size and scope is a TOC judgement beyond it)"

test_pass_at_threshold if {
	r := fixtures.result("governance", "maintainer_count") with input as snapshot(two)
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "MAINTAINERS.md", "line": 3},
		{"kind": "file", "repo": "main", "path": "MAINTAINERS.md", "line": 4},
	]
}

test_fail_just_under_threshold if {
	r := fixtures.result("governance", "maintainer_count") with input as snapshot(one)
	r.status == "fail"
	r.reasons == [one_reason]
}

test_fail_when_none if {
	r := fixtures.result("governance", "maintainer_count") with input as snapshot([])
	r.status == "fail"
	r.reasons == ["0 active maintainer(s) listed in main; at least 2 are required (graduate's floor: whether the number is appropriate to the project's size and scope is a TOC judgement beyond it)"]
}

test_threshold_is_data if {
	r := fixtures.result("governance", "maintainer_count") with input as snapshot(two) with data.graduate.config.thresholds.min_maintainers as 3
	r.status == "fail"
}

test_unknown_when_not_collected if {
	r := fixtures.result("governance", "maintainer_count") with input as json.remove(snapshot(two), ["maintainers"])
	r.status == "unknown"
	r.reasons == ["maintainers was not collected: the snapshot has no such facts"]
	r.evidence == []
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot(two), {"collection_errors": [{"source": "maintainers", "error": "MAINTAINERS.md points to another repository"}]})
	r := fixtures.result("governance", "maintainer_count") with input as s
	r.status == "unknown"
	r.reasons == ["maintainers could not be collected: MAINTAINERS.md points to another repository"]
}

committed(p) := object.union(p, {"last_commit": {"repo": "main", "commit": "abc", "date": "2026-09-01", "how": "email"}})

mailed(p) := object.union(p, {"email": sprintf("%s@acme.example", [p.github])})

looked(s, partial) := object.union(s, {"history": {"maintainer_activity": {"checked": 2, "seen": 1}, "partial": partial}})

# Two listed, one with a commit of the year: the other, whom the history could have
# found by address, may only review, so the count is unsure, not short. Without the
# history's word that they were looked for, or with a repository left out of it, the
# list alone decides; and a handle alone, which commits rarely carry, is no absence.
test_unknown_when_too_few_committed if {
	s := snapshot([committed(person("a", 3)), mailed(person("b", 4))])
	r := fixtures.result("governance", "maintainer_count") with input as looked(s, [])
	r.status == "unknown"
	r.reasons == ["2 active maintainers listed in main, but 1 of them have no commit in the year before the snapshot in the repositories read (b); they may review or work in other repositories: at least 2 active maintainers are required; attest their activity, or update the list"]

	fixtures.result("governance", "maintainer_count").status == "pass" with input as s
	fixtures.result("governance", "maintainer_count").status == "pass" with input as looked(s, ["main"])
	both := snapshot([committed(person("a", 3)), committed(mailed(person("b", 4)))])
	fixtures.result("governance", "maintainer_count").status == "pass" with input as looked(both, [])
	handle := snapshot([committed(person("a", 3)), object.union(person("b", 4), {"name": null})])
	fixtures.result("governance", "maintainer_count").status == "pass" with input as looked(handle, [])
}

# No maintainers document in the repositories, and the list linked out (kube-rs' website
# page): the people counted here are not the list, so too few is unknown, with the link.
test_unknown_when_the_list_is_linked_out if {
	out := {"topic": "maintainers", "repo": "main", "path": "CONTRIBUTING.md", "line": 16, "url": "https://quarry.example.org/maintainers/", "text": "Maintainer"}
	s := object.union(snapshot([]), {"documents": {"maintainers": []}, "content": {"links_out": [out]}})
	r := fixtures.result("governance", "maintainer_count") with input as s
	r.status == "unknown"
	r.reasons == ["0 active maintainer(s) listed in main, and no maintainers document in the repositories read (read the documents of main); linked from main:CONTRIBUTING.md:16 as \"Maintainer\" to https://quarry.example.org/maintainers/, not read; at least 2 are required"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "CONTRIBUTING.md", "line": 16, "url": "https://quarry.example.org/maintainers/"}]
}
