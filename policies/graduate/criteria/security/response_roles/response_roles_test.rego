package graduate.criteria.security.response_roles_test

import data.graduate.criteria.security.response_roles as criterion

policy := {"repo": "main", "path": "SECURITY.md", "line": 1}

section := {"repo": "main", "path": "SECURITY.md", "line": 12}

snapshot(policies, sections) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"security_policy": policies},
	"content": {"topics": {"security_response": sections}},
	"collection_errors": [],
}

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

test_pass_with_response_section if {
	r := criterion.result with input as snapshot([policy], [section])
	r.status == "pass"
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "SECURITY.md", "line": 1},
		{"kind": "file", "repo": "main", "path": "SECURITY.md", "line": 12},
	]
}

test_pass_with_section_in_governance if {
	r := criterion.result with input as snapshot([], [{"repo": "main", "path": "GOVERNANCE.md", "line": 40}])
	r.status == "pass"
}

test_fail_without_policy if {
	r := criterion.result with input as snapshot([], [])
	r.status == "fail"
	r.reasons == ["no security policy found in main (looked for SECURITY files in the root, .github/ and docs/, and README security headings and links) and no security response section in the project's documents; documented security response roles and handling of reports are required"]
}

test_fail_without_policy_even_if_topics_not_collected if {
	r := criterion.result with input as object.union(base, {"documents": {"security_policy": []}})
	r.status == "fail"
}

test_unknown_policy_without_section if {
	r := criterion.result with input as snapshot([policy], [])
	r.status == "unknown"
	r.reasons == ["security policy found at main:SECURITY.md:1, but no section on security response roles or the handling of reports (response team, triage, disclosure) was found in the project's documents; the roles may be stated in prose: attest with a link"]
}

test_unknown_policy_not_collected_and_no_section if {
	r := criterion.result with input as object.union(base, {"documents": {}, "content": {"topics": {"security_response": []}}})
	r.status == "unknown"
	r.reasons == [
		"documents.security_policy was not collected: the snapshot has no such facts",
		"no section on security response roles or the handling of reports (response team, triage, disclosure) was found in the project's documents; the roles may be stated in prose: attest with a link",
	]
}

test_unknown_nothing_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == [
		"content was not collected: the snapshot has no such facts",
		"documents was not collected: the snapshot has no such facts",
	]
}

test_unknown_topics_not_collected if {
	s := object.union(snapshot([policy], []), {"collection_errors": [{"source": "content.topics", "error": "SECURITY.md: not UTF-8"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["content.topics could not be collected: SECURITY.md: not UTF-8"]
}

attestation := {
	"criterion": "security.response_roles", "evidence": "https://example.org/security#team",
	"statement": "The security team is named in SECURITY.md prose.", "attested_by": "bob", "date": "2026-10-01",
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(snapshot([policy], []), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	"attestation by bob does not override the collected evidence" in r.reasons
}

waiver(expires) := {"criterion": "security.response_roles", "reason": "Being written.", "approved_by": "toc", "expires": expires}

test_waived_and_expired if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"waivers": [waiver("2026-11-30")]}})
	r.status == "waived"
	r2 := criterion.result with input as object.union(snapshot([], []), {"project": {"waivers": [waiver("2026-10-31")]}})
	r2.status == "fail"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r2.reasons
}

test_deny_by_level if {
	d := criterion.deny with input as snapshot([], [])
	count(d) == 1
	d2 := criterion.deny with input as snapshot([], []) with data.graduate.config.level as "incubation"
	count(d2) == 1
	d3 := criterion.deny with input as snapshot([], []) with data.graduate.config.level as "sandbox"
	d3 == set()
}
