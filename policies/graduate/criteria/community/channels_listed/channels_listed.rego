# METADATA
# title: List and document all project communication channels, including subprojects (mail list/slack/etc.).  List any non-public communications channels and what their special purpose is.
# description: >-
#   Fails when content was searched and no communication channel (content.channels) is
#   documented, unless a link named for them leads to a page out of the repositories read
#   ("[Slack](https://site/docs/community)": content.links_out of topic channels; then
#   unknown, with the link). When channels are found, whether the list is complete (subprojects'
#   channels included) and whether non-public channels are listed with their purpose
#   cannot be read from files: the criterion is unknown, with the channels found as
#   evidence, until an attestation establishes it. Unknown when content was not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 304
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [content.channels, content.links_out]
package graduate.criteria.community.channels_listed

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

channels := object.get(input, ["content", "channels"], [])

# kinds renders the channels found by kind: "1 mailing_list, 2 slack".
kinds := concat(", ", sort([sprintf("%d %s", [n, k]) |
	some k in {c.kind | some c in channels}
	n := count([c | some c in channels; c.kind == k])
]))

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("content.channels")

unknown contains msg if {
	facts.member_collected("content", "channels")
	count(channels) > 0
	msg := sprintf(
		"%d communication channel(s) documented in %s (%s); that every channel, subprojects' included, is listed and that any non-public channels are listed with their purpose needs an attestation",
		[count(channels), facts.searched, kinds],
	)
}

# "[Slack](https://quarry.dev/docs/community)": a page out of the repositories read that
# lists the channels.
_pages := facts.links_out("channels")

unknown contains msg if {
	facts.member_collected("content", "channels")
	count(channels) == 0
	count(_pages) > 0
	msg := sprintf("no communication channel documented in %s; the channels are listed elsewhere: %s", [facts.searched, facts.linked(_pages)])
}

evidence contains facts.link(l) if {
	count(channels) == 0
	some l in _pages
}

fail contains msg if {
	facts.member_collected("content", "channels")
	count(channels) == 0
	count(_pages) == 0
	msg := sprintf(
		"no communication channel documented in %s (%s); all project communication channels must be listed and documented",
		[facts.searched, facts.channels_looked],
	)
}

evidence contains facts.file(object.union(c.source, {"url": c.url})) if {
	facts.member_collected("content", "channels")
	some c in channels
}
