package graduate.criteria.community.contribution_process_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(guides, templates) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"contributing": guides},
	"artifacts": {"issue_templates": templates},
})

guide := {"repo": "main", "path": "CONTRIBUTING.md", "line": 1}

template := {"repo": "main", "path": ".github/ISSUE_TEMPLATE/bug.yml", "line": 1}

test_pass_with_guide_and_templates if {
	r := fixtures.result("community", "contribution_process") with input as snapshot([guide], [template])
	r.status == "pass"
	r.reasons == []

	# The guide first: a document of a kind before the templates, both bare places.
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "CONTRIBUTING.md", "line": 1},
		{"kind": "file", "repo": "main", "path": ".github/ISSUE_TEMPLATE/bug.yml", "line": 1},
	]
}

test_pass_with_templates_only if {
	r := fixtures.result("community", "contribution_process") with input as snapshot([], [template])
	r.status == "pass"
}

test_unknown_with_templates_when_the_guide_is_linked_out if {
	s := object.union(snapshot([], [template]), {"content": {"links_out": [{"topic": "contributing", "repo": "main", "path": "README.md", "line": 80, "url": "https://quarry.example/docs/contributing/", "text": "contributing guide"}]}})
	r := fixtures.result("community", "contribution_process") with input as s
	r.status == "unknown"
	r.reasons == ["issue and pull request templates are in the repositories read (main:.github/ISSUE_TEMPLATE/bug.yml:1), but no contributing guide that defines the process (read the documents of main); linked from main:README.md:80 as \"contributing guide\" to https://quarry.example/docs/contributing/, not read"]
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "README.md", "line": 80, "url": "https://quarry.example/docs/contributing/"},
		{"kind": "file", "repo": "main", "path": ".github/ISSUE_TEMPLATE/bug.yml", "line": 1},
	]
}

test_pass_with_guide_when_templates_not_collected if {
	s := object.union(fixtures.base, {"documents": {"contributing": [guide]}})
	r := fixtures.result("community", "contribution_process") with input as s
	r.status == "pass"
}

test_fail_when_neither_found if {
	r := fixtures.result("community", "contribution_process") with input as snapshot([], [])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a contributing guide (looked for %s) and there are no issue or pull request templates; a documented process to submit issues or changes is required", [facts.describe("contributing")])]
}

test_unknown_when_not_collected if {
	r := fixtures.result("community", "contribution_process") with input as fixtures.base
	r.status == "unknown"
	r.reasons == [
		"artifacts was not collected: the snapshot has no such facts",
		"documents was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_templates_errored if {
	s := object.union(snapshot([], []), {"collection_errors": [{"source": "artifacts.issue_templates", "error": "GitHub API rate limit"}]})
	r := fixtures.result("community", "contribution_process") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.issue_templates could not be collected: GitHub API rate limit"]
}
