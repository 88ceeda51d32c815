# METADATA
# title: Project must have, and document, at least one public communications channel for users and/or contributors.
# description: >-
#   Counts the public communication channels (content.channels: Slack, mailing list,
#   GitHub Discussions, Discord, Matrix, forum, IRC or X links, WeChat groups) documented
#   in the project's README, community and contributing documents. Passes when there are
#   at least min_public_channels of them, with each channel's source and link as
#   evidence; fails when fewer were found and the CNCF landscape records none for the
#   project; unknown when it records one (landscape.chat, landscape.mailing_list: the
#   project has it, and whether it documents it where graduate did not read, such as its
#   website's footer, a person decides), when the page that lists the channels is linked
#   out of the repositories read (content.links_out, topic channels), or when content
#   was not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 303
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [content.channels, content.links_out, landscape]
package graduate.criteria.community.public_channel

import data.graduate.lib.facts
import data.graduate.lib.verdict

default min_channels := 1

min_channels := data.graduate.config.thresholds.min_public_channels

meta := verdict.meta(rego.metadata.chain())

channels := object.get(input, ["content", "channels"], [])

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("content.channels")

# The channels the CNCF landscape records for the project: its chat and mailing list.
_recorded := [[label, url] |
	some [field, label] in [["chat", "chat"], ["mailing_list", "mailing list"]]
	url := object.get(input, ["landscape", field], "")
	url != ""
]

fail contains msg if {
	facts.member_collected("content", "channels")
	count(channels) < min_channels
	count(_recorded) == 0
	count(_pages) == 0
	msg := sprintf(
		"%d public communication channel(s) documented in %s (%s); at least %d are required",
		[count(channels), facts.searched, facts.channels_looked, min_channels],
	)
}

unknown contains msg if {
	facts.member_collected("content", "channels")
	count(channels) < min_channels
	count(_recorded) > 0
	msg := sprintf(
		"%d public communication channel(s) documented in %s (%s), but the CNCF landscape records the project's %s: that the project documents it for its users and contributors (on its website, for one) needs an attestation",
		[count(channels), facts.searched, facts.channels_looked, concat(" and ", [sprintf("%s %s", [l, u]) | some [l, u] in _recorded])],
	)
}

# The pages that list the channels, linked out of the repositories read
# ("[communication channels](https://github.com/o/.github/blob/main/CONTRIBUTING.md#discuss)").
_pages := facts.links_out("channels")

unknown contains msg if {
	facts.member_collected("content", "channels")
	count(channels) < min_channels
	count(_recorded) == 0
	count(_pages) > 0
	msg := sprintf(
		"%d public communication channel(s) documented in %s (%s); the channels are listed elsewhere: %s",
		[count(channels), facts.searched, facts.channels_looked, facts.linked(_pages)],
	)
}

evidence contains facts.link(l) if {
	facts.member_collected("content", "channels")
	count(channels) < min_channels
	some l in _pages
}

evidence contains facts.file(object.union(input.landscape.source, {"url": url, "text": label})) if {
	facts.member_collected("content", "channels")
	count(channels) < min_channels
	some [label, url] in _recorded
}

evidence contains facts.file(object.union(c.source, {"url": c.url})) if {
	facts.member_collected("content", "channels")
	some c in channels
}
