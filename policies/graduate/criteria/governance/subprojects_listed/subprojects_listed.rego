# METADATA
# title: All subprojects, if any, are listed.
# description: >-
#   Passes when a subproject list (artifacts.subprojects: a subprojects document, a
#   sigs.yaml that lists subprojects) or a heading or sentence listing subprojects
#   (content.topics.subprojects) was found, with those as evidence; a table of SIGs or
#   working groups alone is not a list of subprojects, and the lists in groups' folders
#   (sig-node/README.md: the subprojects one group owns) are not the project's, so they
#   alone leave it unknown. Otherwise unknown, never failed: the
#   criterion holds vacuously for a project without subprojects, and whether every subproject
#   is listed is beyond reading files, so an attestation or a waiver decides. Unknown when
#   neither fact was collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 216
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.subprojects, content.topics.subprojects]
package graduate.criteria.governance.subprojects_listed

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

_list_collected if facts.member_collected("artifacts", "subprojects")

_topic_collected if facts.path_collected("content.topics.subprojects")

_list := input.artifacts.subprojects if _list_collected

_topic := input.content.topics.subprojects if _topic_collected

# group_folder matches a path inside one group's folder (sig-node/, wg-arm/,
# working-groups/operations/): a list there is that group's subprojects ("The following
# subprojects are owned by sig-node"), not the project's.
group_folder := `(?:^|/)(?:(?:sig|wg|ug|tag|team)-[^/]+|(?:sigs|working-groups|workgroups|groups|teams)/[^/]+)/`

_found := {loc | some loc in _list} | {loc | some loc in _topic}

_grouped := {loc | some loc in _found; regex.match(group_folder, loc.path)}

_listed if count(_found - _grouped) > 0

_links := facts.any_links_out(["subprojects"])

# The reasons name the widest family that was not collected, with its own collection
# error when it has one.
unknown contains facts.path_not_collected("artifacts.subprojects") if not _listed

unknown contains facts.path_not_collected("content.topics.subprojects") if not _listed

unknown contains msg if {
	not _listed
	count(_grouped) > 0
	msg := sprintf(
		"subprojects are listed only group by group (%s), and no list of the whole project was found (%s%s); whether the groups' lists name every subproject is not known: add an attestation in the project file linking where all are listed, or a waiver",
		[facts.where(_grouped), facts.read, facts.and_linked(_links)],
	)
}

unknown contains msg if {
	not _listed
	count(_grouped) == 0
	_list_collected
	_topic_collected
	count(_links) > 0
	msg := sprintf("no subproject list in the repositories read (%s); %s", [facts.read, facts.linked(_links)])
}

unknown contains msg if {
	not _listed
	count(_grouped) == 0
	_list_collected
	_topic_collected
	count(_links) == 0
	msg := sprintf(
		"%s; none is a subproject list (looked for %s) and no heading or sentence lists subprojects; the criterion holds vacuously for a project without subprojects: add an attestation in the project file that it has none or linking where they are listed, or a waiver",
		[facts.read, facts.describe("subprojects")],
	)
}

evidence contains facts.file(loc) if some loc in _found

evidence contains facts.link(l) if {
	not _listed
	some l in _links
}
