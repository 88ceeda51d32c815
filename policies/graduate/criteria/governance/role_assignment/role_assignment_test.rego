package graduate.criteria.governance.role_assignment_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(documents, topics) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": documents,
	"artifacts": {"contributor_ladder": []},
	"content": {"topics": topics},
	"collection_errors": [],
}

docs := {"governance": [{"repo": "main", "path": "GOVERNANCE.md", "line": 1}]}

no_docs := {"governance": []}

all_found := {
	"role_assignment": [{"repo": "main", "path": "GOVERNANCE.md", "line": 10}],
	"role_onboarding": [{"repo": "main", "path": "GOVERNANCE.md", "line": 11}],
	"role_removal": [{"repo": "main", "path": "GOVERNANCE.md", "line": 12}],
}

none_found := {"role_assignment": [], "role_onboarding": [], "role_removal": []}

partial := object.union(all_found, {"role_removal": []})

fail_reason := sprintf("read the documents of main; none is a governance document (looked for %s); documentation of how roles, function-based members and sub-teams are assigned, onboarded and removed is required", [facts.describe("governance")])

partial_reason := "no heading or sentence states how the members of roles or teams are removed (removal, terms, stepping down) in the governance documents and contributor ladders read (main:GOVERNANCE.md:1); if it is documented in other words, add an attestation in the project file pointing to it"

test_pass_when_every_topic_found if {
	r := fixtures.result("governance", "role_assignment") with input as snapshot(docs, all_found)
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 10},
		{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 11},
		{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 12},
	]
}

test_fail_without_document if {
	r := fixtures.result("governance", "role_assignment") with input as snapshot(no_docs, none_found)
	r.status == "fail"
	r.reasons == [fail_reason]
}

# A contributor ladder documents roles in words the vocabulary may not know: read and
# silent, it leaves the criterion to a person rather than failing it.
test_unknown_when_only_a_contributor_ladder_is_read if {
	ladder := {"contributor_ladder": [{"repo": "main", "path": "docs/contribute/membership.md", "line": 1, "how": "name"}]}
	r := fixtures.result("governance", "role_assignment") with input as object.union(snapshot(no_docs, none_found), {"artifacts": ladder})
	r.status == "unknown"
	count(r.reasons) == 1
	contains(r.reasons[0], "contributor ladders read (main:docs/contribute/membership.md:1)")
}

test_unknown_when_ladders_not_collected_and_no_governance if {
	r := fixtures.result("governance", "role_assignment") with input as json.remove(snapshot(no_docs, none_found), ["artifacts"])
	r.status == "unknown"
}

test_pass_when_topics_found_outside_the_document_kinds if {
	r := fixtures.result("governance", "role_assignment") with input as snapshot(no_docs, all_found)
	r.status == "pass"
}

test_unknown_when_topic_not_found if {
	r := fixtures.result("governance", "role_assignment") with input as snapshot(docs, partial)
	r.status == "unknown"
	r.reasons == [partial_reason]
}

test_unknown_when_content_not_collected if {
	r := fixtures.result("governance", "role_assignment") with input as json.remove(snapshot(docs, all_found), ["content"])
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
	r.evidence == []
}

test_unknown_when_topics_failed if {
	s := object.union(snapshot(docs, none_found), {"collection_errors": [{"source": "content.topics", "error": "GOVERNANCE.md: invalid UTF-8"}]})
	r := fixtures.result("governance", "role_assignment") with input as s
	r.status == "unknown"
	r.reasons == ["content.topics could not be collected: GOVERNANCE.md: invalid UTF-8"]
}

test_unknown_when_one_topic_not_collected if {
	r := fixtures.result("governance", "role_assignment") with input as json.remove(snapshot(docs, all_found), ["content/topics/role_assignment"])
	r.status == "unknown"
	r.reasons == ["content.topics.role_assignment was not collected: the snapshot has no such facts"]
}

test_fail_when_document_missing_and_content_not_collected if {
	r := fixtures.result("governance", "role_assignment") with input as json.remove(snapshot(no_docs, none_found), ["content"])
	r.status == "fail"
	r.reasons == [fail_reason]
}

# The reason the collectors gave stays beside the attestation.
test_attested_keeps_the_collected_reason if {
	r := fixtures.result("governance", "role_assignment") with input as fixtures.attested(snapshot(docs, partial), "governance.role_assignment")
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason, partial_reason]
}

# linkerd's STEERING.md: how members are nominated and when their membership expires,
# nothing on how a new member is brought in. The wording's three verbs: unknown.
test_unknown_when_onboarding_not_stated if {
	elected := object.union(all_found, {"role_onboarding": []})
	r := fixtures.result("governance", "role_assignment") with input as snapshot(docs, elected)
	r.status == "unknown"
	r.reasons == ["no heading or sentence states how new members of those roles or teams are onboarded (access granted, a roster they are added to, shadowing, an onboarding checklist) in the governance documents and contributor ladders read (main:GOVERNANCE.md:1); if it is documented in other words, add an attestation in the project file pointing to it"]
}
