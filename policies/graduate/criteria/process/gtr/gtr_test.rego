package graduate.criteria.process.gtr_test

import data.graduate.lib.fixtures

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"artifacts": {"gtr": found},
	"collection_errors": [],
}

doc := {"repo": "toc", "path": "projects/example/tech-review/2026-05-01.md", "line": 1}

none_found := "no General Technical Review document found in main, community; the required artifact is the cncf/toc file projects/<project>/tech-review/YYYY-MM-DD.md, which the project's repositories do not show: add an attestation in the project file linking it"

test_pass_with_document if {
	r := fixtures.result("process", "gtr") with input as snapshot([doc])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/example/tech-review/2026-05-01.md", "line": 1}]
}

test_unknown_when_none_found if {
	r := fixtures.result("process", "gtr") with input as snapshot([])
	r.status == "unknown"
	r.reasons == [none_found]
}

test_unknown_when_not_collected if {
	r := fixtures.result("process", "gtr") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := fixtures.result("process", "gtr") with input as json.remove(snapshot([]), ["artifacts/gtr"])
	r.status == "unknown"
	r.reasons == ["artifacts.gtr was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.gtr", "error": "--toc: no such directory"}]})
	r := fixtures.result("process", "gtr") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.gtr could not be collected: --toc: no such directory"]
}

test_unknown_when_family_failed if {
	s := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": [{"source": "artifacts", "error": "walk: permission denied"}]}
	r := fixtures.result("process", "gtr") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts could not be collected: walk: permission denied"]
}

# The reason the collectors gave stays beside the attestation.
test_attested_keeps_the_collected_reason if {
	r := fixtures.result("process", "gtr") with input as fixtures.attested(snapshot([]), "process.gtr")
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason, none_found]
}

# The review's parts: Day 1 at incubation, Day 2 too at graduation.
with_parts(parts) := object.union(snapshot([doc]), {"content": {"topics": object.union(
	{p: [] | some p, _ in _part_lines},
	{p: [{"repo": "toc", "path": "projects/example/tech-review/2026-05-01.md", "line": _part_lines[p], "how": "heading"}] | some p in parts},
)}})

_part_lines := {"gtr_deployment": 40, "gtr_operations": 90}

test_incubation_review_at_each_level if {
	s := with_parts(["gtr_deployment"])
	inc := fixtures.result_at("process", "gtr", "incubation") with input as s
	inc.status == "pass"
	grad := fixtures.result_at("process", "gtr", "graduation") with input as s
	grad.status == "unknown"
	grad.reasons == ["the General Technical Review found (toc:projects/example/tech-review/2026-05-01.md:1) has no Day 2 (day-to-day operations) part (a part kept in a comment is not read); its questions are cumulative and at graduation it must answer them: complete it, or attest where the completed review is"]
}

test_complete_review_passes_at_graduation if {
	r := fixtures.result_at("process", "gtr", "graduation") with input as with_parts(["gtr_deployment", "gtr_operations"])
	r.status == "pass"
	count(r.evidence) == 3
}

test_day0_only_review_unknown_at_incubation if {
	r := fixtures.result_at("process", "gtr", "incubation") with input as with_parts([])
	r.status == "unknown"
	contains(r.reasons[0], "has no Day 1 (installation and deployment) part")
}

test_review_parts_not_collected if {
	r := fixtures.result_at("process", "gtr", "graduation") with input as snapshot([doc])
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_review_part_not_collected if {
	s := object.union(snapshot([doc]), {"content": {"topics": {"gtr_deployment": []}}})
	r := fixtures.result_at("process", "gtr", "graduation") with input as s
	r.status == "unknown"
	"content.topics.gtr_operations was not collected: the snapshot has no such facts" in r.reasons
}

test_unknown_on_a_review_that_says_it_is_a_draft if {
	draft := {"repo": "toc", "path": "projects/example/tech-review/2026-05-01.md", "line": 16, "how": "sentence", "text": "This is a living technical review draft."}
	s := object.union(snapshot([doc]), {"content": {"topics": {"gtr_draft": [draft]}}})
	r := fixtures.result("process", "gtr") with input as s
	r.status == "unknown"
	r.reasons == [`the General Technical Review found says it is unfinished (toc:projects/example/tech-review/2026-05-01.md:16: "This is a living technical review draft."): complete it, or attest where the completed review is`]
	{"kind": "file", "repo": "toc", "path": "projects/example/tech-review/2026-05-01.md", "line": 16, "text": "This is a living technical review draft."} in r.evidence
}

test_evidence_is_the_finished_review_beside_a_draft if {
	draft_doc := {"repo": "main", "path": "cncf/gtr-draft/review.md", "line": 1}
	draft := {"repo": "main", "path": "cncf/gtr-draft/review.md", "line": 3, "how": "sentence", "text": "This is a draft."}
	s := object.union(snapshot([doc, draft_doc]), {"content": {"topics": {"gtr_draft": [draft], "gtr_deployment": [], "gtr_operations": []}}})
	r := fixtures.result("process", "gtr") with input as s
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/example/tech-review/2026-05-01.md", "line": 1}]
}
