# METADATA
# title: Document complete list of current maintainers, including names, contact information, domain of responsibility, and affiliation.
# description: >-
#   Reads the active maintainers (maintainers.active) and the maintainers documents.
#   Fails when documents were searched and no maintainers document was found, when the
#   list names no active maintainer, or when any active maintainer lacks a name, a
#   contact (GitHub handle or email) or an affiliation (company; "Independent" counts),
#   or lacks a domain of responsibility in a list that gives others one. Passes when
#   every active maintainer has all four. A list that gives no one an area of their
#   own, whether it states only the scope of the whole list (its title or opening
#   sentence, "the maintainers of the Antrea project": responsibility_from_list), only
#   ranks (responsibility_rank: a table of names and ranks) or nothing at all (a root
#   MAINTAINERS.md of names), is
#   unknown: whether the whole project is each maintainer's domain of responsibility is
#   a reviewer's judgement; so is a maintainer given only a rank in a list that gives
#   others areas ("Owner" in a Scope column beside "Dev" and "Docs"). Unknown also when the maintainers were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 210
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [maintainers, documents.maintainers]
package graduate.criteria.governance.maintainer_list

import data.graduate.lib.facts
import data.graduate.lib.people
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

active := input.maintainers.active if facts.collected("maintainers")

_has(p, "name") if people.stated(p, "name")

_has(p, "contact") if people.stated(p, "github")

_has(p, "contact") if people.stated(p, "email")

_has(p, "company") if people.stated(p, "company")

_has(p, "responsibility") if {
	people.stated(p, "responsibility")
	not p.responsibility_from_list
	not p.responsibility_rank
}

# The whole project is no area of one's own: the scope a list states for everyone in
# it ("the maintainers of the Antrea project"), or a list that gives no one an area
# (MAINTAINERS.md at the root, a governance page's table of names and ranks: the ranks
# say what each may do, not where).
# Whether it is a domain of responsibility is a reviewer's judgement: unknown, not
# pass (audits of these passes rated them weak) and not fail.
_project_wide(p) if {
	people.stated(p, "responsibility")
	p.responsibility_from_list
}

_project_wide(p) if {
	not people.stated(p, "responsibility")
	not _areas[[p.source.repo, p.source.path]]
}

# A rank ("Approver", "Core Maintainer": responsibility_rank) says what one may do, not
# where: no area either, even beside others' areas ("Owner" in a Scope column whose
# other rows say "Dev" and "Docs" may well mean the whole project).
_project_wide(p) if p.responsibility_rank

# _areas holds the files that give some active maintainer an area of their own.
_areas contains [p.source.repo, p.source.path] if {
	some p in active
	_has(p, "responsibility")
}

_fields := [
	["name", "name"],
	["contact", "contact (GitHub handle or email)"],
	["responsibility", "domain of responsibility"],
	["company", "affiliation"],
]

unknown contains facts.path_not_collected("maintainers")

fail contains msg if {
	facts.missing_document("maintainers")
	msg := sprintf(
		"%s; none is a maintainers document (looked for %s); a list of the current maintainers with names, contact information, domain of responsibility and affiliation is required",
		[facts.read, facts.describe("maintainers")],
	)
}

unknown contains people.list_elsewhere

evidence contains e if some e in people.list_elsewhere_evidence

fail contains msg if {
	count(facts.documents("maintainers")) > 0
	count(active) == 0
	msg := "the maintainers documents list no active maintainer; a list of the current maintainers with names, contact information, domain of responsibility and affiliation is required"
}

fail contains msg if {
	some [field, label] in _fields
	lacking := [people.label(p) | some p in active; not _has(p, field); not _judged(p, field)]
	count(lacking) > 0
	msg := sprintf(
		"%s missing for %d of %d active maintainers: %s; every maintainer's name, contact information, domain of responsibility and affiliation are required",
		[label, count(lacking), count(active), people.names(lacking)],
	)
}

evidence contains facts.file(loc) if some loc in facts.documents("maintainers")

evidence contains facts.file(p.source) if some p in active

_judged(p, "responsibility") if _project_wide(p)

_scoped := [p | some p in active; _project_wide(p)]

unknown contains msg if {
	count(_scoped) > 0
	msg := sprintf(
		"%d of %d active maintainers have no area of their own: %s; the list gives them only the whole project (%s), and whether that is each one's domain of responsibility is a reviewer's judgement: give each maintainer's area, or attest",
		[count(_scoped), count(active), people.names([people.label(p) | some p in _scoped]), _scope_described],
	)
}

_scopes := {sprintf("%q (%s:%s)", [trim_space(p.responsibility), p.source.repo, p.source.path]) | some p in _scoped; p.responsibility_from_list}

_places := {sprintf("%s:%s", [p.source.repo, p.source.path]) | some p in _scoped; not p.responsibility_from_list; not p.responsibility_rank}

_ranks := {sprintf("%q (%s:%s)", [trim_space(p.responsibility), p.source.repo, p.source.path]) | some p in _scoped; p.responsibility_rank}

_scope_described := concat("; ", array.concat(
	array.concat(
		[sprintf("scoped to %s", [x]) | some x in sort(_scopes)],
		[sprintf("a list with no areas at %s", [x]) | some x in sort(_places)],
	),
	[sprintf("only a rank, %s", [x]) | some x in sort(_ranks)],
))
