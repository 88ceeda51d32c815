# METADATA
# title: Governance clearly documents vendor-neutrality of project direction.
# description: >-
#   Passes when a heading, a sentence or a link's text in the governance documents
#   (and the documents they link) states that the project's direction is vendor-neutral
#   (content.topics.vendor_neutrality: a heading on it, or a sentence on who decides or
#   that no one vendor controls it), or when a sentence calls the project vendor-neutral
#   (content.topics.vendor_neutral_label) beside a cap on what one organisation may hold;
#   the evidence quotes them. Such a sentence alone is a label: unknown, for a person to
#   judge. A cap on the seats or
#   votes one organisation may hold (content.topics.vendor_caps) is a means to that, not
#   the statement the wording asks for: alone it makes the criterion unknown, with the
#   caps as evidence, for a person to judge. Fails when every document was read, none is
#   a governance document, none states a cap, and nothing links one elsewhere. Unknown
#   when nothing states it: the text may say it in words the vocabulary does not know, so
#   a person judges, and an attestation pointing to it decides; the reason names what was
#   read, and any link out of the repositories read.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 205
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [content.topics.vendor_neutrality, content.topics.vendor_neutral_label, content.topics.vendor_caps, documents.governance]
package graduate.criteria.governance.vendor_neutral_direction

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The topics (content.topics) this criterion needs, and how a reason names them: the
# statement, or a label beside the caps that hold it.
default _topics := ["vendor_neutrality"]

_topics := ["vendor_neutral_label", "vendor_caps"] if {
	count(facts.topics("vendor_neutrality")) == 0
	count(facts.topics("vendor_neutral_label")) > 0
	count(facts.topics("vendor_caps")) > 0
}

# The sentences that only call the project vendor-neutral, read when nothing states it.
_label := facts.topics("vendor_neutral_label") if count(stated.missing(_topics)) > 0

else := []

_labels := {"vendor_neutrality": "the vendor-neutrality of project direction"}

# The documents a missing topic would be documented in.
_kinds := ["governance"]

_docs := [loc | some kind in _kinds; some loc in facts.documents(kind)]

# The caps on what one organisation may hold, read when nothing states neutrality.
_caps := facts.topics("vendor_caps") if count(stated.missing(_topics)) > 0

else := []

fail contains msg if {
	count(stated.missing(_topics)) > 0
	count(_caps) == 0
	count(_label) == 0
	every kind in _kinds {
		facts.missing_document(kind)
	}
	msg := sprintf("%s; none is a governance document (looked for %s); governance that documents the vendor-neutrality of project direction is required", [facts.read, facts.describe("governance")])
}

unknown contains m if some m in stated.not_collected(_topics)

unknown contains m if some m in stated.linked(_topics, _labels, "governance")

unknown contains msg if {
	stated.collected(_topics)
	count(_caps) > 0
	msg := sprintf(
		"the governance caps what one organisation may hold (%s) but no heading or sentence states that the project's direction is vendor-neutral; whether the caps document it is a reviewer's judgement: add an attestation in the project file pointing to where it is documented",
		[facts.where(_caps)],
	)
}

# "k8gb is vendor-neutral as defined by [the CNCF's guidance]", with nothing on who
# decides and no cap on what one organisation holds.
unknown contains msg if {
	stated.collected(_topics)
	count(_label) > 0
	count(_caps) == 0
	msg := sprintf(
		"a sentence calls the project vendor-neutral (%s), but no heading or sentence says how its direction is kept from any one vendor and nothing caps what one organisation may hold; whether the sentence clearly documents it is a reviewer's judgement: add an attestation in the project file pointing to where it is documented",
		[facts.where(_label)],
	)
}

evidence contains facts.file(loc) if some loc in _label

unknown contains msg if {
	stated.unstated(_topics, "governance")
	count(_caps) == 0
	count(_label) == 0
	count(_docs) > 0
	msg := sprintf(
		"no heading or sentence states %s in the governance documents read (%s); if it is documented in other words, add an attestation in the project file pointing to it",
		[stated.absent(_topics, _labels), facts.where(_docs)],
	)
}

evidence contains e if some e in stated.evidence(_topics)

evidence contains facts.file(loc) if some loc in _caps

# Beside a statement of neutrality, the caps are what holds it: a reviewer reads both.
evidence contains facts.file(loc) if {
	count(stated.missing(_topics)) == 0
	some loc in facts.topics("vendor_caps")
}

evidence contains e if some e in stated.link_evidence(_topics, "governance")
