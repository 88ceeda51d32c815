# METADATA
# title: Document and maintain a public roadmap or other forward looking planning document or tracking mechanism.
# description: >-
#   Passes when a roadmap (documents.roadmap: ROADMAP files in the root, .github/ or docs/,
#   or a README roadmap section or link) is found in any repository of the project, or
#   when the roadmap is handed off to a tracker the GitHub API shows kept (github.trackers:
#   something open in it changed within roadmap_tracker_max_age_days); fails when
#   documents were searched and none was found and no other page says a roadmap is kept
#   (a hint of content.topics.roadmap_kept); unknown when they were not collected, when another page
#   says one is kept,
#   when the roadmap is only linked elsewhere, or when every roadmap found is out of
#   date: a file that has not changed in the roadmap_max_age_days before the snapshot
#   (documents.roadmap[].changed, from the history), names no period still running and
#   links no tracker the API shows kept (documents.roadmap[].tracker: a GitHub project,
#   the milestones, an issue search; one the API did not read shows nothing), or a text whose newest named period ended over
#   roadmap_period_max_age_days before the snapshot (documents.roadmap[].period: "2024
#   feature plan", "Last Updated: June 2022"), unless the API shows its tracker kept.
#   Whether it is maintained is then not known. A section is dated by its file; a file
#   the history cannot date, and a text that names no period, are judged on being
#   there. A pass cites only the roadmaps not stale, each with its tracker.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 403
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files, git_history, github]
#   facts: [documents.roadmap, github.trackers, content.topics.roadmap_kept]
package graduate.criteria.engineering.roadmap

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

unknown contains facts.path_not_collected("documents.roadmap")

fail contains msg if {
	facts.missing_document("roadmap")
	count(kept_elsewhere) == 0
	msg := sprintf("%s; none is a roadmap (looked for %s); a public roadmap or other forward-looking planning document is required", [facts.read, facts.describe("roadmap")])
}

# kept_elsewhere are the sentences of other pages that say a roadmap is kept ("Establish
# and maintain a roadmap for the working group"): with none found, where it is is not
# known, so the roadmap is unknown, never failed.
kept_elsewhere := stated.hints(["roadmap_kept"])

unknown contains msg if {
	facts.missing_document("roadmap")
	count(kept_elsewhere) > 0
	msg := sprintf("%s; none is a roadmap (looked for %s), but a sentence elsewhere says one is kept (%s); a person should read it: attest where the roadmap is, or link it", [facts.read, facts.describe("roadmap"), facts.where(kept_elsewhere)])
}

evidence contains facts.file(l) if {
	facts.missing_document("roadmap")
	some l in kept_elsewhere
}

max_age_days := data.graduate.config.thresholds.roadmap_max_age_days

period_max_age_days := data.graduate.config.thresholds.roadmap_period_max_age_days

roadmaps := facts.documents("roadmap")

# _age_days is how many days before the snapshot a roadmap file last changed; defined
# only for a file its history dates.
_age_days(loc) := facts.days_since(loc.changed)

tracker_max_age_days := data.graduate.config.thresholds.roadmap_tracker_max_age_days

# _trackers are the trackers the GitHub API read (github.trackers), by URL.
_trackers[t.url] := t if some t in object.get(input, ["github", "trackers"], [])

# A tracker is kept when the API shows something open in it that changed within
# roadmap_tracker_max_age_days; one it shows otherwise is abandoned. One it did not
# read is neither.
_kept(url) if {
	t := _trackers[url]
	t.open > 0
	facts.days_since(t.updated) <= tracker_max_age_days
}

_abandoned(url) if {
	_trackers[url]
	not _kept(url)
}

# A roadmap is stale when it is out of date and no tracker it hands its items to ("we
# use the issues and milestones") keeps it current: one the API shows kept does,
# however old the roadmap's own text is. One the API did not read shows nothing.
_stale(loc) if {
	_out_of_date(loc)
	not _tracker_kept(loc)
}

# A file unchanged for max_age_days is out of date, unless its newest period is still
# running ("2026 feature plan", edited in 2025).
_out_of_date(loc) if {
	not _period_running(loc)
	_age_days(loc) > max_age_days
}

_period_running(loc) if facts.days_since(loc.period.until) < 0

# A roadmap whose newest period is long over says itself that it describes the past,
# whenever its file last changed.
_out_of_date(loc) if facts.days_since(loc.period.until) > period_max_age_days

# (a function of loc, not of loc.tracker: "not _kept(loc.tracker)" is undefined, not
# true, for a roadmap that links no tracker)
_tracker_kept(loc) if _kept(loc.tracker)

# _kept_links are the roadmap links out to a tracker the API shows kept: a roadmap
# handed off to it ("the roadmap is maintained in a GitHub project") is that tracker.
_kept_links contains l if {
	some l in facts.links_out("roadmap")
	_kept(l.url)
}

unknown contains msg if {
	count(roadmaps) > 0
	count(_kept_links) == 0
	every loc in roadmaps {
		_stale(loc)
	}
	msg := sprintf(
		"every roadmap is out of date (%s), so whether the roadmap is maintained is not known: the wording asks for a roadmap that is maintained; attest where it is kept up to date, or update it",
		[concat("; ", sort([_why_stale(l) | some l in roadmaps]))],
	)
}

# _why_stale says what dates a stale roadmap: the period its text names, else its file.
_why_stale(l) := sprintf("%s:%s names no period after %s (line %d: %q), over %d days before the snapshot%s", [l.repo, l.path, l.period.until, l.period.line, l.period.text, period_max_age_days, _tracker_note(l)]) if {
	facts.days_since(l.period.until) > period_max_age_days
} else := sprintf("%s:%s last changed %s, over %d days before the snapshot%s", [l.repo, l.path, l.changed, max_age_days, _tracker_note(l)])

# _tracker_note says why the tracker a stale roadmap links does not keep it current.
_tracker_note(l) := sprintf(", and the GitHub API shows its tracker %s", [_tracker_state(_trackers[l.tracker])]) if {
	_abandoned(l.tracker)
} else := sprintf(", and its tracker %s was not read (%s)", [l.tracker, _why_unread]) if {
	l.tracker
} else := ""

# _why_unread says why the API shows nothing of a tracker: it was not asked, or it did
# not read this one (an error, a URL it cannot read, past the first ten).
_why_unread := "the GitHub API was not asked" if {
	not input.github
} else := "the GitHub API did not read it"

unknown contains msg if {
	facts.linked_document("roadmap")
	count(_kept_links) == 0
	msg := sprintf("no roadmap in the repositories read (%s); %s%s", [facts.read, facts.linked(facts.links_out("roadmap")), _trackers_read])
}

# _trackers_read says what the API showed of the trackers linked, when it read any.
_trackers_read := sprintf("; the GitHub API shows %s", [concat(", ", sort({_tracker_state(t) | some l in facts.links_out("roadmap"); t := _trackers[l.url]}))]) if {
	some l in facts.links_out("roadmap")
	_trackers[l.url]
} else := ""

_tracker_state(t) := sprintf("%s with nothing open", [t.url]) if t.open == 0

_tracker_state(t) := sprintf("%s last changed %s, over %d days before the snapshot", [t.url, t.updated, tracker_max_age_days]) if t.open > 0

evidence contains facts.link(l) if {
	facts.linked_document("roadmap")
	count(_kept_links) == 0
	some l in facts.links_out("roadmap")
}

evidence contains facts.link(l) if some l in _kept_links

# _maintained are the roadmaps the history does not show stale: a pass rests on them
# alone, and a stale one beside them is not cited.
_maintained contains loc if {
	some loc in roadmaps
	not _stale(loc)
}

evidence contains _cite(loc) if some loc in _maintained

evidence contains facts.file(loc) if {
	count(_maintained) == 0
	count(_kept_links) == 0
	some loc in roadmaps
}

# _cite is a roadmap as evidence, with the live tracker it hands its items to.
_cite(loc) := object.union(facts.file(loc), {"url": loc.tracker}) if loc.tracker

_cite(loc) := facts.file(loc) if not loc.tracker
