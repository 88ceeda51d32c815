# METADATA
# title: Document assignment of security response roles and how reports are handled.
# description: >-
#   Passes when a heading or a sentence of the security policy (or the governance
#   documents) states who responds to security reports (content.topics.security_roles)
#   and one states how they are handled (content.topics.security_response): the wording
#   asks for both. Fails when every document was read, none is a security policy, one
#   part is stated nowhere and nothing links one elsewhere. Unknown when the policy or
#   the topic is linked out of the repositories read, when a security policy was found
#   but no text states a part (an attestation decides), or when the facts were not
#   collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 505
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [documents.security_policy, content.topics.security_response, content.topics.security_roles]
package graduate.criteria.security.response_roles

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The wording's two parts: who responds, and how reports are handled.
_topics := ["security_roles", "security_response"]

_labels := {
	"security_roles": "who responds to security reports (a security or response team, its members or their responsibilities)",
	"security_response": "how reports are handled (triage, response times, disclosure)",
}

policies := facts.documents("security_policy")

unknown contains m if some m in stated.not_collected(_topics)

unknown contains facts.path_not_collected("documents.security_policy") if count(stated.missing(_topics)) > 0

unknown contains m if some m in stated.linked(_topics, _labels, "security_policy")

fail contains msg if {
	stated.unstated(_topics, "security_policy")
	facts.missing_document("security_policy")
	msg := sprintf(
		"%s; none is a security policy (looked for %s) and none states %s; documented security response roles and handling of reports are required",
		[facts.read, facts.describe("security_policy"), stated.absent(_topics, _labels)],
	)
}

unknown contains msg if {
	stated.unstated(_topics, "security_policy")
	count(policies) > 0
	msg := sprintf(
		"security policy found at %s, but no heading or sentence states %s; if it is stated in other words, attest with a link",
		[facts.where(policies), stated.absent(_topics, _labels)],
	)
}

evidence contains facts.file(loc) if some loc in policies

evidence contains e if some e in stated.evidence(_topics)

evidence contains e if some e in stated.link_evidence(_topics, "security_policy")
