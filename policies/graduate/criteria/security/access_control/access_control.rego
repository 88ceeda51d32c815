# METADATA
# title: "Enforcing Access Control Rules to secure the code base against attacks (Example: two factor authentication enforcement, and/or use of ACL tools.)"
# description: >-
#   Two-factor enforcement, branch protection and rulesets are visible only through the
#   GitHub API (some only to organisation owners), which graduate does not collect yet, so
#   this criterion is decided by the project's attestation (for example a link to an
#   OpenSSF Scorecard result or the organisation's settings): unknown without one.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: security.access_control
#   section: security
#   order: 504
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [attestation]
#   facts: []
package graduate.criteria.security.access_control

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

fail := set()

evidence := set()

unknown := {"enforcement of access control on the code base (two-factor authentication, branch protection or rulesets, ACL tools) is not collected; it needs an attestation in the project file with a link to the evidence (e.g. an OpenSSF Scorecard result); none was given"}
