# METADATA
# title: Document Security Self-Assessment.
# description: >-
#   Passes when a security self-assessment was found (artifacts.security_self_assessment).
#   The due-diligence templates (since cncf/toc 2026-06-29) expect it in cncf/toc at
#   projects/<project>/security-assessment/self-assessment.md;
#   older ones live in cncf/tag-security or the project's repositories. When none was found
#   it is unknown, not fail, since it may be published elsewhere: attest with its link.
#   Unknown when the artifacts were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: security.self_assessment
#   section: security
#   order: 506
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [artifacts.security_self_assessment]
package graduate.criteria.security.self_assessment

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

fail := set()

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("artifacts.security_self_assessment")

unknown contains msg if {
	facts.member_collected("artifacts", "security_self_assessment")
	count(input.artifacts.security_self_assessment) == 0
	msg := sprintf(
		"no security self-assessment found in %s (looked for projects/<project>/security-assessment/self-assessment.md and self-assessment documents); a security self-assessment is required: attest with its link",
		[facts.searched],
	)
}

evidence contains facts.file(loc) if some loc in facts.artifacts("security_self_assessment")
