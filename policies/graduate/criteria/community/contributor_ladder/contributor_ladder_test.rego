package graduate.criteria.community.contributor_ladder_test

import data.graduate.criteria.community.contributor_ladder as criterion
import data.graduate.lib.facts

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(ladders, roles) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"artifacts": {"contributor_ladder": ladders},
	"content": {"topics": {"contributor_roles": roles}},
})

ladder := {"repo": "community", "path": "CONTRIBUTOR_LADDER.md", "line": 1}

roles_section := {"repo": "main", "path": "GOVERNANCE.md", "line": 40}

attestation := {
	"criterion": "community.contributor_ladder", "evidence": "https://example.org/ladder",
	"statement": "The ladder (member, reviewer, approver) is on the website.", "attested_by": "dana", "date": "2026-10-01",
}

test_pass_with_ladder_document if {
	r := criterion.result with input as snapshot([ladder], [])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "community", "path": "CONTRIBUTOR_LADDER.md", "line": 1}]
}

test_pass_with_roles_section if {
	r := criterion.result with input as snapshot([], [roles_section])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 40}]
}

test_pass_with_ladder_when_topics_not_collected if {
	s := object.union(base, {"artifacts": {"contributor_ladder": [ladder]}})
	r := criterion.result with input as s
	r.status == "pass"
}

test_unknown_when_nothing_found if {
	r := criterion.result with input as snapshot([], [])
	r.status == "unknown"
	r.reasons == [sprintf(
		"read the documents of main, community; none is a contributor ladder (looked for %s) and no heading or sentence states contributor roles; if the ladder is documented elsewhere, such as the project website, an attestation must establish one with at least 2 roles",
		[facts.describe("contributor_ladder")],
	)]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == [
		"artifacts.contributor_ladder was not collected: the snapshot has no such facts",
		"content was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_topics_not_collected if {
	s := object.union(base, {"artifacts": {"contributor_ladder": []}, "content": {"channels": []}})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["content.topics was not collected: the snapshot has no such facts"]
}

test_unknown_when_topic_errored if {
	s := object.union(snapshot([], []), {"collection_errors": [{"source": "content.topics.contributor_roles", "error": "GOVERNANCE.md: unreadable"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["content.topics.contributor_roles could not be collected: GOVERNANCE.md: unreadable"]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
	r.reasons[0] == "attested, not verified: The ladder (member, reviewer, approver) is on the website. (dana, 2026-10-01)"
}

waiver(expires) := {"criterion": "community.contributor_ladder", "reason": "Ladder being written.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "unknown"
	"waiver by toc-member expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_suggested_warns_never_denies if {
	w := criterion.warn with input as snapshot([], [])
	count(w) == 1
	some m in w
	m.criterion == "community.contributor_ladder"
	m.status == "unknown"
	d := criterion.deny with input as snapshot([], [])
	d == set()
	w2 := criterion.warn with input as snapshot([], []) with data.graduate.config.level as "incubation"
	count(w2) == 1
}

test_not_applicable_at_sandbox if {
	w := criterion.warn with input as snapshot([], []) with data.graduate.config.level as "sandbox"
	w == set()
}
