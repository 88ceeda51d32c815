# METADATA
# title: Document overview of project architecture and software design that demonstrates viable cloud native use cases, as part of the project's documentation.  This requirement may also be satisfied by completing a General Technical Review and capturing the output in the project's documentation.
# description: >-
#   Passes when an architecture or design document (artifacts.architecture: ARCHITECTURE
#   files, docs/architecture, design overviews) or a General Technical Review
#   (artifacts.gtr), which the template accepts in its place, is found in the project's
#   repositories; all of them are evidence. A review found only in cncf/toc is not
#   captured in the project's documentation, as the wording asks: it is the evidence of an
#   unknown; one that calls itself a draft or work in progress counts nowhere. Otherwise
#   unknown: an overview kept elsewhere (such as the website) needs an attestation that
#   links it; unknown too when neither fact was collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 405
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   wording:
#     incubation: Document overview of project architecture and software design that demonstrates viable cloud native use cases, as part of the project's documentation.
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.architecture, artifacts.gtr, content.topics.gtr_draft]
package graduate.criteria.engineering.architecture

import data.graduate.lib.facts
import data.graduate.lib.gtr
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

designs := facts.artifacts("architecture")

# gtrs are the General Technical Reviews captured in the project's own documentation,
# as the wording asks: a review found only in cncf/toc is not (toc_gtrs).
# (one that says it is a draft stands in for nothing)
gtrs := [loc | some loc in gtr.finished; loc.repo in facts.repositories]

toc_gtrs := [loc | some loc in gtr.finished; not loc.repo in facts.repositories]

_found if count(designs) > 0

_found if count(gtrs) > 0

unknown contains facts.path_not_collected("artifacts.architecture") if not _found

unknown contains facts.path_not_collected("artifacts.gtr") if not _found

unknown contains msg if {
	not _found
	count(toc_gtrs) > 0
	msg := sprintf(
		"no architecture document in %s; a General Technical Review is in %s, but no document of the project captures it, as the wording asks; attest where its output is in the project's documentation",
		[facts.searched, facts.where(toc_gtrs)],
	)
}

unknown contains msg if {
	not _found
	count(toc_gtrs) == 0
	count(gtr.drafts) == 0
	facts.member_collected("artifacts", "architecture")
	facts.member_collected("artifacts", "gtr")
	msg := sprintf(
		"no architecture document or General Technical Review found in %s or cncf/toc (looked for ARCHITECTURE files, docs/architecture and design overviews); an architecture overview kept elsewhere, such as the website, needs an attestation that links it",
		[facts.searched],
	)
}

unknown contains msg if {
	not _found
	count(toc_gtrs) == 0
	count(gtr.drafts) > 0
	facts.member_collected("artifacts", "architecture")
	msg := sprintf("no architecture document in %s; %s%s", [facts.searched, gtr.unfinished, facts.and_linked(facts.links_out("architecture"))])
}

evidence contains facts.file(loc) if {
	not _found
	count(toc_gtrs) == 0
	some loc in gtr.draft_lines
}

evidence contains facts.file(loc) if some loc in designs

evidence contains facts.file(loc) if some loc in gtrs

evidence contains facts.file(loc) if {
	not _found
	some loc in toc_gtrs
}

evidence contains facts.link(l) if {
	count(facts.artifacts("architecture")) == 0
	some l in facts.links_out("architecture")
}
