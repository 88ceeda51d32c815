# METADATA
# title: A number of active maintainers which is appropriate to the size and scope of the project.
# description: >-
#   Counts the active maintainers (maintainers.active). Passes when there are at least
#   min_maintainers of them, fails when there are fewer, and is unknown when the
#   maintainers were not collected, when no maintainers document was found but one is
#   linked out of the repositories read (the list there may name more), or when fewer
#   than min_maintainers of them have a
#   commit in the year before the snapshot in the repositories read
#   (maintainers.active[].last_commit, looked for in every repository's history): the
#   others may review or work elsewhere. The template states no number: min_maintainers is
#   graduate's floor, and whether the number is appropriate to the project's size and
#   scope remains a TOC judgement.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 211
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files, git_history]
#   facts: [maintainers, history.maintainer_activity]
package graduate.criteria.governance.maintainer_count

import data.graduate.lib.activity
import data.graduate.lib.facts
import data.graduate.lib.people
import data.graduate.lib.verdict

default min_maintainers := 2

min_maintainers := data.graduate.config.thresholds.min_maintainers

meta := verdict.meta(rego.metadata.chain())

active := input.maintainers.active if facts.collected("maintainers")

unknown contains facts.path_not_collected("maintainers")

fail contains msg if {
	count(active) < min_maintainers
	not people.list_elsewhere
	msg := sprintf(
		"%d active maintainer(s) listed in %s; at least %d are required (graduate's floor: whether the number is appropriate to the project's size and scope is a TOC judgement beyond it)",
		[count(active), facts.searched, min_maintainers],
	)
}

unknown contains msg if {
	count(active) < min_maintainers
	msg := sprintf(
		"%d active maintainer(s) listed in %s, and %s; at least %d are required",
		[count(active), facts.searched, people.list_elsewhere, min_maintainers],
	)
}

evidence contains e if some e in people.list_elsewhere_evidence

# Enough listed, too few with a commit of the year in the repositories read: the others
# may review, or work elsewhere, so the count is unsure.
unknown contains msg if {
	count(active) >= min_maintainers
	activity.known
	count(activity.maybe_active(active)) < min_maintainers
	msg := sprintf(
		"%d active maintainers listed in %s, but %d of them have no commit in the year before the snapshot in the repositories read (%s); they may review or work in other repositories: at least %d active maintainers are required; attest their activity, or update the list",
		[count(active), facts.searched, count(activity.unseen), people.names(activity.unseen), min_maintainers],
	)
}

evidence contains facts.file(p.source) if some p in active
