# METADATA
# title: Complete a Governance Review with the Project Reviews subproject
# description: >-
#   This review is performed with the Project Reviews subproject (a [Gov. Review] issue
#   in cncf/toc, label dd/gov-review/complete), not self-assessed, and no collector reads
#   it, so this criterion is decided by the project's attestation: unknown without one.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 201
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: suggested
#   decided_by: [toc, attestation]
#   facts: []
package graduate.criteria.governance.review_with_subproject

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"a Governance Review completed with the Project Reviews subproject (not the self-assessed review of process.governance_review) needs an attestation in the project file linking the [Gov. Review] issue or the review document; none was given"}
