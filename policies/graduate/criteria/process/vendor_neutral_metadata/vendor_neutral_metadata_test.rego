package graduate.criteria.process.vendor_neutral_metadata_test

import data.graduate.criteria.process.vendor_neutral_metadata as criterion

base := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}

attestation(id) := {
	"criterion": id, "evidence": "https://example.org/neutral",
	"statement": "Domains and accounts are held by the CNCF.", "attested_by": "carol", "date": "2026-09-01",
}

test_unknown_without_attestation if {
	r := criterion.result with input as base
	r.status == "unknown"
	count(r.reasons) == 1
}

test_attested if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("process.vendor_neutral_metadata")]}})
	r.status == "pass"
	r.attested
	r.evidence == [{
		"kind": "attestation", "url": "https://example.org/neutral", "statement": "Domains and accounts are held by the CNCF.",
		"attested_by": "carol", "date": "2026-09-01",
	}]
}

test_other_criterion_attestation_ignored if {
	r := criterion.result with input as object.union(base, {"project": {"attestations": [attestation("process.gtr")]}})
	r.status == "unknown"
}

test_waiver if {
	w := {"criterion": "process.vendor_neutral_metadata", "reason": "transfer in progress", "approved_by": "toc", "expires": "2026-12-31"}
	r := criterion.result with input as object.union(base, {"project": {"waivers": [w]}})
	r.status == "waived"
	r2 := criterion.result with input as object.union(base, {"project": {"waivers": [object.union(w, {"expires": "2026-10-31"})]}})
	r2.status == "unknown"
}
