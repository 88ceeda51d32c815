# METADATA
# title: TAG provides insight/recommendation of the project in the context of the landscape.
# description: >-
#   Part of the templates until cncf/toc 2d8dd33e (2025-08-19) removed it, so it applies
#   only under the earlier rule set v1.5 (graduate --rules v1.5), where it is required at
#   incubation and graduation. No collector can see a TAG's recommendation, so it is
#   decided by the project's attestation linking it: unknown without one.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.5, 58e96d0e)
#     ref: https://github.com/cncf/toc/blob/58e96d0eb8a2ff41ea8a6043fc3899a1e24e4fe1/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.5, 58e96d0e)
#     ref: https://github.com/cncf/toc/blob/58e96d0eb8a2ff41ea8a6043fc3899a1e24e4fe1/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 108
#   levels:
#     sandbox: not_applicable
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [attestation]
#   facts: []
package graduate.criteria.process.tag_recommendation

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

evidence := set()

unknown := {"the TAG's insight or recommendation on the project in the context of the landscape needs an attestation in the project file linking it; none was given"}
