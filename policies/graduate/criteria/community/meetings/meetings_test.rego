package graduate.criteria.community.meetings_test

import data.graduate.lib.fixtures

snapshot(meetings) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"content": {"meetings": meetings},
})

meeting := {"repo": "main", "path": "README.md#Community meetings", "line": 12, "url": "https://zoom-lfx.platform.linuxfoundation.org/meetings/project"}

test_pass_with_meeting if {
	r := fixtures.result("community", "meetings") with input as snapshot([meeting])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{
		"kind": "file", "repo": "main", "path": "README.md#Community meetings", "line": 12,
		"url": "https://zoom-lfx.platform.linuxfoundation.org/meetings/project",
	}]
}

test_fail_without_meeting if {
	r := fixtures.result("community", "meetings") with input as snapshot([])
	r.status == "fail"
	r.reasons == ["no public meeting found in main (looked for meeting schedules, agendas and calendar links, including the CNCF calendar, in the READMEs, the community, communication, contributing and governance documents and meeting schedules); an up-to-date public meeting schedule or CNCF calendar entry is required"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("community", "meetings") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	s := object.union(fixtures.base, {"content": {"channels": []}})
	r := fixtures.result("community", "meetings") with input as s
	r.status == "unknown"
	r.reasons == ["content.meetings was not collected: the snapshot has no such facts"]
}

test_unknown_when_content_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "content", "error": "README.md: not UTF-8"}]})
	r := fixtures.result("community", "meetings") with input as s
	r.status == "unknown"
	r.reasons == ["content could not be collected: README.md: not UTF-8"]
}

test_unknown_when_meetings_are_only_named if {
	named := {"repo": "main", "path": "GOVERNANCE.md", "line": 40, "how": "mention"}
	r := fixtures.result("community", "meetings") with input as snapshot([named])
	r.status == "unknown"
	r.reasons == ["meetings are named (main:GOVERNANCE.md:40) but no line read says when or where they are held (a day or time, a calendar, a frequency, a call link, agendas or notes); an up-to-date public meeting schedule or CNCF calendar entry is required"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 40}]
}

test_pass_when_a_schedule_is_beside_a_mention if {
	named := {"repo": "main", "path": "GOVERNANCE.md", "line": 40, "how": "mention"}
	r := fixtures.result("community", "meetings") with input as snapshot([named, object.union(meeting, {"how": "schedule"})])
	r.status == "pass"
	count(r.evidence) == 1 # the schedule, not the mention
}

test_unknown_when_lines_only_say_meetings_are_held if {
	held := {"repo": "main", "path": "README.md", "line": 310, "how": "record", "url": "https://github.com/q/q/wiki/Weekly-Meeting"}
	r := fixtures.result("community", "meetings") with input as snapshot([held])
	r.status == "unknown"
	r.reasons == ["meetings are held (main:README.md:310: a frequency, a call link, agendas or notes) but no line read says when (a day, a time or a calendar); the schedule may be where those lines link: an up-to-date public meeting schedule or CNCF calendar entry is required, attest where it is"]
}

# No meeting read, but the community page is kept in another repository: unknown, with
# the link, never a fail.
test_unknown_when_the_community_page_is_linked_out if {
	link := {"topic": "meetings", "repo": "main", "path": "README.md", "line": 9, "url": "https://github.com/quarry-dev/governance/blob/main/COMMUNITY.md", "text": "Community Info"}
	s := object.union(snapshot([]), {"content": {"meetings": [], "links_out": [link]}})
	r := fixtures.result("community", "meetings") with input as s
	r.status == "unknown"
	count(r.reasons) == 1
	startswith(r.reasons[0], "no public meeting found in main; linked from main:README.md:9 as \"Community Info\" to https://github.com/quarry-dev/governance/blob/main/COMMUNITY.md")
	r.evidence[0].url == link.url
}

# contour's MEETING_SCHEDULE.md, unchanged since 2020: whether it still holds needs a
# person. One schedule changed recently is enough; one the history does not date is
# taken as it reads.
test_unknown_when_every_schedule_is_old if {
	old := {"repo": "main", "path": "MEETING_SCHEDULE.md", "line": 3, "how": "schedule", "changed": "2020-06-01"}
	s := object.union(fixtures.base, {"content": {"meetings": [old]}})
	r := fixtures.result("community", "meetings") with input as s
	r.status == "unknown"
	contains(r.reasons[0], "main:MEETING_SCHEDULE.md, last changed 2020-06-01")

	recent := {"repo": "main", "path": "README.md", "line": 9, "how": "schedule", "changed": "2026-09-01"}
	r2 := fixtures.result("community", "meetings") with input as object.union(fixtures.base, {"content": {"meetings": [old, recent]}})
	r2.status == "pass"

	calendar := object.union(old, {"tracker": "https://calendar.google.com/calendar/embed?src=quarry"})
	r4 := fixtures.result("community", "meetings") with input as object.union(fixtures.base, {"content": {"meetings": [calendar]}})
	r4.status == "pass"

	undated := json.remove(old, ["changed"])
	r3 := fixtures.result("community", "meetings") with input as object.union(fixtures.base, {"content": {"meetings": [undated]}})
	r3.status == "pass"
}

# porter's "The community meeting is cancelled until further notice", above its old
# schedule: neither pass on the schedule nor fail, the line quoted.
test_unknown_when_a_line_says_the_meeting_is_no_longer_held if {
	off := {"repo": "main", "path": "docs/community.md", "line": 52, "how": "cancelled", "text": "Note: The community meeting is cancelled until further notice."}
	held := {"repo": "main", "path": "docs/community.md", "line": 56, "how": "schedule"}
	r := fixtures.result("community", "meetings") with input as snapshot([off, held])
	r.status == "unknown"
	r.reasons == ["a line read says a meeting is no longer held (main:docs/community.md:52 \"Note: The community meeting is cancelled until further notice.\"); whether the schedules read are current is not known: an up-to-date public meeting schedule or CNCF calendar entry is required, attest where it is"]
}
