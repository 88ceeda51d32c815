package graduate.criteria.governance.coc_crosslinked_test

import data.graduate.lib.fixtures

snapshot(links) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"content": {"coc_links": links},
	"collection_errors": [],
}

link := {"repo": "community", "path": "GOVERNANCE.md", "line": 12, "url": "CODE_OF_CONDUCT.md"}

no_link := "no link to the code of conduct found in the README, GOVERNANCE or CONTRIBUTING documents of main, community; the CNCF Code of Conduct must be cross-linked from the other governance documents"

test_pass_with_link if {
	r := fixtures.result("governance", "coc_crosslinked") with input as snapshot([link])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "community", "path": "GOVERNANCE.md", "line": 12, "url": "CODE_OF_CONDUCT.md"}]
}

test_fail_without_link if {
	r := fixtures.result("governance", "coc_crosslinked") with input as snapshot([])
	r.status == "fail"
	r.reasons == [no_link]
}

test_unknown_when_content_not_collected if {
	r := fixtures.result("governance", "coc_crosslinked") with input as json.remove(snapshot([]), ["content"])
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_unknown_when_content_failed if {
	s := object.union(json.remove(snapshot([]), ["content"]), {"collection_errors": [{"source": "content", "error": "offline"}]})
	r := fixtures.result("governance", "coc_crosslinked") with input as s
	r.status == "unknown"
	r.reasons == ["content could not be collected: offline"]
}

test_unknown_when_links_not_collected if {
	r := fixtures.result("governance", "coc_crosslinked") with input as json.remove(snapshot([]), ["content/coc_links"])
	r.status == "unknown"
	r.reasons == ["content.coc_links was not collected: the snapshot has no such facts"]
}
