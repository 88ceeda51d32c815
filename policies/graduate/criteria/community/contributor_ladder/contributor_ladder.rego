# METADATA
# title: Contributor ladder with multiple roles for contributors.
# description: >-
#   Passes when a contributor ladder document (CONTRIBUTOR_LADDER or membership
#   documents, found by name, title or a link's text) is found, or a heading or sentence of
#   the governance or contributing documents states contributor roles
#   (content.topics.contributor_roles). The template's "multiple roles" means at least 2
#   roles; the roles are not counted. When neither is found the ladder may be documented
#   elsewhere (the project website), so the criterion is unknown, with any link out of the
#   repositories read as evidence, until an attestation establishes it; unknown too when the
#   facts were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 301
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: suggested
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.contributor_ladder, content.topics.contributor_roles]
package graduate.criteria.community.contributor_ladder

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

ladders := facts.artifacts("contributor_ladder")

roles := facts.topics("contributor_roles")

_found if count(ladders) > 0

_found if count(roles) > 0

_topic := "content.topics.contributor_roles"

_links := facts.any_links_out(["contributor_ladder", "contributor_roles"])

unknown contains facts.path_not_collected("artifacts.contributor_ladder") if not _found

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected(_topic) if not _found

unknown contains msg if {
	not _found
	facts.member_collected("artifacts", "contributor_ladder")
	facts.path_collected(_topic)
	count(_links) > 0
	msg := sprintf("no contributor ladder in the repositories read (%s); %s", [facts.read, facts.linked(_links)])
}

unknown contains msg if {
	not _found
	facts.member_collected("artifacts", "contributor_ladder")
	facts.path_collected(_topic)
	count(_links) == 0
	msg := sprintf(
		"%s; none is a contributor ladder (looked for %s) and no heading or sentence states contributor roles; if the ladder is documented elsewhere, such as the project website, an attestation must establish one with at least 2 roles",
		[facts.read, facts.describe("contributor_ladder")],
	)
}

evidence contains facts.file(loc) if some loc in ladders

evidence contains facts.file(loc) if some loc in roles

evidence contains facts.link(l) if {
	not _found
	some l in _links
}
