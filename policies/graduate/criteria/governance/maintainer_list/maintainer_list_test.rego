package graduate.criteria.governance.maintainer_list_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

person(handle, line) := {
	"github": handle,
	"name": concat(" ", ["Maintainer", handle]),
	"company": "Acme",
	"email": null,
	"responsibility": "core",
	"source": {"repo": "main", "path": "MAINTAINERS.md", "line": line},
}

snapshot(people) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"maintainers": [{"repo": "main", "path": "MAINTAINERS.md", "line": 1}]},
	"maintainers": {"active": people, "emeritus": []},
	"collection_errors": [],
}

complete := [person("a", 3), object.union(person("b", 4), {"company": "Independent"})]

no_responsibility := [person("a", 3), object.union(person("b", 4), {"responsibility": null}), object.union(person("c", 5), {"responsibility": " "})]

missing_doc := sprintf("read the documents of main; none is a maintainers document (looked for %s); a list of the current maintainers with names, contact information, domain of responsibility and affiliation is required", [facts.describe("maintainers")])

no_responsibility_reason := "domain of responsibility missing for 2 of 3 active maintainers: b, c; every maintainer's name, contact information, domain of responsibility and affiliation are required"

test_pass_when_every_field_stated if {
	r := fixtures.result("governance", "maintainer_list") with input as snapshot(complete)
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "MAINTAINERS.md", "line": 1},
		{"kind": "file", "repo": "main", "path": "MAINTAINERS.md", "line": 3},
		{"kind": "file", "repo": "main", "path": "MAINTAINERS.md", "line": 4},
	]
}

test_email_is_contact if {
	p := object.union(person("a", 3), {"github": null, "email": "a@example.org"})
	r := fixtures.result("governance", "maintainer_list") with input as snapshot([p])
	r.status == "pass"
}

test_fail_when_responsibility_missing if {
	r := fixtures.result("governance", "maintainer_list") with input as snapshot(no_responsibility)
	r.status == "fail"
	r.reasons == [no_responsibility_reason]
}

test_fail_names_each_missing_field if {
	nameless := object.union(person("d", 6), {"name": null, "company": null})
	anonymous := object.union(person("e", 7), {"github": null, "name": "", "company": ""})
	r := fixtures.result("governance", "maintainer_list") with input as snapshot([person("a", 3), nameless, anonymous])
	r.status == "fail"
	r.reasons == [
		"affiliation missing for 2 of 3 active maintainers: d, main:MAINTAINERS.md:7; every maintainer's name, contact information, domain of responsibility and affiliation are required",
		"contact (GitHub handle or email) missing for 1 of 3 active maintainers: main:MAINTAINERS.md:7; every maintainer's name, contact information, domain of responsibility and affiliation are required",
		"name missing for 2 of 3 active maintainers: d, main:MAINTAINERS.md:7; every maintainer's name, contact information, domain of responsibility and affiliation are required",
	]
}

test_label_falls_back_to_name_then_email if {
	named := object.union(person("x", 3), {"github": null, "email": "x@example.org", "company": null})
	mailed := object.union(person("y", 4), {"github": "", "name": null, "email": "y@example.org", "company": null})
	r := fixtures.result("governance", "maintainer_list") with input as snapshot([named, mailed])
	"affiliation missing for 2 of 2 active maintainers: Maintainer x, y@example.org; every maintainer's name, contact information, domain of responsibility and affiliation are required" in r.reasons
}

test_lists_five_then_counts_the_rest if {
	people := [object.union(person(h, 3), {"company": null}) | some h in ["a", "b", "c", "d", "e", "f", "g"]]
	r := fixtures.result("governance", "maintainer_list") with input as snapshot(people)
	r.reasons == ["affiliation missing for 7 of 7 active maintainers: a, b, c, d, e and 2 more; every maintainer's name, contact information, domain of responsibility and affiliation are required"]
}

test_fail_without_maintainers_document if {
	s := object.union(snapshot([]), {"documents": {"maintainers": []}})
	r := fixtures.result("governance", "maintainer_list") with input as s
	r.status == "fail"
	r.reasons == [missing_doc]
}

test_fail_when_list_is_empty if {
	r := fixtures.result("governance", "maintainer_list") with input as snapshot([])
	r.status == "fail"
	r.reasons == ["the maintainers documents list no active maintainer; a list of the current maintainers with names, contact information, domain of responsibility and affiliation is required"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("governance", "maintainer_list") with input as json.remove(snapshot(complete), ["maintainers"])
	r.status == "unknown"
	r.reasons == ["maintainers was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot(complete), {"collection_errors": [{"source": "maintainers", "error": "MAINTAINERS.md: no table found"}]})
	r := fixtures.result("governance", "maintainer_list") with input as s
	r.status == "unknown"
	r.reasons == ["maintainers could not be collected: MAINTAINERS.md: no table found"]
}

# cubefs's MAINTAINERS.md: names, e-mails and organisations, no areas. A list that gives
# no one an area is the whole project's, or one part's that nothing names; whether that
# is a domain of responsibility is a reviewer's judgement: unknown, not fail.
test_a_list_without_areas_is_left_to_a_reviewer if {
	none := [object.union(person("a", 3), {"responsibility": null}), object.union(person("b", 4), {"responsibility": null})]
	r := fixtures.result("governance", "maintainer_list") with input as snapshot(none)
	r.status == "unknown"
	r.reasons == ["2 of 2 active maintainers have no area of their own: a, b; the list gives them only the whole project (a list with no areas at main:MAINTAINERS.md), and whether that is each one's domain of responsibility is a reviewer's judgement: give each maintainer's area, or attest"]

	# lima's website governance page: a table of names, affiliations and ranks.
	nested := [object.union(p, {"source": object.union(p.source, {"path": "website/content/en/docs/community/governance.md"})}) | some p in none]
	r2 := fixtures.result("governance", "maintainer_list") with input as snapshot(nested)
	r2.status == "unknown"

	# One with an area beside them in the same list: the others' are missing, sure.
	mixed := array.concat([person("c", 5)], none)
	r3 := fixtures.result("governance", "maintainer_list") with input as snapshot(mixed)
	r3.status == "fail"
}

# "This file lists the maintainers of the Antrea project", over a table with no area
# column: the scope of the whole list, not each one's area.
test_the_scope_of_the_whole_list_is_left_to_a_reviewer if {
	scoped := [
		object.union(person("a", 3), {"responsibility": "the Quarry project", "responsibility_from_list": true}),
		object.union(person("b", 4), {"responsibility": "the Quarry project", "responsibility_from_list": true}),
	]
	r := fixtures.result("governance", "maintainer_list") with input as snapshot(scoped)
	r.status == "unknown"
	r.reasons == ["2 of 2 active maintainers have no area of their own: a, b; the list gives them only the whole project (scoped to \"the Quarry project\" (main:MAINTAINERS.md)), and whether that is each one's domain of responsibility is a reviewer's judgement: give each maintainer's area, or attest"]

	# One with an area of their own beside them: the others are still only scoped.
	mixed := array.concat([person("c", 5)], scoped)
	r2 := fixtures.result("governance", "maintainer_list") with input as snapshot(mixed)
	r2.status == "unknown"

	# A missing affiliation is sure: fail.
	r3 := fixtures.result("governance", "maintainer_list") with input as snapshot([object.union(scoped[0], {"company": null})])
	r3.status == "fail"
}

# cri-o's MAINTAINERS.md: a Project Roles column of Approver and Reviewer. A rank is no
# area: left to a reviewer, when no one in the list has one and when others do
# (hwameistor's Scope column: "Owner" beside "Dev" and "Docs").
test_a_rank_is_no_area if {
	ranked := [object.union(person(h, n), {"responsibility": "Approver", "responsibility_rank": true}) | some [h, n] in [["a", 3], ["b", 4]]]
	r := fixtures.result("governance", "maintainer_list") with input as snapshot(ranked)
	r.status == "unknown"
	contains(r.reasons[0], "(only a rank, \"Approver\" (main:MAINTAINERS.md))")

	r2 := fixtures.result("governance", "maintainer_list") with input as snapshot(array.concat([person("c", 5)], ranked))
	r2.status == "unknown"
	contains(r2.reasons[0], "2 of 3 active maintainers have no area of their own: a, b")
}
