package graduate.criteria.governance.subprojects_listed_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(list, topic) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"subprojects": list},
	"content": {"topics": {"subprojects": topic}},
	"collection_errors": [],
}

sigs := {"repo": "main", "path": "sigs.yaml", "line": 1}

section := {"repo": "main", "path": "GOVERNANCE.md", "line": 40}

none_found := sprintf(
	"read the documents of main; none is a subproject list (looked for %s) and no heading or sentence lists subprojects; the criterion holds vacuously for a project without subprojects: add an attestation in the project file that it has none or linking where they are listed, or a waiver",
	[facts.describe("subprojects")],
)

test_pass_with_list if {
	r := fixtures.result("governance", "subprojects_listed") with input as snapshot([sigs], [])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "sigs.yaml", "line": 1}]
}

test_pass_with_section if {
	r := fixtures.result("governance", "subprojects_listed") with input as snapshot([], [section])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 40}]
}

test_unknown_when_only_groups_list_their_subprojects if {
	iot := {"repo": "community", "path": "sig-device-iot/README.md", "line": 37, "how": "heading", "text": "Subprojects"}
	ops := {"repo": "community", "path": "working-groups/operations/CHARTER.md", "line": 12, "how": "sentence", "text": "The following subprojects are owned by the working group:"}
	nested := {"repo": "community", "path": "community/sig-node/README.md", "line": 5, "how": "heading", "text": "Subprojects"}
	r0 := fixtures.result("governance", "subprojects_listed") with input as snapshot([], [nested])
	r0.status == "unknown"
	r := fixtures.result("governance", "subprojects_listed") with input as snapshot([], [iot, ops])
	r.status == "unknown"
	r.reasons == ["subprojects are listed only group by group (community:sig-device-iot/README.md:37, community:working-groups/operations/CHARTER.md:12), and no list of the whole project was found (read the documents of main); whether the groups' lists name every subproject is not known: add an attestation in the project file linking where all are listed, or a waiver"]
	count(r.evidence) == 2
}

test_groups_lists_and_a_link_out_name_both if {
	iot := {"repo": "community", "path": "sig-device-iot/README.md", "line": 37}
	s := object.union(snapshot([], [iot]), {"content": {"links_out": [{"topic": "subprojects", "repo": "main", "path": "README.md", "line": 5, "url": "https://quarry.example/projects", "text": "all our projects"}]}})
	r := fixtures.result("governance", "subprojects_listed") with input as s
	r.status == "unknown"
	contains(r.reasons[0], `(read the documents of main; linked from main:README.md:5 as "all our projects" to https://quarry.example/projects, not read)`)
}

test_pass_with_a_whole_list_beside_groups_lists if {
	wg := {"repo": "main", "path": "wg-arch-arm/charter.md", "line": 27}
	r := fixtures.result("governance", "subprojects_listed") with input as snapshot([sigs], [wg])
	r.status == "pass"
	count(r.evidence) == 2
}

test_pass_with_list_when_content_not_collected if {
	r := fixtures.result("governance", "subprojects_listed") with input as json.remove(snapshot([sigs], []), ["content"])
	r.status == "pass"
}

test_unknown_when_none_found if {
	r := fixtures.result("governance", "subprojects_listed") with input as snapshot([], [])
	r.status == "unknown"
	r.reasons == [none_found]
	r.evidence == []
}

test_unknown_when_nothing_collected if {
	r := fixtures.result("governance", "subprojects_listed") with input as json.remove(snapshot([], []), ["artifacts", "content"])
	r.status == "unknown"
	r.reasons == [
		"artifacts was not collected: the snapshot has no such facts",
		"content was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_members_not_collected if {
	s := object.union(json.remove(snapshot([], []), ["artifacts/subprojects", "content/topics"]), {"collection_errors": [{"source": "content.topics", "error": "GOVERNANCE.md: unreadable"}]})
	r := fixtures.result("governance", "subprojects_listed") with input as s
	r.status == "unknown"
	r.reasons == [
		"artifacts.subprojects was not collected: the snapshot has no such facts",
		"content.topics could not be collected: GOVERNANCE.md: unreadable",
	]
}

test_unknown_when_topic_not_collected if {
	r := fixtures.result("governance", "subprojects_listed") with input as json.remove(snapshot([], []), ["content/topics/subprojects"])
	r.status == "unknown"
	r.reasons == ["content.topics.subprojects was not collected: the snapshot has no such facts"]
}

# The reason the collectors gave stays beside the attestation.
test_attested_keeps_the_collected_reason if {
	r := fixtures.result("governance", "subprojects_listed") with input as fixtures.attested(snapshot([], []), "governance.subprojects_listed")
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason, none_found]
}
