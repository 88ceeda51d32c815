# METADATA
# title: TOC verification of adopters.
# description: >-
#   The TOC interviews adopters drawn from the 5 to 7 the project names on the Adopter
#   Interview Form (at least 3 interviews), and records them in its due-diligence
#   document. Passes at a level when cncf/toc's due-diligence document for that level
#   states the adopter interviews (content.topics.adopter_interviews, read only there)
#   and the CNCF landscape records the project at that level or above: the TOC moved it
#   with its interviews done. Anything less leaves it to an attestation linking the
#   due-diligence record: unknown, never fail. The evidence names the interviews of
#   every level's document found.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 603
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [toc, attestation]
#   facts: [artifacts.due_diligence, content.topics.adopter_interviews, landscape]
package graduate.criteria.ecosystem.toc_adopter_verification

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.toc
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("artifacts.due_diligence")

# _interviews are the lines of the level's due-diligence documents that state the
# adopter interviews.
_interviews(level) := [l |
	some d in toc.due_diligence(level)
	some l in facts.topics("adopter_interviews")
	l.repo == d.repo
	l.path == d.path
]

unknown_at[level] contains msg if {
	some level in toc.levels
	facts.member_collected("artifacts", "due_diligence")
	count(toc.due_diligence(level)) == 0
	msg := sprintf(
		"no due-diligence document for %s found in cncf/toc's folder for the project (%s) to record the TOC's adopter interviews; the TOC's verification of adopters (at least 3 adopter interviews from the 5 to 7 named on the Adopter Interview Form) needs an attestation in the project file linking the due-diligence record; none was given",
		[level, toc.looked],
	)
}

unknown_at[level] contains m if {
	some level in toc.levels
	count(toc.due_diligence(level)) > 0
	some m in stated.not_collected(["adopter_interviews"])
}

unknown_at[level] contains msg if {
	some level in toc.levels
	docs := toc.due_diligence(level)
	count(docs) > 0
	facts.path_collected("content.topics.adopter_interviews")
	count(_interviews(level)) == 0
	msg := sprintf(
		"the due-diligence document for %s in cncf/toc (%s) states no interviews of adopters: the TOC's verification of adopters needs an attestation linking where it is recorded",
		[level, facts.where(docs)],
	)
}

unknown_at[level] contains msg if {
	some level in toc.levels
	lines := _interviews(level)
	count(lines) > 0
	not toc.reached(level)
	msg := sprintf(
		"the due-diligence document for %s in cncf/toc states adopter interviews (%s), but %s: that they verified adoption is the TOC's vote to record; attest it with the vote",
		[level, facts.where(lines), toc.not_reached(level)],
	)
}

evidence contains facts.file(loc) if {
	some level in toc.levels
	some loc in _interviews(level)
}

evidence contains toc.record if toc.reached("incubation")
