package graduate.criteria.engineering.release_process_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(docs) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"release_process": docs},
})

# Every guideline topic looked for; cadence the one stated.
cadence := {"repo": "main", "path": "RELEASES.md", "line": 4, "how": "sentence", "text": "We release every three months."}

guidelines(stated) := object.union({t: [] | some t in ["release_expectations", "release_tagging", "release_prerelease", "release_security", "release_branch_tag_strategy", "version_scheme", "release_support"]}, stated)

with_procedure(docs, procedure) := object.union(snapshot(docs), {"content": {"topics": object.union(guidelines({"release_expectations": [cadence]}), {"release_procedure": procedure})}})

releases := {"repo": "main", "path": "RELEASES.md", "line": 1}

test_pass_with_document if {
	cut := {"repo": "main", "path": "RELEASES.md", "line": 9, "how": "sentence", "text": "The release manager creates a release branch and pushes the tag."}
	r := fixtures.result("engineering", "release_process") with input as with_procedure([releases], [cut])
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 4, "text": "We release every three months."},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 9, "text": "The release manager creates a release branch and pushes the tag."},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 1},
	]
}

# Steps to cut a release, with no word on when releases are made, how they are named or
# what is supported, are half of what the criterion asks for.
test_unknown_when_the_documents_state_a_procedure_and_no_guideline if {
	cut := {"repo": "main", "path": "RELEASES.md", "line": 9, "how": "sentence", "text": "Push the tag to GitHub."}
	s := object.union(snapshot([releases]), {"content": {"topics": object.union(guidelines({}), {"release_procedure": [cut]})}})
	r := fixtures.result("engineering", "release_process") with input as s
	r.status == "unknown"
	r.reasons == ["the release documents (main:RELEASES.md:1) say how a release is made but state none of the process's guidelines: no heading or sentence says when releases are made, how they are versioned and tagged, which branches are kept or what is supported for how long; attest where the guidelines are documented, or state them"]
}

test_unknown_when_the_guidelines_were_not_collected if {
	cut := {"repo": "main", "path": "RELEASES.md", "line": 9, "how": "sentence", "text": "Push the tag to GitHub."}
	r := fixtures.result("engineering", "release_process") with input as object.union(snapshot([releases]), {"content": {"topics": {"release_procedure": [cut]}}})
	r.status == "unknown"
	"content.topics.release_expectations was not collected: the snapshot has no such facts" in r.reasons
	count(r.reasons) == 7
}

# A release schedule and a support policy are the guidelines, not the process.
test_unknown_when_the_documents_state_no_process if {
	r := fixtures.result("engineering", "release_process") with input as with_procedure([releases], [])
	r.status == "unknown"
	r.reasons == ["the release documents (main:RELEASES.md:1) state no process: no heading or sentence says how a release is made (who cuts it, the branch or tag made, the workflow that builds and publishes it); a release schedule or a support policy alone is the process's guidelines, not the process; attest where it is documented, or state it"]
}

test_unknown_when_the_process_is_linked_elsewhere if {
	s := object.union(with_procedure([releases], []), {"content": {"links_out": [{"topic": "release_procedure", "repo": "main", "path": "RELEASES.md", "line": 9, "url": "https://quarry.example/docs/release-process/", "text": "the website"}]}})
	r := fixtures.result("engineering", "release_process") with input as s
	r.status == "unknown"
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 9, "url": "https://quarry.example/docs/release-process/"},
		{"kind": "file", "repo": "main", "path": "RELEASES.md", "line": 1},
	]
}

test_unknown_when_the_procedure_was_not_collected if {
	r := fixtures.result("engineering", "release_process") with input as snapshot([releases])
	r.status == "unknown"
}

test_fail_without_document if {
	r := fixtures.result("engineering", "release_process") with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a release process document (looked for %s); a public release process document is required", [facts.describe("release_process")])]
}

test_unknown_when_not_collected if {
	r := fixtures.result("engineering", "release_process") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["documents was not collected: the snapshot has no such facts"]
}

test_incubation_wording if {
	r := fixtures.result("engineering", "release_process") with input as fixtures.base
	r.wording == {"incubation": "Document the project's release process."}
	r.title == "Document the project's release process and guidelines publicly in a RELEASES.md or equivalent file that defines:"
}

# At graduation the document must define the five guidelines, each its own criterion:
# one that fails fails this one at that level, one that is unknown leaves it unknown; at
# incubation the process alone is asked. (The guidelines' verdicts are stood in for.)
graduation_case := with_procedure([releases], [{"repo": "main", "path": "RELEASES.md", "line": 9, "how": "sentence", "text": "The release manager pushes the tag."}])

test_graduation_asks_for_every_guideline if {
	r := fixtures.result_at("engineering", "release_process", "graduation") with input as graduation_case
		with data.graduate.criteria.engineering.release_process_expectations.fail as set()
		with data.graduate.criteria.engineering.release_process_expectations.unknown as set()
		with data.graduate.criteria.engineering.release_process_tagging.fail as {"no tagging"}
		with data.graduate.criteria.engineering.release_process_branch_tag_strategy.fail as set()
		with data.graduate.criteria.engineering.release_process_branch_tag_strategy.unknown as set()
		with data.graduate.criteria.engineering.release_process_support.fail as set()
		with data.graduate.criteria.engineering.release_process_support.unknown as {"no platforms"}
		with data.graduate.criteria.engineering.release_process_artifacts.fail as set()
		with data.graduate.criteria.engineering.release_process_artifacts.unknown as set()
	r.status == "fail"
	r.reasons == ["at graduation the release process document must define five guidelines; not stated in the documents read: tagging of stable, unstable and security releases (engineering.release_process.tagging: fail); see those criteria's reasons"]

	u := fixtures.result_at("engineering", "release_process", "graduation") with input as graduation_case
		with data.graduate.criteria.engineering.release_process_expectations.fail as set()
		with data.graduate.criteria.engineering.release_process_expectations.unknown as set()
		with data.graduate.criteria.engineering.release_process_tagging.fail as set()
		with data.graduate.criteria.engineering.release_process_tagging.unknown as set()
		with data.graduate.criteria.engineering.release_process_branch_tag_strategy.fail as set()
		with data.graduate.criteria.engineering.release_process_branch_tag_strategy.unknown as set()
		with data.graduate.criteria.engineering.release_process_support.fail as set()
		with data.graduate.criteria.engineering.release_process_support.unknown as {"no platforms"}
		with data.graduate.criteria.engineering.release_process_artifacts.fail as set()
		with data.graduate.criteria.engineering.release_process_artifacts.unknown as set()
	u.status == "unknown"
	u.reasons == ["at graduation the release process document must define five guidelines; undecided whether it defines: branch and platform support and its length (engineering.release_process.support: unknown); see those criteria's reasons"]

	# At incubation, and in the level-free verdict, the process alone is asked.
	i := fixtures.result_at("engineering", "release_process", "incubation") with input as graduation_case
	i.status == "pass"
	p := fixtures.result("engineering", "release_process") with input as graduation_case
	p.status == "pass"
}

test_graduation_passes_when_every_guideline_passes_or_is_waived if {
	s := fixtures.waived(graduation_case, "engineering.release_process.tagging", "2027-01-01")
	r := fixtures.result_at("engineering", "release_process", "graduation") with input as s
		with data.graduate.criteria.engineering.release_process_expectations.fail as set()
		with data.graduate.criteria.engineering.release_process_expectations.unknown as set()
		with data.graduate.criteria.engineering.release_process_tagging.fail as {"no tagging"}
		with data.graduate.criteria.engineering.release_process_branch_tag_strategy.fail as set()
		with data.graduate.criteria.engineering.release_process_branch_tag_strategy.unknown as set()
		with data.graduate.criteria.engineering.release_process_support.fail as set()
		with data.graduate.criteria.engineering.release_process_support.unknown as set()
		with data.graduate.criteria.engineering.release_process_artifacts.fail as set()
		with data.graduate.criteria.engineering.release_process_artifacts.unknown as set()
	r.status == "pass"
}
