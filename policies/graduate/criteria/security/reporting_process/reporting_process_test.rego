package graduate.criteria.security.reporting_process_test

import data.graduate.criteria.security.reporting_process as criterion
import data.graduate.lib.facts

snapshot(policies) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"documents": {"security_policy": policies},
	"collection_errors": [],
}

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

test_pass_with_policy if {
	r := criterion.result with input as snapshot([{"repo": "main", "path": "SECURITY.md", "line": 1}])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "SECURITY.md", "line": 1}]
}

test_fail_without_policy if {
	r := criterion.result with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main, community; none is a security policy (looked for %s); a documented process to report security issues is required", [facts.describe("security_policy")])]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_missing if {
	r := criterion.result with input as object.union(base, {"documents": {}})
	r.status == "unknown"
	r.reasons == ["documents.security_policy was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "documents.security_policy", "error": "org .github repository unreadable"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["documents.security_policy could not be collected: org .github repository unreadable"]
}

attestation := {
	"criterion": "security.reporting_process", "evidence": "https://example.org/security",
	"statement": "Reporting process on the website.", "attested_by": "bob", "date": "2026-10-01",
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	"attestation by bob does not override the collected evidence" in r.reasons
}

waiver(expires) := {"criterion": "security.reporting_process", "reason": "Policy being written.", "approved_by": "toc", "expires": expires}

test_waived_and_expired if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-12-01")]}})
	r.status == "waived"
	r2 := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-10-31")]}})
	r2.status == "fail"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r2.reasons
}

test_deny_by_level if {
	d := criterion.deny with input as snapshot([])
	count(d) == 1
	d2 := criterion.deny with input as snapshot([]) with data.graduate.config.level as "incubation"
	count(d2) == 1
	d3 := criterion.deny with input as snapshot([]) with data.graduate.config.level as "sandbox"
	d3 == set()
}

test_private_reporting_makes_a_missing_policy_unknown if {
	snap := {
		"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": [],
		"repositories": [{"name": "o/p", "role": "main"}],
		"documents": {"security_policy": []},
		"github": {
			"api": "https://api.github.com/",
			"requests": {"made": 1, "revalidated": 0, "from_cache": 0, "retries": 0, "rate_remaining": 1, "rate_limit": 5000, "authenticated": true},
			"repositories": [{"repo": "o/p", "url": "https://api.github.com/repos/o/p", "archived": false, "default_branch": "main", "has_discussions": false, "private_vulnerability_reporting": true}],
		},
	}
	r := criterion.result with input as snap
	r.status == "unknown"
	contains(r.reasons[0], "o/p has private vulnerability reporting enabled on GitHub")
	r.evidence == [{"kind": "url", "url": "https://github.com/o/p/security", "text": "private vulnerability reporting is enabled (GitHub API)"}]
}
