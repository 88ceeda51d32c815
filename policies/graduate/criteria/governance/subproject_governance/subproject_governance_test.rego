package graduate.criteria.governance.subproject_governance_test

import data.graduate.lib.fixtures

snapshot(list, named, governed) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"subprojects": list},
	"content": {"topics": {"subprojects": named, "subproject_governance": governed}, "links_out": []},
	"collection_errors": [],
}

sigs := {"repo": "main", "path": "SUBPROJECTS.md", "line": 1, "how": "name"}

listed := {"repo": "main", "path": "GOVERNANCE.md", "line": 30, "how": "heading", "text": "Subprojects"}

rule := {"repo": "main", "path": "GOVERNANCE.md", "line": 40, "how": "sentence", "text": "Each subproject is led by two leads; new subprojects are proposed to the steering committee."}

advice := "if the project has subprojects, add an attestation in the project file linking where their leadership, contribution, maturity status and add/remove process are documented; if it has none, a waiver"

label := "subproject leadership, contribution, maturity status and the process to add or remove subprojects"

none_found := concat("", ["read the documents of main; no subproject list and no statement on subproject governance; ", advice])

test_pass_with_subprojects_and_their_governance if {
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([sigs], [], [rule])
	r.status == "pass"
	r.reasons == []
	count(r.evidence) == 2
	{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 40, "text": "Each subproject is led by two leads; new subprojects are proposed to the steering committee."} in r.evidence
	{"kind": "file", "repo": "main", "path": "SUBPROJECTS.md", "line": 1} in r.evidence
}

test_pass_with_subprojects_named_in_the_governance if {
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([], [listed], [rule])
	r.status == "pass"
}

test_unknown_with_subprojects_but_no_governance if {
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([sigs], [], [])
	r.status == "unknown"
	r.reasons == [concat("", ["subprojects are listed (main:SUBPROJECTS.md:1) but no heading or sentence of the governance documents states ", label, "; ", advice])]
}

test_unknown_with_governance_but_no_list if {
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([], [], [rule])
	r.status == "unknown"
	r.reasons == [concat("", ["the governance documents say how subprojects are governed but no subproject list was found (read the documents of main); ", advice])]
}

test_unknown_when_none_found if {
	r := fixtures.result("governance", "subproject_governance") with input as snapshot([], [], [])
	r.status == "unknown"
	r.reasons == [none_found]
}

test_unknown_when_the_governance_is_linked_out if {
	s := object.union(snapshot([sigs], [], []), {"content": {"links_out": [{"topic": "subprojects", "repo": "main", "path": "README.md", "line": 5, "url": "https://example.org/subprojects", "text": "subprojects"}]}})
	r := fixtures.result("governance", "subproject_governance") with input as s
	r.status == "unknown"
	r.reasons == [concat("", [label, ": not stated in the documents read (read the documents of main); linked from main:README.md:5 as \"subprojects\" to https://example.org/subprojects, not read"])]
}

test_unknown_when_nothing_collected if {
	r := fixtures.result("governance", "subproject_governance") with input as json.remove(snapshot([], [], []), ["artifacts", "content"])
	r.status == "unknown"
	r.reasons == [
		"artifacts was not collected: the snapshot has no such facts",
		"content was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_one_fact_not_collected if {
	s := object.union(snapshot([sigs], [], []), {"collection_errors": [{"source": "content.topics.subproject_governance", "error": "heading parse error"}]})
	r := fixtures.result("governance", "subproject_governance") with input as s
	r.status == "unknown"
	"content.topics.subproject_governance could not be collected: heading parse error" in r.reasons
	r2 := fixtures.result("governance", "subproject_governance") with input as json.remove(snapshot([], [listed], []), ["artifacts/subprojects"])
	r2.status == "unknown"
	"artifacts.subprojects was not collected: the snapshot has no such facts" in r2.reasons
}
