# METADATA
# title: I agree to donate all project trademarks and accounts to the CNCF, and the project will follow the CNCF IP Policy
# description: >-
#   The agreement to donate trademarks and accounts, to follow the CNCF IP Policy, and the
#   signed Contribution Agreement are not in the project's repositories, so this criterion
#   is decided by the project's attestation: unknown without one.
# related_resources:
#   - description: CNCF sandbox application form (cncf/sandbox, 50bb6c28)
#     ref: https://github.com/cncf/sandbox/blob/50bb6c28580d96e7d500a40978cdc94c2a78e8c2/.github/ISSUE_TEMPLATE/application.yml
# custom:
#   order: 706
#   levels:
#     sandbox: required
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [attestation]
#   facts: []
package graduate.criteria.sandbox.ip_trademark

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"the agreement to donate the project's trademarks and accounts to the CNCF and to follow the CNCF IP Policy (and the signed Contribution Agreement) needs an attestation in the project file; none was given"}
