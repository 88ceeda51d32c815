package graduate.criteria.governance.coc_crosslinked_test

import data.graduate.lib.fixtures

snapshot(links) := adopting(links, [adoption], [code])

adopting(links, references, codes) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main", "documents": 4}, {"name": "community", "role": "community", "documents": 6}],
	"documents": {"code_of_conduct": codes},
	"content": {"coc_links": links, "coc_cncf_reference": references, "links_out": []},
	"collection_errors": [],
}

link := {"repo": "community", "path": "GOVERNANCE.md", "line": 12, "url": "CODE_OF_CONDUCT.md"}

code := {"repo": "community", "path": "CODE_OF_CONDUCT.md", "line": 1, "how": "name"}

adoption := {"repo": "community", "path": "CODE_OF_CONDUCT.md", "line": 3}

code_link_out := {"topic": "code_of_conduct", "repo": "community", "path": "GOVERNANCE.md", "line": 12, "url": "https://github.com/quarry-dev/.github/blob/main/CODE_OF_CONDUCT.md", "text": "Code of Conduct"}

no_link := "no link to the code of conduct found in the README, GOVERNANCE, CONTRIBUTING or contributor ladder documents of main, community; the CNCF Code of Conduct must be cross-linked from the other governance documents"

test_pass_with_link if {
	r := fixtures.result("governance", "coc_crosslinked") with input as snapshot([link])
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "community", "path": "GOVERNANCE.md", "line": 12, "url": "CODE_OF_CONDUCT.md"},
		{"kind": "file", "repo": "community", "path": "CODE_OF_CONDUCT.md", "line": 3},
	]
}

# A copy of the CNCF code links the foundation on many lines: its first such line in
# each file is the evidence that the code is the CNCF's.
test_one_adoption_line_per_file_is_evidence if {
	references := [
		adoption,
		{"repo": "community", "path": "CODE_OF_CONDUCT.md", "line": 9},
		{"repo": "main", "path": "CODE_OF_CONDUCT.md", "line": 5},
		{"repo": "main", "path": "CODE_OF_CONDUCT.md", "line": 2},
	]
	r := fixtures.result("governance", "coc_crosslinked") with input as adopting([link], references, [code])
	r.status == "pass"
	r.evidence == [
		{"kind": "file", "repo": "community", "path": "GOVERNANCE.md", "line": 12, "url": "CODE_OF_CONDUCT.md"},
		{"kind": "file", "repo": "community", "path": "CODE_OF_CONDUCT.md", "line": 3},
		{"kind": "file", "repo": "main", "path": "CODE_OF_CONDUCT.md", "line": 2},
	]
}

test_pass_when_a_readme_adopts_the_cncf_code_and_no_code_is_read if {
	r := fixtures.result("governance", "coc_crosslinked") with input as adopting([link], [{"repo": "main", "path": "README.md", "line": 40}], [])
	r.status == "pass"
}

test_fail_when_the_code_linked_is_not_the_cncf_one if {
	r := fixtures.result("governance", "coc_crosslinked") with input as adopting([link], [], [code])
	r.status == "fail"
	r.reasons == ["the code of conduct is cross-linked from community:GOVERNANCE.md:12, but the code read (community:CODE_OF_CONDUCT.md:1) neither adopts nor links the CNCF Code of Conduct, and no document adopts it; the code cross-linked must be the CNCF's"]
}

# A code read that is not the CNCF's, beside another code linked out (tinkerbell's
# CONTRIBUTING.md to its organisation's): which one the project follows is not known.
test_unknown_when_another_code_is_linked_out_beside_the_one_read if {
	s := object.union(adopting([link], [], [code]), {"content": {"links_out": [code_link_out]}})
	r := fixtures.result("governance", "coc_crosslinked") with input as s
	r.status == "unknown"
	r.reasons == ["the code of conduct is cross-linked from community:GOVERNANCE.md:12; the code read (community:CODE_OF_CONDUCT.md:1) neither adopts nor links the CNCF Code of Conduct, but another code is linked from community:GOVERNANCE.md:12 as \"Code of Conduct\" to https://github.com/quarry-dev/.github/blob/main/CODE_OF_CONDUCT.md, not read, and whether that one is the CNCF's is not known"]
}

test_unknown_when_the_code_linked_is_not_read if {
	s := object.union(adopting([link], [], []), {"content": {"links_out": [code_link_out]}})
	r := fixtures.result("governance", "coc_crosslinked") with input as s
	r.status == "unknown"
	r.reasons == ["a code of conduct is cross-linked from community:GOVERNANCE.md:12, but it is not in the repositories read, and no document read adopts the CNCF Code of Conduct, so whether the code cross-linked is the CNCF's is not known; linked from community:GOVERNANCE.md:12 as \"Code of Conduct\" to https://github.com/quarry-dev/.github/blob/main/CODE_OF_CONDUCT.md, not read"]
	r.evidence == [
		{"kind": "file", "repo": "community", "path": "GOVERNANCE.md", "line": 12, "url": "CODE_OF_CONDUCT.md"},
		{"kind": "file", "repo": "community", "path": "GOVERNANCE.md", "line": 12, "url": "https://github.com/quarry-dev/.github/blob/main/CODE_OF_CONDUCT.md"},
	]
}

test_unknown_when_no_code_is_found_anywhere if {
	r := fixtures.result("governance", "coc_crosslinked") with input as adopting([link], [], [])
	r.status == "unknown"
	r.reasons == ["a code of conduct is cross-linked from community:GOVERNANCE.md:12, but it is not in the repositories read, and no document read adopts the CNCF Code of Conduct, so whether the code cross-linked is the CNCF's is not known; no code of conduct was found (read 4 documents in main, 6 documents in community) and none is linked out"]
}

test_unknown_when_adoption_not_collected if {
	r := fixtures.result("governance", "coc_crosslinked") with input as json.remove(snapshot([link]), ["content/coc_cncf_reference"])
	r.status == "unknown"
	r.reasons == ["content.coc_cncf_reference was not collected: the snapshot has no such facts"]
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

test_unknown_not_fail_when_a_document_could_not_be_read if {
	s := object.union(adopting([link], [], [code]), {"collection_errors": [{"source": "documents", "error": "read community:GOVERNANCE.md: too large"}]})
	r := fixtures.result("governance", "coc_crosslinked") with input as s
	r.status == "unknown"
}

# nats' GOVERNANCE.md sends the reader to the organisation's governance repository,
# whose GOVERNANCE.md links the CNCF code.
test_unknown_without_link_when_the_governance_is_linked_out if {
	out := {"topic": "governance", "repo": "main", "path": "GOVERNANCE.md", "line": 3, "url": "https://github.com/quarry-org/general/blob/main/GOVERNANCE.md", "text": "Quarry governance"}
	r := fixtures.result("governance", "coc_crosslinked") with input as object.union(snapshot([]), {"content": {"links_out": [out]}})
	r.status == "unknown"
	{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 3, "url": "https://github.com/quarry-org/general/blob/main/GOVERNANCE.md"} in r.evidence

	# A README line that names governance beside a link to the website is no governance
	# kept elsewhere.
	readme := object.union(out, {"path": "README.md", "url": "https://quarry.example/get-involved/"})
	r2 := fixtures.result("governance", "coc_crosslinked") with input as object.union(snapshot([]), {"content": {"links_out": [readme]}})
	r2.status == "fail"
}

# A repository's front page alone is not one of the other governance documents, the
# community repository's included; a README deeper in a tree is a document of its own.
test_unknown_when_only_the_front_page_links_it if {
	front := {"repo": "main", "path": "README.md", "line": 80, "url": "CODE_OF_CONDUCT.md"}
	r := fixtures.result("governance", "coc_crosslinked") with input as snapshot([front])
	r.status == "unknown"
	r.reasons == ["the code of conduct is linked only from main:README.md:80; none of the governance, contributing or contributor ladder documents read links it, and whether a repository's front page counts among the other governance documents the wording names is a reviewer's call"]
	hub := object.union(front, {"repo": "community"})
	fixtures.result("governance", "coc_crosslinked").status == "unknown" with input as snapshot([hub])
	fixtures.result("governance", "coc_crosslinked").status == "pass" with input as snapshot([hub, link])
	deep := object.union(front, {"path": "contributing/README.md"})
	fixtures.result("governance", "coc_crosslinked").status == "pass" with input as snapshot([deep])

	# A website's home page is its front page too.
	home := {"repo": "site", "path": "content/en/_index.md", "line": 30, "url": "https://github.com/quarry-dev/quarry/blob/main/CODE_OF_CONDUCT.md"}
	site := object.union(snapshot([home]), {"repositories": [{"name": "main", "role": "main"}, {"name": "site", "role": "website"}]})
	fixtures.result("governance", "coc_crosslinked").status == "unknown" with input as site
}
