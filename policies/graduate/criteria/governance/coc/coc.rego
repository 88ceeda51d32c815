# METADATA
# title: Document adoption and adherence to the CNCF Code of Conduct or the project's CoC which is based off the CNCF CoC and not in conflict with it.
# description: >-
#   Passes when a code of conduct was found and the project adopts or links the CNCF
#   Code of Conduct (content.coc_cncf_reference: in the code itself, a README, or a
#   governance or contributing document that follows or links it), or when no code of
#   conduct was found and such a document adopts the CNCF code, with both as evidence.
#   Fails when every document was read and none is a code of conduct, none adopts the
#   CNCF code and nothing links one elsewhere, or when a code of conduct was read and no
#   document adopts or links the CNCF code. Unknown when a code of conduct is linked out
#   of the repositories read (facts.other_codes: from a document that is none, to
#   another than the Contributor Covenant), or when the documents or their content were
#   not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 214
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [documents.code_of_conduct, content.coc_cncf_reference]
package graduate.criteria.governance.coc

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

_documents := input.documents.code_of_conduct if facts.member_collected("documents", "code_of_conduct")

_found if count(_documents) > 0

_references := input.content.coc_cncf_reference if facts.member_collected("content", "coc_cncf_reference")

# The reasons name the widest family that was not collected, with its own collection
# error when it has one.
unknown contains facts.path_not_collected("documents.code_of_conduct")

unknown contains facts.path_not_collected("content.coc_cncf_reference")

# A README that adopts the CNCF code by linking it documents the adoption itself.
_adopted_in_readme if {
	not _found
	count(_references) > 0
}

fail contains msg if {
	facts.missing_document("code_of_conduct")
	not _adopted_in_readme
	msg := sprintf(
		"%s; none is a code of conduct (looked for %s); adoption of the CNCF Code of Conduct, or of a code based on it, is required",
		[facts.read, facts.describe("code_of_conduct")],
	)
}

unknown contains msg if {
	facts.linked_document("code_of_conduct")
	not _adopted_in_readme
	msg := sprintf("no code of conduct in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("code_of_conduct"))])
}

fail contains msg if {
	_found
	count(_references) == 0
	count(facts.other_codes) == 0
	msg := sprintf(
		"the code of conduct (%s) does not adopt or link the CNCF Code of Conduct; adoption of the CNCF Code of Conduct, or of a code based on it and not in conflict with it, is required",
		[facts.where(_documents)],
	)
}

unknown contains msg if {
	_found
	count(_references) == 0
	count(facts.other_codes) > 0
	msg := sprintf(
		"the code of conduct read (%s) does not adopt or link the CNCF Code of Conduct, but another code is %s: whether the project's code is the CNCF's is not known",
		[facts.where(_documents), facts.linked(facts.other_codes)],
	)
}

evidence contains facts.link(l) if {
	_found
	count(_references) == 0
	some l in facts.other_codes
}

evidence contains facts.file(loc) if some loc in _documents

evidence contains facts.file(loc) if some loc in _references

evidence contains facts.link(l) if {
	facts.linked_document("code_of_conduct")
	not _adopted_in_readme
	some l in facts.links_out("code_of_conduct")
}
