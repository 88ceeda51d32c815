# METADATA
# title: Document a complete maintainer lifecycle process (including roles, onboarding, offboarding, and emeritus status).
# description: >-
#   Passes when a heading, a sentence or a link's text in the governance and maintainers documents
#   (and the documents they link) states each topic (content.topics.maintainer_onboarding, content.topics.maintainer_offboarding, content.topics.emeritus); the evidence quotes
#   it. Fails when every document was read and none is a governance or maintainers document, and nothing
#   links one elsewhere. Unknown when a topic is not stated: the text may say it in words
#   the vocabulary does not know, so a person judges, and an attestation pointing to it
#   decides; the reason names what was read, and any link out of the repositories read
#   (to a governance or maintainers document, or naming a topic). A
#   heading over only a list of emeritus maintainers (content.topics.emeritus_list) says who
#   holds the status, not how one comes to hold it: the reason names it, and it is evidence.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 208
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [content.topics.maintainer_onboarding, content.topics.maintainer_offboarding, content.topics.emeritus, content.topics.emeritus_list, documents.governance, documents.maintainers]
package graduate.criteria.governance.maintainer_lifecycle

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The topics (content.topics) this criterion needs, and how a reason names them.
_topics := ["maintainer_onboarding", "maintainer_offboarding", "emeritus"]

_labels := {"maintainer_onboarding": "maintainer onboarding", "maintainer_offboarding": "maintainer offboarding", "emeritus": "emeritus status"}

# The documents a missing topic would be documented in.
_kinds := ["governance", "maintainers"]

_docs := [loc | some kind in _kinds; some loc in facts.documents(kind)]

fail contains msg if {
	count(stated.missing(_topics)) > 0
	every kind in _kinds {
		facts.missing_document(kind)
	}
	msg := sprintf("%s; none is a governance or maintainers document (looked for %s); a documented maintainer lifecycle (roles, onboarding, offboarding and emeritus status) is required", [facts.read, facts.describe("governance")])
}

unknown contains m if some m in stated.not_collected(_topics)

# A governance or maintainers document linked out of the repositories read (a
# website's maintainers page) may state the lifecycle.
unknown contains m if some m in stated.linked(_topics, _labels, _kinds)

unknown contains msg if {
	stated.unstated(_topics, _kinds)
	count(_docs) > 0
	msg := sprintf(
		"no heading or sentence states %s in the governance and maintainers documents read (%s)%s; if it is documented in other words, add an attestation in the project file pointing to it",
		[stated.absent(_topics, _labels), facts.where(_docs), _list_note],
	)
}

_lists := facts.topics("emeritus_list")

# A list of emeritus maintainers, when emeritus status is what is not stated.
default _list_note := ""

_list_note := sprintf("; the emeritus list at %s names who holds the status, not how a maintainer comes to hold it", [facts.where(_lists)]) if {
	"emeritus" in stated.missing(_topics)
	count(_lists) > 0
}

evidence contains facts.file(loc) if {
	"emeritus" in stated.missing(_topics)
	some loc in _lists
}

evidence contains e if some e in stated.evidence(_topics)

evidence contains e if some e in stated.link_evidence(_topics, _kinds)
