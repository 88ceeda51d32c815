package graduate.criteria.community.channels_listed_test

import data.graduate.lib.fixtures

snapshot(channels) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"content": {"channels": channels},
})

channel(kind, url, line) := {"kind": kind, "url": url, "source": {"repo": "main", "path": "README.md", "line": line}}

three := [
	channel("slack", "https://slack.k8s.io/#project", 30),
	channel("mailing_list", "https://groups.google.com/g/project-dev", 31),
	channel("slack", "https://slack.k8s.io/#project-dev", 32),
]

test_unknown_with_channels if {
	r := fixtures.result("community", "channels_listed") with input as snapshot(three)
	r.status == "unknown"
	r.reasons == ["3 communication channel(s) documented in main (1 mailing_list, 2 slack); that every channel, subprojects' included, is listed and that any non-public channels are listed with their purpose needs an attestation"]
	count(r.evidence) == 3
}

test_attested_with_channels if {
	r := fixtures.result("community", "channels_listed") with input as fixtures.attested(snapshot(three), "community.channels_listed")
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason, "3 communication channel(s) documented in main (1 mailing_list, 2 slack); that every channel, subprojects' included, is listed and that any non-public channels are listed with their purpose needs an attestation"]
	count(r.evidence) == 4
}

test_fail_without_channels if {
	r := fixtures.result("community", "channels_listed") with input as snapshot([])
	r.status == "fail"
	r.reasons == ["no communication channel documented in main (looked for Slack, mailing list, GitHub Discussions, Discord, Matrix, forum, IRC and X links and WeChat groups in README, community and contributing documents); all project communication channels must be listed and documented"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("community", "channels_listed") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_unknown_when_channels_not_collected if {
	r := fixtures.result("community", "channels_listed") with input as object.union(fixtures.base, {"content": {"meetings": []}})
	r.status == "unknown"
	r.reasons == ["content.channels was not collected: the snapshot has no such facts"]
}

# openfga's README: "[Slack](https://openfga.dev/docs/community)", a page of its website.
test_unknown_without_channels_when_a_page_of_them_is_linked_out if {
	page := {"topic": "channels", "repo": "main", "path": "README.md", "line": 40, "url": "https://quarry.example/docs/community", "text": "Slack"}
	r := fixtures.result("community", "channels_listed") with input as object.union(snapshot([]), {"content": {"links_out": [page]}})
	r.status == "unknown"
	r.reasons == ["no communication channel documented in main; the channels are listed elsewhere: linked from main:README.md:40 as \"Slack\" to https://quarry.example/docs/community, not read"]
	{"kind": "file", "repo": "main", "path": "README.md", "line": 40, "url": "https://quarry.example/docs/community"} in r.evidence
}
