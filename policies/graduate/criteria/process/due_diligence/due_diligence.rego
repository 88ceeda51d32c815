# METADATA
# title: Due Diligence Review.
# description: >-
#   The Due Diligence Review (the DD document in cncf/toc, resolution of the concerns
#   raised, and its public comment period) happens in cncf/toc, which no collector reads,
#   so this criterion is decided by the project's attestation: unknown without one.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 106
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [toc, attestation]
#   facts: []
package graduate.criteria.process.due_diligence

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"the Due Diligence Review (DD document completed in cncf/toc, concerns raised resolved, presented for public comment) needs an attestation in the project file linking the DD pull request; none was given"}
