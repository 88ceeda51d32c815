# METADATA
# title: Document what the project does, and why it does it - including viable cloud native use cases. This requirement may also be satisfied by completing a General Technical Review.
# description: >-
#   Passes when the project's documents state what it does and its cloud native use cases
#   (artifacts.use_cases: a page titled for its use cases, a README's use-case section, or
#   an overview's section on what the project can do or when it fits), or when a General
#   Technical Review, which the template accepts in its place, is found (artifacts.gtr)
#   and does not call itself a draft or work in progress. A feature's own "Use cases" deep
#   in the documents does not count. Otherwise unknown, never fail: what the project does
#   is often told on a website, so an attestation links the document. Unknown too when
#   neither was collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 402
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   wording:
#     incubation: Document what the project does, and why it does it - including viable cloud native use cases. This can also be satisfied by completing a General Technical Review.
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.use_cases, artifacts.gtr, content.topics.gtr_draft]
package graduate.criteria.engineering.use_cases

import data.graduate.lib.facts
import data.graduate.lib.gtr
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

stated := facts.artifacts("use_cases")

# gtrs are the finished reviews: one that says it is a draft stands in for nothing.
gtrs := gtr.finished

_found if count(stated) > 0

_found if count(gtrs) > 0

unknown contains facts.path_not_collected("artifacts.use_cases") if not _found

unknown contains facts.path_not_collected("artifacts.gtr") if not _found

unknown contains msg if {
	not _found
	facts.member_collected("artifacts", "use_cases")
	facts.member_collected("artifacts", "gtr")
	count(gtr.drafts) == 0
	msg := sprintf(
		"no use-case document (a page titled for use cases, a README use-case section, an overview's section on what the project can do or when it fits) and no General Technical Review found in %s or cncf/toc; what the project does and its cloud native use cases, written elsewhere (the website, another repository), need an attestation that links the document",
		[facts.searched],
	)
}

unknown contains msg if {
	not _found
	facts.member_collected("artifacts", "use_cases")
	count(gtr.drafts) > 0
	msg := sprintf("no use-case document (a page titled for use cases, a README use-case section, an overview's section on what the project can do or when it fits) found in %s; %s", [facts.searched, gtr.unfinished])
}

evidence contains facts.file(loc) if {
	not _found
	some loc in gtr.draft_lines
}

evidence contains facts.file(loc) if some loc in stated

evidence contains facts.file(loc) if some loc in gtrs
