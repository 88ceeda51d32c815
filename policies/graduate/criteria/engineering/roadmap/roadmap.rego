# METADATA
# title: Document and maintain a public roadmap or other forward looking planning document or tracking mechanism.
# description: >-
#   Passes when a roadmap (documents.roadmap: ROADMAP files in the root, .github/ or docs/,
#   or a README roadmap section or link) is found in any repository of the project; fails
#   when documents were searched and none was found; unknown when they were not collected.
#   Whether the roadmap is maintained (its timeframe is current) is not judged.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 403
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [documents.roadmap]
package graduate.criteria.engineering.roadmap

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

unknown contains facts.path_not_collected("documents.roadmap")

fail contains msg if {
	facts.missing_document("roadmap")
	msg := sprintf("%s; none is a roadmap (looked for %s); a public roadmap or other forward-looking planning document is required", [facts.read, facts.describe("roadmap")])
}

unknown contains msg if {
	facts.linked_document("roadmap")
	msg := sprintf("no roadmap in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("roadmap"))])
}

evidence contains facts.link(l) if {
	facts.linked_document("roadmap")
	some l in facts.links_out("roadmap")
}

evidence contains facts.file(loc) if some loc in facts.documents("roadmap")
