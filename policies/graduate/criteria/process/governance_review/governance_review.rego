# METADATA
# title: Complete a Governance Review.
# description: >-
#   Passes when a self-assessed Governance Review document was found
#   (artifacts.governance_review: a governance review in the project's repositories). When the artifacts were searched and none was
#   found the criterion is unknown, not failed: the required artifact is the cncf/toc
#   file projects/<project>/governance-review/YYYY-MM-DD.md, which a checkout of the
#   project's own repositories cannot see, so an attestation linking it decides. Unknown
#   when the artifacts were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 103
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.governance_review]
package graduate.criteria.process.governance_review

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

# The reason names the widest family that was not collected, with its own collection
# error when it has one.
unknown contains facts.path_not_collected("artifacts.governance_review")

unknown contains msg if {
	facts.member_collected("artifacts", "governance_review")
	count(input.artifacts.governance_review) == 0
	msg := sprintf(
		"no Governance Review document found in %s; the required artifact is the cncf/toc file projects/<project>/governance-review/YYYY-MM-DD.md, which the project's repositories do not show: add an attestation in the project file linking it",
		[facts.searched],
	)
}

evidence contains facts.file(loc) if some loc in facts.artifacts("governance_review")
