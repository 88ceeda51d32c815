package graduate.criteria.ecosystem.adopters_list_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(policies) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"documents": {"adopters": policies},
	"collection_errors": [],
}

test_pass_with_policy if {
	r := fixtures.result("ecosystem", "adopters_list") with input as snapshot([{"repo": "main", "path": "ADOPTERS.md", "line": 1}])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "ADOPTERS.md", "line": 1}]
}

test_fail_without_policy if {
	r := fixtures.result("ecosystem", "adopters_list") with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main, community; none is an adopters list (looked for %s); a public list of adopters is required", [facts.describe("adopters")])]
}

test_unknown_when_not_collected if {
	r := fixtures.result("ecosystem", "adopters_list") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_missing if {
	r := fixtures.result("ecosystem", "adopters_list") with input as object.union(fixtures.base, {"documents": {}})
	r.status == "unknown"
	r.reasons == ["documents.adopters was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "documents.adopters", "error": "org .github repository unreadable"}]})
	r := fixtures.result("ecosystem", "adopters_list") with input as s
	r.status == "unknown"
	r.reasons == ["documents.adopters could not be collected: org .github repository unreadable"]
}

test_unknown_when_the_list_names_only_the_project if {
	s := object.union(snapshot([{"repo": "main", "path": "ADOPTERS.md", "line": 1}]), {
		"landscape": {"name": "Quarry Hub", "homepage": "https://www.quarryhub.io/"},
		"adopters": {"entries": [{"name": "Quarry Hub (quarryhub.io)", "source": {"repo": "main", "path": "ADOPTERS.md", "line": 5}}]},
	})
	r := fixtures.result("ecosystem", "adopters_list") with input as s
	r.status == "unknown"
	r.reasons == ["the adopters list names only the project itself (main:ADOPTERS.md:5 \"Quarry Hub (quarryhub.io)\"); a list of the organisations that use it is required"]

	# by its homepage's host alone, too
	host := json.patch(s, [{"op": "replace", "path": "/adopters/entries/0/name", "value": "The public instance at quarryhub.io"}])
	fixtures.result("ecosystem", "adopters_list").status == "unknown" with input as host

	# One adopter besides the project's own instance is an adopters list.
	more := json.patch(s, [{"op": "add", "path": "/adopters/entries/-", "value": {"name": "Contoso", "source": {"repo": "main", "path": "ADOPTERS.md", "line": 6}}}])
	fixtures.result("ecosystem", "adopters_list").status == "pass" with input as more

	# Without the landscape's names nothing is the project's own.
	bare := json.remove(s, ["landscape"])
	fixtures.result("ecosystem", "adopters_list").status == "pass" with input as bare
}

# karmada's ADOPTERS.md: "adopted by many [organizations](https://karmada.io/adopters/)"
# and how to join the list, no organisation named.
test_unknown_when_the_documents_name_no_adopter_graduate_could_read if {
	s := object.union(snapshot([{"repo": "main", "path": "ADOPTERS.md", "line": 1}]), {"collection_errors": [{"source": "adopters", "error": "main/ADOPTERS.md names no adopter graduate could read"}]})
	r := fixtures.result("ecosystem", "adopters_list") with input as s
	r.status == "unknown"
	r.reasons == ["the adopters documents (main:ADOPTERS.md:1) name no adopter graduate could read (main/ADOPTERS.md names no adopter graduate could read): whether they list the organisations that use the project or only point to a list kept elsewhere is not known; attest where the list is"]

	# Entries read from another document make it a list.
	more := object.union(s, {"adopters": {"entries": [{"name": "Contoso", "source": {"repo": "community", "path": "ADOPTERS.md", "line": 6}}]}})
	fixtures.result("ecosystem", "adopters_list").status == "pass" with input as more
}

# armada's list: one row, G-Research, which employs every maintainer. With another
# organisation beside it, the list names an adopter.
test_unknown_when_every_entry_employs_a_maintainer if {
	vendor := {"name": "G-Research", "type": null, "source": {"repo": "main", "path": "ADOPTERS.md", "line": 5}}
	maintainer := {"github": "jdoe", "name": "Jane Doe", "company": "G-Research", "source": {"repo": "main", "path": "MAINTAINERS.md", "line": 3}}
	s := object.union(snapshot([{"repo": "main", "path": "ADOPTERS.md", "line": 1}]), {"adopters": {"entries": [vendor]}, "maintainers": {"active": [maintainer]}})
	r := fixtures.result("ecosystem", "adopters_list") with input as s
	r.status == "unknown"
	r.reasons == ["the adopters list names only the project itself or the employers of its maintainers (main:ADOPTERS.md:5 \"G-Research\"); a list of the organisations that use it is required"]

	other := {"name": "Acme Bank", "type": null, "source": {"repo": "main", "path": "ADOPTERS.md", "line": 6}}
	r2 := fixtures.result("ecosystem", "adopters_list") with input as object.union(s, {"adopters": {"entries": [vendor, other]}})
	r2.status == "pass"
}
