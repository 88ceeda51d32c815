package graduate.criteria.community.public_channel_test

import data.graduate.criteria.community.public_channel as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(channels) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}],
	"content": {"channels": channels},
})

slack := {"kind": "slack", "url": "https://slack.k8s.io/#project", "source": {"repo": "main", "path": "README.md", "line": 30}}

list := {"kind": "mailing_list", "url": "https://groups.google.com/g/project-dev", "source": {"repo": "main", "path": "README.md", "line": 31}}

attestation := {
	"criterion": "community.public_channel", "evidence": "https://example.org/community",
	"statement": "Slack channel documented on the website.", "attested_by": "gus", "date": "2026-10-01",
}

test_pass_at_threshold if {
	r := criterion.result with input as snapshot([slack])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 30, "url": "https://slack.k8s.io/#project"}]
}

test_fail_just_under_threshold if {
	r := criterion.result with input as snapshot([])
	r.status == "fail"
	r.reasons == ["0 public communication channel(s) documented in main (looked for Slack, mailing list, GitHub Discussions, Discord, Matrix, forum, IRC and X links in README, community and contributing documents); at least 1 are required"]
}

test_threshold_is_data if {
	r := criterion.result with input as snapshot([slack]) with data.graduate.config.thresholds.min_public_channels as 2
	r.status == "fail"
	r.reasons == ["1 public communication channel(s) documented in main (looked for Slack, mailing list, GitHub Discussions, Discord, Matrix, forum, IRC and X links in README, community and contributing documents); at least 2 are required"]
	r2 := criterion.result with input as snapshot([slack, list]) with data.graduate.config.thresholds.min_public_channels as 2
	r2.status == "pass"
	count(r2.evidence) == 2
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_unknown_when_channels_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "content.channels", "error": "README.md: not UTF-8"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["content.channels could not be collected: README.md: not UTF-8"]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	"attestation by gus does not override the collected evidence" in r.reasons
}

waiver(expires) := {"criterion": "community.public_channel", "reason": "Channel being created.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-11-01")]}})
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
	some m in d
	m.criterion == "community.public_channel"
	d2 := criterion.deny with input as snapshot([]) with data.graduate.config.level as "incubation"
	count(d2) == 1
	d3 := criterion.deny with input as snapshot([slack])
	d3 == set()
}
