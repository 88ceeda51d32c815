package graduate.lib.gtr_test

import data.graduate.lib.fixtures
import data.graduate.lib.gtr

review := {"repo": "main", "path": "cncf/technical-review/questions.md", "line": 1}

other := {"repo": "toc", "path": "projects/lantern/tech-review/2026-05-01.md", "line": 1}

snapshot(reviews, drafts) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"gtr": reviews},
	"content": {"topics": {"gtr_draft": drafts}},
})

said(path, line, text) := {"repo": "main", "path": path, "line": line, "how": "sentence", "text": text}

test_a_review_that_says_so_is_a_draft if {
	s := snapshot([review, other], [said("cncf/technical-review/questions.md", 9, "This is a living technical review draft.")])
	gtr.drafts == [review] with input as s
	gtr.finished == [other] with input as s
	not gtr.said with input as s
}

test_its_folder_readme_says_it_for_the_folder if {
	s := snapshot([review], [said("cncf/technical-review/README.md", 3, "This directory contains work-in-progress documentation.")])
	gtr.finished == [] with input as s
	gtr.said == `main:cncf/technical-review/README.md:3: "This directory contains work-in-progress documentation."` with input as s
}

test_another_folder_or_document_says_nothing_of_it if {
	s := snapshot([review], [
		said("docs/README.md", 3, "This folder is a work in progress."),
		said("cncf/technical-review/notes.md", 3, "This is a draft."),
	])
	gtr.finished == [review] with input as s
	gtr.drafts == [] with input as s
}
