# METADATA
# title: Up-to-date public meeting schedulers and/or integration with CNCF calendar.
# description: >-
#   Passes when a line about public meetings says when they are held (content.meetings
#   with how "schedule": a day, a time or time zone, a calendar or the CNCF calendar, in
#   the READMEs, the community, communication, contributing and governance documents and
#   a document named for the meetings' schedule), with those lines as evidence; unknown
#   when the lines read only say that they are held and where their record is (how
#   "record": a frequency, a call link, agendas or notes: the schedule is then wherever
#   they link), or only name them ("lead community calls"), or when the content was not
#   collected, or when none was found but the community page is linked out of the
#   repositories read (content.links_out, topic meetings); fails when content was
#   searched, no meeting was found and no community page is linked elsewhere. Unknown
#   too when every line that says when meetings are held is in a file unchanged for over
#   meeting_schedule_max_age_days before the snapshot (content.meetings[].changed, when
#   the checkout's history dates it) and links no calendar of meetings
#   (content.meetings[].tracker): whether such a schedule is up to date needs a person.
#   Unknown too when a line says a meeting is no longer held (how "cancelled": "is
#   cancelled until further notice"), quoting it.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 305
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [content.meetings]
package graduate.criteria.community.meetings

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

meetings := object.get(input, ["content", "meetings"], [])

# A line read before meetings were told apart (no how) counts as a schedule, as it did.
schedules := [m | some m in meetings; object.get(m, "how", "schedule") == "schedule"]

records := [m | some m in meetings; m.how == "record"]

# A line that says a meeting is no longer held ("The community meeting is cancelled
# until further notice", above porter's old schedule and calendar): whether any
# schedule read still holds is a reviewer's judgement.
cancelled := [m | some m in meetings; m.how == "cancelled"]

unknown contains msg if {
	count(cancelled) > 0
	msg := sprintf(
		"a line read says a meeting is no longer held (%s); whether the schedules read are current is not known: an up-to-date public meeting schedule or CNCF calendar entry is required, attest where it is",
		[concat(", ", [sprintf("%s:%s:%d %q", [m.repo, m.path, m.line, object.get(m, "text", "")]) | some m in cancelled])],
	)
}

evidence contains facts.file(loc) if some loc in cancelled

unknown contains msg if {
	count(schedules) == 0
	count(records) > 0
	msg := sprintf(
		"meetings are held (%s: a frequency, a call link, agendas or notes) but no line read says when (a day, a time or a calendar); the schedule may be where those lines link: an up-to-date public meeting schedule or CNCF calendar entry is required, attest where it is",
		[facts.where(records)],
	)
}

unknown contains msg if {
	count(meetings) > 0
	count(schedules) + count(records) == 0
	count(cancelled) == 0
	msg := sprintf(
		"meetings are named (%s) but no line read says when or where they are held (a day or time, a calendar, a frequency, a call link, agendas or notes); an up-to-date public meeting schedule or CNCF calendar entry is required",
		[facts.where(meetings)],
	)
}

max_age_days := data.graduate.config.thresholds.meeting_schedule_max_age_days

# A schedule is stale when its file's history dates it, it has not changed for
# max_age_days and it links no calendar of meetings (its tracker, which keeps itself
# current); an undated one (no history) is taken as it reads.
_stale(m) if {
	facts.days_since(m.changed) > max_age_days
	not m.tracker
}

unknown contains msg if {
	count(schedules) > 0
	every m in schedules {
		_stale(m)
	}
	msg := sprintf(
		"every line read that says when meetings are held is in a file unchanged for over %d days before the snapshot (%s); whether the schedule is up to date is not known: update it, or attest where the current schedule is",
		[max_age_days, concat(", ", sort({sprintf("%s:%s, last changed %s", [m.repo, m.path, m.changed]) | some m in schedules}))],
	)
}

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("content.meetings")

fail contains msg if {
	facts.member_collected("content", "meetings")
	count(meetings) == 0
	count(facts.links_out("meetings")) == 0
	msg := sprintf(
		"no public meeting found in %s (looked for meeting schedules, agendas and calendar links, including the CNCF calendar, in the READMEs, the community, communication, contributing and governance documents and meeting schedules); an up-to-date public meeting schedule or CNCF calendar entry is required",
		[facts.searched],
	)
}

# No meeting in the repositories read, but the community page that would list them is
# linked elsewhere ("[Community Info](https://github.com/o/governance/...)").
unknown contains msg if {
	facts.member_collected("content", "meetings")
	count(meetings) == 0
	count(facts.links_out("meetings")) > 0
	msg := sprintf("no public meeting found in %s; %s", [facts.searched, facts.linked(facts.links_out("meetings"))])
}

evidence contains facts.link(l) if {
	count(meetings) == 0
	some l in facts.links_out("meetings")
}

# A schedule is the evidence; without one, what was read of the meetings.
evidence contains facts.file(loc) if some loc in schedules

evidence contains facts.file(loc) if {
	count(schedules) == 0
	some loc in meetings
}
