# METADATA
# title: Engage with domain-specific TAG(s) to present the technical architecture of the project.
# description: >-
#   No collector can see TAG meetings, so this criterion is decided by the project's
#   attestation (the date of the presentation and a link to the TAG meeting notes,
#   recording or issue): unknown without one.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 101
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: suggested
#   decided_by: [attestation]
#   facts: []
package graduate.criteria.process.tag_presentation

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"a presentation of the project's technical architecture to the domain-specific TAG(s) needs an attestation in the project file giving its date and linking the TAG meeting notes, recording or issue; none was given"}
