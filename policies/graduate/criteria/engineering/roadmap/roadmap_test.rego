package graduate.criteria.engineering.roadmap_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(roadmaps) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"roadmap": roadmaps},
})

test_pass_with_roadmap if {
	r := fixtures.result("engineering", "roadmap") with input as snapshot([{"repo": "main", "path": "docs/ROADMAP.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "docs/ROADMAP.md", "line": 1}]
}

test_fail_without_roadmap if {
	r := fixtures.result("engineering", "roadmap") with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a roadmap (looked for %s); a public roadmap or other forward-looking planning document is required", [facts.describe("roadmap")])]
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "roadmap") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "documents.roadmap", "error": "README.md: too large"}]})
	r := fixtures.result("engineering", "roadmap") with input as s
	r.status == "unknown"
	r.reasons == ["documents.roadmap could not be collected: README.md: too large"]
}
