package graduate.lib.verdict_test

import data.graduate.lib.fixtures
import data.graduate.lib.verdict

# A criterion's chain as rego.metadata.chain() gives it in package
# graduate.criteria.governance.example: the id and section come from the path.
meta := verdict.meta([{
	"path": ["graduate", "criteria", "governance", "example"],
	"annotations": {
		"scope": "package",
		"title": "A criterion.",
		"custom": {
			"order": 299,
			"levels": {"sandbox": "not_applicable", "incubation": "suggested", "graduation": "required"},
		},
	},
}])

test_meta_takes_id_and_section_from_the_path if {
	meta.custom.id == "governance.example"
	meta.custom.section == "governance"
	meta.custom.order == 299
	meta.title == "A criterion."
}

# A sub-criterion gives its id, whose second dot the package name spells as an
# underscore; the section still comes from the path.
test_meta_keeps_a_sub_criterion_id if {
	m := verdict.meta([
		{"path": ["graduate", "criteria", "engineering", "release_process_tagging", "meta"]},
		{
			"path": ["graduate", "criteria", "engineering", "release_process_tagging"],
			"annotations": {"scope": "package", "title": "Tagging.", "custom": {"id": "engineering.release_process.tagging", "order": 1}},
		},
		{"path": ["graduate", "criteria"], "annotations": {"scope": "subpackages", "title": "Criteria"}},
	])
	m.custom == {"id": "engineering.release_process.tagging", "section": "engineering", "order": 1}
	m.title == "Tagging."
}

# A chain with no criterion's path is taken as written.
test_meta_without_a_criterion_path if {
	m := verdict.meta([{"annotations": {"scope": "package", "title": "T", "custom": {"id": "x.y", "section": "x"}}}])
	m.custom == {"id": "x.y", "section": "x"}
}

test_status_by_facts if {
	verdict.result(meta, set(), set(), set()).status == "pass" with input as fixtures.base
	verdict.result(meta, set(), {"u"}, set()).status == "unknown" with input as fixtures.base
	verdict.result(meta, {"f"}, {"u"}, set()).status == "fail" with input as fixtures.base
	verdict.result(meta, {"f"}, set(), set()).reasons == ["f"] with input as fixtures.base
}

test_deny_at_configured_level if {
	r := verdict.result(meta, {"f"}, set(), set()) with input as fixtures.base
	count(verdict.deny(r)) == 1
	count(verdict.warn(r)) == 0
	count(verdict.deny(r)) == 0 with data.graduate.config.level as "incubation"
	count(verdict.warn(r)) == 1 with data.graduate.config.level as "incubation"
}

test_misspelt_level_denies_instead_of_passing if {
	r := verdict.result(meta, set(), set(), set()) with input as fixtures.base
	d := verdict.deny(r) with data.graduate.config.level as "graduaton"
	d == {{
		"msg": "governance.example: data.graduate.config.level \"graduaton\" is not sandbox, incubation or graduation",
		"criterion": "governance.example",
		"status": "unknown",
	}}
}

attested := fixtures.attested(fixtures.base, "governance.example")

test_attestation_drops_the_missing_attestation_reason if {
	r := verdict.result(meta, set(), {"the vote needs an attestation in the project file; none was given"}, set()) with input as attested
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason]
}

test_attestation_keeps_what_the_collectors_saw if {
	r := verdict.result(meta, set(), {"12 authors in the last year; recruitment needs an attestation"}, set()) with input as attested
	r.status == "pass"
	r.reasons == [fixtures.attestation_reason, "12 authors in the last year; recruitment needs an attestation"]
}

test_waiting if {
	m := {"custom": {"decided_by": ["repository_files", "attestation"]}}
	verdict.waiting(m, ["x needs an attestation in the project file; none was given"]) == "attestation"
	verdict.waiting(m, ["documents could not be collected: offline", "y; none was given"]) == "collection"
	verdict.waiting({"custom": {"decided_by": ["toc", "attestation"]}}, ["z; none was given"]) == "toc"
	verdict.waiting_field(m, "unknown", ["a; none was given"]) == {"waiting": "attestation"}
	verdict.waiting_field(m, "fail", ["a"]) == {}
}

test_tidy_lists_a_place_once if {
	bare := {"kind": "file", "repo": "o/p", "path": "CODE_OF_CONDUCT.md", "line": 1}
	linked := object.union(bare, {"url": "https://example.org/coc"})
	other := {"kind": "file", "repo": "o/p", "path": "README.md", "line": 3}
	verdict.tidy({bare, linked, other}) == [linked, other]
	verdict.tidy({bare}) == [bare]
}

# What a document of a kind states comes first, then what other documents state (a
# changelog's entries among them), then the places alone; a section's anchor does not
# hide its file.
test_tidy_puts_what_decides_first if {
	bare := {"kind": "file", "repo": "o/p", "path": "RELEASES.md", "line": 1}
	stated := {"kind": "file", "repo": "o/p", "path": "RELEASES.md", "line": 30, "text": "The two latest minor releases are supported."}
	section := {"kind": "file", "repo": "o/c", "path": "roles.md", "line": 70, "text": "Maintainers are elected by a vote."}
	entry := {"kind": "file", "repo": "o/p", "path": "CHANGELOG.md", "line": 5, "text": "Support for Kubernetes 1.30."}
	tutorial := {"kind": "file", "repo": "o/p", "path": "docs/tutorial.md", "line": 12, "text": "Requires Kubernetes v1.16 or newer."}
	docs := {
		"release_process": [{"repo": "o/p", "path": "RELEASES.md", "line": 1}],
		"governance": [{"repo": "o/c", "path": "roles.md#Maintainers", "line": 60}],
		"changelog": [{"repo": "o/p", "path": "CHANGELOG.md", "line": 1}],
	}
	got := verdict.tidy({bare, stated, section, entry, tutorial}) with input as {"documents": docs}
	got == [section, stated, entry, tutorial, bare]
}

test_rule_set_changes_levels_and_wording if {
	m := {"custom": {"id": "x.y", "levels": {"sandbox": "not_applicable", "incubation": "suggested", "graduation": "required"}, "wording": {"incubation": "Y at incubation."}}}
	sets := {"old": {"levels": {"x.y": {"incubation": "required"}}, "wording": {"x.y": {"graduation": "Old Y."}}}}
	verdict.levels(m) == m.custom.levels
	verdict.wording(m) == {"incubation": "Y at incubation."}
	verdict.levels(m) == {"sandbox": "not_applicable", "incubation": "required", "graduation": "required"} with data.graduate.config.rule_sets as sets with data.graduate.config.rule_set as "old"
	verdict.wording(m) == {"incubation": "Y at incubation.", "graduation": "Old Y."} with data.graduate.config.rule_sets as sets with data.graduate.config.rule_set as "old"
}
