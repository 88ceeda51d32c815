package graduate.criteria.community.contributing_docs_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(guides) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"documents": {"contributing": guides},
})

test_pass_with_guide if {
	r := fixtures.result("community", "contributing_docs") with input as snapshot([{"repo": "community", "path": "CONTRIBUTING.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "community", "path": "CONTRIBUTING.md", "line": 1}]
}

test_fail_without_guide if {
	r := fixtures.result("community", "contributing_docs") with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main, community; none is a contributing guide (looked for %s); documentation of how to contribute is required", [facts.describe("contributing")])]
}

test_unknown_when_not_collected if {
	r := fixtures.result("community", "contributing_docs") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_unknown_when_documents_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "documents", "error": "checkout not readable"}]})
	r := fixtures.result("community", "contributing_docs") with input as s
	r.status == "unknown"
}
