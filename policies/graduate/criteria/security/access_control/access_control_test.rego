package graduate.criteria.security.access_control_test

import data.graduate.criteria.security.access_control as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

attestation(id) := {
	"criterion": id, "evidence": "https://example.org/evidence",
	"statement": "Confirmed.", "attested_by": "carol", "date": "2026-09-01",
}

test_unknown_without_attestation if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == ["access control was not read from the GitHub API: the API was not asked; with a token (GITHUB_TOKEN) graduate reads the default branch's protection, or attest in the project file how access to the code base is enforced"]
	r.evidence == []
}

test_unknown_says_why_the_api_was_not_asked if {
	r := criterion.result with input as object.union(base, {"collection_errors": [{"source": "github", "error": "no GITHUB_TOKEN"}]})
	r.status == "unknown"
	startswith(r.reasons[0], "access control was not read from the GitHub API: no GITHUB_TOKEN; ")
}

api(protection) := object.union(base, {
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
	r := criterion.result with input as api({"protection": {"branch": "main", "protected": true, "required_reviews": 2, "details": true}})
	r.status == "pass"
	r.evidence == [{
		"kind": "url", "url": "https://api.github.com/repos/o/p/branches/main",
		"text": "o/p requires 2 approving review(s) on main (branch protection), read through the GitHub API",
	}]
}

test_pass_on_ruleset if {
	r := criterion.result with input as api({"protection": {"branch": "main", "protected": false, "required_reviews": 1, "rules": ["pull_request"], "details": false}})
	r.status == "pass"
	contains(r.evidence[0].text, "(a ruleset)")
}

test_unknown_when_unprotected if {
	r := criterion.result with input as api({"protection": {"branch": "main", "protected": false, "details": false}})
	r.status == "unknown"
	startswith(r.reasons[0], "o/p's default branch main has neither branch protection nor a ruleset requiring reviews; ")
}

test_unknown_when_details_unreadable if {
	r := criterion.result with input as api({"protection": {"branch": "main", "protected": true, "details": false}})
	r.status == "unknown"
	contains(r.reasons[0], "need admin rights")
}

test_unknown_below_threshold if {
	r := criterion.result with input as api({"protection": {"branch": "main", "protected": true, "required_reviews": 0, "details": true}})
	r.status == "unknown"
	contains(r.reasons[0], "requires 0 approving review(s), fewer than 1")
}

test_unknown_when_protection_not_read if {
	r := criterion.result with input as object.union(api({}), {"collection_errors": [{"source": "github.protection", "error": "o/p: protection: the token may not read it (403)"}]})
	r.status == "unknown"
	startswith(r.reasons[0], "the GitHub API gave no branch protection for o/p: o/p: protection: the token may not read it (403); ")
}

test_attestation_decides_an_unprotected_branch if {
	r := criterion.result with input as object.union(
		api({"protection": {"branch": "main", "protected": false, "details": false}}),
		{"project": {"attestations": [attestation("security.access_control")]}},
	)
	r.status == "pass"
	r.attested
}

test_attested if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("security.access_control")]}})
	r.status == "pass"
	r.attested
	r.evidence == [{
		"kind": "attestation", "url": "https://example.org/evidence", "statement": "Confirmed.",
		"attested_by": "carol", "date": "2026-09-01",
	}]
}

test_other_criterion_attestation_ignored if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("process.gtr")]}})
	r.status == "unknown"
}

waiver(expires) := {"criterion": "security.access_control", "reason": "Not applicable to this project.", "approved_by": "toc", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(base, {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r.reasons[0] == "waived until 2026-11-01 by toc: Not applicable to this project."
}

test_waiver_expired if {
	r := criterion.result with input as object.union(base, {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "unknown"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_and_warn_by_level if {
	d_sandbox := criterion.deny with input as base with data.graduate.config.level as "sandbox"
	d_sandbox == set()
	w_sandbox := criterion.warn with input as base with data.graduate.config.level as "sandbox"
	w_sandbox == set()
	d_incubation := criterion.deny with input as base with data.graduate.config.level as "incubation"
	count(d_incubation) == 1
	some m_incubation in d_incubation
	m_incubation.msg == "security.access_control: access control was not read from the GitHub API: the API was not asked; with a token (GITHUB_TOKEN) graduate reads the default branch's protection, or attest in the project file how access to the code base is enforced"
	d_graduation := criterion.deny with input as base with data.graduate.config.level as "graduation"
	count(d_graduation) == 1
	some m_graduation in d_graduation
	m_graduation.msg == "security.access_control: access control was not read from the GitHub API: the API was not asked; with a token (GITHUB_TOKEN) graduate reads the default branch's protection, or attest in the project file how access to the code base is enforced"
}

# warn passes on what verdict.warn makes of the result (no level suggests this criterion).
test_warn_wiring if {
	r := criterion.result with input as base
	suggested := object.union(r, {"levels": {"sandbox": "suggested", "incubation": "suggested", "graduation": "suggested"}})
	w := criterion.warn with input as base with criterion.result as suggested
	count(w) == 1
}
