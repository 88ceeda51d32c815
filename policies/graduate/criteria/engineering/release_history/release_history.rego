# METADATA
# title: History of regular, quality releases.
# description: >-
#   Counts the releases in the year before the snapshot was collected
#   (history.releases_last_year). Passes when there are at least min_releases_last_year of
#   them; fails when there are fewer, naming the last release date when known, unless the
#   documents link other repositories of the project that were not read (content.links_out
#   of topic repository), whose releases were not counted: then unknown, with the links.
#   Unknown when the history was not collected. The quality of the releases is not judged.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 412
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [git_history]
#   facts: [content.links_out, history.releases_last_year, history.last_release_at]
package graduate.criteria.engineering.release_history

import data.graduate.lib.facts
import data.graduate.lib.verdict

default min_releases := 1

min_releases := data.graduate.config.thresholds.min_releases_last_year

meta := verdict.meta(rego.metadata.chain())

# The figures a pass rests on, and the newest releases behind them (at most
# shown_releases; the rest are counted).
default shown_releases := 5

shown_releases := data.graduate.config.thresholds.shown_releases

_cadence := sprintf("; releases (not pre-releases) %v days apart, the median over two years", [input.history.release_cadence_days]) if {
	input.history.release_cadence_days
}

_cadence := "" if not input.history.release_cadence_days

evidence contains {"kind": "fact", "text": sprintf(
	"%d release(s) in the year up to %s, %d of them pre-releases; %s%s%s",
	[
		input.history.releases_last_year, verdict.collection_day,
		object.get(input.history, "prereleases_last_year", 0), _last_release, _cadence, _listed,
	],
)} if {
	facts.member_collected("history", "releases_last_year")
}

_releases := object.get(input.history, "releases", [])

_repo_url(name) := trim_suffix(r.url, "/") if {
	some r in object.get(input, "repositories", [])
	r.name == name
	startswith(r.url, "https://github.com/")
}

evidence contains {"kind": "url", "url": sprintf("%s/releases/tag/%s", [_repo_url(rel.repo), urlquery.encode(rel.tag)]), "text": sprintf("%s: %s", [substring(rel.date, 0, 10), rel.tag])} if {
	some i, rel in _releases
	i < shown_releases
	_repo_url(rel.repo)
}

evidence contains {"kind": "fact", "text": sprintf("%s: %s", [substring(rel.date, 0, 10), rel.tag])} if {
	some i, rel in _releases
	i < shown_releases
	not _repo_url(rel.repo)
}

# _listed says which releases the evidence shows, when not all the snapshot lists.
_listed := sprintf("; the newest %d of the %d releases listed are shown", [shown_releases, count(_releases)]) if {
	count(_releases) > shown_releases
}

_listed := "" if count(_releases) <= shown_releases

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
		"%d release(s) in the year up to %s (%s); at least %d are required",
		[input.history.releases_last_year, verdict.collection_day, _last_release, min_releases],
	)
}

fail contains msg if {
	some msg in _below
	not facts.history_partial
	count(facts.unread_repositories) == 0
}

# Releases may be cut in the project's other repositories (containernetworking/plugins,
# kubeflow/manifests).
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
