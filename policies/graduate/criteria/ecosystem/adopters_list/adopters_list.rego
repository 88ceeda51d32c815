# METADATA
# title: Publicly documented list of adopters, which may indicate their adoption level (dev/trialing, prod, etc.)
# description: >-
#   Passes when an adopters list is found in any repository of the project (ADOPTERS or
#   USERS file, or a README adopters heading or link); fails when documents were searched
#   and none was found; unknown when they were not collected, when the list is only linked
#   elsewhere, or when every entry it lists is the project itself (its landscape name or
#   its homepage's host: its own public instance) or an employer of its maintainers (as
#   their lists state, or the CNCF's record), or when the documents name no adopter
#   graduate could read (they may only say where the list is kept).
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 601
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [documents.adopters, adopters.entries, landscape, maintainers.active, foundation_maintainers]
package graduate.criteria.ecosystem.adopters_list

import data.graduate.lib.facts
import data.graduate.lib.record
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("documents.adopters")

fail contains msg if {
	facts.missing_document("adopters")
	msg := sprintf("%s; none is an adopters list (looked for %s); a public list of adopters is required", [facts.read, facts.describe("adopters")])
}

unknown contains msg if {
	facts.linked_document("adopters")
	msg := sprintf("no adopters list in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("adopters"))])
}

evidence contains facts.link(l) if {
	facts.linked_document("adopters")
	some l in facts.links_out("adopters")
}

evidence contains facts.file(loc) if some loc in facts.documents("adopters")

# A list whose every entry is the project itself (artifacthub's one entry, "Artifact Hub
# (artifacthub.io)", its own public deployment) names no adopter: whether the project
# has any is not known from it.
unknown contains msg if {
	count(_entries) > 0
	every e in _entries {
		_own(e)
	}
	msg := sprintf("the adopters list names only the project itself (%s); a list of the organisations that use it is required", [concat(", ", [sprintf("%s:%s:%d %q", [e.source.repo, e.source.path, e.source.line, e.name]) | some e in _entries])])
}

_entries := object.get(input, ["adopters", "entries"], [])

# A list whose every entry is the project itself or an employer of its maintainers
# (armada's one row, G-Research, which employs them all) names no other organisation
# that uses it: whether one does is not known from it.
unknown contains msg if {
	count(_entries) > 0
	some e in _entries
	_employer(e)
	every e in _entries {
		_own_or_employer(e)
	}
	msg := sprintf("the adopters list names only the project itself or the employers of its maintainers (%s); a list of the organisations that use it is required", [concat(", ", [sprintf("%s:%s:%d %q", [e.source.repo, e.source.path, e.source.line, e.name]) | some e in _entries])])
}

_employer(e) if record.employer(e.name)

_own_or_employer(e) if _own(e)

_own_or_employer(e) if _employer(e)

# An ADOPTERS.md that names no organisation graduate can read may list them in a form it
# does not parse, or only say where the list is ("adopted by many
# [organizations](https://karmada.io/adopters/)"): which one is not known.
unknown contains msg if {
	count(facts.documents("adopters")) > 0
	count(_entries) == 0
	errs := facts.errors("adopters")
	count(errs) > 0
	msg := sprintf(
		"the adopters documents (%s) name no adopter graduate could read (%s): whether they list the organisations that use the project or only point to a list kept elsewhere is not known; attest where the list is",
		[facts.where(facts.documents("adopters")), concat("; ", errs)],
	)
}

# _own_names are the project's names as the landscape records them: its name and its
# homepage's host.
_own_names contains lower(n) if {
	n := object.get(input, ["landscape", "name"], "")
	count(n) > 2
}

_own_names contains host if {
	url := object.get(input, ["landscape", "homepage"], "")
	host := trim_prefix(split(split(lower(url), "://")[1], "/")[0], "www.")
	count(host) > 2
}

_own(e) if {
	some n in _own_names
	contains(lower(e.name), n)
}
