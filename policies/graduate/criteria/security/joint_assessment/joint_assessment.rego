# METADATA
# title: Complete a joint security assessment with TAG Security and Compliance
# description: >-
#   Passes when a joint security assessment was found (artifacts.joint_assessment: in a
#   cncf/toc checkout, projects/<project>/security-assessment/joint-assessment.md, or an
#   assessment document in the project's repositories). When none was found it is unknown,
#   not fail: the assessment may be published elsewhere, so the project attests it with a
#   link. Unknown when the artifacts were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 501
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: suggested
#   decided_by: [repository_files]
#   facts: [artifacts.joint_assessment]
package graduate.criteria.security.joint_assessment

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("artifacts.joint_assessment")

unknown contains msg if {
	facts.member_collected("artifacts", "joint_assessment")
	count(input.artifacts.joint_assessment) == 0
	msg := sprintf(
		"no joint security assessment found in %s (looked for projects/<project>/security-assessment/joint-assessment.md and assessment documents); a completed joint assessment with TAG Security and Compliance needs an attestation with its link",
		[facts.searched],
	)
}

evidence contains facts.file(loc) if some loc in facts.artifacts("joint_assessment")
