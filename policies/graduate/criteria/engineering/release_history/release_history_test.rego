package graduate.criteria.engineering.release_history_test

import data.graduate.lib.fixtures

snapshot(releases) := object.union(fixtures.base, {"history": {"releases_last_year": releases, "last_release_at": "2025-09-15T10:00:00Z"}})

test_pass_at_threshold if {
	r := fixtures.result("engineering", "release_history") with input as snapshot(1)
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "fact", "text": "1 release(s) in the year up to 2026-11-01, 0 of them pre-releases; the last release was on 2025-09-15"}]
}

# A pass shows the figures and the newest releases, linked to their pages when the
# repository is on GitHub, the rest counted.
rel(tag, day) := {"repo": "o/p", "tag": tag, "date": sprintf("2026-%s-01T00:00:00Z", [day]), "prerelease": false}

test_pass_shows_the_releases if {
	snap := object.union(fixtures.base, {
		"repositories": [{"name": "o/p", "role": "main", "url": "https://github.com/o/p"}, {"name": "local", "role": "other"}],
		"history": {
			"releases_last_year": 7, "prereleases_last_year": 1, "last_release_at": "2026-10-01T00:00:00Z", "release_cadence_days": 30.5,
			"releases": [
				rel("v1.6.0", "10"), rel("v1.5.0", "09"), rel("v1.4.0", "08"), rel("v1.3.0", "07"),
				object.union(rel("v1.2.0", "06"), {"repo": "local"}), rel("v1.1.0", "05"), rel("v1.0.0", "04"),
			],
		},
	})
	r := fixtures.result("engineering", "release_history") with input as snap
	r.status == "pass"
	{"kind": "fact", "text": "7 release(s) in the year up to 2026-11-01, 1 of them pre-releases; the last release was on 2026-10-01; releases (not pre-releases) 30.5 days apart, the median over two years; the newest 5 of the 7 releases listed are shown"} in r.evidence
	{"kind": "url", "url": "https://github.com/o/p/releases/tag/v1.6.0", "text": "2026-10-01: v1.6.0"} in r.evidence
	{"kind": "fact", "text": "2026-06-01: v1.2.0"} in r.evidence
	count(r.evidence) == 6
}

test_fail_just_under_threshold if {
	r := fixtures.result("engineering", "release_history") with input as snapshot(0)
	r.status == "fail"
	r.reasons == ["0 release(s) in the year up to 2026-11-01 (the last release was on 2025-09-15); at least 1 are required"]
}

test_fail_without_any_release if {
	r := fixtures.result("engineering", "release_history") with input as object.union(fixtures.base, {"history": {"releases_last_year": 0}})
	r.status == "fail"
	r.reasons == ["0 release(s) in the year up to 2026-11-01 (no release was found); at least 1 are required"]
}

test_threshold_is_data if {
	r := fixtures.result("engineering", "release_history") with input as snapshot(3) with data.graduate.config.thresholds.min_releases_last_year as 4
	r.status == "fail"
	r.reasons == ["3 release(s) in the year up to 2026-11-01 (the last release was on 2025-09-15); at least 4 are required"]
	r2 := fixtures.result("engineering", "release_history") with input as snapshot(4) with data.graduate.config.thresholds.min_releases_last_year as 4
	r2.status == "pass"
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "release_history") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["history was not collected: the snapshot has no such facts"]
}

test_unknown_when_releases_not_collected if {
	r := fixtures.result("engineering", "release_history") with input as object.union(fixtures.base, {"history": {"commits_last_year": 10}})
	r.status == "unknown"
	r.reasons == ["history.releases_last_year was not collected: the snapshot has no such facts"]
}

test_unknown_when_releases_errored if {
	s := object.union(snapshot(5), {"collection_errors": [{"source": "history.releases_last_year", "error": "GitHub API: 403"}]})
	r := fixtures.result("engineering", "release_history") with input as s
	r.status == "unknown"
	r.reasons == ["history.releases_last_year could not be collected: GitHub API: 403"]
}

partial(s) := object.union(s, {"history": {"partial": ["community"]}})

test_below_the_floor_is_unknown_when_a_repository_has_no_history if {
	r := fixtures.result("engineering", "release_history") with input as partial(snapshot(0))
	r.status == "unknown"
	count(r.reasons) == 1
	endswith(r.reasons[0], "; counted without community, whose history could not be read, so the count may be higher")
	fixtures.result("engineering", "release_history").status == "pass" with input as partial(snapshot(1))
}

# containernetworking/cni's releases are cut in its plugins repository too, which its
# README links.
test_below_the_floor_is_unknown_when_other_repositories_are_linked if {
	plugins := {"topic": "repository", "repo": "main", "path": "README.md", "line": 30, "url": "https://github.com/quarry-dev/plugins", "text": "plugins"}
	r := fixtures.result("engineering", "release_history") with input as object.union(snapshot(0), {"content": {"links_out": [plugins]}})
	r.status == "unknown"
	r.reasons == ["0 release(s) in the year up to 2026-11-01 (the last release was on 2025-09-15); at least 1 are required, counted over the repositories read only: the project's other repositories were not (linked from main:README.md:30 as \"plugins\" to https://github.com/quarry-dev/plugins, not read), so the count may be higher; give them with --dir other=PATH, or attest"]
	{"kind": "file", "repo": "main", "path": "README.md", "line": 30, "url": "https://github.com/quarry-dev/plugins"} in r.evidence
}
