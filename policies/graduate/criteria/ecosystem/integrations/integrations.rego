# METADATA
# title: Clearly documented integrations and/or compatibility with other CNCF projects as well as non-CNCF projects.
# description: >-
#   Passes when documentation of integrations was found (artifacts.integrations: an
#   integrations or compatibility page in the docs, or adopters entries of type
#   Integration). When none was found it is unknown, not fail: integrations are often
#   documented on a website or in the GTR, so the project attests with a link. Unknown
#   when the artifacts were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 604
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [artifacts.integrations]
package graduate.criteria.ecosystem.integrations

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("artifacts.integrations")

unknown contains msg if {
	facts.member_collected("artifacts", "integrations")
	count(input.artifacts.integrations) == 0
	msg := sprintf(
		"no documentation of integrations found in %s (looked for integrations and compatibility pages in the docs); documented integrations with CNCF and other projects are required: attest with a link",
		[facts.searched],
	)
}

evidence contains facts.file(loc) if some loc in facts.artifacts("integrations")

evidence contains facts.link(l) if {
	count(facts.artifacts("integrations")) == 0
	some l in facts.links_out("integrations")
}
