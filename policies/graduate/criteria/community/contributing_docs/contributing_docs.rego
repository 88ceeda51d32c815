# METADATA
# title: Documentation of how to contribute, with increasing detail as the project matures.
# description: >-
#   Passes when a contributing guide (documents.contributing: CONTRIBUTING files in the
#   root, .github/ or docs/, or a README contributing section) is found in any repository
#   of the project; fails when documents were searched and none was found; unknown when
#   they were not collected. The level of detail is not judged.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 306
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [documents.contributing]
package graduate.criteria.community.contributing_docs

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

unknown contains facts.path_not_collected("documents.contributing")

fail contains msg if {
	facts.missing_document("contributing")
	msg := sprintf("%s; none is a contributing guide (looked for %s); documentation of how to contribute is required", [facts.read, facts.describe("contributing")])
}

unknown contains msg if {
	facts.linked_document("contributing")
	msg := sprintf("no contributing guide in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("contributing"))])
}

evidence contains facts.link(l) if {
	facts.linked_document("contributing")
	some l in facts.links_out("contributing")
}

evidence contains facts.file(loc) if some loc in facts.documents("contributing")
