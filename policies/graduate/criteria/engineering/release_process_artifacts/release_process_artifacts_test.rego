package graduate.criteria.engineering.release_process_artifacts_test

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

stated := {"release_artifacts": [statement("release_artifacts", 20)]}

none := {"release_artifacts": []}

absent := "the artifacts included in a release (binaries, images, charts, signatures)"

link(topic) := {"topic": topic, "repo": "main", "path": "README.md", "line": 8, "url": "https://example.org/releases", "text": "release schedule"}

test_pass_when_stated if {
	r := fixtures.result("engineering", "release_process_artifacts") with input as snapshot([releases], stated)
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 20, "text": "states release_artifacts"},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 1},
	]
}

test_pass_when_the_installation_documentation_says_what_every_release_ships if {
	topics := {"release_artifacts": [], "install_artifacts": [statement("install_artifacts", 9)]}
	r := fixtures.result("engineering", "release_process_artifacts") with input as snapshot([], topics)
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 9, "text": "states install_artifacts"}]
}

test_the_release_process_statement_is_the_evidence_when_both_are_stated if {
	topics := {"release_artifacts": [statement("release_artifacts", 20)], "install_artifacts": [statement("install_artifacts", 9)]}
	r := fixtures.result("engineering", "release_process_artifacts") with input as snapshot([releases], topics)
	r.status == "pass"
	not {"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 9, "text": "states install_artifacts"} in r.evidence
}

test_pass_when_stated_outside_a_release_document if {
	r := fixtures.result("engineering", "release_process_artifacts") with input as snapshot([], stated)
	r.status == "pass"
}

test_fail_without_release_document if {
	r := fixtures.result("engineering", "release_process_artifacts") with input as snapshot([], none)
	r.status == "fail"
	r.reasons == [sprintf(
		"read the documents of main; none is a release process document (looked for %s) and none states %s; a release process document that defines it is required",
		[facts.describe("release_process"), absent],
	)]
}

test_fail_when_not_stated if {
	r := fixtures.result("engineering", "release_process_artifacts") with input as snapshot([releases], none)
	r.status == "fail"
	r.reasons == [sprintf(
		"no heading or sentence states %s, in the release process documents (main:RELEASES.md:1) or the other documents read (read the documents of main); the release process document must define it",
		[absent],
	)]
}

test_unknown_when_the_release_document_is_linked_out if {
	r := fixtures.result("engineering", "release_process_artifacts") with input as with_links(snapshot([], none), [link("release_process")])
	r.status == "unknown"
	r.reasons == [sprintf(
		"%s: not stated in the documents read (read the documents of main); linked from main:README.md:8 as \"release schedule\" to https://example.org/releases, not read",
		[absent],
	)]
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 8, "url": "https://example.org/releases"}]
}

test_unknown_when_the_topic_is_linked_out if {
	r := fixtures.result("engineering", "release_process_artifacts") with input as with_links(snapshot([releases], none), [link("release_artifacts")])
	r.status == "unknown"
}

test_links_out_for_other_topics_do_not_count if {
	r := fixtures.result("engineering", "release_process_artifacts") with input as with_links(snapshot([releases], none), [link("roadmap")])
	r.status == "fail"
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "release_process_artifacts") with input as fixtures.base
	r.status == "unknown"
	"documents was not collected: the snapshot has no such facts" in r.reasons
	"content was not collected: the snapshot has no such facts" in r.reasons
}

test_unknown_when_topics_not_collected if {
	r := fixtures.result("engineering", "release_process_artifacts") with input as object.union(fixtures.base, {"documents": {"release_process": [releases]}, "content": {"channels": []}})
	r.status == "unknown"
	r.reasons == ["content.topics was not collected: the snapshot has no such facts"]
}

test_unknown_when_topic_errored if {
	s := object.union(snapshot([releases], none), {"collection_errors": [{"source": "content.topics.release_artifacts", "error": "RELEASES.md: unreadable"}]})
	r := fixtures.result("engineering", "release_process_artifacts") with input as s
	r.status == "unknown"
	"content.topics.release_artifacts could not be collected: RELEASES.md: unreadable" in r.reasons
}

test_unknown_when_documents_not_collected if {
	r := fixtures.result("engineering", "release_process_artifacts") with input as object.union(fixtures.base, {"content": {"topics": none}})
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

shipped(snap) := object.union(snap, {
	"repositories": [{"name": "o/p", "role": "main"}],
	"github": {
		"api": "https://api.github.com/",
		"requests": {"made": 1, "revalidated": 0, "from_cache": 0, "retries": 0, "rate_remaining": 1, "rate_limit": 5000, "authenticated": true},
		"repositories": [{
			"repo": "o/p", "url": "https://api.github.com/repos/o/p", "archived": false, "default_branch": "main", "has_discussions": false,
			"releases": [
				{"tag": "v1.1.0-rc.1", "date": "2026-10-01T00:00:00Z", "prerelease": true, "url": "https://github.com/o/p/releases/tag/v1.1.0-rc.1"},
				{"tag": "v1.0.0", "date": "2026-09-01T00:00:00Z", "prerelease": false, "url": "https://github.com/o/p/releases/tag/v1.0.0", "assets": [
					{"name": "p_linux_amd64.tar.gz", "kind": "binary", "url": "https://github.com/o/p/releases/download/v1.0.0/p_linux_amd64.tar.gz"},
					{"name": "checksums.txt", "kind": "checksum", "url": "https://github.com/o/p/releases/download/v1.0.0/checksums.txt"},
				]},
			],
		}],
	},
})

# Release assets stand between a missing statement and a fail: what a release ships is
# shown, and the criterion waits for the document or an attestation.
test_release_assets_make_a_missing_statement_unknown if {
	snap := shipped(object.union(fixtures.base, {
		"documents": {"release_process": [{"repo": "o/p", "path": "RELEASE.md", "line": 1}]},
		"content": {"topics": {"release_artifacts": []}},
	}))
	r := fixtures.result("engineering", "release_process_artifacts") with input as snap
	r.status == "unknown"
	startswith(r.reasons[0], "no document read states the artifacts included in a release")
	contains(r.reasons[0], "the release v1.0.0 ships 2 files (binary, checksum)")
	{"kind": "url", "url": "https://github.com/o/p/releases/tag/v1.0.0", "text": "release v1.0.0: 2 files (binary, checksum)"} in r.evidence
}
