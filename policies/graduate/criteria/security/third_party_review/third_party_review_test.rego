package graduate.criteria.security.third_party_review_test

import data.graduate.lib.fixtures

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"security_audit": found},
	"collection_errors": [],
}

test_pass_when_found if {
	r := fixtures.result("security", "third_party_review") with input as snapshot([{"repo": "toc", "path": "docs/security/audit-2025.pdf", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "docs/security/audit-2025.pdf", "line": 1}]
}

test_unknown_when_not_found if {
	r := fixtures.result("security", "third_party_review") with input as snapshot([])
	r.status == "unknown"
	r.reasons == ["no third-party security audit report found in main (looked for audit documents and links in security documentation, and sentences in the READMEs and security policies stating a review performed by a third party); a third-party security review is required: attest with the report's link"]
}

test_pass_when_a_review_is_stated if {
	s := object.union(snapshot([]), {"content": {"topics": {"audit_performed": [{"repo": "main", "path": "README.md", "line": 147, "text": "A security assessment was performed by Trail of Bits in October 2022."}]}}})
	r := fixtures.result("security", "third_party_review") with input as s
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 147, "text": "A security assessment was performed by Trail of Bits in October 2022."}]
}

test_unknown_when_not_collected if {
	r := fixtures.result("security", "third_party_review") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := fixtures.result("security", "third_party_review") with input as object.union(fixtures.base, {"artifacts": {}})
	r.status == "unknown"
	r.reasons == ["artifacts.security_audit was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.security_audit", "error": "--toc not given"}]})
	r := fixtures.result("security", "third_party_review") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.security_audit could not be collected: --toc not given"]
}
