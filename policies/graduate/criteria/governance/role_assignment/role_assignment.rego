# METADATA
# title: "Document how role, function-based members, or sub-teams are assigned, onboarded, and removed for specific teams (example: Security Response Committee)."
# description: >-
#   Passes when a heading, a sentence or a link's text in the governance documents
#   (and the documents they link) states each topic (content.topics.role_assignment: how
#   members are assigned; content.topics.role_onboarding: how new members are brought
#   in; content.topics.role_removal: how they are removed); the evidence quotes
#   it. Fails when every document was read and none is a governance document or a
#   contributor ladder (artifacts.contributor_ladder), and nothing links one elsewhere.
#   Unknown when a topic is not stated: the text may say it in words the vocabulary
#   does not know, so a person judges, and an attestation pointing to it
#   decides; the reason names what was read, and any link out of the repositories read.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 207
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [content.topics.role_assignment, content.topics.role_onboarding, content.topics.role_removal, documents.governance, artifacts.contributor_ladder]
package graduate.criteria.governance.role_assignment

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The topics (content.topics) this criterion needs, and how a reason names them.
_topics := ["role_assignment", "role_onboarding", "role_removal"]

_labels := {
	"role_assignment": "how the members of roles, function-based teams or sub-teams (a Security Response Committee) are assigned",
	"role_onboarding": "how new members of those roles or teams are onboarded (access granted, a roster they are added to, shadowing, an onboarding checklist)",
	"role_removal": "how the members of roles or teams are removed (removal, terms, stepping down)",
}

# The documents a missing topic would be documented in.
_kinds := ["governance"]

# A contributor ladder ("HwameiStor Membership Roles": who may become a reviewer, how
# membership is lost) documents roles too, in words the vocabulary may not know: with
# one read, a topic it does not state is unknown, not failed.
_ladders := facts.artifacts("contributor_ladder")

_docs := array.concat([loc | some kind in _kinds; some loc in facts.documents(kind)], _ladders)

fail contains msg if {
	count(stated.missing(_topics)) > 0
	every kind in _kinds {
		facts.missing_document(kind)
	}
	facts.member_collected("artifacts", "contributor_ladder")
	count(_ladders) == 0
	msg := sprintf("%s; none is a governance document (looked for %s); documentation of how roles, function-based members and sub-teams are assigned, onboarded and removed is required", [facts.read, facts.describe("governance")])
}

unknown contains m if some m in stated.not_collected(_topics)

# With no governance document, whether a contributor ladder documents the roles decides
# between failing and leaving it to a person: not collected, it is unknown.
unknown contains facts.path_not_collected("artifacts.contributor_ladder") if {
	count(stated.missing(_topics)) > 0
	every kind in _kinds {
		facts.missing_document(kind)
	}
}

unknown contains m if some m in stated.linked(_topics, _labels, "governance")

unknown contains msg if {
	stated.unstated(_topics, "governance")
	count(_docs) > 0
	msg := sprintf(
		"no heading or sentence states %s in the governance documents and contributor ladders read (%s); if it is documented in other words, add an attestation in the project file pointing to it",
		[stated.absent(_topics, _labels), facts.where(_docs)],
	)
}

evidence contains e if some e in stated.evidence(_topics)

evidence contains e if some e in stated.link_evidence(_topics, "governance")
