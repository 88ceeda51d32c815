package graduate.criteria.engineering.roadmap_change_process_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(roadmaps, sections) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"roadmap": roadmaps},
	"content": {"topics": {"roadmap_changes": sections, "proposal_process": []}},
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

# An RFC or KEP process is how features are proposed; with no roadmap found it may be
# how the project's plans change, which a person decides.
test_unknown_without_roadmap_with_a_proposal_process if {
	kep := {"repo": "main", "path": "docs/dev_guide/quick_start.md", "line": 227, "how": "sentence", "text": "go through the KEP process to propose a design"}
	s := object.union(snapshot([], []), {"content": {"topics": {"proposal_process": [kep]}}})
	r := fixtures.result("engineering", "roadmap_change_process") with input as s
	r.status == "unknown"
	r.reasons == ["read the documents of main; none is a roadmap and none states how the roadmap changes, but the project has an enhancement-proposal process (stated at main:docs/dev_guide/quick_start.md:227), which may be how its plans change; a person should read it: attest where the roadmap and its change process are"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "docs/dev_guide/quick_start.md", "line": 227, "text": "go through the KEP process to propose a design"}]
}

test_unknown_without_roadmap_with_a_proposal_process_linked_out if {
	rfcs := {"topic": "proposal_process", "repo": "main", "path": "CONTRIBUTING.md", "line": 39, "url": "https://github.com/quarry/rfcs", "text": "follow the RFC process"}
	s := object.union(snapshot([], []), {"content": {"links_out": [rfcs]}})
	r := fixtures.result("engineering", "roadmap_change_process") with input as s
	r.status == "unknown"
	r.reasons == ["read the documents of main; none is a roadmap and none states how the roadmap changes, but the project has an enhancement-proposal process (linked from main:CONTRIBUTING.md:39 as \"follow the RFC process\" to https://github.com/quarry/rfcs, not read), which may be how its plans change; a person should read it: attest where the roadmap and its change process are"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "CONTRIBUTING.md", "line": 39, "url": "https://github.com/quarry/rfcs"}]
}

# A snapshot from before the proposal process was read cannot say there is none.
test_unknown_without_roadmap_when_proposals_not_collected if {
	s := object.union(fixtures.base, {
		"repositories": [{"name": "main", "role": "main"}],
		"documents": {"roadmap": []},
		"content": {"topics": {"roadmap_changes": []}},
	})
	r := fixtures.result("engineering", "roadmap_change_process") with input as s
	r.status == "unknown"
	r.reasons == ["content.topics.proposal_process was not collected: the snapshot has no such facts"]
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
