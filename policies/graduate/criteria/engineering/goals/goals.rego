# METADATA
# title: Document project goals and objectives that illustrate the project’s differentiation in the Cloud Native landscape as well as outlines how this project fulfills an outstanding need and/or solves a problem differently. This requirement may also be satisfied by completing a General Technical Review.
# description: >-
#   The template accepts a General Technical Review in place of this document, so the
#   criterion passes when a GTR (artifacts.gtr: the project's working copy or its entry in
#   cncf/toc) is found. Without one it is unknown: goals written as README or website
#   prose cannot be judged from files and need an attestation that links them. Unknown
#   too when the GTR was not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 401
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   wording:
#     incubation: Document project goals and objectives that illustrate the project’s differentiation in the Cloud Native landscape as well as outlines how this project fulfills an outstanding need and/or solves a problem differently. This can also be satisfied by completing a General Technical Review.
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.gtr]
package graduate.criteria.engineering.goals

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

gtrs := facts.artifacts("gtr")

unknown contains facts.path_not_collected("artifacts.gtr") if count(gtrs) == 0

unknown contains msg if {
	facts.member_collected("artifacts", "gtr")
	count(gtrs) == 0
	msg := sprintf(
		"no General Technical Review found in %s or cncf/toc, which would satisfy this criterion; project goals and differentiation written elsewhere (README, docs, website) cannot be judged from files: an attestation must link the document that states them",
		[facts.searched],
	)
}

evidence contains facts.file(loc) if some loc in gtrs
