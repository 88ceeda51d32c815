# METADATA
# title: Project is reusable, not a reference architecture, reference implementation, or company-specific platform
# description: >-
#   Whether the project is reusable rather than a reference architecture or a
#   company-specific platform is a judgement no collector can make, so this criterion is
#   decided by the project's attestation: unknown without one.
# related_resources:
#   - description: CNCF sandbox application form (cncf/sandbox, 50bb6c28)
#     ref: https://github.com/cncf/sandbox/blob/50bb6c28580d96e7d500a40978cdc94c2a78e8c2/.github/ISSUE_TEMPLATE/application.yml
# custom:
#   order: 705
#   levels:
#     sandbox: required
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [attestation]
#   facts: []
package graduate.criteria.sandbox.reusable

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"that the project is reusable (not a reference architecture, reference implementation or company-specific platform) needs an attestation in the project file; none was given"}
