package graduate.criteria.governance.subproject_governance_test

import data.graduate.criteria.governance.subproject_governance as criterion

snapshot(list, topic) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}],
	"artifacts": {"subprojects": list},
	"content": {"topics": {"subprojects": topic}},
	"collection_errors": [],
}

sigs := {"repo": "main", "path": "sigs.yaml", "line": 1}

section := {"repo": "main", "path": "GOVERNANCE.md", "line": 40}

advice := "if the project has subprojects, add an attestation in the project file linking where their leadership, contribution, maturity status and add/remove process are documented; if it has none, a waiver"

none_found := concat("", ["no subproject list (such as sigs.yaml) and no subprojects section in the governance documents found in main; ", advice])

attestation := {
	"criterion": "governance.subproject_governance", "evidence": "https://example.org/sig-governance",
	"statement": "SIG charters cover leadership and lifecycle.", "attested_by": "mo", "date": "2026-10-01",
}

waiver(expires) := {"criterion": "governance.subproject_governance", "reason": "no subprojects", "approved_by": "toc", "expires": expires}

test_pass_with_list_and_section if {
	r := criterion.result with input as snapshot([sigs], [section])
	r.status == "pass"
	r.reasons == []
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "sigs.yaml", "line": 1},
		{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 40},
	]
}

test_unknown_with_list_only if {
	r := criterion.result with input as snapshot([sigs], [])
	r.status == "unknown"
	r.reasons == [concat("", ["subprojects are listed (main:sigs.yaml:1) but no subprojects section was found in the governance documents; ", advice])]
}

test_unknown_with_section_only if {
	r := criterion.result with input as snapshot([], [section])
	r.status == "unknown"
	r.reasons == [concat("", ["the governance documents have a subprojects section (main:GOVERNANCE.md:40) but no subproject list (such as sigs.yaml) was found in main; ", advice])]
}

test_unknown_when_none_found if {
	r := criterion.result with input as snapshot([], [])
	r.status == "unknown"
	r.reasons == [none_found]
}

test_unknown_when_nothing_collected if {
	r := criterion.result with input as json.remove(snapshot([], []), ["artifacts", "content"])
	r.status == "unknown"
	r.reasons == [
		"artifacts was not collected: the snapshot has no such facts",
		"content was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_one_fact_not_collected if {
	s := object.union(snapshot([sigs], []), {"collection_errors": [{"source": "content.topics.subprojects", "error": "heading parse error"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["content.topics.subprojects could not be collected: heading parse error"]
	r2 := criterion.result with input as json.remove(snapshot([], [section]), ["artifacts/subprojects"])
	r2.reasons == ["artifacts.subprojects was not collected: the snapshot has no such facts"]
	r3 := criterion.result with input as json.remove(snapshot([sigs], []), ["content/topics"])
	r3.reasons == ["content.topics was not collected: the snapshot has no such facts"]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(snapshot([sigs], []), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
}

test_waived if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r.reasons == ["waived until 2026-11-01 by toc: no subprojects", none_found]
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "unknown"
	r.reasons == [none_found, "waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored"]
}

test_deny_at_graduation_warn_at_incubation if {
	d := criterion.deny with input as snapshot([], [])
	d == {{"msg": concat("", ["governance.subproject_governance: ", none_found]), "criterion": "governance.subproject_governance", "status": "unknown"}}
	count(criterion.warn) == 1 with input as snapshot([], []) with data.graduate.config.level as "incubation"
	criterion.deny == set() with input as snapshot([], []) with data.graduate.config.level as "incubation"
	criterion.warn == set() with input as snapshot([], []) with data.graduate.config.level as "sandbox"
}
