package graduate.criteria.ecosystem.toc_adopter_verification_test

import data.graduate.lib.fixtures

dd := {"repo": "cncf/toc", "path": "projects/lantern/lantern-graduation-dd.md", "line": 1}

interviews := {"repo": "cncf/toc", "path": "projects/lantern/lantern-graduation-dd.md", "line": 40, "text": "Four of these adopters were interviewed."}

graduated := {
	"name": "Lantern", "maturity": "graduated", "incubating": "2022-05-10", "graduated": "2025-09-30",
	"repositories": [], "source": {"repo": "", "path": "landscape.yml", "line": 120},
}

snapshot(docs, topics, l) := {
	"schema_version": 1,
	"collected_at": fixtures.collected_at,
	"artifacts": {"due_diligence": docs},
	"content": {"topics": {"adopter_interviews": topics}},
	"landscape": l,
	"collection_errors": [],
}

test_pass_with_interviews_and_the_move_recorded if {
	r := fixtures.result_at("ecosystem", "toc_adopter_verification", "graduation") with input as snapshot([dd], [interviews], graduated)
	r.status == "pass"
	r.evidence == [
		{"kind": "file", "repo": "", "path": "landscape.yml", "line": 120, "text": "maturity graduated, incubating 2022-05-10, graduated 2025-09-30"},
		{"kind": "file", "repo": "cncf/toc", "path": "projects/lantern/lantern-graduation-dd.md", "line": 40, "text": "Four of these adopters were interviewed."},
	]
}

test_unknown_when_the_document_states_no_interviews if {
	r := fixtures.result_at("ecosystem", "toc_adopter_verification", "graduation") with input as snapshot([dd], [], graduated)
	r.status == "unknown"
	r.reasons == ["the due-diligence document for graduation in cncf/toc (cncf/toc:projects/lantern/lantern-graduation-dd.md:1) states no interviews of adopters: the TOC's verification of adopters needs an attestation linking where it is recorded"]
}

# Interviews stated in another level's document are not this level's.
test_unknown_with_interviews_of_another_level if {
	inc := {"repo": "cncf/toc", "path": "projects/lantern/lantern-incubation-dd.md", "line": 1}
	said := object.union(interviews, {"path": inc.path})
	r := fixtures.result_at("ecosystem", "toc_adopter_verification", "graduation") with input as snapshot([dd, inc], [said], graduated)
	r.status == "unknown"
	r.reasons == ["the due-diligence document for graduation in cncf/toc (cncf/toc:projects/lantern/lantern-graduation-dd.md:1) states no interviews of adopters: the TOC's verification of adopters needs an attestation linking where it is recorded"]
	i := fixtures.result_at("ecosystem", "toc_adopter_verification", "incubation") with input as snapshot([dd, inc], [said], graduated)
	i.status == "pass"
}

test_unknown_when_the_landscape_records_no_move if {
	l := object.union(graduated, {"maturity": "incubating", "graduated": ""})
	r := fixtures.result_at("ecosystem", "toc_adopter_verification", "graduation") with input as snapshot([dd], [interviews], l)
	r.status == "unknown"
	r.reasons == ["the due-diligence document for graduation in cncf/toc states adopter interviews (cncf/toc:projects/lantern/lantern-graduation-dd.md:40), but the CNCF landscape records the project as incubating (landscape.yml:120), not at graduation: that they verified adoption is the TOC's vote to record; attest it with the vote"]
}

test_unknown_without_facts if {
	r := fixtures.result_at("ecosystem", "toc_adopter_verification", "graduation") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
	r.evidence == []
}

test_unknown_without_a_document if {
	r := fixtures.result_at("ecosystem", "toc_adopter_verification", "graduation") with input as snapshot([], [], graduated)
	r.status == "unknown"
	r.reasons == ["no due-diligence document for graduation found in cncf/toc's folder for the project (cncf/toc is read for projects/<project>/ when given with --toc) to record the TOC's adopter interviews; the TOC's verification of adopters (at least 3 adopter interviews from the 5 to 7 named on the Adopter Interview Form) needs an attestation in the project file linking the due-diligence record; none was given"]
}

test_unknown_when_the_interviews_were_not_collected if {
	s := json.remove(snapshot([dd], [], graduated), ["content/topics/adopter_interviews"])
	r := fixtures.result_at("ecosystem", "toc_adopter_verification", "graduation") with input as s
	r.status == "unknown"
	r.reasons == ["content.topics.adopter_interviews was not collected: the snapshot has no such facts"]
}
