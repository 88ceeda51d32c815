# METADATA
# title: "If the project has subprojects: subproject leadership, contribution, maturity status documented, including add/remove process."
# description: >-
#   Passes when subprojects are listed (artifacts.subprojects) and the governance
#   documents have a subprojects section (content.topics.subprojects), with both as
#   evidence. Otherwise unknown, never failed: whether that section covers leadership,
#   contribution, maturity status and the add/remove process needs a person, and the
#   criterion does not apply to a project without subprojects, so an attestation or a
#   waiver decides. Unknown when the facts were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: governance.subproject_governance
#   section: governance
#   order: 217
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.subprojects, content.topics.subprojects]
package graduate.criteria.governance.subproject_governance

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

fail := set()

_list_collected if facts.member_collected("artifacts", "subprojects")

_topic_collected if facts.path_collected("content.topics.subprojects")

_list := input.artifacts.subprojects if _list_collected

_topic := input.content.topics.subprojects if _topic_collected

_has_list if count(_list) > 0

_has_topic if count(_topic) > 0

# The reasons name the widest family that was not collected, with its own collection
# error when it has one.
unknown contains facts.path_not_collected("artifacts.subprojects")

unknown contains facts.path_not_collected("content.topics.subprojects")

_advice := "if the project has subprojects, add an attestation in the project file linking where their leadership, contribution, maturity status and add/remove process are documented; if it has none, a waiver"

unknown contains msg if {
	_has_list
	_topic_collected
	not _has_topic
	msg := sprintf(
		"subprojects are listed (%s) but no subprojects section was found in the governance documents; %s",
		[facts.where(_list), _advice],
	)
}

unknown contains msg if {
	_list_collected
	not _has_list
	_has_topic
	msg := sprintf(
		"the governance documents have a subprojects section (%s) but no subproject list (such as sigs.yaml) was found in %s; %s",
		[facts.where(_topic), facts.searched, _advice],
	)
}

unknown contains msg if {
	_list_collected
	not _has_list
	_topic_collected
	not _has_topic
	msg := sprintf(
		"no subproject list (such as sigs.yaml) and no subprojects section in the governance documents found in %s; %s",
		[facts.searched, _advice],
	)
}

evidence contains facts.file(loc) if some loc in _list

evidence contains facts.file(loc) if some loc in _topic
