package graduate.criteria.governance.subprojects_listed_test

import data.graduate.criteria.governance.subprojects_listed as criterion
import data.graduate.lib.facts

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

none_found := sprintf(
	"read the documents of main; none is a subproject list (looked for %s) and no heading or sentence lists subprojects; the criterion holds vacuously for a project without subprojects: add an attestation in the project file that it has none or linking where they are listed, or a waiver",
	[facts.describe("subprojects")],
)

attestation := {
	"criterion": "governance.subprojects_listed", "evidence": "https://example.org/repos",
	"statement": "The project has no subprojects.", "attested_by": "lee", "date": "2026-10-01",
}

waiver(expires) := {"criterion": "governance.subprojects_listed", "reason": "no subprojects", "approved_by": "toc", "expires": expires}

test_pass_with_list if {
	r := criterion.result with input as snapshot([sigs], [])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "sigs.yaml", "line": 1}]
}

test_pass_with_section if {
	r := criterion.result with input as snapshot([], [section])
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "GOVERNANCE.md", "line": 40}]
}

test_pass_with_list_when_content_not_collected if {
	r := criterion.result with input as json.remove(snapshot([sigs], []), ["content"])
	r.status == "pass"
}

test_unknown_when_none_found if {
	r := criterion.result with input as snapshot([], [])
	r.status == "unknown"
	r.reasons == [none_found]
	r.evidence == []
}

test_unknown_when_nothing_collected if {
	r := criterion.result with input as json.remove(snapshot([], []), ["artifacts", "content"])
	r.status == "unknown"
	r.reasons == [
		"artifacts was not collected: the snapshot has no such facts",
		"content was not collected: the snapshot has no such facts",
	]
}

test_unknown_when_members_not_collected if {
	s := object.union(json.remove(snapshot([], []), ["artifacts/subprojects", "content/topics"]), {"collection_errors": [{"source": "content.topics", "error": "GOVERNANCE.md: unreadable"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == [
		"artifacts.subprojects was not collected: the snapshot has no such facts",
		"content.topics could not be collected: GOVERNANCE.md: unreadable",
	]
}

test_unknown_when_topic_not_collected if {
	r := criterion.result with input as json.remove(snapshot([], []), ["content/topics/subprojects"])
	r.status == "unknown"
	r.reasons == ["content.topics.subprojects was not collected: the snapshot has no such facts"]
}

test_attested_when_unknown if {
	r := criterion.result with input as object.union(snapshot([], []), {"project": {"attestations": [attestation]}})
	r.status == "pass"
	r.attested
	r.reasons == ["attested, not verified: The project has no subprojects. (lee, 2026-10-01)", none_found]
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

test_deny_at_incubation_and_graduation if {
	every level in ["incubation", "graduation"] {
		d := criterion.deny with input as snapshot([], []) with data.graduate.config.level as level
		d == {{"msg": concat("", ["governance.subprojects_listed: ", none_found]), "criterion": "governance.subprojects_listed", "status": "unknown"}}
	}
	criterion.deny == set() with input as snapshot([], []) with data.graduate.config.level as "sandbox"
}
