package graduate.criteria.engineering.roadmap_change_process_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(roadmaps, sections) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"roadmap": roadmaps},
	"content": {"topics": {"roadmap_changes": sections}},
})

roadmap := {"repo": "main", "path": "ROADMAP.md", "line": 1}

section := {"repo": "main", "path": "ROADMAP.md", "line": 42}

test_pass_with_section if {
	r := fixtures.result("engineering", "roadmap_change_process") with input as snapshot([roadmap], [section])
	r.status == "pass"
	r.reasons == []

	# The roadmap is where it was looked for, not what states it.
	r.evidence == [{"kind": "file", "repo": "main", "path": "ROADMAP.md", "line": 42}]
}

test_fail_without_roadmap if {
	r := fixtures.result("engineering", "roadmap_change_process") with input as snapshot([], [])
	r.status == "fail"
	r.reasons == [sprintf(
		"read the documents of main; none is a roadmap (looked for %s) and none states how the roadmap changes; a documented roadmap change process is required",
		[facts.describe("roadmap")],
	)]
}

test_unknown_without_roadmap_when_topics_not_collected if {
	r := fixtures.result("engineering", "roadmap_change_process") with input as object.union(fixtures.base, {"documents": {"roadmap": []}})
	r.status == "unknown"
}

test_unknown_when_the_roadmap_is_a_board if {
	s := object.union(snapshot([], []), {"content": {"links_out": [{"topic": "roadmap", "repo": "main", "path": "README.md", "line": 12, "url": "https://github.com/orgs/x/projects/5", "text": "roadmap"}]}})
	r := fixtures.result("engineering", "roadmap_change_process") with input as s
	r.status == "unknown"
	r.reasons == ["how the roadmap changes (who proposes and decides changes, and where): not stated in the documents read (read the documents of main); linked from main:README.md:12 as \"roadmap\" to https://github.com/orgs/x/projects/5, not read"]
}

test_unknown_when_roadmap_has_no_section if {
	r := fixtures.result("engineering", "roadmap_change_process") with input as snapshot([roadmap], [])
	r.status == "unknown"
	r.reasons == ["no heading or sentence states how the roadmap changes, in the roadmap (main:ROADMAP.md:1) or the governance and contributing documents read; a change process documented in other words (an enhancement-proposal process) needs an attestation"]
}

# A change process documented in other words is what an attestation is for; what the
# roadmap lacks stays beside it.
test_attested_when_roadmap_has_no_section if {
	r := fixtures.result("engineering", "roadmap_change_process") with input as fixtures.attested(snapshot([roadmap], []), "engineering.roadmap_change_process")
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason, "no heading or sentence states how the roadmap changes, in the roadmap (main:ROADMAP.md:1) or the governance and contributing documents read; a change process documented in other words (an enhancement-proposal process) needs an attestation"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "roadmap_change_process") with input as fixtures.base
	r.status == "unknown"
	r.reasons == [
		"content was not collected: the snapshot has no such facts",
		"documents was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_topics_not_collected if {
	r := fixtures.result("engineering", "roadmap_change_process") with input as object.union(fixtures.base, {"documents": {"roadmap": [roadmap]}, "content": {"meetings": []}})
	r.status == "unknown"
	r.reasons == ["content.topics was not collected: the snapshot has no such facts"]
}

test_unknown_when_topic_errored if {
	s := object.union(snapshot([roadmap], []), {"collection_errors": [{"source": "content.topics.roadmap_changes", "error": "ROADMAP.md: unreadable"}]})
	r := fixtures.result("engineering", "roadmap_change_process") with input as s
	r.status == "unknown"
	r.reasons == ["content.topics.roadmap_changes could not be collected: ROADMAP.md: unreadable"]
}

test_unknown_when_roadmap_not_collected if {
	r := fixtures.result("engineering", "roadmap_change_process") with input as object.union(fixtures.base, {"content": {"topics": {"roadmap_changes": []}}})
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}
