package graduate.criteria.process.due_diligence_test

import data.graduate.lib.fixtures

dd := {"repo": "cncf/toc", "path": "projects/lantern/lantern-graduation-dd.md", "line": 1, "url": "https://github.com/cncf/toc/blob/abc/projects/lantern/lantern-graduation-dd.md"}

landscape(maturity, dates) := object.union(
	{"name": "Lantern", "maturity": maturity, "repositories": [], "source": {"repo": "", "path": "landscape.yml", "line": 120}},
	dates,
)

graduated := landscape("graduated", {"accepted": "2021-03-01", "incubating": "2022-05-10", "graduated": "2025-09-30"})

snapshot(docs, l) := {
	"schema_version": 1,
	"collected_at": fixtures.collected_at,
	"artifacts": {"due_diligence": docs},
	"landscape": l,
	"collection_errors": [],
}

record := {"kind": "file", "repo": "", "path": "landscape.yml", "line": 120, "text": "maturity graduated, accepted 2021-03-01, incubating 2022-05-10, graduated 2025-09-30"}

none_found(level) := sprintf("no due-diligence document for %s found in cncf/toc's folder for the project (cncf/toc is read for projects/<project>/ when given with --toc); the Due Diligence Review (DD document completed in cncf/toc, concerns raised resolved, presented for public comment) needs an attestation in the project file linking the DD pull request; none was given", [level])

test_pass_with_the_levels_document_and_the_move_recorded if {
	r := fixtures.result_at("process", "due_diligence", "graduation") with input as snapshot([dd], graduated)
	r.status == "pass"
	r.evidence == [
		record,
		{"kind": "file", "repo": "cncf/toc", "path": "projects/lantern/lantern-graduation-dd.md", "line": 1, "url": "https://github.com/cncf/toc/blob/abc/projects/lantern/lantern-graduation-dd.md"},
	]
}

# The graduation document says nothing of the incubation review, which older projects
# had in a pull request.
test_unknown_at_a_level_without_its_document if {
	r := fixtures.result_at("process", "due_diligence", "incubation") with input as snapshot([dd], graduated)
	r.status == "unknown"
	r.reasons == [none_found("incubation")]
}

test_unknown_when_the_landscape_records_no_move if {
	l := landscape("incubating", {"accepted": "2021-03-01", "incubating": "2022-05-10"})
	r := fixtures.result_at("process", "due_diligence", "graduation") with input as snapshot([dd], l)
	r.status == "unknown"
	r.reasons == ["the due-diligence document for graduation is in cncf/toc (cncf/toc:projects/lantern/lantern-graduation-dd.md:1), but the CNCF landscape records the project as incubating (landscape.yml:120), not at graduation: that the concerns it raised were resolved and it was presented for public comment is the TOC's vote to record; attest it with the vote"]
}

# An archived project keeps the date of its move.
test_pass_when_archived_after_the_move if {
	l := landscape("archived", {"incubating": "2022-05-10", "graduated": "2025-09-30", "archived": "2026-01-02"})
	r := fixtures.result_at("process", "due_diligence", "graduation") with input as snapshot([dd], l)
	r.status == "pass"
}

test_unknown_when_the_landscape_was_not_read if {
	s := json.remove(snapshot([dd], graduated), ["landscape"])
	r := fixtures.result_at("process", "due_diligence", "graduation") with input as s
	r.status == "unknown"
	r.reasons == ["the due-diligence document for graduation is in cncf/toc (cncf/toc:projects/lantern/lantern-graduation-dd.md:1), but landscape was not collected: the snapshot has no such facts: that the concerns it raised were resolved and it was presented for public comment is the TOC's vote to record; attest it with the vote"]
}

# A draft the project keeps in its own repository is not the TOC's document.
test_unknown_with_a_document_outside_cncf_toc if {
	own := object.union(dd, {"repo": "lantern-dev/lantern", "path": "docs/graduation-due-diligence.md"})
	r := fixtures.result_at("process", "due_diligence", "graduation") with input as snapshot([own], graduated)
	r.status == "unknown"
	r.reasons == [none_found("graduation")]
}

test_unknown_without_facts if {
	r := fixtures.result_at("process", "due_diligence", "graduation") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
	r.evidence == []
}

# The level is read in the file's name, else its title; a document that names none is
# said to be there, not missed.
test_the_level_from_the_title_or_none if {
	titled := {"repo": "cncf/toc", "path": "projects/lantern/due-diligence.md", "line": 1, "text": "Lantern Graduation Due Diligence"}
	fixtures.result_at("process", "due_diligence", "graduation").status == "pass" with input as snapshot([titled], graduated)
	plain := object.union(titled, {"text": "Due Diligence"})
	r := fixtures.result_at("process", "due_diligence", "graduation") with input as snapshot([plain], graduated)
	r.status == "unknown"
	r.reasons == ["no due-diligence document for graduation found in cncf/toc's folder for the project (cncf/toc's folder for the project holds due-diligence documents that name no level: cncf/toc:projects/lantern/due-diligence.md:1); the Due Diligence Review (DD document completed in cncf/toc, concerns raised resolved, presented for public comment) needs an attestation in the project file linking the DD pull request; none was given"]

	# The level in a folder's name is not the document's.
	foldered := {"repo": "cncf/toc", "path": "projects/graduation-tools/tools-incubation-dd.md", "line": 1}
	fixtures.result_at("process", "due_diligence", "graduation").status == "unknown" with input as snapshot([foldered], graduated)
}

# A landscape that could not be read records no move, whatever its entry says.
test_unknown_when_the_landscape_errored if {
	s := object.union(snapshot([dd], graduated), {"collection_errors": [{"source": "landscape", "error": "landscape.yml: no such file"}]})
	r := fixtures.result_at("process", "due_diligence", "graduation") with input as s
	r.status == "unknown"
}

# An archived project that graduated without an incubating date was incubating too.
test_a_later_move_counts_for_the_earlier_level if {
	inc := object.union(dd, {"path": "projects/lantern/lantern-incubation-dd.md"})
	l := landscape("archived", {"graduated": "2025-09-30"})
	fixtures.result_at("process", "due_diligence", "incubation").status == "pass" with input as snapshot([inc], l)
}

# Once attested, the reason that only asked for the attestation goes.
test_attested_drops_the_request if {
	s := fixtures.attested(snapshot([], graduated), "process.due_diligence")
	r := fixtures.result_at("process", "due_diligence", "graduation") with input as s
	r.status == "pass"
	r.reasons == [fixtures.attestation_reason]
}
