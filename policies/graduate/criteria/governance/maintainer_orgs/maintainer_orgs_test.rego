package graduate.criteria.governance.maintainer_orgs_test

import data.graduate.lib.fixtures

person(handle, company) := {
	"github": handle,
	"name": handle,
	"company": company,
	"source": {"repo": "main", "path": "MAINTAINERS.md", "line": 3},
}

snapshot(people) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"maintainers": {"active": people, "emeritus": []},
	"collection_errors": [],
}

two_orgs := [person("a", "Red Hat"), person("b", "RedHat"), person("c", "Google LLC")]

one_org := [person("a", "Red Hat"), person("b", "Red Hat, Inc."), person("c", "Independent"), person("d", "self")]

test_pass_at_threshold if {
	r := fixtures.result("governance", "maintainer_orgs") with input as snapshot(two_orgs)
	r.status == "pass"
	r.reasons == []
	count(r.evidence) == 1
}

test_fail_just_under_threshold if {
	r := fixtures.result("governance", "maintainer_orgs") with input as snapshot(one_org)
	r.status == "fail"
	r.reasons == ["4 active maintainers work for 1 organisation(s) (Red Hat), 2 state no employer; at least 2 organisations are required"]
}

mailed(handle, email) := object.union(person(handle, null), {"email": email})

test_unknown_when_work_mail_domains_name_enough_organisations if {
	r := fixtures.result("governance", "maintainer_orgs") with input as snapshot([person("a", "Upbound"), mailed("b", "b@upbound.io"), mailed("c", "c@nokia.com"), mailed("d", "d@gmail.com")])
	r.status == "unknown"
	r.reasons == ["4 active maintainers state 1 employer(s) (Upbound); the work e-mail domains of those who state none name 1 more (nokia.com), which would make at least 2 organisations, but an e-mail domain is not a stated affiliation: a person must confirm, or attest"]
}

test_fail_when_work_mail_domains_name_too_few if {
	r := fixtures.result("governance", "maintainer_orgs") with input as snapshot([mailed("b", "b@upbound.io"), mailed("c", "c@upbound.io"), person("d", "Independent")])
	r.status == "fail"
}

# Too few organisations is not a failure while some maintainer's affiliation is given
# nowhere: they may work elsewhere.
test_unknown_while_an_affiliation_is_not_stated if {
	r := fixtures.result("governance", "maintainer_orgs") with input as snapshot([person("a", "Red Hat"), person("b", null), mailed("c", "c@gmail.com")])
	r.status == "unknown"
	r.reasons == ["3 active maintainers work for 1 organisation(s) (Red Hat), and 2 state no affiliation that the list, the CNCF's maintainer record or a work e-mail gives (b, c); at least 2 organisations are required: the maintainer list should state each maintainer's affiliation, or attest"]
}

# The CNCF's maintainer record states the affiliation a list leaves out.
test_record_gives_affiliations if {
	s := object.union(snapshot([person("a", "Red Hat"), person("B", null)]), {"foundation_maintainers": {
		"project": "Example", "level": "Graduated",
		"source": {"repo": "", "path": "project-maintainers.csv", "line": 12},
		"people": [
			{"github": "b", "name": "Bea", "company": "Google", "group": "", "line": 13},
			{"github": "a", "name": "Al", "company": "IBM", "group": "", "line": 12},
		],
	}})
	r := fixtures.result("governance", "maintainer_orgs") with input as s
	r.status == "pass"
	{"kind": "file", "path": "project-maintainers.csv", "line": 12} in r.evidence
}

test_threshold_is_data if {
	r := fixtures.result("governance", "maintainer_orgs") with input as snapshot(two_orgs)
		with data.graduate.config.thresholds.min_maintainer_orgs as 3
	r.status == "fail"
}

test_unknown_when_not_collected if {
	r := fixtures.result("governance", "maintainer_orgs") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["maintainers was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot(two_orgs), {"collection_errors": [{"source": "maintainers", "error": "MAINTAINERS.md points to another repository"}]})
	r := fixtures.result("governance", "maintainer_orgs") with input as s
	r.status == "unknown"
	r.reasons == ["maintainers could not be collected: MAINTAINERS.md points to another repository"]
}

test_fail_names_the_shared_work_domain if {
	r := fixtures.result("governance", "maintainer_orgs") with input as snapshot([mailed("a", "a@buoyant.example"), mailed("b", "b@buoyant.example")])
	r.status == "fail"
	r.reasons == ["2 active maintainers work for 0 organisation(s) (); the 2 who state no employer write from buoyant.example; at least 2 organisations are required"]
}

committed(p) := object.union(p, {"last_commit": {"repo": "main", "commit": "abc", "date": "2026-09-01", "how": "handle"}})

looked(s) := object.union(s, {"history": {"maintainer_activity": {"checked": 3, "seen": 2}}})

# Two organisations listed, but only Red Hat's maintainers committed in the year: the
# survivability the second organisation brings is unsure. A commit from each passes,
# and so does a maintainer the history could not have found (no address, no full name).
test_unknown_when_one_organisation_committed if {
	c := object.union(person("c", "Google LLC"), {"email": "c@google.example"})
	s := snapshot([committed(person("a", "Red Hat")), committed(person("b", "RedHat")), c])
	r := fixtures.result("governance", "maintainer_orgs") with input as looked(s)
	r.status == "unknown"
	r.reasons == ["3 active maintainers work for 2 organisations (Google LLC, Red Hat), but only 1 of them (Red Hat) have a maintainer with a commit in the year before the snapshot in the repositories read, or one the history could not have found; those without one (c) may review or work in other repositories: at least 2 organisations are required; attest their activity, or update the list"]

	fixtures.result("governance", "maintainer_orgs").status == "pass" with input as s
	all := snapshot([committed(person("a", "Red Hat")), person("b", "RedHat"), committed(c)])
	fixtures.result("governance", "maintainer_orgs").status == "pass" with input as looked(all)
	handle := snapshot([committed(person("a", "Red Hat")), person("c", "Google LLC")])
	fixtures.result("governance", "maintainer_orgs").status == "pass" with input as looked(handle)
}

# The list linked out of the repositories read: too few organisations among those read
# is unknown, with the link (kube-rs' "0 active maintainers work for 0 organisations").
test_unknown_when_the_list_is_linked_out if {
	out := {"topic": "maintainers", "repo": "main", "path": "CONTRIBUTING.md", "line": 16, "url": "https://quarry.example.org/maintainers/", "text": "Maintainer"}
	s := object.union(snapshot([]), {"documents": {"maintainers": []}, "content": {"links_out": [out]}})
	r := fixtures.result("governance", "maintainer_orgs") with input as s
	r.status == "unknown"
	r.reasons == ["0 active maintainers work for 0 organisation(s) (), and no maintainers document in the repositories read (read the documents of the snapshot's repositories); linked from main:CONTRIBUTING.md:16 as \"Maintainer\" to https://quarry.example.org/maintainers/, not read; at least 2 organisations are required"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "CONTRIBUTING.md", "line": 16, "url": "https://quarry.example.org/maintainers/"}]
}
