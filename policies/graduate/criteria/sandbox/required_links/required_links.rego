# METADATA
# title: "Required form fields: roadmap URL plus roadmap context, contributing guide, Code of Conduct URL, security policy file, maintainers file, website, standard/spec details, product-vs-project separation, why CNCF, landscape fit/integration/overlap, similar projects, landscape and LFX Insights listing"
# description: >-
#   Checks the documents the sandbox application form must link: roadmap, contributing
#   guide, code of conduct, security policy and maintainers file (documents.roadmap,
#   .contributing, .code_of_conduct, .security_policy, .maintainers). Passes when every one
#   was found, fails listing those searched for and not found, unknown for those not
#   collected. The form's other required answers (website, why CNCF, landscape fit,
#   similar projects, product separation) are for the TOC to read in the application.
# related_resources:
#   - description: CNCF sandbox application form (cncf/sandbox, 50bb6c28)
#     ref: https://github.com/cncf/sandbox/blob/50bb6c28580d96e7d500a40978cdc94c2a78e8c2/.github/ISSUE_TEMPLATE/application.yml
# custom:
#   order: 707
#   levels:
#     sandbox: required
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [repository_files]
#   facts: [documents.roadmap, documents.contributing, documents.code_of_conduct, documents.security_policy, documents.maintainers]
package graduate.criteria.sandbox.required_links

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The document kinds the form links, in the form's order, and how a message names them.
_kinds := ["roadmap", "contributing", "code_of_conduct", "security_policy", "maintainers"]

_labels := {
	"roadmap": "roadmap",
	"contributing": "contributing guide",
	"code_of_conduct": "code of conduct",
	"security_policy": "security policy",
	"maintainers": "maintainers file",
}

missing := [_labels[k] | some k in _kinds; facts.missing_document(k)]

_linked_kinds := [k | some k in _kinds; facts.linked_document(k)]

unknown contains msg if {
	count(_linked_kinds) > 0
	msg := sprintf(
		"no %s in the repositories read (%s); %s",
		[concat(", ", [_labels[k] | some k in _linked_kinds]), facts.read, facts.linked(facts.any_links_out(_linked_kinds))],
	)
}

evidence contains facts.link(l) if some l in facts.any_links_out(_linked_kinds)

fail contains msg if {
	count(missing) > 0
	msg := sprintf(
		"no %s found (%s); the sandbox application must link a roadmap, contributing guide, code of conduct, security policy and maintainers file",
		[concat(", ", missing), facts.read],
	)
}

# The reason for each kind names the widest family that was not collected.
unknown contains facts.path_not_collected(concat(".", ["documents", k])) if some k in _kinds

evidence contains facts.file(loc) if {
	some k in _kinds
	some loc in facts.documents(k)
}
