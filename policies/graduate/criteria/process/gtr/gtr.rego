# METADATA
# title: Complete a General Technical Review (GTR).
# description: >-
#   Passes when a General Technical Review document was found (artifacts.gtr: a GTR in the
#   project's repositories) that does not call itself a draft or work in progress
#   (content.topics.gtr_draft: unknown, with the sentence that says so). When the
#   artifacts were searched and none was found the criterion is unknown, not failed: the
#   required artifact is the cncf/toc file projects/<project>/tech-review/YYYY-MM-DD.md,
#   which a checkout of the project's own repositories cannot see, so an attestation
#   linking it decides. Unknown when the artifacts were not collected. The questions are
#   cumulative: at incubation the review must answer Day 1
#   (content.topics.gtr_deployment), at graduation Day 2 as well
#   (content.topics.gtr_operations); a review found that lacks a part its level asks
#   leaves the criterion unknown at that level (unknown_at), since the completed review
#   may be elsewhere.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 102
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.gtr, content.topics.gtr_deployment, content.topics.gtr_operations, content.topics.gtr_draft]
package graduate.criteria.process.gtr

import data.graduate.lib.facts
import data.graduate.lib.gtr
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

# The reason names the widest family that was not collected, with its own collection
# error when it has one.
unknown contains facts.path_not_collected("artifacts.gtr")

unknown contains msg if {
	facts.member_collected("artifacts", "gtr")
	count(input.artifacts.gtr) == 0
	msg := sprintf(
		"no General Technical Review document found in %s; the required artifact is the cncf/toc file projects/<project>/tech-review/YYYY-MM-DD.md, which the project's repositories do not show: add an attestation in the project file linking it",
		[facts.searched],
	)
}

# The finished reviews are the evidence; the drafts only when no review is finished.
evidence contains facts.file(loc) if some loc in gtr.finished

evidence contains facts.file(loc) if {
	count(gtr.finished) == 0
	some loc in gtr.drafts
}

unknown contains msg if {
	msg := sprintf("the General Technical Review found says it is unfinished (%s): complete it, or attest where the completed review is", [gtr.said])
}

evidence contains facts.file(loc) if {
	count(gtr.finished) == 0
	some loc in gtr.draft_lines
}

# The parts of the review each level asks beyond Day 0, and how a reason names them.
_parts := {
	"incubation": ["gtr_deployment"],
	"graduation": ["gtr_deployment", "gtr_operations"],
}

_labels := {
	"gtr_deployment": "Day 1 (installation and deployment)",
	"gtr_operations": "Day 2 (day-to-day operations)",
}

# (a draft's missing parts are not asked for: it is unfinished as a whole)
_reviews := gtr.finished

unknown_at[level] contains m if {
	some level, parts in _parts
	count(_reviews) > 0
	some m in stated.not_collected(parts)
}

unknown_at[level] contains msg if {
	some level, parts in _parts
	count(_reviews) > 0
	lacking := [p | some p in stated.missing(parts); facts.path_collected(concat(".", ["content.topics", p]))]
	count(lacking) > 0
	msg := sprintf(
		"the General Technical Review found (%s) has no %s part (a part kept in a comment is not read); its questions are cumulative and at %s it must answer them: complete it, or attest where the completed review is",
		[facts.where(_reviews), stated.absent(lacking, _labels), level],
	)
}

evidence contains facts.file(loc) if {
	some p in ["gtr_deployment", "gtr_operations"]
	some loc in facts.topics(p)
}
