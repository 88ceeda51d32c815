# METADATA
# title: TOC vote required
# description: >-
#   The TOC votes on sandbox applications in its review sessions; the outcome is recorded
#   on the application issue, which graduate does not read, so this criterion is decided
#   by an attestation linking the approved application: unknown without one.
# related_resources:
#   - description: CNCF sandbox application form (cncf/sandbox, 50bb6c28)
#     ref: https://github.com/cncf/sandbox/blob/50bb6c28580d96e7d500a40978cdc94c2a78e8c2/.github/ISSUE_TEMPLATE/application.yml
# custom:
#   order: 710
#   levels:
#     sandbox: suggested
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [toc, attestation]
#   facts: []
package graduate.criteria.sandbox.vote

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"the TOC's vote on the sandbox application needs an attestation in the project file linking the application issue; none was given"}
