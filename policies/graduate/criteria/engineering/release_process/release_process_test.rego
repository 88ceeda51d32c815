package graduate.criteria.engineering.release_process_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(docs) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"release_process": docs},
})

test_pass_with_document if {
	r := fixtures.result("engineering", "release_process") with input as snapshot([{"repo": "main", "path": "RELEASES.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 1}]
}

test_fail_without_document if {
	r := fixtures.result("engineering", "release_process") with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a release process document (looked for %s); a public release process document is required", [facts.describe("release_process")])]
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "release_process") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_incubation_wording if {
	r := fixtures.result("engineering", "release_process") with input as fixtures.base
	r.wording == {"incubation": "Document the project's release process."}
	r.title == "Document the project's release process and guidelines publicly in a RELEASES.md or equivalent file that defines:"
}
