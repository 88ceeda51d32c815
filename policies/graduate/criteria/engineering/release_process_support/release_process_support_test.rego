package graduate.criteria.engineering.release_process_support_test

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

stated := {"release_support": [statement("release_support", 20)], "platform_support": [statement("platform_support", 24)]}

none := {"release_support": [], "platform_support": []}

absent := "which branches or versions are supported and for how long and which platforms (Kubernetes versions, operating systems, architectures) are supported"

link(topic) := {"topic": topic, "repo": "main", "path": "README.md", "line": 8, "url": "https://example.org/releases", "text": "release schedule"}

test_pass_when_stated if {
	r := fixtures.result("engineering", "release_process_support") with input as snapshot([releases], stated)
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 20, "text": "states release_support"},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 24, "text": "states platform_support"},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 1},
	]
}

# "We support the last three minor releases" with no word on the platforms: half the
# wording, so a person decides.
test_unknown_when_only_the_versions_are_stated if {
	r := fixtures.result("engineering", "release_process_support") with input as snapshot([releases], object.union(stated, {"platform_support": []}))
	r.status == "unknown"
	r.reasons == ["the supported versions are stated (main:RELEASES.md:20), but no heading or sentence states which platforms (Kubernetes versions, operating systems, architectures) are supported, in the release process documents or the other documents read (read the documents of main); state it, or attest"]
}

# The platforms alone, with no word on which versions are supported or for how long, is
# sure enough to fail, as when neither is stated.
test_fail_when_only_the_platforms_are_stated if {
	r := fixtures.result("engineering", "release_process_support") with input as snapshot([releases], object.union(stated, {"release_support": []}))
	r.status == "fail"
	r.reasons == ["no heading or sentence states which branches or versions are supported and for how long, in the release process documents (main:RELEASES.md:1) or the other documents read (read the documents of main); the release process document must define it"]
}

test_unknown_when_the_platforms_are_linked_out if {
	r := fixtures.result("engineering", "release_process_support") with input as with_links(snapshot([releases], object.union(stated, {"platform_support": []})), [link("platform_support")])
	r.status == "unknown"
	r.reasons == ["which platforms (Kubernetes versions, operating systems, architectures) are supported: not stated in the documents read (read the documents of main); linked from main:README.md:8 as \"release schedule\" to https://example.org/releases, not read"]
}

test_pass_when_stated_outside_a_release_document if {
	r := fixtures.result("engineering", "release_process_support") with input as snapshot([], stated)
	r.status == "pass"
}

test_fail_without_release_document if {
	r := fixtures.result("engineering", "release_process_support") with input as snapshot([], none)
	r.status == "fail"
	r.reasons == [sprintf(
		"read the documents of main; none is a release process document (looked for %s) and none states %s; a release process document that defines it is required",
		[facts.describe("release_process"), absent],
	)]
}

test_fail_when_not_stated if {
	r := fixtures.result("engineering", "release_process_support") with input as snapshot([releases], none)
	r.status == "fail"
	r.reasons == [sprintf(
		"no heading or sentence states %s, in the release process documents (main:RELEASES.md:1) or the other documents read (read the documents of main); the release process document must define it",
		[absent],
	)]
}

test_unknown_when_the_release_document_is_linked_out if {
	r := fixtures.result("engineering", "release_process_support") with input as with_links(snapshot([], none), [link("release_process")])
	r.status == "unknown"
	r.reasons == [sprintf(
		"%s: not stated in the documents read (read the documents of main); linked from main:README.md:8 as \"release schedule\" to https://example.org/releases, not read",
		[absent],
	)]
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 8, "url": "https://example.org/releases"}]
}

test_unknown_when_the_topic_is_linked_out if {
	r := fixtures.result("engineering", "release_process_support") with input as with_links(snapshot([releases], none), [link("release_support")])
	r.status == "unknown"
}

test_links_out_for_other_topics_do_not_count if {
	r := fixtures.result("engineering", "release_process_support") with input as with_links(snapshot([releases], none), [link("roadmap")])
	r.status == "fail"
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "release_process_support") with input as fixtures.base
	r.status == "unknown"
	"documents was not collected: the snapshot has no such facts" in r.reasons
	"content was not collected: the snapshot has no such facts" in r.reasons
}

test_unknown_when_topics_not_collected if {
	r := fixtures.result("engineering", "release_process_support") with input as object.union(fixtures.base, {"documents": {"release_process": [releases]}, "content": {"channels": []}})
	r.status == "unknown"
	r.reasons == ["content.topics was not collected: the snapshot has no such facts"]
}

test_unknown_when_topic_errored if {
	s := object.union(snapshot([releases], none), {"collection_errors": [{"source": "content.topics.release_support", "error": "RELEASES.md: unreadable"}]})
	r := fixtures.result("engineering", "release_process_support") with input as s
	r.status == "unknown"
	"content.topics.release_support could not be collected: RELEASES.md: unreadable" in r.reasons
}

test_unknown_when_documents_not_collected if {
	r := fixtures.result("engineering", "release_process_support") with input as object.union(fixtures.base, {"content": {"topics": none}})
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

# "## Supported Versions" over a table of ticks, in SECURITY.md: the versions fixed today,
# not which branches, which platforms or for how long.
test_unknown_when_only_the_security_policy_heads_the_supported_versions if {
	heading := {"repo": "main", "path": "SECURITY.md", "line": 3, "how": "heading", "text": "Supported Versions"}
	s := object.union(snapshot([releases], {"release_support": [heading], "platform_support": [statement("platform_support", 24)]}), {"documents": {"security_policy": [{"repo": "main", "path": "SECURITY.md", "line": 1, "how": "name"}]}})
	r := fixtures.result("engineering", "release_process_support") with input as s
	r.status == "unknown"
	r.reasons == ["only the security policy's headings name the supported versions (main:SECURITY.md:3): no sentence says which branches or platforms are supported, or for how long; state it in the release process document, or attest"]

	# A sentence beside the heading states it.
	s2 := object.union(s, {"content": {"topics": {"release_support": [heading, {"repo": "main", "path": "SECURITY.md", "line": 5, "how": "sentence", "text": "We support the last two minor releases."}]}}})
	r2 := fixtures.result("engineering", "release_process_support") with input as s2
	r2.status == "pass"

	# A release document's heading is the release document's.
	s3 := object.union(snapshot([releases], {"release_support": [{"repo": "main", "path": "RELEASES.md", "line": 9, "how": "heading", "text": "Support policy"}], "platform_support": [statement("platform_support", 24)]}), {"documents": {"security_policy": [{"repo": "main", "path": "SECURITY.md", "line": 1, "how": "name"}]}})
	r3 := fixtures.result("engineering", "release_process_support") with input as s3
	r3.status == "pass"
}
