# METADATA
# title: Clear and discoverable project governance documentation.
# description: >-
#   Passes when a governance document is found in any repository of the project
#   (GOVERNANCE file in the root, .github/ or docs/, or a README governance heading or
#   link); fails when documents were searched and none was found.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 203
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files]
#   facts: [documents.governance]
package graduate.criteria.governance.docs_discoverable

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

unknown contains facts.path_not_collected("documents.governance")

fail contains msg if {
	facts.missing_document("governance")
	msg := sprintf("%s; none is a governance document (looked for %s); a governance document is required", [facts.read, facts.describe("governance")])
}

unknown contains msg if {
	facts.linked_document("governance")
	msg := sprintf("no governance document in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("governance"))])
}

evidence contains facts.link(l) if {
	facts.linked_document("governance")
	some l in facts.links_out("governance")
}

evidence contains facts.file(loc) if some loc in facts.documents("governance")
