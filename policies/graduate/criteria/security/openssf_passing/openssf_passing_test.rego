package graduate.criteria.security.openssf_passing_test

import data.graduate.lib.fixtures

readme := {"repo": "main", "path": "README.md", "line": 5}

snapshot(openssf) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"openssf": openssf,
	"collection_errors": [],
}

badge(level) := {
	"project_id": 3203, "source": readme, "badge_level": level,
	"url": "https://www.bestpractices.dev/projects/3203",
}

test_pass_at_lowest_required_level if {
	r := fixtures.result("security", "openssf_passing") with input as snapshot(badge("passing"))
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "url", "url": "https://www.bestpractices.dev/projects/3203"},
		{"kind": "file", "repo": "main", "path": "README.md", "line": 5},
	]
}

test_pass_gold if {
	r := fixtures.result("security", "openssf_passing") with input as snapshot(badge("gold"))
	r.status == "pass"
}

test_fail_just_under if {
	r := fixtures.result("security", "openssf_passing") with input as snapshot(object.union(badge("in_progress"), {"tiered_percentage": 85}))
	r.status == "fail"
	r.reasons == ["OpenSSF Best Practices badge 3203 found at main:README.md:5 has badge level in_progress (tiered percentage 85); badge level passing, silver or gold is required"]
}

test_fail_without_source if {
	r := fixtures.result("security", "openssf_passing") with input as snapshot({"project_id": 3203, "badge_level": "in_progress"})
	r.status == "fail"
	r.reasons == ["OpenSSF Best Practices project 3203 (openssf_best_practices_id in the project file) has badge level in_progress; badge level passing, silver or gold is required"]
	r.evidence == []
}

test_fail_without_project_id if {
	r := fixtures.result("security", "openssf_passing") with input as snapshot({"badge_level": "in_progress"})
	r.status == "fail"
	r.reasons == ["OpenSSF Best Practices badge has badge level in_progress; badge level passing, silver or gold is required"]
}

test_threshold_is_data if {
	r := fixtures.result("security", "openssf_passing") with input as snapshot(badge("silver"))
		with data.graduate.config.thresholds.openssf_required_levels as ["gold"]
	r.status == "fail"
	r.reasons == ["OpenSSF Best Practices badge 3203 found at main:README.md:5 has badge level silver; badge level gold is required"]
}

test_unknown_level_not_collected if {
	r := fixtures.result("security", "openssf_passing") with input as snapshot({"project_id": 3203, "source": readme})
	r.status == "unknown"
	r.reasons == ["OpenSSF Best Practices badge 3203 found at main:README.md:5, level not collected (offline?); badge level passing, silver or gold is required"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 5}]
}

test_unknown_id_from_project_file if {
	r := fixtures.result("security", "openssf_passing") with input as snapshot({"project_id": 3203})
	r.status == "unknown"
	r.reasons == ["OpenSSF Best Practices project 3203 (openssf_best_practices_id in the project file), level not collected (offline?); badge level passing, silver or gold is required"]
}

test_unknown_no_badge_found if {
	r := fixtures.result("security", "openssf_passing") with input as snapshot({})
	r.status == "unknown"
	r.reasons == ["no OpenSSF Best Practices badge found (no bestpractices.dev badge in the README files of main and no openssf_best_practices_id in the project file); badge level passing, silver or gold is required: add the badge or set openssf_best_practices_id"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("security", "openssf_passing") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["openssf was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot(badge("passing")), {"collection_errors": [{"source": "openssf", "error": "bestpractices.dev: 503"}]})
	r := fixtures.result("security", "openssf_passing") with input as s
	r.status == "unknown"
	r.reasons == ["openssf could not be collected: bestpractices.dev: 503"]
}

test_unknown_level_says_why_it_was_not_fetched if {
	err := {"source": "openssf.badge_level", "error": "OpenSSF Best Practices project 3203: fetch https://www.bestpractices.dev/projects/3203.json: offline, and not in the cache"}
	r := fixtures.result("security", "openssf_passing") with input as object.union(snapshot({"project_id": 3203, "source": readme}), {"collection_errors": [err]})
	r.status == "unknown"
	r.reasons == ["OpenSSF Best Practices badge 3203 found at main:README.md:5, level not collected (OpenSSF Best Practices project 3203: fetch https://www.bestpractices.dev/projects/3203.json: offline, and not in the cache); badge level passing, silver or gold is required"]
}
