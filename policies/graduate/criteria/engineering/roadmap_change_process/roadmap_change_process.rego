# METADATA
# title: Roadmap change process is documented.
# description: >-
#   Passes when a heading, a sentence or a link's text in the roadmap, governance or
#   contributing documents states how the roadmap changes (content.topics.roadmap_changes).
#   Fails when every document was read, none is a roadmap and nothing links one elsewhere.
#   Unknown when the roadmap or the topic is linked out of the repositories read, or when a
#   roadmap was found but no text states its change process (an attestation decides), or
#   when no roadmap was found but the project states or links an enhancement-proposal
#   process (content.topics.proposal_process: RFCs, KEPs), which may be how its plans
#   change, or when the facts were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 404
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [content.topics.roadmap_changes, documents.roadmap, content.topics.roadmap_kept, content.topics.proposal_process]
package graduate.criteria.engineering.roadmap_change_process

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

_topics := ["roadmap_changes"]

_labels := {"roadmap_changes": "how the roadmap changes (who proposes and decides changes, and where)"}

roadmaps := facts.documents("roadmap")

# _kept_elsewhere are the sentences of other pages that say a roadmap is kept, as
# engineering.roadmap reads them.
_kept_elsewhere := stated.hints(["roadmap_kept"])

# _proposals are where the project states or links an enhancement-proposal process (an
# RFC or KEP process): how features are proposed, which may be how its plans change.
_proposals := array.concat(facts.topics("proposal_process"), facts.links_out("proposal_process"))

# _proposals_where says where: the lines that state it, then the links out to it.
_proposals_where := concat("; ", array.concat(
	[sprintf("stated at %s", [facts.where(ts)]) | ts := facts.topics("proposal_process"); count(ts) > 0],
	[facts.linked(ls) | ls := facts.links_out("proposal_process"); count(ls) > 0],
))

unknown contains m if some m in stated.not_collected(_topics)

unknown contains facts.path_not_collected("documents.roadmap") if count(stated.missing(_topics)) > 0

unknown contains m if some m in stated.linked(_topics, _labels, "roadmap")

# _no_roadmap holds when every document was read, none is a roadmap or states how the
# roadmap changes, nothing links one elsewhere and no sentence says one is kept.
_no_roadmap if {
	stated.unstated(_topics, "roadmap")
	facts.missing_document("roadmap")
	count(_kept_elsewhere) == 0
}

fail contains msg if {
	_no_roadmap
	facts.path_collected("content.topics.proposal_process")
	count(_proposals) == 0
	msg := sprintf(
		"%s; none is a roadmap (looked for %s) and none states how the roadmap changes; a documented roadmap change process is required",
		[facts.read, facts.describe("roadmap")],
	)
}

# With no roadmap, an enhancement-proposal process may be how the plans change: a
# person reads it.
unknown contains msg if {
	_no_roadmap
	count(_proposals) > 0
	msg := sprintf(
		"%s; none is a roadmap and none states how the roadmap changes, but the project has an enhancement-proposal process (%s), which may be how its plans change; a person should read it: attest where the roadmap and its change process are",
		[facts.read, _proposals_where],
	)
}

unknown contains facts.path_not_collected("content.topics.proposal_process") if {
	_no_roadmap
	not facts.path_collected("content.topics.proposal_process")
}

evidence contains e if {
	_no_roadmap
	some e in stated.evidence(["proposal_process"])
}

evidence contains facts.link(l) if {
	_no_roadmap
	some l in facts.links_out("proposal_process")
}

unknown contains msg if {
	stated.unstated(_topics, "roadmap")
	facts.missing_document("roadmap")
	count(_kept_elsewhere) > 0
	msg := sprintf(
		"%s; none is a roadmap and none states how the roadmap changes, but a sentence elsewhere says a roadmap is kept (%s); a person should read it: attest where the roadmap and its change process are",
		[facts.read, facts.where(_kept_elsewhere)],
	)
}

evidence contains facts.file(l) if {
	stated.unstated(_topics, "roadmap")
	facts.missing_document("roadmap")
	some l in _kept_elsewhere
}

unknown contains msg if {
	stated.unstated(_topics, "roadmap")
	count(roadmaps) > 0
	msg := sprintf(
		"no heading or sentence states how the roadmap changes, in the roadmap (%s) or the governance and contributing documents read; a change process documented in other words (an enhancement-proposal process) needs an attestation",
		[facts.where(roadmaps)],
	)
}

evidence contains e if some e in stated.evidence(_topics)

# The roadmaps are where it was looked for: evidence only while nothing states it.
evidence contains facts.file(loc) if {
	count(stated.evidence(_topics)) == 0
	some loc in roadmaps
}

evidence contains e if some e in stated.link_evidence(_topics, "roadmap")
