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
	r.reasons == ["no public meeting found in main (looked for meeting schedules, agendas and calendar links, including the CNCF calendar, in README, community and governance documents); an up-to-date public meeting schedule or CNCF calendar entry is required"]
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
