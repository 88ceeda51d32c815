package graduate.criteria.security.openssf_silver_gold_test

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

test_pass_at_silver if {
	r := fixtures.result("security", "openssf_silver_gold") with input as snapshot(badge("silver"))
	r.status == "pass"
	r.evidence == [
		{"kind": "url", "url": "https://www.bestpractices.dev/projects/3203"},
		{"kind": "file", "repo": "main", "path": "README.md", "line": 5},
	]
}

test_pass_gold_any_case if {
	r := fixtures.result("security", "openssf_silver_gold") with input as snapshot(badge("Gold"))
	r.status == "pass"
}

test_fail_just_under if {
	r := fixtures.result("security", "openssf_silver_gold") with input as snapshot(object.union(badge("passing"), {"tiered_percentage": 100}))
	r.status == "fail"
	r.reasons == ["OpenSSF Best Practices badge 3203 found at main:README.md:5 has badge level passing (tiered percentage 100); silver or gold suggested"]
}

test_threshold_is_data if {
	r := fixtures.result("security", "openssf_silver_gold") with input as snapshot(badge("silver"))
		with data.graduate.config.thresholds.openssf_suggested_levels as ["gold"]
	r.status == "fail"
	r.reasons == ["OpenSSF Best Practices badge 3203 found at main:README.md:5 has badge level silver; gold suggested"]
}

test_unknown_level_not_collected if {
	r := fixtures.result("security", "openssf_silver_gold") with input as snapshot({"project_id": 3203, "source": readme})
	r.status == "unknown"
	r.reasons == ["OpenSSF Best Practices badge 3203 found at main:README.md:5, level not collected (offline?); badge level silver or gold suggested"]
}

test_unknown_id_from_project_file if {
	r := fixtures.result("security", "openssf_silver_gold") with input as snapshot({"project_id": 3203})
	r.status == "unknown"
	r.reasons == ["OpenSSF Best Practices project 3203 (openssf_best_practices_id in the project file), level not collected (offline?); badge level silver or gold suggested"]
}

test_unknown_no_badge_found if {
	r := fixtures.result("security", "openssf_silver_gold") with input as snapshot({})
	r.status == "unknown"
	r.reasons == ["no OpenSSF Best Practices badge found (no bestpractices.dev badge in the README files of main and no openssf_best_practices_id in the project file); badge level silver or gold suggested: add the badge or set openssf_best_practices_id"]
}

test_fail_without_project_id if {
	r := fixtures.result("security", "openssf_silver_gold") with input as snapshot({"badge_level": "passing"})
	r.reasons == ["OpenSSF Best Practices badge has badge level passing; silver or gold suggested"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("security", "openssf_silver_gold") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["openssf was not collected: the snapshot has no such facts"]
}
