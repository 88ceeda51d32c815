package graduate.criteria.security.response_roles_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

policy := {"repo": "main", "path": "SECURITY.md", "line": 1}

section := {"repo": "main", "path": "SECURITY.md", "line": 12}

team := {"repo": "main", "path": "SECURITY.md", "line": 8}

# snapshot states handling in sections and who responds in roles.
snapshot_roles(policies, sections, roles) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"security_policy": policies},
	"content": {"topics": {"security_response": sections, "security_roles": roles}},
	"collection_errors": [],
}

snapshot(policies, sections) := snapshot_roles(policies, sections, [team | some _ in sections])

absent := "who responds to security reports (a security or response team, its members or their responsibilities) and how reports are handled (triage, response times, disclosure)"

test_pass_with_response_section if {
	r := fixtures.result("security", "response_roles") with input as snapshot([policy], [section])
	r.status == "pass"
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "SECURITY.md", "line": 1},
		{"kind": "file", "repo": "main", "path": "SECURITY.md", "line": 8},
		{"kind": "file", "repo": "main", "path": "SECURITY.md", "line": 12},
	]
}

# Handling stated without anyone named to handle it is half of the wording.
test_unknown_when_handling_names_no_one if {
	r := fixtures.result("security", "response_roles") with input as snapshot_roles([policy], [section], [])
	r.status == "unknown"
	r.reasons == ["security policy found at main:SECURITY.md:1, but no heading or sentence states who responds to security reports (a security or response team, its members or their responsibilities); if it is stated in other words, attest with a link"]
}

test_fail_without_policy_when_only_handling_is_stated if {
	r := fixtures.result("security", "response_roles") with input as snapshot_roles([], [section], [])
	r.status == "fail"
}

test_pass_with_section_in_governance if {
	r := fixtures.result("security", "response_roles") with input as snapshot([], [{"repo": "main", "path": "GOVERNANCE.md", "line": 40}])
	r.status == "pass"
}

test_fail_without_policy if {
	r := fixtures.result("security", "response_roles") with input as snapshot([], [])
	r.status == "fail"
	r.reasons == [sprintf(
		"read the documents of main; none is a security policy (looked for %s) and none states %s; documented security response roles and handling of reports are required",
		[facts.describe("security_policy"), absent],
	)]
}

test_unknown_without_policy_when_topics_not_collected if {
	r := fixtures.result("security", "response_roles") with input as object.union(fixtures.base, {"documents": {"security_policy": []}})
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_unknown_when_the_policy_is_linked_out if {
	s := object.union(snapshot([], []), {"content": {"links_out": [{"topic": "security_policy", "repo": "main", "path": "README.md", "line": 40, "url": "https://github.com/org/.github/blob/main/SECURITY.md", "text": "security policy"}]}})
	r := fixtures.result("security", "response_roles") with input as s
	r.status == "unknown"
	r.reasons == [sprintf("%s: not stated in the documents read (read the documents of main); linked from main:README.md:40 as \"security policy\" to https://github.com/org/.github/blob/main/SECURITY.md, not read", [absent])]
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 40, "url": "https://github.com/org/.github/blob/main/SECURITY.md"}]
}

test_unknown_policy_without_section if {
	r := fixtures.result("security", "response_roles") with input as snapshot([policy], [])
	r.status == "unknown"
	r.reasons == [sprintf("security policy found at main:SECURITY.md:1, but no heading or sentence states %s; if it is stated in other words, attest with a link", [absent])]
}

test_unknown_policy_not_collected_and_no_section if {
	r := fixtures.result("security", "response_roles") with input as object.union(fixtures.base, {"documents": {}, "content": {"topics": {"security_response": [], "security_roles": []}}})
	r.status == "unknown"
	r.reasons == ["documents.security_policy was not collected: the snapshot has no such facts"]
}

test_unknown_nothing_collected if {
	r := fixtures.result("security", "response_roles") with input as fixtures.base
	r.status == "unknown"
	r.reasons == [
		"content was not collected: the snapshot has no such facts",
		"documents was not collected: the snapshot has no such facts",
	]
}

test_unknown_topics_not_collected if {
	s := object.union(snapshot([policy], []), {"collection_errors": [{"source": "content.topics", "error": "SECURITY.md: not UTF-8"}]})
	r := fixtures.result("security", "response_roles") with input as s
	r.status == "unknown"
	r.reasons == ["content.topics could not be collected: SECURITY.md: not UTF-8"]
}
