# METADATA
# title: Third Party Security Review.
# description: >-
#   Passes when a third-party security audit report was found in the project's
#   repositories (artifacts.security_audit, e.g. docs/security/*audit*). When none was
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
#   facts: [artifacts.security_audit]
package graduate.criteria.security.third_party_review

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("artifacts.security_audit")

unknown contains msg if {
	facts.member_collected("artifacts", "security_audit")
	count(input.artifacts.security_audit) == 0
	msg := sprintf(
		"no third-party security audit report found in %s (looked for audit documents and links in security documentation); a third-party security review is required: attest with the report's link",
		[facts.searched],
	)
}

evidence contains facts.file(loc) if some loc in facts.artifacts("security_audit")

evidence contains facts.link(l) if {
	count(facts.artifacts("security_audit")) == 0
	some l in facts.links_out("security_audit")
}
