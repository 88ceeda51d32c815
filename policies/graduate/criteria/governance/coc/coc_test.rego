package graduate.criteria.governance.coc_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(documents, references) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"code_of_conduct": documents},
	"content": {"coc_cncf_reference": references},
	"collection_errors": [],
}

doc := {"repo": "main", "path": "CODE_OF_CONDUCT.md", "line": 1}

reference := {"repo": "main", "path": "CODE_OF_CONDUCT.md", "line": 3, "url": "https://github.com/cncf/foundation/blob/main/code-of-conduct.md"}

no_reference := "the code of conduct (main:CODE_OF_CONDUCT.md:1) does not adopt or link the CNCF Code of Conduct; adoption of the CNCF Code of Conduct, or of a code based on it and not in conflict with it, is required"

no_document := sprintf("read the documents of main; none is a code of conduct (looked for %s); adoption of the CNCF Code of Conduct, or of a code based on it, is required", [facts.describe("code_of_conduct")])

test_pass_with_cncf_reference if {
	r := fixtures.result("governance", "coc") with input as snapshot([doc], [reference])
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "CODE_OF_CONDUCT.md", "line": 3, "url": "https://github.com/cncf/foundation/blob/main/code-of-conduct.md"},
		{"kind": "file", "repo": "main", "path": "CODE_OF_CONDUCT.md", "line": 1},
	]
}

test_fail_without_cncf_reference if {
	r := fixtures.result("governance", "coc") with input as snapshot([doc], [])
	r.status == "fail"
	r.reasons == [no_reference]
	r.evidence == [{"kind": "file", "repo": "main", "path": "CODE_OF_CONDUCT.md", "line": 1}]
}

# tinkerbell's code is the Contributor Covenant, but its CONTRIBUTING.md links the
# organisation's code in another repository: which it follows is not known.
test_unknown_when_another_code_is_linked_out if {
	out := {"topic": "code_of_conduct", "repo": "main", "path": "CONTRIBUTING.md", "line": 60, "url": "https://github.com/acme/.github/blob/main/CODE_OF_CONDUCT.md", "text": "here"}
	r := fixtures.result("governance", "coc") with input as object.union(snapshot([doc], []), {"content": {"links_out": [out]}})
	r.status == "unknown"
	r.reasons == ["the code of conduct read (main:CODE_OF_CONDUCT.md:1) does not adopt or link the CNCF Code of Conduct, but another code is linked from main:CONTRIBUTING.md:60 as \"here\" to https://github.com/acme/.github/blob/main/CODE_OF_CONDUCT.md, not read: whether the project's code is the CNCF's is not known"]
}

test_fail_without_document if {
	r := fixtures.result("governance", "coc") with input as snapshot([], [])
	r.status == "fail"
	r.reasons == [no_document]
}

test_fail_without_document_even_without_content if {
	r := fixtures.result("governance", "coc") with input as json.remove(snapshot([], []), ["content"])
	r.status == "fail"
	r.reasons == [no_document]
}

test_unknown_when_content_not_collected if {
	r := fixtures.result("governance", "coc") with input as json.remove(snapshot([doc], []), ["content"])
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_unknown_when_reference_not_collected if {
	s := object.union(snapshot([doc], []), {"collection_errors": [{"source": "content.coc_cncf_reference", "error": "CODE_OF_CONDUCT.md: binary file"}]})
	r := fixtures.result("governance", "coc") with input as s
	r.status == "unknown"
	r.reasons == ["content.coc_cncf_reference could not be collected: CODE_OF_CONDUCT.md: binary file"]
}

test_unknown_when_reference_key_absent if {
	r := fixtures.result("governance", "coc") with input as json.remove(snapshot([doc], []), ["content/coc_cncf_reference"])
	r.status == "unknown"
	r.reasons == ["content.coc_cncf_reference was not collected: the snapshot has no such facts"]
}

test_unknown_when_documents_not_collected if {
	r := fixtures.result("governance", "coc") with input as json.remove(snapshot([doc], [reference]), ["documents"])
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_unknown_when_document_kind_failed if {
	s := object.union(snapshot([doc], [reference]), {"collection_errors": [{"source": "documents.code_of_conduct", "error": "permission denied"}]})
	r := fixtures.result("governance", "coc") with input as s
	r.status == "unknown"
	r.reasons == ["documents.code_of_conduct could not be collected: permission denied"]
}
