package graduate.criteria.engineering.release_process_tagging_test

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

stated := {"release_tagging": [statement("release_tagging", 20)], "release_prerelease": [statement("release_prerelease", 22)], "release_security": [statement("release_security", 21)]}

none := {"release_tagging": [], "release_prerelease": [], "release_security": []}

absent := "how stable releases are versioned and tagged, how unstable releases (pre-releases, release candidates, nightly or edge builds) are tagged and security releases (how a release of security fixes is marked: a patch release, a tag, a label)"

link(topic) := {"topic": topic, "repo": "main", "path": "README.md", "line": 8, "url": "https://example.org/releases", "text": "release schedule"}

test_pass_when_stated if {
	r := fixtures.result("engineering", "release_process_tagging") with input as snapshot([releases], stated)
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 20, "text": "states release_tagging"},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 21, "text": "states release_security"},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 22, "text": "states release_prerelease"},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 1},
	]
}

test_pass_when_stated_outside_a_release_document if {
	r := fixtures.result("engineering", "release_process_tagging") with input as snapshot([], stated)
	r.status == "pass"
}

test_fail_without_release_document if {
	r := fixtures.result("engineering", "release_process_tagging") with input as snapshot([], none)
	r.status == "fail"
	r.reasons == [sprintf(
		"read the documents of main; none is a release process document (looked for %s) and none states %s; a release process document that defines it is required",
		[facts.describe("release_process"), absent],
	)]
}

test_fail_when_not_stated if {
	r := fixtures.result("engineering", "release_process_tagging") with input as snapshot([releases], none)
	r.status == "fail"
	r.reasons == [sprintf(
		"no heading or sentence states %s, in the release process documents (main:RELEASES.md:1) or the other documents read (read the documents of main); the release process document must define it",
		[absent],
	)]
}

test_fail_when_one_part_is_not_stated if {
	r := fixtures.result("engineering", "release_process_tagging") with input as snapshot([releases], object.union(stated, {"release_security": []}))
	r.status == "fail"
	r.reasons == [sprintf(
		"no heading or sentence states %s, in the release process documents (main:RELEASES.md:1) or the other documents read (read the documents of main); the release process document must define it",
		["security releases (how a release of security fixes is marked: a patch release, a tag, a label)"],
	)]
}

# Semantic versioning alone, or edge tags alone, is one kind of release of the three
# the wording names.
test_fail_when_only_stable_tagging_is_stated if {
	r := fixtures.result("engineering", "release_process_tagging") with input as snapshot([releases], object.union(none, {"release_tagging": [statement("release_tagging", 20)]}))
	r.status == "fail"
	r.reasons == [sprintf(
		"no heading or sentence states %s, in the release process documents (main:RELEASES.md:1) or the other documents read (read the documents of main); the release process document must define it",
		["how unstable releases (pre-releases, release candidates, nightly or edge builds) are tagged and security releases (how a release of security fixes is marked: a patch release, a tag, a label)"],
	)]
}

test_unknown_when_the_release_document_is_linked_out if {
	r := fixtures.result("engineering", "release_process_tagging") with input as with_links(snapshot([], none), [link("release_process")])
	r.status == "unknown"
	r.reasons == [sprintf(
		"%s: not stated in the documents read (read the documents of main); linked from main:README.md:8 as \"release schedule\" to https://example.org/releases, not read",
		[absent],
	)]
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 8, "url": "https://example.org/releases"}]
}

test_unknown_when_the_topic_is_linked_out if {
	r := fixtures.result("engineering", "release_process_tagging") with input as with_links(snapshot([releases], none), [link("release_tagging")])
	r.status == "unknown"
}

test_links_out_for_other_topics_do_not_count if {
	r := fixtures.result("engineering", "release_process_tagging") with input as with_links(snapshot([releases], none), [link("roadmap")])
	r.status == "fail"
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "release_process_tagging") with input as fixtures.base
	r.status == "unknown"
	"documents was not collected: the snapshot has no such facts" in r.reasons
	"content was not collected: the snapshot has no such facts" in r.reasons
}

test_unknown_when_topics_not_collected if {
	r := fixtures.result("engineering", "release_process_tagging") with input as object.union(fixtures.base, {"documents": {"release_process": [releases]}, "content": {"channels": []}})
	r.status == "unknown"
	r.reasons == ["content.topics was not collected: the snapshot has no such facts"]
}

test_unknown_when_topic_errored if {
	s := object.union(snapshot([releases], none), {"collection_errors": [{"source": "content.topics.release_tagging", "error": "RELEASES.md: unreadable"}]})
	r := fixtures.result("engineering", "release_process_tagging") with input as s
	r.status == "unknown"
	"content.topics.release_tagging could not be collected: RELEASES.md: unreadable" in r.reasons
}

test_unknown_when_documents_not_collected if {
	r := fixtures.result("engineering", "release_process_tagging") with input as object.union(fixtures.base, {"content": {"topics": none}})
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

# "We strive to release security fixes within 7 days" says how soon, not how such a
# release is marked: with every other part stated, a person reads it.
test_unknown_when_security_fixes_are_only_said_to_be_released if {
	near := {"release_security_near": [statement("release_security_near", 30)]}
	s := snapshot([releases], object.union(object.union(stated, {"release_security": []}), near))
	r := fixtures.result("engineering", "release_process_tagging") with input as s
	r.status == "unknown"
	r.reasons == ["no heading or sentence states security releases (how a release of security fixes is marked: a patch release, a tag, a label); a sentence says how security fixes are released (main:RELEASES.md:30), which may be what the project means by its security releases: a person should read it, then attest or state it in the release process"]
	{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 30, "text": "states release_security_near"} in r.evidence

	# With another part missing too, the criterion fails all the same.
	t := snapshot([releases], object.union(object.union(none, {"release_tagging": [statement("release_tagging", 20)]}), near))
	fixtures.result("engineering", "release_process_tagging").status == "fail" with input as t
}

# A sentence of the kind in a document the topic is not read in (an SDK governance
# page) is read by a person too.
test_unknown_when_a_near_sentence_is_a_hint if {
	hint := object.union(statement("release_security_near", 115), {"path": "docs/SDK-GOVERNANCE.md"})
	s := snapshot([releases], object.union(stated, {"release_security": []}))
	t := object.union(s, {"content": {"hints": {"release_security_near": [hint]}}})
	r := fixtures.result("engineering", "release_process_tagging") with input as t
	r.status == "unknown"
	r.reasons == ["no heading or sentence states security releases (how a release of security fixes is marked: a patch release, a tag, a label); a sentence says how security fixes are released (main:docs/SDK-GOVERNANCE.md:115), which may be what the project means by its security releases: a person should read it, then attest or state it in the release process"]
}

# A SECURITY.md that only points to the organisation's policy (kubescape's): the policy
# linked out may say how security releases are marked, so unknown, with the link.
test_unknown_when_only_security_releases_are_missing_and_the_policy_is_linked_out if {
	topics := object.union(stated, {"release_security": []})
	out := {"topic": "security_policy", "repo": "main", "path": "SECURITY.md", "line": 5, "url": "https://github.com/quarry/governance/blob/main/SECURITY.md", "text": "centralized SECURITY.md"}
	s := object.union(with_links(snapshot([releases], topics), [out]), {"documents": {"security_policy": []}})
	r := fixtures.result("engineering", "release_process_tagging") with input as s
	r.status == "unknown"
	r.reasons == ["security releases (how a release of security fixes is marked: a patch release, a tag, a label): not stated in the documents read (read the documents of main); the security policy, where security releases are often stated, is linked from main:SECURITY.md:5 as \"centralized SECURITY.md\" to https://github.com/quarry/governance/blob/main/SECURITY.md, not read"]
	{"kind": "file", "repo": "main", "path": "SECURITY.md", "line": 5, "url": "https://github.com/quarry/governance/blob/main/SECURITY.md"} in r.evidence
}

# A security policy read that says nothing of security releases leaves the failure.
test_fail_when_the_security_policy_read_says_nothing_of_them if {
	topics := object.union(stated, {"release_security": []})
	s := object.union(snapshot([releases], topics), {"documents": {"security_policy": [{"repo": "main", "path": "SECURITY.md", "line": 1}]}})
	r := fixtures.result("engineering", "release_process_tagging") with input as s
	r.status == "fail"
}

# Unstable tagging missing too is sure, whatever the policy linked out says.
test_fail_when_more_than_security_releases_is_missing if {
	topics := object.union(stated, {"release_security": [], "release_prerelease": []})
	out := {"topic": "security_policy", "repo": "main", "path": "SECURITY.md", "line": 5, "url": "https://github.com/quarry/governance/blob/main/SECURITY.md", "text": "centralized SECURITY.md"}
	s := object.union(with_links(snapshot([releases], topics), [out]), {"documents": {"security_policy": []}})
	r := fixtures.result("engineering", "release_process_tagging") with input as s
	r.status == "fail"
}
