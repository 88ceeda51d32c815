# METADATA
# title: Third Party Security Review.
# description: >-
#   Passes when a third-party security audit report was found in the project's
#   repositories (artifacts.security_audit, e.g. docs/security/*audit*), or when a README
#   or the security policy states a review and who performed it
#   (content.topics.audit_performed: "A security assessment was performed by Trail of
#   Bits in October 2022"); the evidence quotes it. When none was
#   found it is unknown, not fail: audit reports are often published elsewhere (OSTIF,
#   OpenSSF), so the project attests with the report's link. Whether critical and high
#   findings were resolved is for the sponsor to confirm. Unknown when the artifacts were
#   not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
# custom:
#   order: 507
#   levels:
#     sandbox: not_applicable
#     incubation: not_applicable
#     graduation: required
#   decided_by: [repository_files]
#   facts: [artifacts.security_audit, content.topics.audit_performed]
package graduate.criteria.security.third_party_review

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("artifacts.security_audit")

# Sentences in a README or the security policy stating a review and who performed it.
_stated := facts.topics("audit_performed")

unknown contains msg if {
	facts.member_collected("artifacts", "security_audit")
	count(input.artifacts.security_audit) == 0
	count(_stated) == 0
	msg := sprintf(
		"no third-party security audit report found in %s (looked for audit documents and links in security documentation, and sentences in the READMEs and security policies stating a review performed by a third party); a third-party security review is required: attest with the report's link",
		[facts.searched],
	)
}

evidence contains facts.file(loc) if some loc in facts.artifacts("security_audit")

evidence contains facts.file(loc) if {
	count(facts.artifacts("security_audit")) == 0
	some loc in _stated
}

evidence contains facts.link(l) if {
	count(facts.artifacts("security_audit")) == 0
	count(_stated) == 0
	some l in facts.links_out("security_audit")
}
