# METADATA
# title: Artifacts included in the release.
# description: >-
#   One of the five things the graduation template requires the release-process document
#   to define. Passes when a heading, a sentence or a link's text in the release-process
#   documents, the READMEs or the other documents the topic is read in states it
#   (content.topics.release_artifacts), or the installation documentation says what
#   every release ships (content.topics.install_artifacts: a release and its binaries,
#   images or charts in one sentence). Unknown when one is not stated but a release
#   document or the topic is linked out of the repositories read (the link is the
#   evidence), when the facts were not collected, or when none states it but the main
#   repository's newest release with assets shows, through the GitHub API, what a release
#   ships (the release is the evidence; the document or an attestation decides). Fails
#   when every document was read, none states it, nothing was linked elsewhere and no
#   release with assets was seen; unknown instead when a sentence in a document it is not
#   read in seems to state it (content.hints), with that sentence.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
# custom:
#   id: engineering.release_process.artifacts
#   order: 411
#   levels:
#     sandbox: not_applicable
#     incubation: not_applicable
#     graduation: required
#   decided_by: [repository_files, github]
#   facts: [content.topics.release_artifacts, content.topics.install_artifacts, documents.release_process, github.repositories]
package graduate.criteria.engineering.release_process_artifacts

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The topics (content.topics) the release process must state, and how a reason names them.
# What a release ships may be said where users are told how to install it
# (install_artifacts) rather than in the release process.
default _topics := ["release_artifacts"]

_topics := ["install_artifacts"] if {
	count(facts.topics("release_artifacts")) == 0
	count(facts.topics("install_artifacts")) > 0
}

_label := "the artifacts included in a release (binaries, images, charts, signatures)"

_labels := {"release_artifacts": _label, "install_artifacts": _label}

release_docs := facts.documents("release_process")

unknown contains m if some m in stated.not_collected(_topics)

unknown contains facts.path_not_collected("documents.release_process") if count(stated.missing(_topics)) > 0

unknown contains m if some m in stated.linked(_topics, _labels, "release_process")

unknown contains m if some m in stated.hinted(_topics, _labels, "release_process")

evidence contains e if some e in stated.hint_evidence(_topics, "release_process")

# _shipped is the newest release of the main repository with assets, as the GitHub API
# lists it: what a release includes in fact, though no document may define it.
_shipped := [rel |
	some rel in object.get(facts.github_main, "releases", [])
	count(object.get(rel, "assets", [])) > 0
][0]

_kinds := concat(", ", sort({a.kind | some a in _shipped.assets}))

unknown contains msg if {
	stated.unstated(_topics, "release_process")
	msg := sprintf(
		"no document read states %s, but the release %s ships %d files (%s), as the GitHub API lists them; if its release notes or another page define the artifacts, attest with a link",
		[stated.absent(_topics, _labels), _shipped.tag, count(_shipped.assets), _kinds],
	)
}

evidence contains {"kind": "url", "url": _shipped.url, "text": sprintf("release %s: %d files (%s)", [_shipped.tag, count(_shipped.assets), _kinds])} if {
	_shipped.url
}

fail contains msg if {
	not _shipped
	stated.unstated(_topics, "release_process")
	facts.missing_document("release_process")
	msg := sprintf(
		"%s; none is a release process document (looked for %s) and none states %s; a release process document that defines it is required",
		[facts.read, facts.describe("release_process"), stated.absent(_topics, _labels)],
	)
}

fail contains msg if {
	not _shipped
	stated.unstated(_topics, "release_process")
	count(release_docs) > 0
	msg := sprintf(
		"no heading or sentence states %s, in the release process documents (%s) or the other documents read (%s); the release process document must define it",
		[stated.absent(_topics, _labels), facts.where(release_docs), facts.read],
	)
}

evidence contains e if some e in stated.evidence(_topics)

evidence contains facts.file(loc) if some loc in release_docs

evidence contains e if some e in stated.link_evidence(_topics, "release_process")
