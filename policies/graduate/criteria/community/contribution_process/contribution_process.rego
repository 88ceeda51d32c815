# METADATA
# title: Clearly defined and discoverable process to submit issues or changes.
# description: >-
#   Passes when a contributing guide (documents.contributing) is found in any repository
#   of the project, or issue templates (artifacts.issue_templates) are and no
#   contributing guide is linked elsewhere, with all of them as evidence; fails when
#   both were searched and neither was found; unknown when nothing was found and one of
#   them was not collected, or when the guide is linked out of the repositories read
#   (templates are forms to fill in, the guide defines the process).
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 302
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [documents.contributing, artifacts.issue_templates]
package graduate.criteria.community.contribution_process

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

guides := facts.documents("contributing")

templates := facts.artifacts("issue_templates")

_found if count(guides) > 0

_found if count(templates) > 0

unknown contains facts.path_not_collected("documents.contributing") if not _found

unknown contains facts.path_not_collected("artifacts.issue_templates") if not _found

fail contains msg if {
	facts.missing_document("contributing")
	facts.member_collected("artifacts", "issue_templates")
	count(templates) == 0
	msg := sprintf(
		"%s; none is a contributing guide (looked for %s) and there are no issue or pull request templates; a documented process to submit issues or changes is required",
		[facts.read, facts.describe("contributing")],
	)
}

unknown contains msg if {
	facts.linked_document("contributing")
	count(templates) == 0
	msg := sprintf("no contributing guide or issue templates in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("contributing"))])
}

# Issue and pull request forms say what to fill in; the process they belong to is in
# the guide, which the project keeps elsewhere.
unknown contains msg if {
	facts.linked_document("contributing")
	count(templates) > 0
	msg := sprintf(
		"issue and pull request templates are in the repositories read (%s), but no contributing guide that defines the process (%s); %s",
		[facts.where(templates), facts.read, facts.linked(facts.links_out("contributing"))],
	)
}

evidence contains facts.file(loc) if some loc in guides

evidence contains facts.file(loc) if some loc in templates

evidence contains facts.link(l) if {
	count(guides) == 0
	some l in facts.links_out("contributing")
}
