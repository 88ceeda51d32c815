# METADATA
# title: Document Security Self-Assessment.
# description: >-
#   Passes when a security self-assessment was found (artifacts.security_self_assessment)
#   that does not state its own stage as unfinished (content.assessment_stages: the
#   template's "Assessment Stage | Incomplete" row); when every one found does, it is
#   unknown: the project may have completed it without updating the row.
#   The due-diligence templates (since cncf/toc 2026-06-29) expect it in cncf/toc at
#   projects/<project>/security-assessment/self-assessment.md;
#   older ones live in cncf/tag-security or the project's repositories. When none was found
#   it is unknown, not fail, since it may be published elsewhere: attest with its link.
#   Unknown when the artifacts were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 506
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [artifacts.security_self_assessment]
package graduate.criteria.security.self_assessment

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("artifacts.security_self_assessment")

unknown contains msg if {
	facts.member_collected("artifacts", "security_self_assessment")
	count(input.artifacts.security_self_assessment) == 0
	msg := sprintf(
		"no security self-assessment found in %s (looked for projects/<project>/security-assessment/self-assessment.md and self-assessment documents); a security self-assessment is required: attest with its link",
		[facts.searched],
	)
}

# unfinished_stages are the stages, lower-cased, that say a self-assessment is not done.
default unfinished_stages := ["incomplete", "in progress", "draft", "wip", "not started", "not complete"]

# _stage is the stage the self-assessment at loc states, if it states one.
_stage(loc) := s.text if {
	some s in object.get(input, ["content", "assessment_stages"], [])
	s.repo == loc.repo
	s.path == loc.path
}

_unfinished(loc) if lower(trim_space(_stage(loc))) in {x | some x in unfinished_stages}

_found := facts.artifacts("security_self_assessment")

_finished := [loc | some loc in _found; not _unfinished(loc)]

unknown contains msg if {
	facts.member_collected("artifacts", "security_self_assessment")
	count(_found) > 0
	count(_finished) == 0
	stated := sort({sprintf("%s (%s)", [facts.where([loc]), _stage(loc)]) | some loc in _found})
	msg := sprintf(
		"the security self-assessment found states its stage as unfinished: %s; a completed self-assessment is required: update its Assessment Stage, or attest that it is complete",
		[concat(", ", stated)],
	)
}

evidence contains facts.file(loc) if some loc in _found
