package graduate.criteria.governance.vendor_neutral_direction_test

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

docs := {"governance": [{"repo": "main", "path": "GOVERNANCE.md", "line": 1}]}

no_docs := {"governance": []}

all_found := {"vendor_neutrality": [{"repo": "main", "path": "GOVERNANCE.md", "line": 10}]}

none_found := {"vendor_neutrality": []}

partial := object.union(all_found, {"vendor_neutrality": []})

fail_reason := sprintf("read the documents of main; none is a governance document (looked for %s); governance that documents the vendor-neutrality of project direction is required", [facts.describe("governance")])

partial_reason := "no heading or sentence states the vendor-neutrality of project direction in the governance documents read (main:GOVERNANCE.md:1); if it is documented in other words, add an attestation in the project file pointing to it"

test_pass_when_every_topic_found if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as snapshot(docs, all_found)
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 10}]
}

test_fail_without_document if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as snapshot(no_docs, none_found)
	r.status == "fail"
	r.reasons == [fail_reason]
}

test_pass_when_topics_found_outside_the_document_kinds if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as snapshot(no_docs, all_found)
	r.status == "pass"
}

test_unknown_when_topic_not_found if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as snapshot(docs, partial)
	r.status == "unknown"
	r.reasons == [partial_reason]
}

caps := {"vendor_neutrality": [], "vendor_caps": [{"repo": "main", "path": "GOVERNANCE.md", "line": 27, "how": "sentence", "text": "No company may hold the majority seats on the steering committee."}]}

test_unknown_on_caps_alone if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as snapshot(docs, caps)
	r.status == "unknown"
	r.reasons == ["the governance caps what one organisation may hold (main:GOVERNANCE.md:27) but no heading or sentence states that the project's direction is vendor-neutral; whether the caps document it is a reviewer's judgement: add an attestation in the project file pointing to where it is documented"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 27, "text": "No company may hold the majority seats on the steering committee."}]
}

test_caps_alone_never_fail if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as snapshot(no_docs, caps)
	r.status == "unknown"
}

# A statement ("No single company may control the direction of the project") passes;
# the caps that hold it are cited beside it, for a reviewer to read both.
test_caps_beside_a_statement_are_cited_with_it if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as snapshot(docs, object.union(caps, all_found))
	r.status == "pass"
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 27, "text": "No company may hold the majority seats on the steering committee."},
		{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 10},
	]
}

test_unknown_when_content_not_collected if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as json.remove(snapshot(docs, all_found), ["content"])
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
	r.evidence == []
}

test_unknown_when_topics_failed if {
	s := object.union(snapshot(docs, none_found), {"collection_errors": [{"source": "content.topics", "error": "GOVERNANCE.md: invalid UTF-8"}]})
	r := fixtures.result("governance", "vendor_neutral_direction") with input as s
	r.status == "unknown"
	r.reasons == ["content.topics could not be collected: GOVERNANCE.md: invalid UTF-8"]
}

test_unknown_when_one_topic_not_collected if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as json.remove(snapshot(docs, all_found), ["content/topics/vendor_neutrality"])
	r.status == "unknown"
	r.reasons == ["content.topics.vendor_neutrality was not collected: the snapshot has no such facts"]
}

test_fail_when_document_missing_and_content_not_collected if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as json.remove(snapshot(no_docs, none_found), ["content"])
	r.status == "fail"
	r.reasons == [fail_reason]
}

# The reason the collectors gave stays beside the attestation.
test_attested_keeps_the_collected_reason if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as fixtures.attested(snapshot(docs, partial), "governance.vendor_neutral_direction")
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason, partial_reason]
}

# k8gb: "k8gb is vendor-neutral as defined by [the CNCF's guidance]", and nothing else.
label := {"vendor_neutrality": [], "vendor_neutral_label": [{"repo": "main", "path": "GOVERNANCE.md", "line": 13}], "vendor_caps": []}

steering_caps := [{"repo": "main", "path": "STEERING.md", "line": 40}]

test_a_label_alone_is_unknown if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as snapshot(docs, label)
	r.status == "unknown"
	r.reasons == ["a sentence calls the project vendor-neutral (main:GOVERNANCE.md:13), but no heading or sentence says how its direction is kept from any one vendor and nothing caps what one organisation may hold; whether the sentence clearly documents it is a reviewer's judgement: add an attestation in the project file pointing to where it is documented"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 13}]

	# Without a governance document the label still makes it a person's call, not a fail.
	fixtures.result("governance", "vendor_neutral_direction").status == "unknown" with input as snapshot(no_docs, label)
}

# knative: "Knative is a vendor-neutral project under the CNCF" in its governance, and
# "No more than two contributing seats may be held by employees of the same organization".
test_a_label_beside_the_caps_passes if {
	r := fixtures.result("governance", "vendor_neutral_direction") with input as snapshot(docs, object.union(label, {"vendor_caps": steering_caps}))
	r.status == "pass"
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 13},
		{"kind": "file", "repo": "main", "path": "STEERING.md", "line": 40},
	]
}
