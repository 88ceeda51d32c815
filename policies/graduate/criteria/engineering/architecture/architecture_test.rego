package graduate.criteria.engineering.architecture_test

import data.graduate.criteria.engineering.architecture as criterion
import data.graduate.lib.fixtures

snapshot(designs, gtrs) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"architecture": designs, "gtr": gtrs},
})

design := {"repo": "main", "path": "docs/architecture.md", "line": 1}

gtr := {"repo": "main", "path": "cncf/general_technical_review.md", "line": 1}

toc_gtr := {"repo": "cncf/toc", "path": "projects/project/tech-review/2026-05-01.md", "line": 1}

test_pass_with_design if {
	r := fixtures.result("engineering", "architecture") with input as snapshot([design], [])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "docs/architecture.md", "line": 1}]
}

test_pass_with_gtr if {
	r := fixtures.result("engineering", "architecture") with input as snapshot([], [gtr, toc_gtr])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "cncf/general_technical_review.md", "line": 1}]
}

# The wording asks for the review's output captured in the project's documentation:
# buildpacks' and kyverno's reviews are in cncf/toc, and none of their documents links
# them.
test_unknown_with_a_gtr_only_in_cncf_toc if {
	r := fixtures.result("engineering", "architecture") with input as snapshot([], [toc_gtr])
	r.status == "unknown"
	r.reasons == ["no architecture document in main; a General Technical Review is in cncf/toc:projects/project/tech-review/2026-05-01.md:1, but no document of the project captures it, as the wording asks; attest where its output is in the project's documentation"]
	r.evidence == [{"kind": "file", "repo": "cncf/toc", "path": "projects/project/tech-review/2026-05-01.md", "line": 1}]
}

test_pass_with_design_when_gtr_not_collected if {
	r := fixtures.result("engineering", "architecture") with input as object.union(fixtures.base, {"artifacts": {"architecture": [design]}})
	r.status == "pass"
}

test_unknown_when_nothing_found if {
	r := fixtures.result("engineering", "architecture") with input as snapshot([], [])
	r.status == "unknown"
	r.reasons == ["no architecture document or General Technical Review found in main or cncf/toc (looked for ARCHITECTURE files, docs/architecture and design overviews); an architecture overview kept elsewhere, such as the website, needs an attestation that links it"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "architecture") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_gtr_not_collected if {
	r := fixtures.result("engineering", "architecture") with input as object.union(fixtures.base, {"artifacts": {"architecture": []}})
	r.status == "unknown"
	r.reasons == ["artifacts.gtr was not collected: the snapshot has no such facts"]
}

test_never_fails if {
	count(criterion.fail) == 0 with input as snapshot([], [])
}

test_unknown_on_a_review_that_says_it_is_a_draft if {
	draft := {"repo": "main", "path": "cncf/general_technical_review.md", "line": 5, "how": "sentence", "text": "This document is a work in progress."}
	s := object.union(snapshot([], [gtr]), {"content": {"topics": {"gtr_draft": [draft]}}})
	r := fixtures.result("engineering", "architecture") with input as s
	r.status == "unknown"
	r.reasons == [`no architecture document in main; the General Technical Review found says it is unfinished (main:cncf/general_technical_review.md:5: "This document is a work in progress."), so it does not stand in for the document; complete it, or attest where the completed review is`]
}
