package graduate.criteria.governance.coc_crosslinked_test

import data.graduate.criteria.governance.coc_crosslinked as criterion

snapshot(links) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"content": {"coc_links": links},
	"collection_errors": [],
}

link := {"repo": "community", "path": "GOVERNANCE.md", "line": 12, "url": "CODE_OF_CONDUCT.md"}

no_link := "no link to the code of conduct found in the README, GOVERNANCE or CONTRIBUTING documents of main, community; the CNCF Code of Conduct must be cross-linked from the other governance documents"

attestation := {
	"criterion": "governance.coc_crosslinked", "evidence": "https://example.org/governance",
	"statement": "Linked from the website governance page.", "attested_by": "kim", "date": "2026-10-01",
}

waiver(expires) := {"criterion": "governance.coc_crosslinked", "reason": "docs migration", "approved_by": "toc", "expires": expires}

test_pass_with_link if {
	r := criterion.result with input as snapshot([link])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "community", "path": "GOVERNANCE.md", "line": 12, "url": "CODE_OF_CONDUCT.md"}]
}

test_fail_without_link if {
	r := criterion.result with input as snapshot([])
	r.status == "fail"
	r.reasons == [no_link]
}

test_unknown_when_content_not_collected if {
	r := criterion.result with input as json.remove(snapshot([]), ["content"])
	r.status == "unknown"
	r.reasons == ["content was not collected: the snapshot has no such facts"]
}

test_unknown_when_content_failed if {
	s := object.union(json.remove(snapshot([]), ["content"]), {"collection_errors": [{"source": "content", "error": "offline"}]})
	r := criterion.result with input as s
	r.status == "unknown"
	r.reasons == ["content could not be collected: offline"]
}

test_unknown_when_links_not_collected if {
	r := criterion.result with input as json.remove(snapshot([]), ["content/coc_links"])
	r.status == "unknown"
	r.reasons == ["content.coc_links was not collected: the snapshot has no such facts"]
}

test_attested_when_unknown if {
	s := object.union(json.remove(snapshot([]), ["content"]), {"project": {"attestations": [attestation]}})
	r := criterion.result with input as s
	r.status == "pass"
	r.attested
}

test_attestation_does_not_override_failure if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"attestations": [attestation]}})
	r.status == "fail"
	r.reasons == [no_link, "attestation by kim does not override the collected evidence"]
}

test_waived if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-11-01")]}})
	r.status == "waived"
	r.reasons == ["waived until 2026-11-01 by toc: docs migration", no_link]
}

test_waiver_expired if {
	r := criterion.result with input as object.union(snapshot([]), {"project": {"waivers": [waiver("2026-10-31")]}})
	r.status == "fail"
	"waiver by toc expired on 2026-10-31 (snapshot collected 2026-11-01) and is ignored" in r.reasons
}

test_deny_at_incubation_and_graduation if {
	every level in ["incubation", "graduation"] {
		d := criterion.deny with input as snapshot([]) with data.graduate.config.level as level
		d == {{"msg": concat("", ["governance.coc_crosslinked: ", no_link]), "criterion": "governance.coc_crosslinked", "status": "fail"}}
	}
	criterion.deny == set() with input as snapshot([]) with data.graduate.config.level as "sandbox"
}
