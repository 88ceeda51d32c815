package graduate.criteria.security.access_control_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("security", "access_control") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["access control was not read from the GitHub API: the API was not asked; with a token (GITHUB_TOKEN) graduate reads the default branch's protection, or attest in the project file how access to the code base is enforced"]
	r.evidence == []
}

test_unknown_says_why_the_api_was_not_asked if {
	r := fixtures.result("security", "access_control") with input as object.union(fixtures.base, {"collection_errors": [{"source": "github", "error": "no GITHUB_TOKEN"}]})
	r.status == "unknown"
	startswith(r.reasons[0], "access control was not read from the GitHub API: no GITHUB_TOKEN; ")
}

api(protection) := object.union(fixtures.base, {
	"repositories": [{"name": "o/p", "role": "main"}, {"name": "o/community", "role": "community"}],
	"github": {
		"api": "https://api.github.com/",
		"requests": {"made": 1, "revalidated": 0, "from_cache": 0, "retries": 0, "rate_remaining": 1, "rate_limit": 5000, "authenticated": true},
		"repositories": [
			{"repo": "o/community", "url": "https://api.github.com/repos/o/community", "archived": false, "default_branch": "main", "has_discussions": false, "protection": {"branch": "main", "protected": true, "required_reviews": 3, "details": true}},
			object.union(
				{"repo": "o/p", "url": "https://api.github.com/repos/o/p", "archived": false, "default_branch": "main", "has_discussions": false},
				protection,
			),
		],
	},
})

test_pass_on_branch_protection if {
	r := fixtures.result("security", "access_control") with input as api({"protection": {"branch": "main", "protected": true, "required_reviews": 2, "details": true}})
	r.status == "pass"
	r.evidence == [{
		"kind": "url", "url": "https://api.github.com/repos/o/p/branches/main",
		"text": "o/p requires 2 approving review(s) on main (branch protection), read through the GitHub API",
	}]
}

test_pass_on_ruleset if {
	r := fixtures.result("security", "access_control") with input as api({"protection": {"branch": "main", "protected": false, "required_reviews": 1, "rules": ["pull_request"], "details": false}})
	r.status == "pass"
	contains(r.evidence[0].text, "(a ruleset)")
}

test_unknown_when_unprotected if {
	r := fixtures.result("security", "access_control") with input as api({"protection": {"branch": "main", "protected": false, "details": false}})
	r.status == "unknown"
	startswith(r.reasons[0], "o/p's default branch main has neither branch protection nor a ruleset requiring reviews; ")
}

test_unknown_when_details_unreadable if {
	r := fixtures.result("security", "access_control") with input as api({"protection": {"branch": "main", "protected": true, "details": false}})
	r.status == "unknown"
	contains(r.reasons[0], "need admin rights")
}

test_unknown_below_threshold if {
	r := fixtures.result("security", "access_control") with input as api({"protection": {"branch": "main", "protected": true, "required_reviews": 0, "details": true}})
	r.status == "unknown"
	contains(r.reasons[0], "requires 0 approving review(s), fewer than 1")
}

test_unknown_when_protection_not_read if {
	r := fixtures.result("security", "access_control") with input as object.union(api({}), {"collection_errors": [{"source": "github.protection", "error": "o/p: protection: the token may not read it (403)"}]})
	r.status == "unknown"
	startswith(r.reasons[0], "the GitHub API gave no branch protection for o/p: o/p: protection: the token may not read it (403); ")
}

test_attestation_decides_an_unprotected_branch if {
	r := fixtures.result("security", "access_control") with input as fixtures.attested(api({"protection": {"branch": "main", "protected": false, "details": false}}), "security.access_control")
	r.status == "pass"
	r.attested
}
