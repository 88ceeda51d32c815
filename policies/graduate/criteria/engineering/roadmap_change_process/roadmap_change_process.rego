# METADATA
# title: Roadmap change process is documented.
# description: >-
#   Passes when a section on how the roadmap changes (content.topics.roadmap_changes) is
#   found in the project's documents; fails when no roadmap was found at all
#   (documents.roadmap searched and empty); otherwise unknown: a roadmap without such a
#   section may still have a change process documented elsewhere (an enhancement-proposal
#   process, the website), which needs an attestation. Unknown when the facts were not
#   collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: engineering.roadmap_change_process
#   section: engineering
#   order: 404
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [content.topics.roadmap_changes, documents.roadmap]
package graduate.criteria.engineering.roadmap_change_process

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

_topic := "content.topics.roadmap_changes"

sections := facts.topics("roadmap_changes")

roadmaps := facts.documents("roadmap")

_found if count(sections) > 0

_topic_collected if facts.path_collected(_topic)

fail contains msg if {
	not _found
	facts.missing_document("roadmap")
	msg := sprintf(
		"no roadmap found in %s (looked for ROADMAP files in the root, .github/ and docs/, and README roadmap sections and links), so no roadmap change process is documented; a documented roadmap change process is required",
		[facts.searched],
	)
}

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected(_topic) if {
	not _found
	not facts.missing_document("roadmap")
}

unknown contains facts.not_collected("documents.roadmap") if {
	not _found
	_topic_collected
	not facts.member_collected("documents", "roadmap")
}

unknown contains msg if {
	not _found
	_topic_collected
	count(roadmaps) > 0
	msg := sprintf(
		"the roadmap at %s has no section on how the roadmap changes; a change process documented elsewhere (an enhancement-proposal process, the website) needs an attestation",
		[facts.where(roadmaps)],
	)
}

evidence contains facts.file(loc) if some loc in sections

evidence contains facts.file(loc) if some loc in roadmaps
