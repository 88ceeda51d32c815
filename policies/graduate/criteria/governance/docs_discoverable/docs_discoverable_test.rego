package graduate.criteria.governance.docs_discoverable_test

import data.graduate.criteria.governance.docs_discoverable as criterion
import data.graduate.lib.facts

snapshot(governance) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"governance": governance},
	"collection_errors": [],
}

test_pass_with_document if {
	r := criterion.result with input as snapshot([{"repo": "main", "path": "GOVERNANCE.md", "line": 1}])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 1}]
}

test_fail_without_document if {
	r := criterion.result with input as snapshot([])
	r.status == "fail"
	r.reasons == [sprintf("read the documents of main; none is a governance document (looked for %s); a governance document is required", [facts.describe("governance")])]
}

test_unknown_when_not_collected if {
	r := criterion.result with input as {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}
	r.status == "unknown"
}

test_unknown_when_member_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "documents.governance", "error": "read GOVERNANCE.md: permission denied"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["documents.governance could not be collected: read GOVERNANCE.md: permission denied"]
}

test_attested_when_unknown if {
	s := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": [], "project": {"attestations": [{
		"criterion": "governance.docs_discoverable", "evidence": "https://example.org/governance",
		"statement": "Governance lives on the website.", "attested_by": "bob", "date": "2026-10-01",
	}]}}
	r := criterion.result with input as s
	r.status == "pass"
	r.attested
}

test_waived_and_expired if {
	w := {"criterion": "governance.docs_discoverable", "reason": "r", "approved_by": "toc", "expires": "2027-01-01"}
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [w]}})
	r.status == "waived"
	old := object.union(w, {"expires": "2026-01-01"})
	r2 := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [old]}})
	r2.status == "fail"
}

test_suggested_at_incubation_warns if {
	w := criterion.warn with input as snapshot([]) with data.graduate.config.level as "incubation"
	count(w) == 1
	d := criterion.deny with input as snapshot([]) with data.graduate.config.level as "incubation"
	d == set()
}
