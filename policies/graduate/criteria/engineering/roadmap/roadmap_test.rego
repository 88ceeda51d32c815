package graduate.criteria.engineering.roadmap_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(roadmaps) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"roadmap": roadmaps},
})

test_pass_with_roadmap if {
	r := fixtures.result("engineering", "roadmap") with input as snapshot([{"repo": "main", "path": "docs/ROADMAP.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "docs/ROADMAP.md", "line": 1}]
}

test_fail_without_roadmap if {
	r := fixtures.result("engineering", "roadmap") with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a roadmap (looked for %s); a public roadmap or other forward-looking planning document is required", [facts.describe("roadmap")])]
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "roadmap") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "documents.roadmap", "error": "README.md: too large"}]})
	r := fixtures.result("engineering", "roadmap") with input as s
	r.status == "unknown"
	r.reasons == ["documents.roadmap could not be collected: README.md: too large"]
}

stale := {"repo": "main", "path": "ROADMAP.md", "line": 1, "changed": "2023-02-01"}

fresh := {"repo": "community", "path": "roadmap/2026.md", "line": 1, "changed": "2026-09-30"}

test_unknown_when_every_roadmap_is_stale if {
	r := fixtures.result("engineering", "roadmap") with input as snapshot([stale, object.union(stale, {"path": "docs/roadmap-2018.md", "changed": "2019-01-05"})])
	r.status == "unknown"
	r.reasons == ["every roadmap is out of date (main:ROADMAP.md last changed 2023-02-01, over 365 days before the snapshot; main:docs/roadmap-2018.md last changed 2019-01-05, over 365 days before the snapshot), so whether the roadmap is maintained is not known: the wording asks for a roadmap that is maintained; attest where it is kept up to date, or update it"]
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "ROADMAP.md", "line": 1},
		{"kind": "file", "repo": "main", "path": "docs/roadmap-2018.md", "line": 1},
	]
}

test_pass_when_one_roadmap_changed_recently if {
	r := fixtures.result("engineering", "roadmap") with input as snapshot([stale, fresh])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "community", "path": "roadmap/2026.md", "line": 1}]
}

test_pass_cites_the_tracker_a_roadmap_hands_off_to if {
	tracked := object.union(stale, {"path": "GOVERNANCE.md#Roadmap", "line": 12, "tracker": board})
	r := fixtures.result("engineering", "roadmap") with input as with_trackers(snapshot([stale, tracked]), [kept_board])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md#Roadmap", "line": 12, "url": board}]
}

test_pass_when_a_roadmap_is_undated if {
	section := {"repo": "main", "path": "README.md#Roadmap", "line": 40, "how": "section"}
	r := fixtures.result("engineering", "roadmap") with input as snapshot([stale, section])
	r.status == "pass"
}

test_max_age_is_data if {
	r := fixtures.result("engineering", "roadmap") with input as snapshot([stale]) with data.graduate.config.thresholds.roadmap_max_age_days as 1500
	r.status == "pass"
}

# dapr's roadmap.md, unchanged for 21 months, links the milestones: what the tracker
# holds is not known until the API reads it.
test_unknown_when_a_stale_roadmap_links_a_tracker_not_read if {
	tracked := object.union(stale, {"tracker": board})
	r := fixtures.result("engineering", "roadmap") with input as snapshot([tracked])
	r.status == "unknown"
	r.reasons == ["every roadmap is out of date (main:ROADMAP.md last changed 2023-02-01, over 365 days before the snapshot, and its tracker https://github.com/orgs/quarry-dev/projects/4 was not read (the GitHub API was not asked)), so whether the roadmap is maintained is not known: the wording asks for a roadmap that is maintained; attest where it is kept up to date, or update it"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "ROADMAP.md", "line": 1}]
}

test_a_tracker_the_api_did_not_read if {
	tracked := object.union(stale, {"tracker": board})
	r := fixtures.result("engineering", "roadmap") with input as with_trackers(snapshot([tracked]), [])
	r.status == "unknown"
	contains(r.reasons[0], "its tracker https://github.com/orgs/quarry-dev/projects/4 was not read (the GitHub API did not read it)")
}

test_pass_when_a_fresh_roadmap_links_a_tracker_not_read if {
	r := fixtures.result("engineering", "roadmap") with input as snapshot([object.union(fresh, {"tracker": board})])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "community", "path": "roadmap/2026.md", "line": 1, "url": board}]
}

# "Last Updated: June 2022" over items due "2022 H2": the text says it is over, whatever
# its tracker and whenever its file last changed.
past := {"until": "2022-12-31", "line": 23, "text": "2022 H2"}

test_unknown_when_the_roadmap_names_only_past_periods if {
	tracked := object.union(fresh, {"tracker": "https://github.com/orgs/quarry-dev/projects/4", "period": past})
	r := fixtures.result("engineering", "roadmap") with input as snapshot([tracked])
	r.status == "unknown"
	r.reasons == ["every roadmap is out of date (community:roadmap/2026.md names no period after 2022-12-31 (line 23: \"2022 H2\"), over 365 days before the snapshot, and its tracker https://github.com/orgs/quarry-dev/projects/4 was not read (the GitHub API was not asked)), so whether the roadmap is maintained is not known: the wording asks for a roadmap that is maintained; attest where it is kept up to date, or update it"]
}

test_pass_when_the_roadmap_names_a_current_period if {
	current := object.union(fresh, {"period": {"until": "2026-12-31", "line": 3, "text": "2026"}})
	r := fixtures.result("engineering", "roadmap") with input as snapshot([object.union(fresh, {"path": "old.md", "period": past}), current])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "community", "path": "roadmap/2026.md", "line": 1}]
}

test_period_max_age_is_data if {
	r := fixtures.result("engineering", "roadmap") with input as snapshot([object.union(fresh, {"period": past})]) with data.graduate.config.thresholds.roadmap_period_max_age_days as 3650
	r.status == "pass"
}

# What the GitHub API showed of the trackers the roadmaps hand off to.
board := "https://github.com/orgs/quarry-dev/projects/4"

with_trackers(s, trackers) := object.union(s, {"github": {"api": "https://api.github.com/", "repositories": [], "trackers": trackers}})

kept_board := {"url": board, "kind": "project", "source": "https://api.github.com/graphql", "open": 12, "updated": "2026-10-20"}

idle_board := object.union(kept_board, {"updated": "2025-01-10"})

test_pass_when_an_out_of_date_roadmap_hands_off_to_a_kept_tracker if {
	tracked := object.union(fresh, {"tracker": board, "period": past})
	r := fixtures.result("engineering", "roadmap") with input as with_trackers(snapshot([tracked]), [kept_board])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "community", "path": "roadmap/2026.md", "line": 1, "url": board}]
}

test_unknown_when_the_tracker_of_an_old_roadmap_is_abandoned if {
	tracked := object.union(stale, {"tracker": board})
	r := fixtures.result("engineering", "roadmap") with input as with_trackers(snapshot([tracked]), [idle_board])
	r.status == "unknown"
	r.reasons == ["every roadmap is out of date (main:ROADMAP.md last changed 2023-02-01, over 365 days before the snapshot, and the GitHub API shows its tracker https://github.com/orgs/quarry-dev/projects/4 last changed 2025-01-10, over 180 days before the snapshot), so whether the roadmap is maintained is not known: the wording asks for a roadmap that is maintained; attest where it is kept up to date, or update it"]
}

handed_off(url) := object.union(snapshot([]), {"content": {"links_out": [{"topic": "roadmap", "repo": "main", "path": "docs/roadmap.md", "line": 3, "url": url, "text": "a GitHub Project"}]}})

# A closed board, or one with nothing open, keeps nothing current however recently it
# changed.
test_unknown_when_the_tracker_has_nothing_open if {
	empty_board := object.union(kept_board, {"open": 0})
	r := fixtures.result("engineering", "roadmap") with input as with_trackers(snapshot([object.union(stale, {"tracker": board})]), [empty_board])
	r.status == "unknown"
}

# A kept tracker the roadmaps link out to stands for a stale file beside it: the pass
# cites the tracker, not the stale file.
test_pass_on_a_kept_link_out_beside_a_stale_file if {
	s := object.union(with_trackers(handed_off(board), [kept_board]), {"documents": {"roadmap": [stale]}})
	r := fixtures.result("engineering", "roadmap") with input as s
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "docs/roadmap.md", "line": 3, "url": board}]
}

test_pass_when_the_roadmap_is_handed_off_to_a_kept_tracker if {
	r := fixtures.result("engineering", "roadmap") with input as with_trackers(handed_off(board), [kept_board])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "docs/roadmap.md", "line": 3, "url": board}]
}

test_unknown_when_the_roadmap_is_handed_off_to_an_idle_tracker if {
	r := fixtures.result("engineering", "roadmap") with input as with_trackers(handed_off(board), [idle_board])
	r.status == "unknown"
	r.reasons == ["no roadmap in the repositories read (read the documents of main); linked from main:docs/roadmap.md:3 as \"a GitHub Project\" to https://github.com/orgs/quarry-dev/projects/4, not read; the GitHub API shows https://github.com/orgs/quarry-dev/projects/4 last changed 2025-01-10, over 180 days before the snapshot"]
}

test_unknown_when_the_tracker_was_not_read if {
	r := fixtures.result("engineering", "roadmap") with input as handed_off(board)
	r.status == "unknown"
}

test_tracker_max_age_is_data if {
	r := fixtures.result("engineering", "roadmap") with input as with_trackers(handed_off(board), [idle_board]) with data.graduate.config.thresholds.roadmap_tracker_max_age_days as 1000
	r.status == "pass"
}

test_a_tracker_linked_twice_is_named_once if {
	s := object.union(handed_off(board), {"content": {"links_out": [
		{"topic": "roadmap", "repo": "main", "path": "docs/roadmap.md", "line": 3, "url": board, "text": "a GitHub Project"},
		{"topic": "roadmap", "repo": "main", "path": "README.md", "line": 9, "url": board, "text": "roadmap"},
	]}})
	r := fixtures.result("engineering", "roadmap") with input as with_trackers(s, [idle_board])
	r.status == "unknown"
	endswith(r.reasons[0], "; the GitHub API shows https://github.com/orgs/quarry-dev/projects/4 last changed 2025-01-10, over 180 days before the snapshot")
}

test_pass_when_an_old_file_plans_a_period_still_running if {
	planned := object.union(stale, {"period": {"until": "2027-06-30", "line": 4, "text": "H1 2027"}})
	r := fixtures.result("engineering", "roadmap") with input as snapshot([planned])
	r.status == "pass"
}
