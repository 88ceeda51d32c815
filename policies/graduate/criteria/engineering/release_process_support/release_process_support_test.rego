package graduate.criteria.engineering.release_process_support_test

import data.graduate.criteria.engineering.release_process_support as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(docs, sections) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"release_process": docs},
	"content": {"topics": {"release_support": sections}},
})

releases := {"repo": "main", "path": "RELEASES.md", "line": 1}

policy := {"repo": "main", "path": "docs/release/policy.md", "line": 1}

section := {"repo": "main", "path": "RELEASES.md", "line": 20}

attestation := {
	"criterion": "engineering.release_process.support", "evidence": "https://example.org/releases",
	"statement": "Covered on the release page of the website.", "attested_by": "pat", "date": "2026-10-01",
}

test_pass_with_section if {
	r := criterion.result with input as snapshot([releases], [section])
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 1},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 20},
	]
}

test_fail_without_release_document if {
	r := criterion.result with input as snapshot([], [])
	r.status == "fail"
	r.reasons == ["no release process document found in main (looked for RELEASES and RELEASE files in the root, .github/ and docs/, docs/release* and README release sections), so nothing defines which branches and platforms are supported and for how long; a release process document that defines it is required"]
}

test_fail_without_release_document_even_with_section if {
	r := criterion.result with input as snapshot([], [section])
	r.status == "fail"
}

test_fail_without_section if {
	r := criterion.result with input as snapshot([releases], [])
	r.status == "fail"
	r.reasons == ["RELEASES.md at main:RELEASES.md:1 has no section on which branches and platforms are supported and for how long; the release process document must define it"]
}

test_fail_without_section_in_several_documents if {
	r := criterion.result with input as snapshot([releases, policy], [])
	r.status == "fail"
	r.reasons == ["the release process documents at main:RELEASES.md:1, main:docs/release/policy.md:1 have no section on which branches and platforms are supported and for how long; the release process document must define it"]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == [
		"content was not collected: the snapshot has no such facts",
		"documents.release_process was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_topics_not_collected if {
	r := criterion.result with input as object.union(base, {"documents": {"release_process": [releases]}, "content": {"channels": []}})
	r.status == "unknown"
	r.reasons == ["content.topics was not collected: the snapshot has no such facts"]
}

test_unknown_when_topic_errored if {
	s := object.union(snapshot([releases], []), {"collection_errors": [{"source": "content.topics.release_support", "error": "RELEASES.md: unreadable"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["content.topics.release_support could not be collected: RELEASES.md: unreadable"]
}

test_unknown_when_documents_not_collected if {
	r := criterion.result with input as object.union(base, {"content": {"topics": {"release_support": []}}})
	r.status == "unknown"
	r.reasons == ["documents.release_process was not collected: the snapshot has no such facts"]
}

test_pass_with_section_when_documents_not_collected if {
	r := criterion.result with input as object.union(base, {"content": {"topics": {"release_support": [section]}}})
	r.status == "pass"
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([releases], []), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	"attestation by pat does not override the collected evidence" in r.reasons
}

waiver(expires) := {"criterion": "engineering.release_process.support", "reason": "Release docs being rewritten.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot([releases], []), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([releases], []), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "fail"
	"waiver by toc-member expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_at_graduation_only if {
	d := criterion.deny with input as snapshot([releases], [])
	count(d) == 1
	some m in d
	m.criterion == "engineering.release_process.support"
	m.status == "fail"
	d2 := criterion.deny with input as snapshot([releases], []) with data.graduate.config.level as "incubation"
	d2 == set()
	w2 := criterion.warn with input as snapshot([releases], []) with data.graduate.config.level as "incubation"
	w2 == set()
}
