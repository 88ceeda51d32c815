# METADATA
# title: Due Diligence Review.
# description: >-
#   The Due Diligence Review (the DD document in cncf/toc, resolution of the concerns
#   raised, and its public comment period) is the TOC's. Passes at a level when cncf/toc's
#   folder for the project holds the due-diligence document for that level
#   (artifacts.due_diligence in cncf/toc, named for the level) and the CNCF landscape
#   records the project at that level or above: the TOC moves a project only after the
#   concerns its due diligence raised are resolved and the public comment period has
#   closed. A document without that record, or no document (older reviews were kept in
#   pull requests and shared documents), leaves it to an attestation: unknown, never fail.
#   The evidence names the documents of every level found.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 106
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [toc, attestation]
#   facts: [artifacts.due_diligence, landscape]
package graduate.criteria.process.due_diligence

import data.graduate.lib.facts
import data.graduate.lib.toc
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("artifacts.due_diligence")

unknown_at[level] contains msg if {
	some level in toc.levels
	facts.member_collected("artifacts", "due_diligence")
	count(toc.due_diligence(level)) == 0
	msg := sprintf(
		"no due-diligence document for %s found in cncf/toc's folder for the project (%s); the Due Diligence Review (DD document completed in cncf/toc, concerns raised resolved, presented for public comment) needs an attestation in the project file linking the DD pull request; none was given",
		[level, toc.looked],
	)
}

unknown_at[level] contains msg if {
	some level in toc.levels
	docs := toc.due_diligence(level)
	count(docs) > 0
	not toc.reached(level)
	msg := sprintf(
		"the due-diligence document for %s is in cncf/toc (%s), but %s: that the concerns it raised were resolved and it was presented for public comment is the TOC's vote to record; attest it with the vote",
		[level, facts.where(docs), toc.not_reached(level)],
	)
}

evidence contains facts.file(loc) if {
	some level in toc.levels
	some loc in toc.due_diligence(level)
}

evidence contains toc.record if toc.reached("incubation")
