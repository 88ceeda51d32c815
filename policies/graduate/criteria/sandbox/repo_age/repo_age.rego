# METADATA
# title: Repository is 6+ months old with active development
# description: >-
#   Compares the first commit of the main repository (history.first_commit_at) with the
#   snapshot's collection time (collected_at, never the clock). Passes when it is at least
#   sandbox_min_repo_age_days days earlier, fails when it is later (giving both dates),
#   unknown when the history was not collected. Whether development is active is for the
#   TOC to judge.
# related_resources:
#   - description: CNCF sandbox application form (cncf/sandbox, 50bb6c28)
#     ref: https://github.com/cncf/sandbox/blob/50bb6c28580d96e7d500a40978cdc94c2a78e8c2/.github/ISSUE_TEMPLATE/application.yml
# custom:
#   order: 703
#   levels:
#     sandbox: required
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [git_history]
#   facts: [history.first_commit_at]
package graduate.criteria.sandbox.repo_age

import data.graduate.lib.facts
import data.graduate.lib.verdict

default min_days := 183

min_days := data.graduate.config.thresholds.sandbox_min_repo_age_days

meta := verdict.meta(rego.metadata.chain())

_day_ns := ((24 * 60) * 60) * 1000000000

# An RFC 3339 time. Checked before parsing: with strict built-in errors (as graduate
# evaluates) a time that does not parse would end the run instead of making this unknown.
_rfc3339 := `^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$`

# age_days is the whole number of days from the first commit to the collection time.
age_days := floor((time.parse_rfc3339_ns(input.collected_at) - time.parse_rfc3339_ns(input.history.first_commit_at)) / _day_ns) if {
	regex.match(_rfc3339, input.collected_at)
	regex.match(_rfc3339, input.history.first_commit_at)
}

unknown contains facts.path_not_collected("history")

# The first commit time alone can be missing (a shallow clone, a repository read
# through the GitHub API), with its collection error.
unknown contains facts.path_not_collected("history.first_commit_at") if not input.history.first_commit_at

unknown contains msg if {
	facts.collected("history")
	input.history.first_commit_at
	not age_days
	msg := sprintf(
		"the first commit time %q or the collection time %q is not an RFC 3339 time; the repository must be at least %d days old",
		[input.history.first_commit_at, input.collected_at, min_days],
	)
}

# _below is the failure the counted history shows; with some repository's history
# unread (history.partial) the counts are lower bounds, so it is unknown instead.
_below contains msg if {
	facts.collected("history")
	age_days < min_days
	msg := sprintf(
		"first commit %s is %d days before the snapshot was collected (%s); the repository must be at least %d days old",
		[input.history.first_commit_at, age_days, input.collected_at, min_days],
	)
}

# The figure a pass rests on.
evidence contains {"kind": "fact", "text": sprintf(
	"first commit %s, %d days before the snapshot was collected (%s)",
	[substring(input.history.first_commit_at, 0, 10), age_days, verdict.collection_day],
)} if {
	age_days >= min_days
}

fail contains msg if {
	some msg in _below
	not facts.history_partial
}

unknown contains sprintf("%s; %s", [msg, facts.partial_history]) if {
	some msg in _below
	facts.history_partial
}
