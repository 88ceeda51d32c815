# METADATA
# title: Review and acknowledgement of expectations for Sandbox projects and requirements for moving forward through the CNCF Maturity levels.
# description: >-
#   The acknowledgement is a checkbox (with its date) in the project's application issue,
#   which no collector reads, so this criterion is decided by the project's attestation:
#   unknown without one.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 105
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [attestation]
#   facts: []
package graduate.criteria.process.expectations_ack

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"acknowledgement of the expectations for Sandbox projects and of the requirements for moving through the CNCF maturity levels is given in the application issue; it needs an attestation in the project file linking the issue and giving the date; none was given"}
