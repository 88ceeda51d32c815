package graduate.criteria.governance.up_to_date_test

import data.graduate.lib.fixtures

test_unknown_without_attestation if {
	r := fixtures.result("governance", "up_to_date") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["whether governance is up to date with the project's actual meetings, elections, leadership and approval processes needs an attestation in the project file; none was given"]
	r.evidence == []
}

record := {
	"maintainers": {"active": [{"github": "ABYRON", "name": null, "company": null, "source": {"repo": "main", "path": "MAINTAINERS.md", "line": 3}}, {"github": "mkeller", "name": null, "company": null, "source": {"repo": "main", "path": "MAINTAINERS.md", "line": 4}}], "emeritus": []},
	"foundation_maintainers": {
		"project": "Lantern", "level": "Incubating",
		"source": {"url": "https://raw.example/project-maintainers.csv", "line": 5},
		"people": [
			{"github": "abyron", "group": "Lantern", "line": 5},
			{"github": "lchen", "group": "Lantern", "line": 6},
		],
	},
}

test_unknown_names_who_the_record_and_the_repositories_do_not_share if {
	r := fixtures.result("governance", "up_to_date") with input as object.union(fixtures.base, record)
	r.status == "unknown"
	r.reasons == ["the CNCF's maintainer record (Lantern, https://raw.example/project-maintainers.csv) lists 1 people the repositories do not (lchen), and the repositories 1 it does not (mkeller); whether governance is up to date with the project's actual meetings, elections, leadership and approval processes needs an attestation in the project file; none was given"]
	r.evidence == [{"kind": "url", "url": "https://raw.example/project-maintainers.csv"}]
}

test_lists_that_agree_add_nothing if {
	same := json.patch(record, [{"op": "replace", "path": "/foundation_maintainers/people/1/github", "value": "mkeller"}])
	r := fixtures.result("governance", "up_to_date") with input as object.union(fixtures.base, same)
	r.reasons == ["whether governance is up to date with the project's actual meetings, elections, leadership and approval processes needs an attestation in the project file; none was given"]
	r.evidence == []
}
