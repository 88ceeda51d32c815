package graduate.lib.facts_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

with_topics := object.union(fixtures.base, {"content": {"topics": {"emeritus": []}}})

test_path_collected_at_every_level if {
	facts.path_collected("content") with input as with_topics
	facts.path_collected("content.topics") with input as with_topics
	facts.path_collected("content.topics.emeritus") with input as with_topics
	not facts.path_collected("content.topics.subprojects") with input as with_topics
	not facts.path_collected("history") with input as with_topics
}

test_path_not_collected_names_the_widest_missing_level if {
	r0 := facts.path_not_collected("content.topics.emeritus") with input as fixtures.base
	r0 == "content was not collected: the snapshot has no such facts"
	r := facts.path_not_collected("content.topics.subprojects") with input as with_topics
	r == "content.topics.subprojects was not collected: the snapshot has no such facts"
}

test_error_on_a_level_makes_the_path_uncollected if {
	s := object.union(with_topics, {"collection_errors": [{"source": "content", "error": "read README.md: permission denied"}]})
	not facts.path_collected("content.topics.emeritus") with input as s
	r := facts.path_not_collected("content.topics.emeritus") with input as s
	r == "content could not be collected: read README.md: permission denied"
}

test_member_reason_names_the_family_and_its_error if {
	s := object.union(fixtures.base, {"documents": {"governance": []}, "collection_errors": [{"source": "documents", "error": "walk: permission denied"}]})
	not facts.member_collected("documents", "governance") with input as s
	r := facts.path_not_collected("documents.governance") with input as s
	r == "documents could not be collected: walk: permission denied"
}

test_member_reason_names_its_own_error if {
	s := object.union(fixtures.base, {"history": {"authors_last_year": 3}, "collection_errors": [
		{"source": "history.first_commit_at", "error": "shallow clone"},
		{"source": "history.dco", "error": "not read"},
	]})
	r := facts.path_not_collected("history.first_commit_at") with input as s
	r == "history.first_commit_at could not be collected: shallow clone"
	not facts.path_not_collected("history.authors_last_year") with input as s
}

test_where_and_file if {
	facts.where([{"repo": "b", "path": "X.md"}, {"repo": "a", "path": "Y.md", "line": 3}]) == "a:Y.md:3, b:X.md:1"
	facts.file({"repo": "a", "path": "README.md", "line": 4, "url": "https://x"}) == {"kind": "file", "repo": "a", "path": "README.md", "line": 4, "url": "https://x"}
}

loc(n) := {"repo": "o/p", "path": sprintf("f%02d.md", [n]), "line": 4}

test_where_names_each_place_once_and_caps if {
	facts.where([loc(1), loc(1), {"repo": "o/p", "path": "f01.md", "line": 4, "url": "https://x"}]) == "o/p:f01.md:4"
	facts.where([loc(n) | some n in numbers.range(1, 12)]) == "o/p:f01.md:4, o/p:f02.md:4, o/p:f03.md:4, o/p:f04.md:4, o/p:f05.md:4, o/p:f06.md:4, o/p:f07.md:4, o/p:f08.md:4, o/p:f09.md:4, o/p:f10.md:4 and 2 more"
}

test_main_repository_and_its_github_facts if {
	snap := object.union(fixtures.base, {
		"repositories": [{"name": "o/community", "role": "community"}, {"name": "o/p", "role": "main"}],
		"github": {"repositories": [{"repo": "o/community", "archived": true}, {"repo": "o/p", "archived": false}]},
	})
	facts.main_repository == "o/p" with input as snap
	facts.in_role("o/community", "community") with input as snap
	not facts.in_role("o/p", "community") with input as snap
	not facts.in_role("o/other", "main") with input as snap
	facts.github_main == {"repo": "o/p", "archived": false} with input as snap
	not facts.github_main with input as json.remove(snap, ["github"])
}

# A link no file writes (the owner's default health files, linked by GitHub) is a URL
# in the evidence and says who links it in the reason.
test_a_link_no_file_writes if {
	defaults := {"topic": "security_policy", "repo": "q/quarry", "path": "", "url": "https://github.com/q/.github", "text": "the owner's default health files"}
	written := {"topic": "security_policy", "repo": "q/quarry", "path": "README.md", "line": 9, "url": "https://quarry.example/security", "text": "security"}
	facts.link(defaults) == {"kind": "url", "url": "https://github.com/q/.github", "text": "the owner's default health files"}
	facts.link(written) == {"kind": "file", "repo": "q/quarry", "path": "README.md", "line": 9, "url": "https://quarry.example/security"}
	facts.linked([defaults, written]) == `linked from q/quarry, by GitHub, to https://github.com/q/.github (the owner's default health files); q/quarry:README.md:9 as "security" to https://quarry.example/security, not read`
}

test_and_linked_is_a_reasons_tail if {
	l := {"topic": "roadmap", "repo": "main", "path": "README.md", "line": 3, "text": "roadmap", "url": "https://example.org/roadmap"}
	facts.and_linked([l]) == `; linked from main:README.md:3 as "roadmap" to https://example.org/roadmap, not read`
	facts.and_linked([]) == ""
}

# A code file in another GitHub repository, linked from a document that is none
# (tinkerbell's CONTRIBUTING.md), is another code; the code's own links, the Contributor
# Covenant, a committee's mailing list (tekton's) and the website's copy of the code read
# (porter's) are not.
test_other_codes_are_links_to_a_code_from_elsewhere if {
	out := [
		{"topic": "code_of_conduct", "repo": "main", "path": "docs/CONTRIBUTING.md", "line": 60, "url": "https://github.com/acme/.github/blob/main/CODE_OF_CONDUCT.md", "text": "here"},
		{"topic": "code_of_conduct", "repo": "main", "path": "docs/CODE_OF_CONDUCT.md", "line": 82, "url": "https://example.org/conduct", "text": "Enforcement"},
		{"topic": "code_of_conduct", "repo": "main", "path": "README.md", "line": 9, "url": "https://www.contributor-covenant.org/version/2/0/code_of_conduct.html", "text": "Contributor Covenant"},
		{"topic": "code_of_conduct", "repo": "main", "path": "GOVERNANCE.md", "line": 297, "url": "https://groups.google.com/g/acme-code-of-conduct", "text": "acme-code-of-conduct"},
		{"topic": "code_of_conduct", "repo": "main", "path": "CONTRIBUTING.md", "line": 52, "url": "https://acme.example/src/CODE_OF_CONDUCT.md", "text": "Code of Conduct"},
	]
	snap := object.union(fixtures.base, {
		"documents": {"code_of_conduct": [{"repo": "main", "path": "docs/CODE_OF_CONDUCT.md", "line": 1}]},
		"content": {"links_out": out},
	})
	facts.other_codes == [out[0]] with input as snap
}

# Whole days from the day of collection: a roadmap changed a year before the end of the
# day `--as-of` gives is a year old, not a year and a day.
test_days_since_counts_whole_days if {
	facts.days_since("2025-08-22") == 365 with input as {"collected_at": "2026-08-22T23:59:59Z"}
	facts.days_since("2026-08-22") == 0 with input as {"collected_at": "2026-08-22T00:00:00Z"}
	facts.days_since("2026-08-23") == -1 with input as {"collected_at": "2026-08-22T12:00:00Z"}
}

# A document named for a kind whose only text is a placeholder is said where the
# reasons say what was looked for: it is there, and it is not the document.
test_describe_names_a_placeholder if {
	snap := object.union(fixtures.base, {"content": {"placeholders": {"governance": [{"repo": "main", "path": "GOVERNANCE.md", "line": 3, "how": "name", "text": "TBD"}]}}})
	d := facts.describe("governance") with input as snap
	endswith(d, `; main:GOVERNANCE.md:3 only says "TBD", a placeholder`)
	r := facts.describe("roadmap") with input as snap
	not contains(r, "placeholder")
}

# A placeholder recorded without its text, or several, still leave the reason whole:
# an undefined note would drop every reason that says what was looked for.
test_describe_names_placeholders_without_text_or_several if {
	one := object.union(fixtures.base, {"content": {"placeholders": {"governance": [{"repo": "main", "path": "GOVERNANCE.md", "line": 3}]}}})
	d1 := facts.describe("governance") with input as one
	endswith(d1, "; main:GOVERNANCE.md:3 only says the text is still to come")
	two := object.union(fixtures.base, {"content": {"placeholders": {"adopters": [
		{"repo": "main", "path": "ADOPTERS.md", "line": 3, "text": "TBD"},
		{"repo": "main", "path": "docs/ADOPTERS.md", "line": 3, "text": "TODO"},
	]}}})
	d2 := facts.describe("adopters") with input as two
	endswith(d2, "; main:ADOPTERS.md:3, main:docs/ADOPTERS.md:3 only say the text is still to come")
}

# A draft page, which its site does not publish, is said as one, alone or beside a
# placeholder.
test_describe_names_a_draft if {
	one := object.union(fixtures.base, {"content": {"placeholders": {"architecture": [{"repo": "main", "path": "docs/architecture.md", "line": 2, "how": "draft"}]}}})
	d1 := facts.describe("architecture") with input as one
	endswith(d1, "; main:docs/architecture.md:2 is a draft, which its site does not publish")
	two := object.union(fixtures.base, {"content": {"placeholders": {"architecture": [
		{"repo": "main", "path": "docs/architecture.md", "line": 2, "how": "draft"},
		{"repo": "main", "path": "docs/design.md", "line": 2, "how": "draft"},
	]}}})
	d2 := facts.describe("architecture") with input as two
	endswith(d2, "; main:docs/architecture.md:2, main:docs/design.md:2 are drafts, which their site does not publish")
	mixed := object.union(fixtures.base, {"content": {"placeholders": {"architecture": [
		{"repo": "main", "path": "ARCHITECTURE.md", "line": 3, "how": "name", "text": "TBD"},
		{"repo": "main", "path": "docs/architecture.md", "line": 2, "how": "draft"},
	]}}})
	d3 := facts.describe("architecture") with input as mixed
	endswith(d3, "only say the text is still to come, or are drafts")
}
