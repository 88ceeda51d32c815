# METADATA
# title: TOC verification of adopters.
# description: >-
#   The TOC interviews adopters drawn from the 5 to 7 the project names on the Adopter
#   Interview Form (at least 3 interviews); nothing of this is in the project's
#   repositories, so this criterion is decided by an attestation linking the due-diligence
#   record of the interviews: unknown without one.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 603
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [toc, attestation]
#   facts: []
package graduate.criteria.ecosystem.toc_adopter_verification

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"the TOC's verification of adopters (at least 3 adopter interviews from the 5 to 7 named on the Adopter Interview Form) needs an attestation in the project file linking the due-diligence record; none was given"}
