# The fixtures the policy tests share: one criterion's verdict, the smallest snapshot,
# and the project file's attestations and waivers with the reasons and evidence verdict
# makes of them. Only
# tests import this package; it lives in a _test.rego file so that graduate, opa build
# and conftest leave it out of the policies.
package graduate.lib.fixtures

import data.graduate.lib.verdict

# result is one criterion's verdict on the input, what data.graduate.gate.results holds
# for it, computed from its package data.graduate.criteria.<section>.<name> alone
# (the gate evaluates every criterion): a criterion's test reads
# `fixtures.result("governance", "coc") with input as snapshot`.
result(section, name) := verdict.result(
	data.graduate.criteria[section][name].meta,
	data.graduate.criteria[section][name].fail,
	data.graduate.criteria[section][name].unknown,
	data.graduate.criteria[section][name].evidence,
)

# result_at is a criterion's verdict at one level, with the reasons its package gives
# for that level alone.
result_at(section, name, level) := verdict.result(
	data.graduate.criteria[section][name].meta,
	verdict.fails(section, name, level),
	verdict.unknowns(section, name, level),
	data.graduate.criteria[section][name].evidence,
)

collected_at := "2026-11-01T00:00:00Z"

# The day the snapshot was collected: the last day a waiver is valid.
collection_day := "2026-11-01"

# The day before: a waiver that expired then is ignored.
expired_day := "2026-10-31"

# base is a snapshot with no facts at all: every criterion is unknown on it.
base := {"schema_version": 1, "collected_at": collected_at, "collection_errors": []}

attestation(id) := {
	"criterion": id,
	"evidence": "https://example.org/evidence",
	"statement": "Done and recorded.",
	"attested_by": "carol",
	"date": "2026-09-01",
}

attestation_reason := "attested, not verified: Done and recorded. (carol, 2026-09-01)"

attestation_evidence := {
	"kind": "attestation",
	"url": "https://example.org/evidence",
	"statement": "Done and recorded.",
	"attested_by": "carol",
	"date": "2026-09-01",
}

overridden_reason := "attestation by carol does not override the collected evidence"

waiver(id, expires) := {"criterion": id, "reason": "in progress", "approved_by": "toc", "expires": expires}

waiver_reason(expires) := sprintf("waived until %s by toc: in progress", [expires])

expired_reason(expires) := sprintf("waiver by toc expired on %s (snapshot collected %s) and is ignored", [expires, collection_day])

waiver_evidence(expires) := {"kind": "waiver", "reason": "in progress", "approved_by": "toc", "expires": expires}

# with_project gives a snapshot the project file's attestations and waivers.
with_project(snapshot, attestations, waivers) := object.union(snapshot, {"project": {"attestations": attestations, "waivers": waivers}})

# attested is a snapshot whose project file attests the criterion id.
attested(snapshot, id) := with_project(snapshot, [attestation(id)], [])

# waived is a snapshot whose project file waives the criterion id until expires.
waived(snapshot, id, expires) := with_project(snapshot, [], [waiver(id, expires)])
