package graduate.criteria.security.reporting_process_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(policies) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"documents": {"security_policy": policies},
	"collection_errors": [],
}

test_pass_with_policy if {
	r := fixtures.result("security", "reporting_process") with input as snapshot([{"repo": "main", "path": "SECURITY.md", "line": 1}])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "SECURITY.md", "line": 1}]
}

test_fail_without_policy if {
	r := fixtures.result("security", "reporting_process") with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main, community; none is a security policy (looked for %s); a documented process to report security issues is required", [facts.describe("security_policy")])]
}

test_unknown_when_not_collected if {
	r := fixtures.result("security", "reporting_process") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_missing if {
	r := fixtures.result("security", "reporting_process") with input as object.union(fixtures.base, {"documents": {}})
	r.status == "unknown"
	r.reasons == ["documents.security_policy was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "documents.security_policy", "error": "org .github repository unreadable"}]})
	r := fixtures.result("security", "reporting_process") with input as s
	r.status == "unknown"
	r.reasons == ["documents.security_policy could not be collected: org .github repository unreadable"]
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
	r := fixtures.result("security", "reporting_process") with input as snap
	r.status == "unknown"
	contains(r.reasons[0], "o/p has private vulnerability reporting enabled on GitHub")
	r.evidence == [{"kind": "url", "url": "https://github.com/o/p/security", "text": "private vulnerability reporting is enabled (GitHub API)"}]
}

# istio's SECURITY.md: "Instructions for reporting a vulnerability can be found on the
# [Istio Security Vulnerabilities] page."
test_unknown_when_the_policy_only_links_how_to_report if {
	page := {"topic": "security_private_reporting", "repo": "main", "path": "SECURITY.md", "line": 10, "url": "https://quarry.example/security/", "text": "Quarry Security Vulnerabilities"}
	s := object.union(snapshot([{"repo": "main", "path": "SECURITY.md", "line": 1}]), {"content": {"topics": {"security_private_reporting": []}, "links_out": [page]}})
	r := fixtures.result("security", "reporting_process") with input as s
	r.status == "unknown"
	r.reasons == ["the security policy (main:SECURITY.md:1) says how to report only through a link: linked from main:SECURITY.md:10 as \"Quarry Security Vulnerabilities\" to https://quarry.example/security/, not read"]
	{"kind": "file", "repo": "main", "path": "SECURITY.md", "line": 10, "url": "https://quarry.example/security/"} in r.evidence

	# A sentence that says how to report beside the link is the process.
	mail := {"repo": "main", "path": "SECURITY.md", "line": 12, "how": "sentence", "text": "Report vulnerabilities privately to security@quarry.example."}
	r2 := fixtures.result("security", "reporting_process") with input as object.union(s, {"content": {"topics": {"security_private_reporting": [mail]}}})
	r2.status == "pass"
}

# metal3's SECURITY_CONTACTS: who to contact is elsewhere, "For more information about
# the security policy consult the User-Guide [here](https://book...)"; nothing read says
# how to report.
test_unknown_when_a_contacts_file_links_the_policy_out if {
	page := {"topic": "security_policy", "repo": "main", "path": "SECURITY_CONTACTS", "line": 9, "url": "https://quarry.example/book/security_policy.html", "text": "here"}
	s := object.union(snapshot([{"repo": "main", "path": "SECURITY_CONTACTS", "line": 1}]), {"content": {"topics": {"security_private_reporting": []}, "links_out": [page]}})
	r := fixtures.result("security", "reporting_process") with input as s
	r.status == "unknown"
	r.reasons == ["the security policy (main:SECURITY_CONTACTS:1) says how to report only through a link: linked from main:SECURITY_CONTACTS:9 as \"here\" to https://quarry.example/book/security_policy.html, not read"]
}

# A README's link to the organisation's policy is no reporting process of the local
# SECURITY.md: that file is read for itself.
test_a_link_elsewhere_leaves_the_policy_read_as_it_reads if {
	org := {"topic": "security_policy", "repo": "main", "path": "README.md", "line": 30, "url": "https://github.com/o/.github/blob/main/SECURITY.md", "text": "security policy"}
	s := object.union(snapshot([{"repo": "main", "path": "SECURITY.md", "line": 1}]), {"content": {"topics": {"security_private_reporting": []}, "links_out": [org]}})
	r := fixtures.result("security", "reporting_process") with input as s
	r.status == "pass"
}
