package graduate.criteria.community.channels_listed_test

import data.graduate.criteria.community.channels_listed as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(channels) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}],
	"content": {"channels": channels},
})

channel(kind, url, line) := {"kind": kind, "url": url, "source": {"repo": "main", "path": "README.md", "line": line}}

three := [
	channel("slack", "https://slack.k8s.io/#project", 30),
	channel("mailing_list", "https://groups.google.com/g/project-dev", 31),
	channel("slack", "https://slack.k8s.io/#project-dev", 32),
]

attestation := {
	"criterion": "community.channels_listed", "evidence": "https://example.org/community",
	"statement": "All channels are listed; the private security list is described.", "attested_by": "hal", "date": "2026-10-01",
}

test_unknown_with_channels if {
	r := criterion.result with input as snapshot(three)
	r.status == "unknown"
	r.reasons == ["3 communication channel(s) documented in main (1 mailing_list, 2 slack); that every channel, subprojects' included, is listed and that any non-public channels are listed with their purpose needs an attestation"]
	count(r.evidence) == 3
}

test_attested_with_channels if {
	r := criterion.result with input as object.union(snapshot(three), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
	count(r.evidence) == 4
}

test_fail_without_channels if {
	r := criterion.result with input as snapshot([])
	r.status == "fail"
	r.reasons == ["no communication channel documented in main (looked for Slack, mailing list, GitHub Discussions, Discord, Matrix, forum, IRC and X links in README, community and contributing documents); all project communication channels must be listed and documented"]
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	"attestation by hal does not override the collected evidence" in r.reasons
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_unknown_when_channels_not_collected if {
	r := criterion.result with input as object.union(base, {"content": {"meetings": []}})
	r.status == "unknown"
	r.reasons == ["content.channels was not collected: the snapshot has no such facts"]
}

waiver(expires) := {"criterion": "community.channels_listed", "reason": "Listing in progress.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot(three), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "fail"
	"waiver by toc-member expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_when_required if {
	d := criterion.deny with input as snapshot(three)
	count(d) == 1
	some m in d
	m.status == "unknown"
	d2 := criterion.deny with input as snapshot(three) with data.graduate.config.level as "sandbox"
	d2 == set()
}
