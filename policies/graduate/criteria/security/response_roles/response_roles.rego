# METADATA
# title: Document assignment of security response roles and how reports are handled.
# description: >-
#   Passes when a heading or a sentence of the security policy (or the governance
#   documents) states who responds to security reports and how they are handled
#   (content.topics.security_response). Fails when every document was read, none is a
#   security policy and nothing links one elsewhere. Unknown when the policy or the topic is
#   linked out of the repositories read, when a security policy was found but no text states
#   its response roles (an attestation decides), or when the facts were not collected.
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
#   facts: [documents.security_policy, content.topics.security_response]
package graduate.criteria.security.response_roles

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

_topics := ["security_response"]

_labels := {"security_response": "security response roles and how reports are handled (a response team, triage, disclosure)"}

policies := facts.documents("security_policy")

unknown contains m if some m in stated.not_collected(_topics)

unknown contains facts.path_not_collected("documents.security_policy") if count(stated.missing(_topics)) > 0

unknown contains m if some m in stated.linked(_topics, _labels, "security_policy")

fail contains msg if {
	stated.unstated(_topics, "security_policy")
	facts.missing_document("security_policy")
	msg := sprintf(
		"%s; none is a security policy (looked for %s) and none states %s; documented security response roles and handling of reports are required",
		[facts.read, facts.describe("security_policy"), _labels.security_response],
	)
}

unknown contains msg if {
	stated.unstated(_topics, "security_policy")
	count(policies) > 0
	msg := sprintf(
		"security policy found at %s, but no heading or sentence states %s; if the roles are stated in other words, attest with a link",
		[facts.where(policies), _labels.security_response],
	)
}

evidence contains facts.file(loc) if some loc in policies

evidence contains e if some e in stated.evidence(_topics)

evidence contains e if some e in stated.link_evidence(_topics, "security_policy")
