# METADATA
# title: "If separating from a parent project: public vote issue from parent project maintainers linked"
# description: >-
#   Applies only to a project that separates from a parent project; whether it does, and
#   the parent maintainers' vote, are not in the snapshot. Decided by an attestation linking
#   the vote issue; a project with no parent project waives this criterion (waivers in the
#   project file). Unknown without either.
# related_resources:
#   - description: CNCF sandbox application form (cncf/sandbox, 50bb6c28)
#     ref: https://github.com/cncf/sandbox/blob/50bb6c28580d96e7d500a40978cdc94c2a78e8c2/.github/ISSUE_TEMPLATE/application.yml
# custom:
#   order: 704
#   levels:
#     sandbox: required
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [toc, attestation]
#   facts: []
package graduate.criteria.sandbox.parent_vote

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"a project separating from a parent project needs an attestation linking the parent maintainers' public vote issue; a project with no parent project waives this criterion in the project file; neither was given"}
