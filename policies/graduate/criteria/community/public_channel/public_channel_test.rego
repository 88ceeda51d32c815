package graduate.criteria.community.public_channel_test

import data.graduate.lib.fixtures

snapshot(channels) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"content": {"channels": channels},
})

slack := {"kind": "slack", "url": "https://slack.k8s.io/#project", "source": {"repo": "main", "path": "README.md", "line": 30}}

list := {"kind": "mailing_list", "url": "https://groups.google.com/g/project-dev", "source": {"repo": "main", "path": "README.md", "line": 31}}

test_pass_at_threshold if {
	r := fixtures.result("community", "public_channel") with input as snapshot([slack])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 30, "url": "https://slack.k8s.io/#project"}]
}

test_fail_just_under_threshold if {
	r := fixtures.result("community", "public_channel") with input as snapshot([])
	r.status == "fail"
	r.reasons == ["0 public communication channel(s) documented in main (looked for Slack, mailing list, GitHub Discussions, Discord, Matrix, forum, IRC and X links and WeChat groups in README, community and contributing documents); at least 1 are required"]
}

landscape := {
	"name": "Project", "maturity": "incubating", "repositories": ["https://github.com/acme/project"],
	"chat": "https://cloud-native.slack.com/messages/project",
	"source": {"repo": "", "path": "landscape.yml", "line": 120},
}

test_unknown_when_only_the_landscape_records_a_channel if {
	r := fixtures.result("community", "public_channel") with input as object.union(snapshot([]), {"landscape": landscape})
	r.status == "unknown"
	r.reasons == ["0 public communication channel(s) documented in main (looked for Slack, mailing list, GitHub Discussions, Discord, Matrix, forum, IRC and X links and WeChat groups in README, community and contributing documents), but the CNCF landscape records the project's chat https://cloud-native.slack.com/messages/project: that the project documents it for its users and contributors (on its website, for one) needs an attestation"]
	r.evidence == [{"kind": "file", "repo": "", "path": "landscape.yml", "line": 120, "url": "https://cloud-native.slack.com/messages/project", "text": "chat"}]
}

test_a_landscape_without_channels_still_fails if {
	r := fixtures.result("community", "public_channel") with input as object.union(snapshot([]), {"landscape": object.remove(landscape, ["chat"])})
	r.status == "fail"
}

test_documented_channels_pass_without_landscape_evidence if {
	r := fixtures.result("community", "public_channel") with input as object.union(snapshot([slack]), {"landscape": landscape})
	r.status == "pass"
	count(r.evidence) == 1
}

# OpenGitOps' GOVERNANCE.md: "Engage with the wider GitOps community through appropriate
# [communication channels](https://github.com/open-gitops/.github/...#discuss)", a page
# of the organisation's .github repository, not read: whether it lists a public channel
# is not known, so the criterion is not failed.
test_unknown_when_the_page_of_channels_is_linked_out if {
	page := {"topic": "channels", "repo": "main", "path": "GOVERNANCE.md", "line": 38, "url": "https://github.com/acme/.github/blob/main/CONTRIBUTING.md#discuss", "text": "communication channels"}
	r := fixtures.result("community", "public_channel") with input as object.union(snapshot([]), {"content": {"links_out": [page]}})
	r.status == "unknown"
	r.reasons == ["0 public communication channel(s) documented in main (looked for Slack, mailing list, GitHub Discussions, Discord, Matrix, forum, IRC and X links and WeChat groups in README, community and contributing documents); the channels are listed elsewhere: linked from main:GOVERNANCE.md:38 as \"communication channels\" to https://github.com/acme/.github/blob/main/CONTRIBUTING.md#discuss, not read"]
	{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 38, "url": "https://github.com/acme/.github/blob/main/CONTRIBUTING.md#discuss"} in r.evidence

	# Another topic's link out changes nothing.
	other := object.union(page, {"topic": "roadmap"})
	fixtures.result("community", "public_channel").status == "fail" with input as object.union(snapshot([]), {"content": {"links_out": [other]}})
}

# carina's README: "- For wechat users" under "# Community", over the group's QR code:
# a channel without a link of its own, its evidence the line.
test_a_wechat_group_without_a_link_passes if {
	wechat := {"kind": "wechat", "url": "", "source": {"repo": "main", "path": "README.md", "line": 164}}
	r := fixtures.result("community", "public_channel") with input as snapshot([wechat])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 164}]
}

test_threshold_is_data if {
	r := fixtures.result("community", "public_channel") with input as snapshot([slack]) with data.graduate.config.thresholds.min_public_channels as 2
	r.status == "fail"
	r.reasons == ["1 public communication channel(s) documented in main (looked for Slack, mailing list, GitHub Discussions, Discord, Matrix, forum, IRC and X links and WeChat groups in README, community and contributing documents); at least 2 are required"]
	r2 := fixtures.result("community", "public_channel") with input as snapshot([slack, list]) with data.graduate.config.thresholds.min_public_channels as 2
	r2.status == "pass"
	count(r2.evidence) == 2
}

test_unknown_when_not_collected if {
	r := fixtures.result("community", "public_channel") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_unknown_when_channels_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "content.channels", "error": "README.md: not UTF-8"}]})
	r := fixtures.result("community", "public_channel") with input as s
	r.status == "unknown"
	r.reasons == ["content.channels could not be collected: README.md: not UTF-8"]
}
