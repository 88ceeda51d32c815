package graduate.criteria.sandbox.gtr_day0_test

import data.graduate.lib.fixtures

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"gtr": found},
	"collection_errors": [],
}

test_pass_when_found if {
	r := fixtures.result("sandbox", "gtr_day0") with input as snapshot([{"repo": "toc", "path": "projects/kubevirt/tech-review/2026-01-10.md", "line": 1}])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/kubevirt/tech-review/2026-01-10.md", "line": 1}]
}

test_unknown_when_not_found if {
	r := fixtures.result("sandbox", "gtr_day0") with input as snapshot([])
	r.status == "unknown"
	r.reasons == ["no General Technical Review found in main (looked for projects/<project>/tech-review/ and GTR documents); a TAG presentation or the GTR's Day 0 needs an attestation with a link to the notes, recording or questionnaire"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("sandbox", "gtr_day0") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := fixtures.result("sandbox", "gtr_day0") with input as object.union(fixtures.base, {"artifacts": {}})
	r.status == "unknown"
	r.reasons == ["artifacts.gtr was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.gtr", "error": "--toc not given"}]})
	r := fixtures.result("sandbox", "gtr_day0") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.gtr could not be collected: --toc not given"]
}
