# METADATA
# title: Tagging as stable, unstable, and security related releases
# description: >-
#   One of the five things the graduation template requires the release-process document
#   to define. Passes when a heading, a sentence or a link's text in the release-process
#   documents, the READMEs or the other documents the topic is read in states it
#   (content.topics.release_tagging for stable releases, content.topics.release_prerelease
#   for unstable ones, content.topics.release_security for security releases: every one
#   of them, as the wording names all three). Unknown when one is not stated but a release
#   document or the topic is linked out of the repositories read (the link is the
#   evidence), or when the facts were not collected. Fails when every document was read,
#   none states it and nothing was linked elsewhere; unknown instead when a sentence in a
#   document it is not read in seems to state it (content.hints), with that sentence, or
#   when security releases are all that is missing and a sentence says how security
#   fixes are released without how such a release is marked
#   (content.topics.release_security_near: "we strive to release security fixes within
#   7 days"), or when security releases are all that is missing and the security policy,
#   where they are read too, is linked out of the repositories read
#   (documents.security_policy).
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
# custom:
#   id: engineering.release_process.tagging
#   order: 408
#   levels:
#     sandbox: not_applicable
#     incubation: not_applicable
#     graduation: required
#   decided_by: [repository_files]
#   facts: [content.topics.release_tagging, content.topics.release_prerelease, content.topics.release_security, content.topics.release_security_near, documents.release_process, documents.security_policy]
package graduate.criteria.engineering.release_process_tagging

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The topics (content.topics) the release process must state, and how a reason names them.
_topics := ["release_tagging", "release_prerelease", "release_security"]

_labels := {
	"release_tagging": "how stable releases are versioned and tagged",
	"release_prerelease": "how unstable releases (pre-releases, release candidates, nightly or edge builds) are tagged",
	"release_security": "security releases (how a release of security fixes is marked: a patch release, a tag, a label)",
}

release_docs := facts.documents("release_process")

unknown contains m if some m in stated.not_collected(_topics)

unknown contains facts.path_not_collected("documents.release_process") if count(stated.missing(_topics)) > 0

unknown contains m if some m in stated.linked(_topics, _labels, "release_process")

unknown contains m if some m in stated.hinted(_topics, _labels, "release_process")

evidence contains e if some e in stated.hint_evidence(_topics, "release_process")

# Sentences that say security fixes are released, when or on which branches, without
# how such a release is marked (content.topics.release_security_near): when they are
# all that is missing, a person reads them before the criterion fails. One in a
# document the topic is not read in (content.hints) is read by a person whatever else
# is missing, as any hint is.
_near_read := facts.topics("release_security_near")

_near_hints := object.get(input, ["content", "hints", "release_security_near"], [])

_near := array.concat(_near_read, _near_hints)

_near_only if {
	stated.missing(_topics) == ["release_security"]
	count(_near_read) > 0
}

_near_only if {
	"release_security" in stated.missing(_topics)
	count(_near_hints) > 0
}

unknown contains msg if {
	_near_only
	stated.unstated(_topics, "release_process")
	msg := sprintf(
		"no heading or sentence states %s; a sentence says how security fixes are released (%s), which may be what the project means by its security releases: a person should read it, then attest or state it in the release process",
		[stated.absent(_topics, _labels), facts.where(_near)],
	)
}

evidence contains facts.file(loc) if {
	_near_only
	some loc in _near
}

# Security releases are read in the security policy too: when they are all that is
# missing and the repositories read hold no security policy but link one out (a
# SECURITY.md that only points to the organisation's), it may state them, so their
# absence is unknown, with the link. Stable or unstable tagging missing as well is
# sure, whatever the policy says.
_security_out if {
	stated.missing(_topics) == ["release_security"]
	facts.linked_document("security_policy")
}

unknown contains msg if {
	_security_out
	stated.unstated(_topics, "release_process")
	msg := sprintf(
		"%s: not stated in the documents read (%s); the security policy, where security releases are often stated, is %s",
		[stated.absent(_topics, _labels), facts.read, facts.linked(facts.links_out("security_policy"))],
	)
}

evidence contains facts.link(l) if {
	_security_out
	some l in facts.links_out("security_policy")
}

# Either leaves the missing tagging to a person or to the policy linked out.
_undecided if _near_only

_undecided if _security_out

fail contains msg if {
	stated.unstated(_topics, "release_process")
	not _undecided
	facts.missing_document("release_process")
	msg := sprintf(
		"%s; none is a release process document (looked for %s) and none states %s; a release process document that defines it is required",
		[facts.read, facts.describe("release_process"), stated.absent(_topics, _labels)],
	)
}

fail contains msg if {
	stated.unstated(_topics, "release_process")
	not _undecided
	count(release_docs) > 0
	msg := sprintf(
		"no heading or sentence states %s, in the release process documents (%s) or the other documents read (%s); the release process document must define it",
		[stated.absent(_topics, _labels), facts.where(release_docs), facts.read],
	)
}

evidence contains e if some e in stated.evidence(_topics)

evidence contains facts.file(loc) if some loc in release_docs

evidence contains e if some e in stated.link_evidence(_topics, "release_process")
