# METADATA
# title: The CNCF's maintainer record beside the repositories' lists
# description: >-
#   Who the CNCF's maintainer record (cncf/foundation's project-maintainers.csv) lists for
#   the project and the repositories' maintainer lists do not, and the reverse, by
#   lower-case GitHub handle. A person in one list and not the other is evidence for the
#   criteria that ask whether the documented people and roles match the project's
#   actual ones; it decides none of them alone.
# schemas:
#   - input: schema.snapshot
package graduate.lib.record

import data.graduate.lib.facts
import data.graduate.lib.orgs

# companies is the employer the record gives each handle it lists with one, by
# lower-case handle.
companies := {lower(r.github): r.company |
	facts.collected("foundation_maintainers")
	some r in input.foundation_maintainers.people
	r.github != ""
	orgs.normalize(r.company)
}

_no_statement := {"", "-", "--", "unknown", "n/a", "na", "tbd"}

# company_unstated holds for a maintainer whose list states no employer (an explicit
# "Independent" is a statement).
company_unstated(p) if not is_string(object.get(p, "company", null))

company_unstated(p) if lower(trim_space(p.company)) in _no_statement

# with_record are the active maintainers whose list states no employer and whose
# record gives one, with that employer: for them it is a stated affiliation too, by the
# foundation.
with_record := [object.union(p, {"company": companies[lower(p.github)]}) |
	some p in object.get(input, ["maintainers", "active"], [])
	company_unstated(p)
	is_string(p.github)
	companies[lower(p.github)]
]

# recorded holds for a maintainer whose handle the record gives an employer for: a
# maintainer listed by name or e-mail alone (no handle) is never one.
recorded(p) if {
	is_string(p.github)
	lower(p.github) in {lower(q.github) | some q in with_record}
}

# employers are the organisations the active maintainers work for, as their lists state
# or, where they state none, as the record does: orgs.normalize key to a name as written.
employers := orgs.employers(array.concat(object.get(input, ["maintainers", "active"], []), with_record))

# employer is the maintainers' employer an organisation's name is, as their lists (or
# the record) write it: undefined for an organisation that employs none of them.
employer(name) := employers[orgs.normalize(name)]

# compared holds when both lists were collected.
compared if {
	facts.collected("foundation_maintainers")
	facts.collected("maintainers")
}

_record_handles := {lower(p.github) | some p in object.get(input, ["foundation_maintainers", "people"], []); p.github != ""}

# repo_handles are the active maintainers' GitHub handles in the repositories' lists,
# lower-case.
repo_handles := {lower(p.github) | some p in object.get(input, ["maintainers", "active"], []); is_string(p.github)}

# only_record are the handles the record lists and the repositories do not.
only_record := _record_handles - repo_handles

# only_repos are the handles the repositories list and the record does not.
only_repos := repo_handles - _record_handles

# difference says who is in one list and not the other, when anyone is.
difference := sprintf(
	"the CNCF's maintainer record (%s, %s) lists %d people the repositories do not (%s), and the repositories %d it does not (%s)",
	[input.foundation_maintainers.project, at, count(only_record), concat(", ", sort(only_record)), count(only_repos), concat(", ", sort(only_repos))],
) if {
	compared
	count(only_record) + count(only_repos) > 0
}

# at is where the record was read: its URL, or its file and the project's line.
at := input.foundation_maintainers.source.url if input.foundation_maintainers.source.url

at := sprintf("%s:%d", [input.foundation_maintainers.source.path, input.foundation_maintainers.source.line]) if {
	not input.foundation_maintainers.source.url
}

# source is the record as evidence: its URL, or its file and the project's line.
source := {"kind": "url", "url": input.foundation_maintainers.source.url} if {
	input.foundation_maintainers.source.url
} else := {"kind": "file", "path": input.foundation_maintainers.source.path, "line": input.foundation_maintainers.source.line} if {
	input.foundation_maintainers.source.path
}

# evidence is the record when a difference rests on it.
evidence contains source if difference
