# METADATA
# title: "Moderate and low findings from the Third Party Security Review are planned/tracked for resolution as well as overall thematic findings, such as: improving project contribution guide providing a PR review guide to look for memory leaks and other vulnerabilities the project may be susceptible to by design or language choice ensuring adequate test coverage on all PRs."
# description: >-
#   Whether an audit's moderate, low and thematic findings are tracked (issues, advisories,
#   a plan) is not collected, so this criterion is decided by the project's attestation
#   with a link to where the findings are tracked: unknown without one.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
# custom:
#   id: security.third_party_review.findings_tracked
#   order: 508
#   levels:
#     sandbox: not_applicable
#     incubation: not_applicable
#     graduation: required
#   decided_by: [attestation]
#   facts: []
package graduate.criteria.security.third_party_review_findings_tracked

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"tracking of the third-party security review's moderate, low and thematic findings needs an attestation in the project file with a link to where they are tracked (issues, advisories or a plan); none was given"}
