# METADATA
# title: Information on branch and tag strategies
# description: >-
#   One of the five things the graduation template requires the release-process document
#   to define. Passes when a heading, a sentence or a link's text in the release-process
#   documents, the READMEs or the other documents the topic is read in states it
#   (content.topics.release_branch_tag_strategy for the branches, and a tag strategy:
#   how tags are made, content.topics.release_tag_strategy, how stable or unstable
#   release versions are tagged, content.topics.release_tagging or
#   content.topics.release_prerelease, or how versions are numbered,
#   content.topics.version_scheme; the wording asks for both strategies). Unknown when one is not stated but a release
#   document or the topic is linked out of the repositories read (the link is the
#   evidence), or when the facts were not collected. Fails when every document was read,
#   none states it and nothing was linked elsewhere; unknown instead when a sentence in a
#   document it is not read in seems to state it (content.hints), with that sentence, or
#   when only the branch strategy is missing beside a stated tag strategy (a project
#   that cuts every release from its main branch may state no other).
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
# custom:
#   id: engineering.release_process.branch_tag_strategy
#   order: 409
#   levels:
#     sandbox: not_applicable
#     incubation: not_applicable
#     graduation: required
#   decided_by: [repository_files]
#   facts: [content.topics.release_branch_tag_strategy, content.topics.release_tag_strategy, content.topics.release_tagging, content.topics.release_prerelease, content.topics.version_scheme, documents.release_process]
package graduate.criteria.engineering.release_process_branch_tag_strategy

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The topics (content.topics) the release process must state, and how a reason names them.
# The tag strategy is how tags are made and named (release_tag_strategy), how releases
# are tagged, stable (release_tagging) or unstable (release_prerelease, "edge-YY.MM.N"),
# or how versions are numbered as a security policy or a contributing guide's section on
# versions says it (version_scheme); when
# none is stated, the reason names it.
_tag_topics := ["release_tag_strategy", "release_tagging", "release_prerelease", "version_scheme"]

default _topics := ["release_branch_tag_strategy", "release_tagging"]

_topics := ["release_branch_tag_strategy"] if {
	some t in _tag_topics
	count(facts.topics(t)) > 0
}

_labels := {
	"release_branch_tag_strategy": "the branch strategy (release branches, backports)",
	"release_tagging": "the tag strategy (how release versions are tagged)",
}

release_docs := facts.documents("release_process")

unknown contains m if some m in stated.not_collected(_topics)

unknown contains facts.path_not_collected("documents.release_process") if count(stated.missing(_topics)) > 0

unknown contains m if some m in stated.linked(_topics, _labels, "release_process")

unknown contains m if some m in stated.hinted(_topics, _labels, "release_process")

evidence contains e if some e in stated.hint_evidence(_topics, "release_process")

# The tags stated without a word on branches: a project that cuts every release from
# its main branch ("Tag the current state of main") may have no other branch strategy
# to state, so a person reads it rather than graduate failing it.
_tags_only if {
	stated.missing(_topics) == ["release_branch_tag_strategy"]
	some t in _tag_topics
	count(facts.topics(t)) > 0
}

unknown contains msg if {
	_tags_only
	stated.unstated(_topics, "release_process")
	msg := sprintf(
		"the tag strategy is stated (%s), but no heading or sentence states the branch strategy (release branches, backports) in the documents read (%s); a project that releases from one branch may say no more: a person should read it, then attest or state it in the release process",
		[facts.where([l | some t in _tag_topics; some l in facts.topics(t)]), facts.read],
	)
}

fail contains msg if {
	stated.unstated(_topics, "release_process")
	not _tags_only
	facts.missing_document("release_process")
	msg := sprintf(
		"%s; none is a release process document (looked for %s) and none states %s; a release process document that defines it is required",
		[facts.read, facts.describe("release_process"), stated.absent(_topics, _labels)],
	)
}

fail contains msg if {
	stated.unstated(_topics, "release_process")
	not _tags_only
	count(release_docs) > 0
	msg := sprintf(
		"no heading or sentence states %s, in the release process documents (%s) or the other documents read (%s); the release process document must define it",
		[stated.absent(_topics, _labels), facts.where(release_docs), facts.read],
	)
}

evidence contains e if some e in stated.evidence(_topics)

evidence contains e if some e in stated.evidence(_tag_topics)

evidence contains facts.file(loc) if some loc in release_docs

evidence contains e if some e in stated.link_evidence(_topics, "release_process")
