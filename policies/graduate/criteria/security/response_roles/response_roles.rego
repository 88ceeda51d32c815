# METADATA
# title: Document assignment of security response roles and how reports are handled.
# description: >-
#   Passes when a section on security response (response team, triage, handling of
#   reports) was found in the project's security or governance documents
#   (content.topics.security_response). Fails when no security policy was found and no such
#   section either. When a security policy exists but no such section was found, or the
#   content was not collected, it is unknown: roles may be stated in prose, so the project
#   attests with a link.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: security.response_roles
#   section: security
#   order: 505
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [documents.security_policy, content.topics.security_response]
package graduate.criteria.security.response_roles

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

policies := facts.documents("security_policy")

sections := facts.topics("security_response")

_topic_collected if {
	facts.member_collected("content", "topics")
	_ = input.content.topics.security_response
}

fail contains msg if {
	facts.missing_document("security_policy")
	count(sections) == 0
	msg := sprintf(
		"no security policy found in %s (looked for SECURITY files in the root, .github/ and docs/, and README security headings and links) and no security response section in the project's documents; documented security response roles and handling of reports are required",
		[facts.searched],
	)
}

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("documents.security_policy") if count(sections) == 0

unknown contains facts.not_collected("content") if {
	count(sections) == 0
	not facts.collected("content")
}

unknown contains facts.not_collected("content.topics") if {
	count(sections) == 0
	facts.collected("content")
	not _topic_collected
}

unknown contains msg if {
	_topic_collected
	count(sections) == 0
	count(policies) > 0
	msg := sprintf(
		"security policy found at %s, but no section on security response roles or the handling of reports (response team, triage, disclosure) was found in the project's documents; the roles may be stated in prose: attest with a link",
		[facts.where(policies)],
	)
}

unknown contains "no section on security response roles or the handling of reports (response team, triage, disclosure) was found in the project's documents; the roles may be stated in prose: attest with a link" if {
	_topic_collected
	count(sections) == 0
	count(policies) == 0
	not facts.missing_document("security_policy")
}

evidence contains facts.file(loc) if some loc in policies

evidence contains facts.file(loc) if some loc in sections
