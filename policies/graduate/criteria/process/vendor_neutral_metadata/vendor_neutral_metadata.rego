# METADATA
# title: All project metadata and resources are vendor-neutral.
# description: >-
#   No collector can see where a project's domains, accounts and other resources are
#   held, so this criterion is decided by the project's attestation: unknown without one.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 104
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [attestation]
#   facts: []
package graduate.criteria.process.vendor_neutral_metadata

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"vendor neutrality of the project's metadata and resources (domains, accounts, repositories) needs an attestation in the project file; none was given"}
