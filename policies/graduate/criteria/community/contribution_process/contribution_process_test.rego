package graduate.criteria.community.contribution_process_test

import data.graduate.criteria.community.contribution_process as criterion
import data.graduate.lib.facts

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

snapshot(guides, templates) := object.union(base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"contributing": guides},
	"artifacts": {"issue_templates": templates},
})

guide := {"repo": "main", "path": "CONTRIBUTING.md", "line": 1}

template := {"repo": "main", "path": ".github/ISSUE_TEMPLATE/bug.yml", "line": 1}

attestation := {
	"criterion": "community.contribution_process", "evidence": "https://example.org/contribute",
	"statement": "Contributions go through the website's process page.", "attested_by": "erin", "date": "2026-10-01",
}

test_pass_with_guide_and_templates if {
	r := criterion.result with input as snapshot([guide], [template])
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": ".github/ISSUE_TEMPLATE/bug.yml", "line": 1},
		{"kind": "file", "repo": "main", "path": "CONTRIBUTING.md", "line": 1},
	]
}

test_pass_with_templates_only if {
	r := criterion.result with input as snapshot([], [template])
	r.status == "pass"
}

test_pass_with_guide_when_templates_not_collected if {
	s := object.union(base, {"documents": {"contributing": [guide]}})
	r := criterion.result with input as s
	r.status == "pass"
}

test_fail_when_neither_found if {
	r := criterion.result with input as snapshot([], [])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a contributing guide (looked for %s) and there are no issue or pull request templates; a documented process to submit issues or changes is required", [facts.describe("contributing")])]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as base
	r.status == "unknown"
	r.reasons == [
		"artifacts.issue_templates was not collected: the snapshot has no such facts",
		"documents.contributing was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_templates_errored if {
	s := object.union(snapshot([], []), {"collection_errors": [{"source": "artifacts.issue_templates", "error": "GitHub API rate limit"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.issue_templates could not be collected: GitHub API rate limit"]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	"attestation by erin does not override the collected evidence" in r.reasons
}

waiver(expires) := {"criterion": "community.contribution_process", "reason": "Moving repositories.", "approved_by": "toc-member", "expires": expires}

test_waived if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "fail"
	"waiver by toc-member expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_when_required if {
	d := criterion.deny with input as snapshot([], [])
	count(d) == 1
	some m in d
	m.criterion == "community.contribution_process"
	m.status == "fail"
	d2 := criterion.deny with input as snapshot([], []) with data.graduate.config.level as "incubation"
	count(d2) == 1
	d3 := criterion.deny with input as snapshot([], []) with data.graduate.config.level as "sandbox"
	d3 == set()
	w := criterion.warn with input as snapshot([], [])
	w == set()
}
