package graduate.criteria.engineering.use_cases_test

import data.graduate.criteria.engineering.use_cases as criterion
import data.graduate.lib.fixtures

snapshot(stated, gtrs) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"use_cases": stated, "gtr": gtrs},
	"content": {"links_out": []},
})

gtr := {"repo": "toc", "path": "projects/project/tech-review/2026-05-01.md", "line": 1}

stated := {"repo": "website", "path": "content/docs/use-cases.md", "line": 2, "how": "title", "text": "Lantern Use Cases"}

test_pass_with_gtr if {
	r := fixtures.result("engineering", "use_cases") with input as snapshot([], [gtr])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "toc", "path": "projects/project/tech-review/2026-05-01.md", "line": 1}]
}

test_pass_on_the_documents if {
	r := fixtures.result("engineering", "use_cases") with input as snapshot([stated], [])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "website", "path": "content/docs/use-cases.md", "line": 2, "text": "Lantern Use Cases"}]
}

test_unknown_without_either if {
	r := fixtures.result("engineering", "use_cases") with input as snapshot([], [])
	r.status == "unknown"
	r.reasons == ["no use-case document (a page titled for use cases, a README use-case section, an overview's section on what the project can do or when it fits) and no General Technical Review found in main or cncf/toc; what the project does and its cloud native use cases, written elsewhere (the website, another repository), need an attestation that links the document"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "use_cases") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_gtr_errored if {
	s := object.union(snapshot([], []), {"collection_errors": [{"source": "artifacts.gtr", "error": "--toc not given"}]})
	r := fixtures.result("engineering", "use_cases") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.gtr could not be collected: --toc not given"]
}

test_never_fails if {
	count(criterion.fail) == 0 with input as snapshot([], [])
}

test_unknown_on_a_review_that_says_it_is_a_draft if {
	draft := {"repo": "toc", "path": "projects/project/tech-review/2026-05-01.md", "line": 16, "how": "sentence", "text": "This is a living technical review draft."}
	s := object.union(snapshot([], [gtr]), {"content": {"topics": {"gtr_draft": [draft]}}})
	r := fixtures.result("engineering", "use_cases") with input as s
	r.status == "unknown"
	r.reasons == [`no use-case document (a page titled for use cases, a README use-case section, an overview's section on what the project can do or when it fits) found in main; the General Technical Review found says it is unfinished (toc:projects/project/tech-review/2026-05-01.md:16: "This is a living technical review draft."), so it does not stand in for the document; complete it, or attest where the completed review is`]
}
