# METADATA
# title: Governance is up to date with actual project activities, including any meetings, elections, leadership, or approval processes.
# description: >-
#   Whether the governance documents match what the project actually does (meetings,
#   elections, leadership, approval processes) is a judgement no collector can make, so
#   this criterion is decided by the project's attestation: unknown without one. When the
#   CNCF's maintainer record was read, the reason names who it lists and the
#   repositories do not, and the reverse (a leadership list out of date is the first
#   thing a reviewer checks), with the record as evidence.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 204
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [attestation]
#   facts: [foundation_maintainers, maintainers]
package graduate.criteria.governance.up_to_date

import data.graduate.lib.record
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

_needs := "whether governance is up to date with the project's actual meetings, elections, leadership and approval processes needs an attestation in the project file; none was given"

# The record's differences come first: the reason still ends as every reason that only
# waits for an attestation does.
unknown contains sprintf("%s; %s", [record.difference, _needs]) if record.difference

unknown contains _needs if not record.difference

evidence contains e if some e in record.evidence
