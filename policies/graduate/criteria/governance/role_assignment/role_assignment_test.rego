package graduate.criteria.governance.role_assignment_test

import data.graduate.criteria.governance.role_assignment as criterion
import data.graduate.lib.facts

snapshot(documents, topics) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": documents,
	"content": {"topics": topics},
	"collection_errors": [],
}

docs := {"governance": [{"repo": "main", "path": "GOVERNANCE.md", "line": 1}]}

no_docs := {"governance": []}

all_found := {"role_assignment": [{"repo": "main", "path": "GOVERNANCE.md", "line": 10}]}

none_found := {"role_assignment": []}

partial := object.union(all_found, {"role_assignment": []})

fail_reason := sprintf("read the documents of main; none is a governance document (looked for %s); documentation of how roles, function-based members and sub-teams are assigned, onboarded and removed is required", [facts.describe("governance")])

partial_reason := "no heading or sentence states role assignment (how roles, function-based members or sub-teams such as a Security Response Committee are assigned, onboarded and removed) in the governance documents read (main:GOVERNANCE.md:1); if it is documented in other words, add an attestation in the project file pointing to it"

attestation := {
	"criterion": "governance.role_assignment", "evidence": "https://example.org/governance",
	"statement": "Covered in the governance prose.", "attested_by": "frank", "date": "2026-10-01",
}

waiver(expires) := {"criterion": "governance.role_assignment", "reason": "governance rewrite", "approved_by": "toc", "expires": expires}

test_pass_when_every_topic_found if {
	r := criterion.result with input as snapshot(docs, all_found)
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 10}]
}

test_fail_without_document if {
	r := criterion.result with input as snapshot(no_docs, none_found)
	r.status == "fail"
	r.reasons == [fail_reason]
}

test_pass_when_topics_found_outside_the_document_kinds if {
	r := criterion.result with input as snapshot(no_docs, all_found)
	r.status == "pass"
}

test_unknown_when_topic_not_found if {
	r := criterion.result with input as snapshot(docs, partial)
	r.status == "unknown"
	r.reasons == [partial_reason]
}

test_unknown_when_content_not_collected if {
	r := criterion.result with input as json.remove(snapshot(docs, all_found), ["content"])
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
	r.evidence == []
}

test_unknown_when_topics_failed if {
	s := object.union(snapshot(docs, none_found), {"collection_errors": [{"source": "content.topics", "error": "GOVERNANCE.md: invalid UTF-8"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["content.topics could not be collected: GOVERNANCE.md: invalid UTF-8"]
}

test_unknown_when_one_topic_not_collected if {
	r := criterion.result with input as json.remove(snapshot(docs, all_found), ["content/topics/role_assignment"])
	r.status == "unknown"
	r.reasons == ["content.topics.role_assignment was not collected: the snapshot has no such facts"]
}

test_fail_when_document_missing_and_content_not_collected if {
	r := criterion.result with input as json.remove(snapshot(no_docs, none_found), ["content"])
	r.status == "fail"
	r.reasons == [fail_reason]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(snapshot(docs, partial), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
	r.reasons == ["attested, not verified: Covered in the governance prose. (frank, 2026-10-01)", partial_reason]
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot(no_docs, none_found), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	r.reasons == [fail_reason, "attestation by frank does not override the collected evidence"]
}

test_waived if {
	r := criterion.result with input as object.union(snapshot(no_docs, none_found), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r.reasons[0] == "waived until 2026-11-01 by toc: governance rewrite"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot(no_docs, none_found), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "fail"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_at_graduation if {
	d := criterion.deny with input as snapshot(no_docs, none_found)
	d == {{"msg": concat("", ["governance.role_assignment: ", fail_reason]), "criterion": "governance.role_assignment", "status": "fail"}}
	criterion.warn == set() with input as snapshot(no_docs, none_found)
}

test_warn_at_incubation if {
	w := criterion.warn with input as snapshot(no_docs, none_found) with data.graduate.config.level as "incubation"
	count(w) == 1
	criterion.deny == set() with input as snapshot(no_docs, none_found) with data.graduate.config.level as "incubation"
	criterion.warn == set() with input as snapshot(no_docs, none_found) with data.graduate.config.level as "sandbox"
}
