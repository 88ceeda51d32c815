package graduate.criteria.sandbox.repo_age_test

import data.graduate.lib.fixtures

snapshot(first) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"history": {"first_commit_at": first},
	"collection_errors": [],
}

# 2026-05-02 is 183 days before 2026-11-01.
test_pass_at_threshold if {
	r := fixtures.result("sandbox", "repo_age") with input as snapshot("2026-05-02T00:00:00Z")
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "fact", "text": "first commit 2026-05-02, 183 days before the snapshot was collected (2026-11-01)"}]
}

test_fail_just_under_threshold if {
	r := fixtures.result("sandbox", "repo_age") with input as snapshot("2026-05-02T00:00:01Z")
	r.status == "fail"
	r.reasons == ["first commit 2026-05-02T00:00:01Z is 182 days before the snapshot was collected (2026-11-01T00:00:00Z); the repository must be at least 183 days old"]
}

test_threshold_is_data if {
	r := fixtures.result("sandbox", "repo_age") with input as snapshot("2026-05-02T00:00:00Z")
		with data.graduate.config.thresholds.sandbox_min_repo_age_days as 365
	r.status == "fail"
}

test_unknown_when_not_collected if {
	r := fixtures.result("sandbox", "repo_age") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["history was not collected: the snapshot has no such facts"]
}

test_unknown_when_first_commit_missing if {
	r := fixtures.result("sandbox", "repo_age") with input as object.union(fixtures.base, {"history": {"commits_last_year": 10}})
	r.status == "unknown"
	r.reasons == ["history.first_commit_at was not collected: the snapshot has no such facts"]
}

test_unknown_when_shallow_clone if {
	s := object.union(snapshot("2026-05-02T00:00:00Z"), {"collection_errors": [{"source": "history", "error": "shallow clone"}]})
	r := fixtures.result("sandbox", "repo_age") with input as s
	r.status == "unknown"
	r.reasons == ["history could not be collected: shallow clone"]
}

test_unknown_when_unparsable if {
	r := fixtures.result("sandbox", "repo_age") with input as snapshot("yesterday")
	r.status == "unknown"
	r.reasons == ["the first commit time \"yesterday\" or the collection time \"2026-11-01T00:00:00Z\" is not an RFC 3339 time; the repository must be at least 183 days old"]
}

partial(s) := object.union(s, {"history": {"partial": ["community"]}})

test_below_the_floor_is_unknown_when_a_repository_has_no_history if {
	r := fixtures.result("sandbox", "repo_age") with input as partial(snapshot("2026-10-01T00:00:00Z"))
	r.status == "unknown"
	count(r.reasons) == 1
	endswith(r.reasons[0], "; counted without community, whose history could not be read, so the count may be higher")
	fixtures.result("sandbox", "repo_age").status == "pass" with input as partial(snapshot("2019-01-01T00:00:00Z"))
}
