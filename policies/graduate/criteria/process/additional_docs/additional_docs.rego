# METADATA
# title: "Additional documentation as appropriate for project type, e.g.: installation documentation, end user documentation, reference implementation and/or code samples."
# description: >-
#   Passes when installation, getting-started, user-guide or tutorial documentation, or
#   an examples folder, is found in a repository of the project (artifacts.user_docs), with
#   it as evidence; an architecture document alone is not such documentation. A Helm
#   chart's README documents installing the chart: when it is all that was found and
#   the project links its documentation elsewhere, the criterion is unknown, with the
#   link as evidence (the documentation a reviewer reads is there). Guides kept in the
#   community repository are for taking part in the project (running its meetings,
#   administering its GitHub organisation), not for using it: when they are all that was
#   found, the criterion is unknown, with them as evidence. Never failed:
#   what documentation is appropriate depends on the project type, and it often lives on the
#   website. Unknown otherwise, with the README's link to the documentation as evidence when
#   there is one, until an attestation links it.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 107
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.user_docs]
package graduate.criteria.process.additional_docs

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

_docs := [d | some d in facts.artifacts("user_docs"); not facts.in_role(d.repo, "community")]

# kubeflow/community's how-to/ ("instructions for operating common community processes").
_community_docs := [d | some d in facts.artifacts("user_docs"); facts.in_role(d.repo, "community")]

_links := facts.links_out("user_docs")

# A chart's README ("This chart deploys the Dapr control plane"): user documentation by
# its path alone, the vocabulary's user_docs paths, read here rather than written twice.
_chart_readme(d) if {
	some pattern in data.graduate.config.vocabulary.artifacts.user_docs.paths
	regex.match(pattern, lower(d.path))
}

_charts_only if {
	count(_docs) > 0
	every d in _docs {
		_chart_readme(d)
	}
}

unknown contains msg if {
	_charts_only
	count(_links) > 0
	msg := sprintf(
		"the only user documentation in the repositories read is Helm chart READMEs (%s), which document installing the chart, not the project; its documentation is %s",
		[facts.where(_docs), facts.linked(_links)],
	)
}

# The reason names the widest family that was not collected, with its own collection
# error when it has one.
unknown contains facts.path_not_collected("artifacts.user_docs")

unknown contains msg if {
	facts.member_collected("artifacts", "user_docs")
	count(_docs) == 0
	count(_links) > 0
	msg := sprintf("no installation or user documentation in the repositories read (%s); %s", [facts.read, facts.linked(_links)])
}

unknown contains msg if {
	count(_docs) == 0
	count(_community_docs) > 0
	msg := sprintf(
		"the only guides found are in the community repository (%s), which are for taking part in the project, not for installing or using it",
		[facts.where(_community_docs)],
	)
}

evidence contains facts.file(loc) if {
	count(_docs) == 0
	some loc in _community_docs
}

unknown contains msg if {
	facts.member_collected("artifacts", "user_docs")
	count(_docs) == 0
	count(_community_docs) == 0
	count(_links) == 0
	msg := sprintf(
		"%s; none is installation or user documentation, and there are no examples (looked for %s); documentation kept elsewhere, such as the project website, needs an attestation in the project file linking it",
		[facts.read, facts.describe("user_docs")],
	)
}

evidence contains facts.file(loc) if some loc in _docs

evidence contains facts.link(l) if {
	count(_docs) == 0
	some l in _links
}

evidence contains facts.link(l) if {
	_charts_only
	some l in _links
}
