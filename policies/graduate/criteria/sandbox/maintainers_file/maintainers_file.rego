# METADATA
# title: MAINTAINERS file exists with Name, GitHub ID, and Company/Organization columns
# description: >-
#   Fails when maintainer documents were searched and none was found. When one was found
#   and the maintainers were collected, passes when every active maintainer has a name, a
#   GitHub handle and a company or organisation (any non-blank value, "Independent"
#   included), and fails listing those that lack one, or when no active maintainer was
#   read. Unknown when the documents or the maintainers were not collected.
# related_resources:
#   - description: CNCF sandbox application form (cncf/sandbox, 50bb6c28)
#     ref: https://github.com/cncf/sandbox/blob/50bb6c28580d96e7d500a40978cdc94c2a78e8c2/.github/ISSUE_TEMPLATE/application.yml
# custom:
#   order: 702
#   levels:
#     sandbox: required
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [repository_files]
#   facts: [documents.maintainers, maintainers]
package graduate.criteria.sandbox.maintainers_file

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

files := facts.documents("maintainers")

active := object.get(input, ["maintainers", "active"], [])

_blank(v) if not is_string(v)

_blank(v) if trim_space(v) == ""

_fields := ["name", "github", "company"]

_lacks(p) := [f | some f in _fields; _blank(object.get(p, f, null))]

_who(p) := sprintf("@%s", [p.github]) if not _blank(p.github)

_who(p) := p.name if {
	_blank(p.github)
	not _blank(p.name)
}

_who(p) := "an entry" if {
	_blank(p.github)
	_blank(p.name)
}

incomplete := [sprintf("%s (%s) lacks %s", [_who(p), facts.where([p.source]), concat(", ", lacks)]) |
	some p in active
	lacks := _lacks(p)
	count(lacks) > 0
]

_found if count(files) > 0

fail contains msg if {
	facts.missing_document("maintainers")
	msg := sprintf(
		"%s; none is a maintainers file (looked for %s); a maintainers file with each maintainer's name, GitHub ID and company/organization is required",
		[facts.read, facts.describe("maintainers")],
	)
}

unknown contains msg if {
	facts.linked_document("maintainers")
	msg := sprintf("no maintainers file in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("maintainers"))])
}

fail contains msg if {
	_found
	facts.collected("maintainers")
	count(incomplete) > 0
	msg := sprintf(
		"%d of %d active maintainers lack a required field: %s; the maintainers file must give each maintainer's name, GitHub ID and company/organization",
		[count(incomplete), count(active), concat("; ", sort(incomplete))],
	)
}

fail contains msg if {
	_found
	facts.collected("maintainers")
	count(active) == 0
	msg := sprintf(
		"no active maintainers were read from %s; the maintainers file must list each maintainer's name, GitHub ID and company/organization",
		[facts.where(files)],
	)
}

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("documents.maintainers")

unknown contains msg if {
	_found
	not_collected := facts.path_not_collected("maintainers")
	msg := sprintf("maintainers file found at %s, but %s", [facts.where(files), not_collected])
}

evidence contains facts.file(loc) if some loc in files

evidence contains facts.file(p.source) if {
	_found
	facts.collected("maintainers")
	some p in active
}
