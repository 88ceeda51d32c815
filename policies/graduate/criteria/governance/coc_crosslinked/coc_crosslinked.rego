# METADATA
# title: CNCF Code of Conduct is cross-linked from other governance documents.
# description: >-
#   Passes when README, GOVERNANCE or CONTRIBUTING documents link the code of conduct
#   (content.coc_links), with those lines as evidence; fails when their content was read
#   and no such link was found; unknown when the content was not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 215
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [content.coc_links]
package graduate.criteria.governance.coc_crosslinked

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

_links := input.content.coc_links if facts.member_collected("content", "coc_links")

# The reason names the widest family that was not collected, with its own collection
# error when it has one.
unknown contains facts.path_not_collected("content.coc_links")

fail contains msg if {
	count(_links) == 0
	msg := sprintf(
		"no link to the code of conduct found in the README, GOVERNANCE or CONTRIBUTING documents of %s; the CNCF Code of Conduct must be cross-linked from the other governance documents",
		[facts.searched],
	)
}

evidence contains facts.file(loc) if some loc in _links
