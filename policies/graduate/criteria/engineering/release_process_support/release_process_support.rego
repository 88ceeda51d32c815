# METADATA
# title: Branch and platform support and length of support
# description: >-
#   One of the five things the graduation template requires the release-process document
#   to define, in two parts: which branches or versions are supported and for how long
#   (content.topics.release_support), and which platforms (content.topics.platform_support:
#   Kubernetes versions, operating systems, architectures). Passes when a heading, a
#   sentence or a link's text in the documents each part is read in states both. Unknown
#   when only a security policy's headings state the versions ("Supported Versions" over a
#   table of ticks names the versions fixed today, not the branches or the length), when
#   the versions are stated and the platforms are not (a reviewer may accept the versions
#   alone; graduate does not pass on half the wording), when a part is not stated but a
#   release document or the topic is linked out of the repositories read (the link is the
#   evidence), or when the facts were not collected. Fails when every document was read,
#   none states the supported versions and nothing was linked elsewhere; unknown instead
#   when a sentence in a document it is not read in seems to state it (content.hints),
#   with that sentence.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
# custom:
#   id: engineering.release_process.support
#   order: 410
#   levels:
#     sandbox: not_applicable
#     incubation: not_applicable
#     graduation: required
#   decided_by: [repository_files]
#   facts: [content.topics.release_support, content.topics.platform_support, documents.release_process]
package graduate.criteria.engineering.release_process_support

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The topics (content.topics) the release process must state, and how a reason names them.
_topics := ["release_support", "platform_support"]

_labels := {
	"release_support": "which branches or versions are supported and for how long",
	"platform_support": "which platforms (Kubernetes versions, operating systems, architectures) are supported",
}

# Without the supported versions graduate can be sure; the platforms alone missing leave
# the criterion unknown.
_versions_missing if "release_support" in stated.missing(_topics)

release_docs := facts.documents("release_process")

unknown contains m if some m in stated.not_collected(_topics)

unknown contains facts.path_not_collected("documents.release_process") if count(stated.missing(_topics)) > 0

unknown contains m if some m in stated.linked(_topics, _labels, "release_process")

unknown contains m if some m in stated.hinted(_topics, _labels, "release_process")

evidence contains e if some e in stated.hint_evidence(_topics, "release_process")

fail contains msg if {
	_versions_missing
	stated.unstated(_topics, "release_process")
	facts.missing_document("release_process")
	msg := sprintf(
		"%s; none is a release process document (looked for %s) and none states %s; a release process document that defines it is required",
		[facts.read, facts.describe("release_process"), stated.absent(_topics, _labels)],
	)
}

fail contains msg if {
	_versions_missing
	stated.unstated(_topics, "release_process")
	count(release_docs) > 0
	msg := sprintf(
		"no heading or sentence states %s, in the release process documents (%s) or the other documents read (%s); the release process document must define it",
		[stated.absent(_topics, _labels), facts.where(release_docs), facts.read],
	)
}

# A security policy's "Supported Versions" heading over a table of ticks names the
# versions that get fixes today: not which branches are kept, on which platforms, or for
# how long. Stated by such headings only, the criterion needs a person's reading.
unknown contains msg if {
	not _versions_missing
	stated.unstated(_topics, "release_process")
	msg := sprintf(
		"the supported versions are stated (%s), but no heading or sentence states %s, in the release process documents or the other documents read (%s); state it, or attest",
		[facts.where(facts.topics("release_support")), stated.absent(_topics, _labels), facts.read],
	)
}

_policies := {[l.repo, l.path] | some l in facts.documents("security_policy")}

_headings_only if {
	count(facts.topics("release_support")) > 0
	every l in facts.topics("release_support") {
		l.how == "heading"
		[l.repo, l.path] in _policies
	}
}

unknown contains msg if {
	_headings_only
	msg := sprintf(
		"only the security policy's headings name the supported versions (%s): no sentence says which branches or platforms are supported, or for how long; state it in the release process document, or attest",
		[facts.where(facts.topics("release_support"))],
	)
}

evidence contains e if some e in stated.evidence(_topics)

evidence contains facts.file(loc) if some loc in release_docs

evidence contains e if some e in stated.link_evidence(_topics, "release_process")
