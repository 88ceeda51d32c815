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
