package graduate.criteria.community.meetings_test

import data.graduate.criteria.community.meetings as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(meetings) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}],
	"content": {"meetings": meetings},
})

meeting := {"repo": "main", "path": "README.md#Community meetings", "line": 12, "url": "https://zoom-lfx.platform.linuxfoundation.org/meetings/project"}

attestation := {
	"criterion": "community.meetings", "evidence": "https://www.cncf.io/calendar/",
	"statement": "Weekly meeting on the CNCF calendar.", "attested_by": "fay", "date": "2026-10-01",
}

test_pass_with_meeting if {
	r := criterion.result with input as snapshot([meeting])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{
		"kind": "file", "repo": "main", "path": "README.md#Community meetings", "line": 12,
		"url": "https://zoom-lfx.platform.linuxfoundation.org/meetings/project",
	}]
}

test_fail_without_meeting if {
	r := criterion.result with input as snapshot([])
	r.status == "fail"
	r.reasons == ["no public meeting found in main (looked for meeting schedules, agendas and calendar links, including the CNCF calendar, in README, community and governance documents); an up-to-date public meeting schedule or CNCF calendar entry is required"]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	s := object.union(base, {"content": {"channels": []}})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["content.meetings was not collected: the snapshot has no such facts"]
}

test_unknown_when_content_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "content", "error": "README.md: not UTF-8"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["content could not be collected: README.md: not UTF-8"]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "fail"
}

waiver(expires) := {"criterion": "community.meetings", "reason": "Meetings restart in January.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-12-31")]}})
	r.status == "waived"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "fail"
	"waiver by toc-member expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_when_required if {
	d := criterion.deny with input as snapshot([])
	count(d) == 1
	d2 := criterion.deny with input as snapshot([]) with data.graduate.config.level as "sandbox"
	d2 == set()
}
