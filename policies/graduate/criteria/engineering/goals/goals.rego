# METADATA
# title: Document project goals and objectives that illustrate the project’s differentiation in the Cloud Native landscape as well as outlines how this project fulfills an outstanding need and/or solves a problem differently. This requirement may also be satisfied by completing a General Technical Review.
# description: >-
#   Passes when the project's documents state its goals and how it differs
#   (artifacts.goals: a comparison with the alternatives, a page or README section on why
#   the project or the problems it solves, its differentiators), or when a General
#   Technical Review, which the template accepts in its place, is found (artifacts.gtr).
#   Otherwise unknown, never fail: goals are often told on a website, so the reason names
#   the links out, and an attestation links the document. Unknown too when neither was
#   collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 401
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   wording:
#     incubation: Document project goals and objectives that illustrate the project’s differentiation in the Cloud Native landscape as well as outlines how this project fulfills an outstanding need and/or solves a problem differently. This can also be satisfied by completing a General Technical Review.
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.goals, artifacts.gtr, content.topics.gtr_draft]
package graduate.criteria.engineering.goals

import data.graduate.lib.facts
import data.graduate.lib.gtr
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

stated := facts.artifacts("goals")

# gtrs are the finished reviews: one that says it is a draft stands in for nothing.
gtrs := gtr.finished

_found if count(stated) > 0

_found if count(gtrs) > 0

unknown contains facts.path_not_collected("artifacts.goals") if not _found

unknown contains facts.path_not_collected("artifacts.gtr") if not _found

unknown contains msg if {
	not _found
	facts.member_collected("artifacts", "goals")
	facts.member_collected("artifacts", "gtr")
	count(gtr.drafts) == 0
	count(facts.links_out("goals")) == 0
	msg := sprintf(
		"no goals document (a comparison with the alternatives, a page or README section on why the project or the problems it solves) and no General Technical Review found in %s or cncf/toc; goals and differentiation written elsewhere (the website, another repository) need an attestation that links the document",
		[facts.searched],
	)
}

unknown contains msg if {
	not _found
	facts.member_collected("artifacts", "goals")
	facts.member_collected("artifacts", "gtr")
	count(gtr.drafts) == 0
	ls := facts.links_out("goals")
	count(ls) > 0
	msg := sprintf(
		"no goals document (a comparison with the alternatives, a page or README section on why the project or the problems it solves) and no General Technical Review found in %s or cncf/toc; %s",
		[facts.searched, facts.linked(ls)],
	)
}

unknown contains msg if {
	not _found
	facts.member_collected("artifacts", "goals")
	count(gtr.drafts) > 0
	msg := sprintf("no goals document (a comparison with the alternatives, a page or README section on why the project or the problems it solves) found in %s; %s%s", [facts.searched, gtr.unfinished, facts.and_linked(facts.links_out("goals"))])
}

evidence contains facts.file(loc) if {
	not _found
	some loc in gtr.draft_lines
}

evidence contains facts.file(loc) if some loc in stated

evidence contains facts.file(loc) if some loc in gtrs

evidence contains facts.link(l) if {
	not _found
	some l in facts.links_out("goals")
}
