# METADATA
# title: Project maintainers from at least 2 organizations that demonstrates survivability.
# description: >-
#   Counts the distinct employers (normalised by graduate.lib.orgs) of the active
#   maintainers, as their list states them, else as the CNCF's maintainer record does
#   (foundation_maintainers, by GitHub handle). Passes when there are at least
#   min_maintainer_orgs of them. Unknown when work e-mail domains would make enough, when
#   some maintainer's affiliation is given nowhere (they may work elsewhere), when no
#   maintainers document was found but one is linked out of the repositories read, or
#   when the maintainers were not collected, or when fewer than min_maintainer_orgs of the
#   organisations have a maintainer with a commit in the year before the snapshot in the
#   repositories read (maintainers.active[].last_commit). Fails only when every maintainer's affiliation is
#   known (stated, recorded, an explicit "Independent", or a shared work e-mail domain)
#   and too few organisations remain.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
# custom:
#   order: 212
#   levels:
#     sandbox: not_applicable
#     incubation: not_applicable
#     graduation: required
#   decided_by: [repository_files, external_service, git_history]
#   facts: [maintainers, foundation_maintainers, history.maintainer_activity]
package graduate.criteria.governance.maintainer_orgs

import data.graduate.lib.activity
import data.graduate.lib.facts
import data.graduate.lib.orgs
import data.graduate.lib.people
import data.graduate.lib.record
import data.graduate.lib.verdict

default min_orgs := 2

min_orgs := data.graduate.config.thresholds.min_maintainer_orgs

meta := verdict.meta(rego.metadata.chain())

active := object.get(input, ["maintainers", "active"], [])

_from_record := {orgs.normalize(p.company) | some p in record.with_record}

employers := record.employers

unaffiliated := [p |
	some p in active
	not orgs.normalize(object.get(p, "company", null))
	not record.recorded(p)
]

inferred := {k: d | some k, d in orgs.inferred_employers(unaffiliated); not k in object.keys(employers)}

# _unstated are the maintainers whose affiliation nothing gives: no employer stated (an
# explicit "Independent" is stated), none in the CNCF's record, no work e-mail. While
# any is left, too few organisations is not a failure: they may work elsewhere.
_unstated := [p |
	some p in unaffiliated
	record.company_unstated(p)
	not orgs.mail_employer(object.get(p, "email", null))
]

_names := concat(", ", sort([n | some n in employers]))

_via_record := sprintf(" (%d of them from the CNCF's maintainer record)", [count(_from_record)]) if count(_from_record) > 0

_via_record := "" if count(_from_record) == 0

unknown contains facts.path_not_collected("maintainers")

unknown contains msg if {
	facts.collected("maintainers")
	count(employers) < min_orgs
	count(employers) + count(inferred) >= min_orgs
	domains := [d | some d in inferred]
	msg := sprintf(
		"%d active maintainers state %d employer(s) (%s)%s; the work e-mail domains of those who state none name %d more (%s), which would make at least %d organisations, but an e-mail domain is not a stated affiliation: a person must confirm, or attest",
		[count(active), count(employers), _names, _via_record, count(inferred), concat(", ", sort(domains)), min_orgs],
	)
}

unknown contains msg if {
	facts.collected("maintainers")
	count(employers) + count(inferred) < min_orgs
	count(_unstated) > 0
	msg := sprintf(
		"%d active maintainers work for %d organisation(s) (%s)%s, and %d state no affiliation that the list, the CNCF's maintainer record or a work e-mail gives (%s); at least %d organisations are required: the maintainer list should state each maintainer's affiliation, or attest",
		[count(active), count(employers), _names, _via_record, count(_unstated), concat(", ", sort([people.label(p) | some p in _unstated])), min_orgs],
	)
}

# _too_few holds when every maintainer's affiliation is known and too few organisations
# remain: a failure, unless the list is linked out of the repositories read.
_too_few if {
	facts.collected("maintainers")
	count(employers) + count(inferred) < min_orgs
	count(_unstated) == 0
}

fail contains msg if {
	_too_few
	count(inferred) == 0
	not people.list_elsewhere
	msg := sprintf(
		"%d active maintainers work for %d organisation(s) (%s)%s, %d state no employer; at least %d organisations are required",
		[count(active), count(employers), _names, _via_record, count(unaffiliated), min_orgs],
	)
}

fail contains msg if {
	_too_few
	count(inferred) > 0
	not people.list_elsewhere
	domains := [d | some d in inferred]
	msg := sprintf(
		"%d active maintainers work for %d organisation(s) (%s)%s; the %d who state no employer write from %s; at least %d organisations are required",
		[count(active), count(employers), _names, _via_record, count(unaffiliated), concat(", ", sort(domains)), min_orgs],
	)
}

unknown contains msg if {
	_too_few
	msg := sprintf(
		"%d active maintainers work for %d organisation(s) (%s)%s, and %s; at least %d organisations are required",
		[count(active), count(employers), _names, _via_record, people.list_elsewhere, min_orgs],
	)
}

evidence contains e if some e in people.list_elsewhere_evidence

# Enough organisations listed, too few with a maintainer who committed in the year in
# the repositories read: survivability rests on the others, who may review or work
# elsewhere, so it is unsure.
_seen_employers := orgs.employers(activity.maybe_active(array.concat(active, record.with_record)))

unknown contains msg if {
	count(employers) >= min_orgs
	activity.known
	count(_seen_employers) < min_orgs
	msg := sprintf(
		"%d active maintainers work for %d organisations (%s)%s, but only %d of them (%s) have a maintainer with a commit in the year before the snapshot in the repositories read, or one the history could not have found; those without one (%s) may review or work in other repositories: at least %d organisations are required; attest their activity, or update the list",
		[count(active), count(employers), _names, _via_record, count(_seen_employers), concat(", ", sort([n | some n in _seen_employers])), people.names(activity.unseen), min_orgs],
	)
}

evidence contains record.source if count(_from_record) > 0

evidence contains facts.file(p.source) if {
	facts.collected("maintainers")
	some p in active
}
