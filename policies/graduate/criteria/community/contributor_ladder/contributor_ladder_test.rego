package graduate.criteria.community.contributor_ladder_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(ladders, roles) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"artifacts": {"contributor_ladder": ladders},
	"content": {"topics": {"contributor_roles": roles}},
})

ladder := {"repo": "community", "path": "CONTRIBUTOR_LADDER.md", "line": 1}

roles_section := {"repo": "main", "path": "GOVERNANCE.md", "line": 40}

test_pass_with_ladder_document if {
	r := fixtures.result("community", "contributor_ladder") with input as snapshot([ladder], [])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "community", "path": "CONTRIBUTOR_LADDER.md", "line": 1}]
}

test_pass_with_roles_section if {
	r := fixtures.result("community", "contributor_ladder") with input as snapshot([], [roles_section])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 40}]
}

test_pass_with_ladder_when_topics_not_collected if {
	s := object.union(fixtures.base, {"artifacts": {"contributor_ladder": [ladder]}})
	r := fixtures.result("community", "contributor_ladder") with input as s
	r.status == "pass"
}

test_unknown_when_nothing_found if {
	r := fixtures.result("community", "contributor_ladder") with input as snapshot([], [])
	r.status == "unknown"
	r.reasons == [sprintf(
		"read the documents of main, community; none is a contributor ladder (looked for %s) and no heading or sentence states contributor roles; if the ladder is documented elsewhere, such as the project website, an attestation must establish one with at least 2 roles",
		[facts.describe("contributor_ladder")],
	)]
}

test_unknown_when_not_collected if {
	r := fixtures.result("community", "contributor_ladder") with input as fixtures.base
	r.status == "unknown"
	r.reasons == [
		"artifacts was not collected: the snapshot has no such facts",
		"content was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_topics_not_collected if {
	s := object.union(fixtures.base, {"artifacts": {"contributor_ladder": []}, "content": {"channels": []}})
	r := fixtures.result("community", "contributor_ladder") with input as s
	r.status == "unknown"
	r.reasons == ["content.topics was not collected: the snapshot has no such facts"]
}

test_unknown_when_topic_errored if {
	s := object.union(snapshot([], []), {"collection_errors": [{"source": "content.topics.contributor_roles", "error": "GOVERNANCE.md: unreadable"}]})
	r := fixtures.result("community", "contributor_ladder") with input as s
	r.status == "unknown"
	r.reasons == ["content.topics.contributor_roles could not be collected: GOVERNANCE.md: unreadable"]
}
