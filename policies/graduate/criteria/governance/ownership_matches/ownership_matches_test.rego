package graduate.criteria.governance.ownership_matches_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("governance", "ownership_matches") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["comparing code and documentation ownership (CODEOWNERS and OWNERS files, GitHub teams and repository permissions) with the documented governance roles needs an attestation in the project file, since graduate reads the CODEOWNERS teams (through the GitHub API) and the CNCF's maintainer record but not the repositories' permissions; none was given"]
	r.evidence == []
}

needs := "comparing code and documentation ownership (CODEOWNERS and OWNERS files, GitHub teams and repository permissions) with the documented governance roles needs an attestation in the project file, since graduate reads the CODEOWNERS teams (through the GitHub API) and the CNCF's maintainer record but not the repositories' permissions; none was given"

people := {"maintainers": {
	"active": [
		{"github": "abyron", "name": "Ada Byron", "company": "Contoso", "source": {"repo": "main", "path": "MAINTAINERS.md", "line": 3}},
		{"github": "GHopper", "name": null, "company": null, "source": {"repo": "main", "path": "MAINTAINERS.md", "line": 4}},
	],
	"emeritus": [{
		"github": "aturing", "name": "Alan Turing", "company": null,
		"source": {"repo": "main", "path": "MAINTAINERS.md", "line": 9},
		"still_listed": {"repo": "main", "path": "OWNERS", "line": 4},
	}],
}}

record(source) := {"foundation_maintainers": {
	"project": "Lantern", "level": "Incubating", "source": source,
	"people": [
		{"github": "abyron", "group": "Lantern", "line": 5},
		{"github": "ghopper", "group": "Lantern", "line": 6},
		{"github": "lchen", "group": "Steering Committee", "line": 7},
	],
}}

test_unknown_says_who_still_holds_rights if {
	r := fixtures.result("governance", "ownership_matches") with input as object.union(fixtures.base, people)
	r.status == "unknown"
	r.reasons == [concat("", [needs, "; 1 emeritus maintainer(s) still hold rights: aturing (main:OWNERS:4)"])]
	r.evidence == [{"kind": "file", "repo": "main", "path": "OWNERS", "line": 4}]
}

test_unknown_says_who_the_record_and_the_repositories_do_not_share if {
	input_doc := object.union_n([fixtures.base, people, record({"url": "https://raw.example/project-maintainers.csv", "line": 5})])
	r := fixtures.result("governance", "ownership_matches") with input as input_doc
	r.status == "unknown"
	r.reasons == [concat("", [
		needs,
		"; 1 emeritus maintainer(s) still hold rights: aturing (main:OWNERS:4)",
		"; the CNCF's maintainer record (Lantern, https://raw.example/project-maintainers.csv) lists 1 people the repositories do not (lchen), and the repositories 0 it does not ()",
	])]
	{"kind": "url", "url": "https://raw.example/project-maintainers.csv"} in r.evidence
}

test_record_read_from_a_file_is_named_with_its_line if {
	r := fixtures.result("governance", "ownership_matches") with input as object.union(fixtures.base, record({"path": "project-maintainers.csv", "line": 5}))
		with input.maintainers as {"active": [{"github": "abyron", "name": null, "company": null, "source": {"repo": "main", "path": "MAINTAINERS.md", "line": 3}}], "emeritus": []}
	r.status == "unknown"
	r.reasons == [concat("", [needs, "; the CNCF's maintainer record (Lantern, project-maintainers.csv:5) lists 2 people the repositories do not (ghopper, lchen), and the repositories 0 it does not ()"])]
	r.evidence == [{"kind": "file", "path": "project-maintainers.csv", "line": 5}]
}

test_attestation_still_decides if {
	doc := object.union_n([fixtures.base, people, {"project": {"attestations": [fixtures.attestation("governance.ownership_matches")]}}])
	r := fixtures.result("governance", "ownership_matches") with input as doc
	r.status == "pass"
}

teams_input := object.union(fixtures.base, {
	"repositories": [{"name": "o/p", "role": "main"}],
	"maintainers": {
		"active": [
			{"github": "Ada", "name": null, "company": null, "source": {"repo": "o/p", "path": "MAINTAINERS.md", "line": 3}},
			{"github": "bo", "name": null, "company": null, "source": {"repo": "o/p", "path": "MAINTAINERS.md", "line": 4}},
		],
		"emeritus": [],
	},
	"github": {
		"api": "https://api.github.com/",
		"requests": {"made": 1, "revalidated": 0, "from_cache": 0, "retries": 0, "rate_remaining": 1, "rate_limit": 5000, "authenticated": true},
		"repositories": [{
			"repo": "o/p", "url": "https://api.github.com/repos/o/p", "archived": false, "default_branch": "main", "has_discussions": false,
			"teams": [
				{"team": "o/maintainers", "members": ["ada", "bo"], "source": {"repo": "o/p", "path": ".github/CODEOWNERS", "line": 2}},
				{"team": "o/docs", "members": ["cy", "ada"], "source": {"repo": "o/p", "path": ".github/CODEOWNERS", "line": 3}},
				{"team": "o/secret", "members": null, "source": {"repo": "o/p", "path": ".github/CODEOWNERS", "line": 4}},
			],
		}],
	},
})

test_teams_compared_with_the_maintainers if {
	r := fixtures.result("governance", "ownership_matches") with input as teams_input
	r.status == "unknown"
	contains(r.reasons[0], "; the CODEOWNERS team @o/maintainers has the same 2 members as the maintainer list")
	contains(r.reasons[0], "; the CODEOWNERS team @o/docs (2 members) has 1 who are not listed maintainers (cy), and 1 listed maintainers are not in it (bo)")
	not contains(r.reasons[0], "o/secret")
	count(r.evidence) == 2
}
