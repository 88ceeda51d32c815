# METADATA
# title: "If the project has subprojects: subproject leadership, contribution, maturity status documented, including add/remove process."
# description: >-
#   Passes when the project lists subprojects (artifacts.subprojects or
#   content.topics.subprojects) and headings or sentences of the governance documents state
#   each part of how they are governed: who leads a subproject
#   (content.topics.subproject_leadership), how one contributes to it
#   (subproject_contribution), its maturity status (subproject_maturity), and how
#   subprojects are added and removed (subproject_changes). Never failed: a project without
#   subprojects meets it vacuously (a waiver says so), and a part stated in other words is
#   a person's judgement. Unknown otherwise, naming the parts not stated, any link out of
#   the repositories read, and the advice to attest or waive.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 217
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [content.topics.subproject_leadership, content.topics.subproject_contribution, content.topics.subproject_maturity, content.topics.subproject_changes, artifacts.subprojects, content.topics.subprojects]
package graduate.criteria.governance.subproject_governance

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

_topics := ["subproject_leadership", "subproject_contribution", "subproject_maturity", "subproject_changes"]

_labels := {
	"subproject_leadership": "subproject leadership",
	"subproject_contribution": "contribution to subprojects",
	"subproject_maturity": "subproject maturity status",
	"subproject_changes": "the process to add or remove subprojects",
}

_list := facts.artifacts("subprojects")

_named := facts.topics("subprojects")

_has_subprojects if count(_list) > 0

_has_subprojects if count(_named) > 0

_governed if count(stated.missing(_topics)) == 0

unknown contains m if some m in stated.not_collected(_topics)

# The reasons name the widest family that was not collected.
unknown contains facts.path_not_collected("artifacts.subprojects") if not _governed

unknown contains facts.path_not_collected("content.topics.subprojects") if not _governed

unknown contains m if some m in stated.linked(_topics, _labels, "subprojects")

_advice := "if the project has subprojects, add an attestation in the project file linking where their leadership, contribution, maturity status and add/remove process are documented; if it has none, a waiver"

unknown contains msg if {
	_governed
	not _has_subprojects
	facts.member_collected("artifacts", "subprojects")
	facts.path_collected("content.topics.subprojects")
	msg := sprintf("the governance documents say how subprojects are governed but no subproject list was found (%s); %s", [facts.read, _advice])
}

unknown contains msg if {
	stated.unstated(_topics, "subprojects")
	_has_subprojects
	msg := sprintf(
		"subprojects are listed (%s) but no heading or sentence of the governance documents states %s; %s",
		[facts.where(array.concat(_list, _named)), stated.absent(_topics, _labels), _advice],
	)
}

unknown contains msg if {
	stated.unstated(_topics, "subprojects")
	not _has_subprojects
	facts.member_collected("artifacts", "subprojects")
	facts.path_collected("content.topics.subprojects")
	msg := sprintf("%s; no subproject list, and no heading or sentence states %s; %s", [facts.read, stated.absent(_topics, _labels), _advice])
}

evidence contains e if some e in stated.evidence(_topics)

evidence contains facts.file(loc) if some loc in _list

evidence contains e if some e in stated.link_evidence(_topics, "subprojects")
