package graduate.criteria.governance.iterated_test

import data.graduate.lib.fixtures

snapshot(n) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {
		"governance": [{"repo": "main", "path": "GOVERNANCE.md", "line": 1}],
		"maintainers": [{"repo": "main", "path": "MAINTAINERS.md", "line": 1}],
	},
	"history": {"governance_commits": n},
	"collection_errors": [],
}

one_commit := "1 commit(s) in the history of main changed governance or maintainer documents; at least 2 are required to show governance iterated upon"

test_pass_at_threshold if {
	r := fixtures.result("governance", "iterated") with input as snapshot(2)
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "fact", "text": "2 commit(s) in the history of main changed governance or maintainer documents"},
		{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 1},
		{"kind": "file", "repo": "main", "path": "MAINTAINERS.md", "line": 1},
	]
}

# The documents counted may be gone from the tree read (renamed or removed since): the
# count is the evidence, and a pass never rests on nothing.
test_the_count_is_evidence_without_the_documents if {
	r := fixtures.result("governance", "iterated") with input as object.union(snapshot(3), {"documents": {"governance": [], "maintainers": []}})
	r.status == "pass"
	r.evidence == [{"kind": "fact", "text": "3 commit(s) in the history of main changed governance or maintainer documents"}]
}

test_fail_just_under_threshold if {
	r := fixtures.result("governance", "iterated") with input as snapshot(1)
	r.status == "fail"
	r.reasons == [one_commit]
}

test_threshold_is_data if {
	r := fixtures.result("governance", "iterated") with input as snapshot(2) with data.graduate.config.thresholds.min_governance_commits as 3
	r.status == "fail"
	r.reasons == ["2 commit(s) in the history of main changed governance or maintainer documents; at least 3 are required to show governance iterated upon"]
}

test_unknown_when_history_not_collected if {
	r := fixtures.result("governance", "iterated") with input as json.remove(snapshot(2), ["history"])
	r.status == "unknown"
	r.reasons == ["history was not collected: the snapshot has no such facts"]
	r.evidence == []
}

test_unknown_when_history_failed if {
	s := object.union(json.remove(snapshot(2), ["history"]), {"collection_errors": [{"source": "history", "error": "shallow clone"}]})
	r := fixtures.result("governance", "iterated") with input as s
	r.status == "unknown"
	r.reasons == ["history could not be collected: shallow clone"]
}

test_unknown_when_count_not_collected if {
	r := fixtures.result("governance", "iterated") with input as object.union(json.remove(snapshot(2), ["history"]), {"history": {"commits_last_year": 10}})
	r.status == "unknown"
	r.reasons == ["history.governance_commits was not collected: the snapshot has no such facts"]
}

partial(s) := object.union(s, {"history": {"partial": ["community"]}})

test_below_the_floor_is_unknown_when_a_repository_has_no_history if {
	r := fixtures.result("governance", "iterated") with input as partial(snapshot(0))
	r.status == "unknown"
	count(r.reasons) == 1
	endswith(r.reasons[0], "; counted without community, whose history could not be read, so the count may be higher")
	fixtures.result("governance", "iterated").status == "pass" with input as partial(snapshot(9))
}
