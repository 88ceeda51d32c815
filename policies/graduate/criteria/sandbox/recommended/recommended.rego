# METADATA
# title: Code of Conduct, Contributing guide, Security policy properly documented; Adopters list with production users; Roadmap publicly accessible; Similar projects section; Maintainers from multiple organizations (employers, not GitHub orgs)
# description: >-
#   Passes when a code of conduct, contributing guide, security policy, adopters list and
#   roadmap were found and the active maintainers work for at least
#   sandbox_min_maintainer_orgs distinct employers (normalised by graduate.lib.orgs). Fails
#   listing the documents searched for and not found, or when the maintainers were collected
#   and work for fewer employers; unknown for documents or maintainers not collected.
#   Whether the adopters run the project in production, and the form's similar-projects
#   answer, are for the TOC to read. Organisation diversity is considered, not required,
#   for sandbox.
# related_resources:
#   - description: CNCF sandbox application form (cncf/sandbox, 50bb6c28)
#     ref: https://github.com/cncf/sandbox/blob/50bb6c28580d96e7d500a40978cdc94c2a78e8c2/.github/ISSUE_TEMPLATE/application.yml
# custom:
#   order: 708
#   levels:
#     sandbox: suggested
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [repository_files]
#   facts: [documents.code_of_conduct, documents.contributing, documents.security_policy, documents.adopters, documents.roadmap, maintainers]
package graduate.criteria.sandbox.recommended

import data.graduate.lib.facts
import data.graduate.lib.orgs
import data.graduate.lib.verdict

default min_orgs := 2

min_orgs := data.graduate.config.thresholds.sandbox_min_maintainer_orgs

meta := verdict.meta(rego.metadata.chain())

_kinds := ["code_of_conduct", "contributing", "security_policy", "adopters", "roadmap"]

_labels := {
	"code_of_conduct": "code of conduct",
	"contributing": "contributing guide",
	"security_policy": "security policy",
	"adopters": "adopters list",
	"roadmap": "roadmap",
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

active := object.get(input, ["maintainers", "active"], [])

employers := orgs.employers(active)

fail contains msg if {
	count(missing) > 0
	msg := sprintf(
		"no %s found (%s); a code of conduct, contributing guide, security policy, adopters list and roadmap are recommended",
		[concat(", ", missing), facts.read],
	)
}

fail contains msg if {
	facts.collected("maintainers")
	count(employers) < min_orgs
	names := [n | some n in employers]
	msg := sprintf(
		"%d active maintainers work for %d organisation(s) (%s); maintainers from at least %d organisations are recommended",
		[count(active), count(employers), concat(", ", sort(names)), min_orgs],
	)
}

unknown contains facts.path_not_collected("maintainers")

# The reason for each kind names the widest family that was not collected.
unknown contains facts.path_not_collected(concat(".", ["documents", k])) if some k in _kinds

evidence contains facts.file(loc) if {
	some k in _kinds
	some loc in facts.documents(k)
}

evidence contains facts.file(p.source) if {
	facts.collected("maintainers")
	some p in active
}
