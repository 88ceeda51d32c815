package graduate.criteria.governance.subproject_governance_test

import data.graduate.lib.fixtures

# governed(locs) states every part of subproject governance at locs; one part less is
# the same with that topic empty.
governed(locs) := {t: locs | some t in ["subproject_leadership", "subproject_contribution", "subproject_maturity", "subproject_changes"]}

snapshot(list, named, parts) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"subprojects": list},
	"content": {"topics": object.union({"subprojects": named}, parts), "links_out": []},
	"collection_errors": [],
}

sigs := {"repo": "main", "path": "SUBPROJECTS.md", "line": 1, "how": "name"}

listed := {"repo": "main", "path": "GOVERNANCE.md", "line": 30, "how": "heading", "text": "Subprojects"}

rule := {"repo": "main", "path": "GOVERNANCE.md", "line": 40, "how": "sentence", "text": "Each subproject is led by two leads; new subprojects are proposed to the steering committee."}

advice := "if the project has subprojects, add an attestation in the project file linking where their leadership, contribution, maturity status and add/remove process are documented; if it has none, a waiver"

label := "subproject leadership, contribution to subprojects, subproject maturity status and the process to add or remove subprojects"

none_found := concat("", ["read the documents of main; no subproject list, and no heading or sentence states ", label, "; ", advice])

test_pass_with_subprojects_and_their_governance if {
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([sigs], [], governed([rule]))
	r.status == "pass"
	r.reasons == []
	count(r.evidence) == 2
	{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 40, "text": "Each subproject is led by two leads; new subprojects are proposed to the steering committee."} in r.evidence
	{"kind": "file", "repo": "main", "path": "SUBPROJECTS.md", "line": 1} in r.evidence
}

test_pass_with_subprojects_named_in_the_governance if {
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([], [listed], governed([rule]))
	r.status == "pass"
}

test_unknown_with_subprojects_but_no_governance if {
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([sigs], [], governed([]))
	r.status == "unknown"
	r.reasons == [concat("", ["subprojects are listed (main:SUBPROJECTS.md:1) but no heading or sentence of the governance documents states ", label, "; ", advice])]
}

test_unknown_with_governance_but_no_list if {
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([], [], governed([rule]))
	r.status == "unknown"
	r.reasons == [concat("", ["the governance documents say how subprojects are governed but no subproject list was found (read the documents of main); ", advice])]
}

test_unknown_when_none_found if {
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([], [], governed([]))
	r.status == "unknown"
	r.reasons == [none_found]
}

test_unknown_when_the_governance_is_linked_out if {
	s := object.union(snapshot([sigs], [], governed([])), {"content": {"links_out": [{"topic": "subprojects", "repo": "main", "path": "README.md", "line": 5, "url": "https://example.org/subprojects", "text": "subprojects"}]}})
	r := fixtures.result("governance", "subproject_governance") with input as s
	r.status == "unknown"
	r.reasons == [concat("", [label, ": not stated in the documents read (read the documents of main); linked from main:README.md:5 as \"subprojects\" to https://example.org/subprojects, not read"])]
}

test_unknown_when_nothing_collected if {
	r := fixtures.result("governance", "subproject_governance") with input as json.remove(snapshot([], [], governed([])), ["artifacts", "content"])
	r.status == "unknown"
	r.reasons == [
		"artifacts was not collected: the snapshot has no such facts",
		"content was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_one_fact_not_collected if {
	s := object.union(snapshot([sigs], [], governed([])), {"collection_errors": [{"source": "content.topics.subproject_leadership", "error": "heading parse error"}]})
	r := fixtures.result("governance", "subproject_governance") with input as s
	r.status == "unknown"
	"content.topics.subproject_leadership could not be collected: heading parse error" in r.reasons
	r2 := fixtures.result("governance", "subproject_governance") with input as json.remove(snapshot([], [listed], governed([])), ["artifacts/subprojects"])
	r2.status == "unknown"
	"artifacts.subprojects was not collected: the snapshot has no such facts" in r2.reasons
}

test_unknown_when_a_part_is_not_stated if {
	parts := object.union(governed([rule]), {"subproject_maturity": []})
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([sigs], [], parts)
	r.status == "unknown"
	r.reasons == [concat("", ["subprojects are listed (main:SUBPROJECTS.md:1) but no heading or sentence of the governance documents states subproject maturity status; ", advice])]
}
