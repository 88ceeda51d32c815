# METADATA
# title: Clear and discoverable project governance documentation.
# description: >-
#   Passes when a governance document is found in any repository of the project
#   (GOVERNANCE file in the root, .github/ or docs/, or a README governance heading or
#   link); fails when documents were searched and none was found and no contributor
#   ladder was either at a repository's root or linked (artifacts.contributor_ladder;
#   with one, unknown: it documents part of the governance).
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
#   facts: [documents.governance, artifacts.contributor_ladder]
package graduate.criteria.governance.docs_discoverable

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

unknown contains facts.path_not_collected("documents.governance")

fail contains msg if {
	facts.missing_document("governance")
	facts.member_collected("artifacts", "contributor_ladder")
	count(_ladders) == 0
	msg := sprintf("%s; none is a governance document (looked for %s); a governance document is required", [facts.read, facts.describe("governance")])
}

# A contributor ladder in sight (sermant's community-membership.md, at the root and
# linked from its README as "Membership": roles, who makes technical decisions, how one
# is nominated) documents part of the governance: whether it is the project's
# governance is a reviewer's call. One deep in the docs that nothing links
# (docs/docs/contribute/membership.md) is not discoverable governance.
_ladders := [l |
	some l in facts.artifacts("contributor_ladder")
	_in_sight(l)
]

_in_sight(l) if not contains(l.path, "/")

_in_sight(l) if l.how == "link"

unknown contains msg if {
	facts.missing_document("governance")
	count(_ladders) > 0
	msg := sprintf(
		"%s; none is a governance document (looked for %s), but a contributor ladder is (%s): whether it documents the project's governance is a reviewer's judgement; attest where the governance is",
		[facts.read, facts.describe("governance"), facts.where(_ladders)],
	)
}

evidence contains facts.file(loc) if {
	facts.missing_document("governance")
	some loc in _ladders
}

unknown contains facts.path_not_collected("artifacts.contributor_ladder") if facts.missing_document("governance")

unknown contains msg if {
	facts.linked_document("governance")
	msg := sprintf("no governance document in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("governance"))])
}

evidence contains facts.link(l) if {
	facts.linked_document("governance")
	some l in facts.links_out("governance")
}

evidence contains facts.file(loc) if some loc in facts.documents("governance")
