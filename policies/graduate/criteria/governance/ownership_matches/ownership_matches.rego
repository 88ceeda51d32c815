# METADATA
# title: Code and Doc ownership in Github and elsewhere matches documented governance roles.
# description: >-
#   Comparing code and documentation ownership (CODEOWNERS and OWNERS files, GitHub teams
#   and repository permissions) with the documented governance roles needs ownership
#   facts that graduate does not collect yet, so for now this criterion is decided by the
#   project's attestation: unknown without one.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: governance.ownership_matches
#   section: governance
#   order: 213
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [attestation]
#   facts: []
package graduate.criteria.governance.ownership_matches

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

fail := set()

evidence := set()

unknown := {"comparing code and documentation ownership (CODEOWNERS and OWNERS files, GitHub teams and repository permissions) with the documented governance roles needs ownership facts that graduate does not collect yet; until then it needs an attestation in the project file; none was given"}
