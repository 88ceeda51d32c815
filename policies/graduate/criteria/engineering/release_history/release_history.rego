# METADATA
# title: History of regular, quality releases.
# description: >-
#   Counts the releases in the year before the snapshot was collected
#   (history.releases_last_year). Passes when there are at least min_releases_last_year of
#   them; fails when there are fewer, naming the last release date when known; unknown when
#   the history was not collected. The quality of the releases is not judged.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: engineering.release_history
#   section: engineering
#   order: 412
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [git_history]
#   facts: [history.releases_last_year, history.last_release_at]
package graduate.criteria.engineering.release_history

import data.graduate.lib.facts
import data.graduate.lib.verdict

default min_releases := 1

min_releases := data.graduate.config.thresholds.min_releases_last_year

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

evidence := set()

_last_release := sprintf("the last release was on %s", [substring(input.history.last_release_at, 0, 10)])

_last_release := "no release was found" if not input.history.last_release_at

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("history.releases_last_year")

# _below is the failure the counted history shows; with some repository's history
# unread (history.partial) the counts are lower bounds, so it is unknown instead.
_below contains msg if {
	facts.member_collected("history", "releases_last_year")
	input.history.releases_last_year < min_releases
	msg := sprintf(
		"%d release(s) in the year before %s (%s); at least %d are required",
		[input.history.releases_last_year, verdict.collection_day, _last_release, min_releases],
	)
}

fail contains msg if {
	some msg in _below
	not facts.history_partial
}

unknown contains sprintf("%s; %s", [msg, facts.partial_history]) if {
	some msg in _below
	facts.history_partial
}
