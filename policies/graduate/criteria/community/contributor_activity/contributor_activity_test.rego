package graduate.criteria.community.contributor_activity_test

import data.graduate.criteria.community.contributor_activity as criterion
import data.graduate.lib.fixtures

snapshot(authors) := object.union(fixtures.base, {"history": {"authors_last_year": authors, "commits_last_year": 900}})

test_unknown_at_threshold if {
	r := fixtures.result("community", "contributor_activity") with input as snapshot(10)
	r.status == "unknown"
	r.reasons == ["10 distinct authors in the last year meet the activity floor of 10; recruitment efforts need an attestation"]
}

test_fail_just_under_threshold if {
	r := fixtures.result("community", "contributor_activity") with input as snapshot(9)
	r.status == "fail"
	r.reasons == ["9 distinct authors committed in the year up to 2026-11-01; at least 10 are required to demonstrate contributor activity"]
}

test_threshold_is_data if {
	r := fixtures.result("community", "contributor_activity") with input as snapshot(10) with data.graduate.config.thresholds.min_authors_last_year as 25
	r.status == "fail"
}

test_attested_at_threshold if {
	r := fixtures.result("community", "contributor_activity") with input as fixtures.attested(snapshot(42), "community.contributor_activity")
	r.status == "pass"
	r.attested
	r.reasons == [
		fixtures.attestation_reason,
		"42 distinct authors in the last year meet the activity floor of 10; recruitment efforts need an attestation",
	]
}

test_unknown_when_not_collected if {
	r := fixtures.result("community", "contributor_activity") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["history was not collected: the snapshot has no such facts"]
}

test_unknown_when_history_errored if {
	s := object.union(snapshot(50), {"collection_errors": [{"source": "history", "error": "shallow clone"}]})
	r := fixtures.result("community", "contributor_activity") with input as s
	r.status == "unknown"
	r.reasons == ["history could not be collected: shallow clone"]
}

test_unknown_when_authors_not_collected if {
	r := fixtures.result("community", "contributor_activity") with input as object.union(fixtures.base, {"history": {"commits_last_year": 10}})
	r.status == "unknown"
	r.reasons == ["history.authors_last_year was not collected: the snapshot has no such facts"]
}

partial(s) := object.union(s, {"history": {"partial": ["community"]}})

test_below_the_floor_is_unknown_when_a_repository_has_no_history if {
	r := fixtures.result("community", "contributor_activity") with input as partial(snapshot(3))
	r.status == "unknown"
	count(r.reasons) == 1
	endswith(r.reasons[0], "; counted without community, whose history could not be read, so the count may be higher")
	criterion.fail == set() with input as partial(snapshot(40))
}

# The figures are evidence, with what a sample rests on.
test_figures_shown_with_their_sample if {
	snap := object.union(fixtures.base, {"history": {
		"authors_last_year": 40, "commits_last_year": 900,
		"sampled": {"authors_last_year": "o/p: GitHub's contributor statistics"},
	}})
	r := fixtures.result("community", "contributor_activity") with input as snap
	{"kind": "fact", "text": "40 distinct authors and 900 commits in the year up to 2026-11-01 (o/p: GitHub's contributor statistics)"} in r.evidence
}

# The SDKs a specification's README lists are the project's too: their authors were not
# counted.
test_below_the_floor_is_unknown_when_other_repositories_are_linked if {
	sdk := {"topic": "repository", "repo": "main", "path": "README.md", "line": 95, "url": "https://github.com/quarry-dev/sdk-go", "text": "Go SDK"}
	s := object.union(snapshot(9), {"content": {"links_out": [sdk, {"topic": "roadmap", "repo": "main", "path": "README.md", "line": 4, "url": "https://quarry.example/roadmap"}]}})
	r := fixtures.result("community", "contributor_activity") with input as s
	r.status == "unknown"
	r.reasons == ["9 distinct authors committed in the year up to 2026-11-01; at least 10 are required to demonstrate contributor activity, counted over the repositories read only: the project's other repositories were not (linked from main:README.md:95 as \"Go SDK\" to https://github.com/quarry-dev/sdk-go, not read), so the count may be higher; give them with --dir other=PATH, or attest"]
	{"kind": "file", "repo": "main", "path": "README.md", "line": 95, "url": "https://github.com/quarry-dev/sdk-go"} in r.evidence

	# A link out on another topic is no repository of the project.
	r2 := fixtures.result("community", "contributor_activity") with input as object.union(snapshot(9), {"content": {"links_out": [{"topic": "roadmap", "repo": "main", "path": "README.md", "line": 4, "url": "https://quarry.example/roadmap"}]}})
	r2.status == "fail"
}
