# METADATA
# title: Publicly documented list of adopters, which may indicate their adoption level (dev/trialing, prod, etc.)
# description: >-
#   Passes when an adopters list is found in any repository of the project (ADOPTERS or
#   USERS file, or a README adopters heading or link); fails when documents were searched
#   and none was found; unknown when they were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 601
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [documents.adopters]
package graduate.criteria.ecosystem.adopters_list

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("documents.adopters")

fail contains msg if {
	facts.missing_document("adopters")
	msg := sprintf("%s; none is an adopters list (looked for %s); a public list of adopters is required", [facts.read, facts.describe("adopters")])
}

unknown contains msg if {
	facts.linked_document("adopters")
	msg := sprintf("no adopters list in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("adopters"))])
}

evidence contains facts.link(l) if {
	facts.linked_document("adopters")
	some l in facts.links_out("adopters")
}

evidence contains facts.file(loc) if some loc in facts.documents("adopters")
