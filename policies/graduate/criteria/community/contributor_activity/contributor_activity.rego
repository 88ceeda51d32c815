# METADATA
# title: Demonstrate contributor activity and recruitment.
# description: >-
#   Activity is read from git history: the distinct commit authors in the year before the
#   snapshot was collected (history.authors_last_year). Fails when there are fewer than
#   min_authors_last_year of them, unless the documents link other repositories of the
#   project's GitHub owner that were not read (content.links_out of topic repository: its
#   SDKs, its specification): their authors were not counted, so a count below the floor
#   is unknown, with the links as evidence. At or above that floor, recruitment efforts (mentoring,
#   programmes, events) cannot be read from files, so the criterion is unknown until an
#   attestation establishes them. Unknown when the history was not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 307
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [git_history, attestation]
#   facts: [history.authors_last_year, content.topics.contributor_recruitment, content.links_out]
package graduate.criteria.community.contributor_activity

import data.graduate.lib.facts
import data.graduate.lib.verdict

default min_authors := 10

min_authors := data.graduate.config.thresholds.min_authors_last_year

meta := verdict.meta(rego.metadata.chain())

# The documents' statements on recruiting contributors (good first issues, mentoring)
# are evidence for the recruitment a person judges.
evidence contains facts.file(loc) if some loc in facts.topics("contributor_recruitment")

# The figures behind the activity, and what a sample rests on.
evidence contains {"kind": "fact", "text": sprintf("%d distinct authors and %d commits in the year up to %s%s", [
	input.history.authors_last_year,
	object.get(input.history, "commits_last_year", 0),
	verdict.collection_day,
	_sampled,
])} if {
	facts.member_collected("history", "authors_last_year")
}

_sampled := sprintf(" (%s)", [input.history.sampled.authors_last_year]) if input.history.sampled.authors_last_year

_sampled := "" if not input.history.sampled.authors_last_year

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("history.authors_last_year")

unknown contains msg if {
	facts.member_collected("history", "authors_last_year")
	input.history.authors_last_year >= min_authors
	msg := sprintf(
		"%d distinct authors in the last year meet the activity floor of %d; recruitment efforts need an attestation",
		[input.history.authors_last_year, min_authors],
	)
}

# _below is the failure the counted history shows; with some repository's history
# unread (history.partial) the counts are lower bounds, so it is unknown instead.
_below contains msg if {
	facts.member_collected("history", "authors_last_year")
	input.history.authors_last_year < min_authors
	msg := sprintf(
		"%d distinct authors committed in the year up to %s; at least %d are required to demonstrate contributor activity",
		[input.history.authors_last_year, verdict.collection_day, min_authors],
	)
}

fail contains msg if {
	some msg in _below
	not facts.history_partial
	count(facts.unread_repositories) == 0
}

unknown contains sprintf("%s, %s", [msg, facts.unread_history]) if {
	some msg in _below
	not facts.history_partial
	count(facts.unread_repositories) > 0
}

evidence contains facts.link(l) if {
	count(_below) > 0
	some l in facts.unread_repositories
}

unknown contains sprintf("%s; %s", [msg, facts.partial_history]) if {
	some msg in _below
	facts.history_partial
}
