package graduate.criteria.sandbox.repo_age_test

import data.graduate.criteria.sandbox.repo_age as criterion

snapshot(first) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"history": {"first_commit_at": first},
	"collection_errors": [],
}

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

# 2026-05-02 is 183 days before 2026-11-01.
test_pass_at_threshold if {
	r := criterion.result with input as snapshot("2026-05-02T00:00:00Z")
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "fact", "text": "first commit 2026-05-02, 183 days before the snapshot was collected (2026-11-01)"}]
}

test_fail_just_under_threshold if {
	r := criterion.result with input as snapshot("2026-05-02T00:00:01Z")
	r.status == "fail"
	r.reasons == ["first commit 2026-05-02T00:00:01Z is 182 days before the snapshot was collected (2026-11-01T00:00:00Z); the repository must be at least 183 days old"]
}

test_threshold_is_data if {
	r := criterion.result with input as snapshot("2026-05-02T00:00:00Z")
		with data.graduate.config.thresholds.sandbox_min_repo_age_days as 365
	r.status == "fail"
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["history was not collected: the snapshot has no such facts"]
}

test_unknown_when_first_commit_missing if {
	r := criterion.result with input as object.union(base, {"history": {"commits_last_year": 10}})
	r.status == "unknown"
	r.reasons == ["history.first_commit_at was not collected: the snapshot has no such facts"]
}

test_unknown_when_shallow_clone if {
	s := object.union(snapshot("2026-05-02T00:00:00Z"), {"collection_errors": [{"source": "history", "error": "shallow clone"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["history could not be collected: shallow clone"]
}

test_unknown_when_unparsable if {
	r := criterion.result with input as snapshot("yesterday")
	r.status == "unknown"
	r.reasons == ["the first commit time \"yesterday\" or the collection time \"2026-11-01T00:00:00Z\" is not an RFC 3339 time; the repository must be at least 183 days old"]
}

attestation := {
	"criterion": "sandbox.repo_age", "evidence": "https://example.org/history",
	"statement": "Developed in another repository since 2024.", "attested_by": "erin", "date": "2026-10-01",
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot("2026-09-01T00:00:00Z"), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	"attestation by erin does not override the collected evidence" in r.reasons
}

waiver(expires) := {"criterion": "sandbox.repo_age", "reason": "History squashed on transfer.", "approved_by": "toc", "expires": expires}

test_waived_and_expired if {
	s := snapshot("2026-09-01T00:00:00Z")
	r := criterion.result with input as object.union(s, {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r2 := criterion.result with input as object.union(s, {"project": {"waivers": [waiver("2026-10-31")]}})
	r2.status == "fail"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r2.reasons
}

test_deny_at_sandbox_only if {
	s := snapshot("2026-09-01T00:00:00Z")
	d := criterion.deny with input as s with data.graduate.config.level as "sandbox"
	count(d) == 1
	d2 := criterion.deny with input as s
	d2 == set()
}

test_warn_wiring if {
	s := snapshot("2026-09-01T00:00:00Z")
	r := criterion.result with input as s
	suggested := object.union(r, {"levels": {"sandbox": "suggested", "incubation": "suggested", "graduation": "suggested"}})
	w := criterion.warn with input as s with criterion.result as suggested
	count(w) == 1
}

partial(s) := object.union(s, {"history": {"partial": ["community"]}})

test_below_the_floor_is_unknown_when_a_repository_has_no_history if {
	r := criterion.result with input as partial(snapshot("2026-10-01T00:00:00Z"))
	r.status == "unknown"
	count(r.reasons) == 1
	endswith(r.reasons[0], "; counted without community, whose history could not be read, so the count may be higher")
	criterion.result.status == "pass" with input as partial(snapshot("2019-01-01T00:00:00Z"))
}
