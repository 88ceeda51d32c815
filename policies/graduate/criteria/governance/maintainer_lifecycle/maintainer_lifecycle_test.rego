package graduate.criteria.governance.maintainer_lifecycle_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(documents, topics) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": documents,
	"content": {"topics": topics},
	"collection_errors": [],
}

docs := {"governance": [{"repo": "main", "path": "GOVERNANCE.md", "line": 1}], "maintainers": [{"repo": "main", "path": "MAINTAINERS.md", "line": 1}]}

no_docs := {"governance": [], "maintainers": []}

all_found := {"maintainer_onboarding": [{"repo": "main", "path": "GOVERNANCE.md", "line": 10}], "maintainer_offboarding": [{"repo": "main", "path": "GOVERNANCE.md", "line": 11}], "emeritus": [{"repo": "main", "path": "GOVERNANCE.md", "line": 12}]}

none_found := {"maintainer_onboarding": [], "maintainer_offboarding": [], "emeritus": []}

partial := object.union(all_found, {"emeritus": []})

fail_reason := sprintf("read the documents of main; none is a governance or maintainers document (looked for %s); a documented maintainer lifecycle (roles, onboarding, offboarding and emeritus status) is required", [facts.describe("governance")])

partial_reason := "no heading or sentence states emeritus status in the governance and maintainers documents read (main:GOVERNANCE.md:1, main:MAINTAINERS.md:1); if it is documented in other words, add an attestation in the project file pointing to it"

test_pass_when_every_topic_found if {
	r := fixtures.result("governance", "maintainer_lifecycle") with input as snapshot(docs, all_found)
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 10}, {"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 11}, {"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 12}]
}

test_fail_without_document if {
	r := fixtures.result("governance", "maintainer_lifecycle") with input as snapshot(no_docs, none_found)
	r.status == "fail"
	r.reasons == [fail_reason]
}

# No governance document, and the maintainers page linked out (kube-rs' CONTRIBUTING
# and SECURITY link the website's): the lifecycle may be stated there, so unknown, with
# the link; nothing was read, so never a pass.
test_unknown_when_only_a_maintainers_page_is_linked_out if {
	out := {"topic": "maintainers", "repo": "main", "path": "CONTRIBUTING.md", "line": 12, "url": "https://quarry.example.org/maintainers", "text": "maintainers"}
	s := object.union(snapshot(no_docs, none_found), {"content": {"links_out": [out]}})
	r := fixtures.result("governance", "maintainer_lifecycle") with input as s
	r.status == "unknown"
	count(r.reasons) == 1
	contains(r.reasons[0], "https://quarry.example.org/maintainers")
	r.evidence == [{"kind": "file", "repo": "main", "path": "CONTRIBUTING.md", "line": 12, "url": "https://quarry.example.org/maintainers"}]
}

test_pass_when_topics_found_outside_the_document_kinds if {
	r := fixtures.result("governance", "maintainer_lifecycle") with input as snapshot(no_docs, all_found)
	r.status == "pass"
}

test_unknown_when_topic_not_found if {
	r := fixtures.result("governance", "maintainer_lifecycle") with input as snapshot(docs, partial)
	r.status == "unknown"
	r.reasons == [partial_reason]
}

test_unknown_naming_an_emeritus_list if {
	topics := object.union(partial, {"emeritus_list": [{"repo": "main", "path": "MAINTAINERS.md", "line": 20}]})
	r := fixtures.result("governance", "maintainer_lifecycle") with input as snapshot(docs, topics)
	r.status == "unknown"
	r.reasons == ["no heading or sentence states emeritus status in the governance and maintainers documents read (main:GOVERNANCE.md:1, main:MAINTAINERS.md:1); the emeritus list at main:MAINTAINERS.md:20 names who holds the status, not how a maintainer comes to hold it; if it is documented in other words, add an attestation in the project file pointing to it"]
	{"kind": "file", "repo": "main", "path": "MAINTAINERS.md", "line": 20} in r.evidence
}

test_an_emeritus_list_beside_the_process_is_no_evidence if {
	topics := object.union(all_found, {"emeritus_list": [{"repo": "main", "path": "MAINTAINERS.md", "line": 20}]})
	r := fixtures.result("governance", "maintainer_lifecycle") with input as snapshot(docs, topics)
	r.status == "pass"
	not {"kind": "file", "repo": "main", "path": "MAINTAINERS.md", "line": 20} in r.evidence
}

test_unknown_not_fail_when_one_document_exists if {
	s := snapshot({"governance": [], "maintainers": [{"repo": "main", "path": "MAINTAINERS.md", "line": 1}]}, none_found)
	r := fixtures.result("governance", "maintainer_lifecycle") with input as s
	r.status == "unknown"
	r.reasons == ["no heading or sentence states maintainer onboarding, maintainer offboarding and emeritus status in the governance and maintainers documents read (main:MAINTAINERS.md:1); if it is documented in other words, add an attestation in the project file pointing to it"]
}

test_unknown_when_content_not_collected if {
	r := fixtures.result("governance", "maintainer_lifecycle") with input as json.remove(snapshot(docs, all_found), ["content"])
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
	r.evidence == []
}

test_unknown_when_topics_failed if {
	s := object.union(snapshot(docs, none_found), {"collection_errors": [{"source": "content.topics", "error": "GOVERNANCE.md: invalid UTF-8"}]})
	r := fixtures.result("governance", "maintainer_lifecycle") with input as s
	r.status == "unknown"
	r.reasons == ["content.topics could not be collected: GOVERNANCE.md: invalid UTF-8"]
}

test_unknown_when_one_topic_not_collected if {
	r := fixtures.result("governance", "maintainer_lifecycle") with input as json.remove(snapshot(docs, all_found), ["content/topics/emeritus"])
	r.status == "unknown"
	r.reasons == ["content.topics.emeritus was not collected: the snapshot has no such facts"]
}

test_fail_when_document_missing_and_content_not_collected if {
	r := fixtures.result("governance", "maintainer_lifecycle") with input as json.remove(snapshot(no_docs, none_found), ["content"])
	r.status == "fail"
	r.reasons == [fail_reason]
}

# The reason the collectors gave stays beside the attestation.
test_attested_keeps_the_collected_reason if {
	r := fixtures.result("governance", "maintainer_lifecycle") with input as fixtures.attested(snapshot(docs, partial), "governance.maintainer_lifecycle")
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason, partial_reason]
}
