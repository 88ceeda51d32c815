package graduate.criteria.engineering.release_process_expectations_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(docs, topics) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"release_process": docs},
	"content": {"topics": topics, "links_out": []},
})

with_links(s, links) := object.union(s, {"content": {"links_out": links}})

releases := {"repo": "main", "path": "RELEASES.md", "line": 1, "how": "name"}

statement(topic, line) := {"repo": "main", "path": "RELEASES.md", "line": line, "how": "sentence", "text": concat(" ", ["states", topic])}

stated := {"release_expectations": [statement("release_expectations", 20)]}

none := {"release_expectations": []}

absent := "release expectations (a release schedule or cadence, or releases based on feature implementation)"

link(topic) := {"topic": topic, "repo": "main", "path": "README.md", "line": 8, "url": "https://example.org/releases", "text": "release schedule"}

test_pass_when_stated if {
	r := fixtures.result("engineering", "release_process_expectations") with input as snapshot([releases], stated)
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 20, "text": "states release_expectations"},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 1},
	]
}

test_pass_when_stated_outside_a_release_document if {
	r := fixtures.result("engineering", "release_process_expectations") with input as snapshot([], stated)
	r.status == "pass"
}

test_fail_without_release_document if {
	r := fixtures.result("engineering", "release_process_expectations") with input as snapshot([], none)
	r.status == "fail"
	r.reasons == [sprintf(
		"read the documents of main; none is a release process document (looked for %s) and none states %s; a release process document that defines it is required",
		[facts.describe("release_process"), absent],
	)]
}

test_fail_when_not_stated if {
	r := fixtures.result("engineering", "release_process_expectations") with input as snapshot([releases], none)
	r.status == "fail"
	r.reasons == [sprintf(
		"no heading or sentence states %s, in the release process documents (main:RELEASES.md:1) or the other documents read (read the documents of main); the release process document must define it",
		[absent],
	)]
}

test_unknown_when_the_release_document_is_linked_out if {
	r := fixtures.result("engineering", "release_process_expectations") with input as with_links(snapshot([], none), [link("release_process")])
	r.status == "unknown"
	r.reasons == [sprintf(
		"%s: not stated in the documents read (read the documents of main); linked from main:README.md:8 as \"release schedule\" to https://example.org/releases, not read",
		[absent],
	)]
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 8, "url": "https://example.org/releases"}]
}

test_unknown_when_the_topic_is_linked_out if {
	r := fixtures.result("engineering", "release_process_expectations") with input as with_links(snapshot([releases], none), [link("release_expectations")])
	r.status == "unknown"
}

test_links_out_for_other_topics_do_not_count if {
	r := fixtures.result("engineering", "release_process_expectations") with input as with_links(snapshot([releases], none), [link("roadmap")])
	r.status == "fail"
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "release_process_expectations") with input as fixtures.base
	r.status == "unknown"
	"documents was not collected: the snapshot has no such facts" in r.reasons
	"content was not collected: the snapshot has no such facts" in r.reasons
}

test_unknown_when_topics_not_collected if {
	r := fixtures.result("engineering", "release_process_expectations") with input as object.union(fixtures.base, {"documents": {"release_process": [releases]}, "content": {"channels": []}})
	r.status == "unknown"
	r.reasons == ["content.topics was not collected: the snapshot has no such facts"]
}

test_unknown_when_topic_errored if {
	s := object.union(snapshot([releases], none), {"collection_errors": [{"source": "content.topics.release_expectations", "error": "RELEASES.md: unreadable"}]})
	r := fixtures.result("engineering", "release_process_expectations") with input as s
	r.status == "unknown"
	"content.topics.release_expectations could not be collected: RELEASES.md: unreadable" in r.reasons
}

test_unknown_when_documents_not_collected if {
	r := fixtures.result("engineering", "release_process_expectations") with input as object.union(fixtures.base, {"content": {"topics": none}})
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}
