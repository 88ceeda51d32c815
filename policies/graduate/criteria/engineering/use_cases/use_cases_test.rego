package graduate.criteria.engineering.use_cases_test

import data.graduate.criteria.engineering.use_cases as criterion
import data.graduate.lib.fixtures

snapshot(gtrs) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"gtr": gtrs},
})

gtr := {"repo": "toc", "path": "projects/project/tech-review/2026-05-01.md", "line": 1}

test_pass_with_gtr if {
	r := fixtures.result("engineering", "use_cases") with input as snapshot([gtr])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/project/tech-review/2026-05-01.md", "line": 1}]
}

test_unknown_without_gtr if {
	r := fixtures.result("engineering", "use_cases") with input as snapshot([])
	r.status == "unknown"
	r.reasons == ["no General Technical Review found in main or cncf/toc, which would satisfy this criterion; what the project does and its cloud native use cases, written elsewhere (README, docs, website), cannot be judged from files: an attestation must link the document that states them"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "use_cases") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_gtr_errored if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.gtr", "error": "--toc not given"}]})
	r := fixtures.result("engineering", "use_cases") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.gtr could not be collected: --toc not given"]
}

test_never_fails if {
	count(criterion.fail) == 0 with input as snapshot([])
}
