# METADATA
# title: Code and Doc ownership in Github and elsewhere matches documented governance roles.
# description: >-
#   Whether code and documentation ownership (CODEOWNERS and OWNERS files, GitHub teams
#   and repository permissions) matches the documented governance roles is decided by
#   the project's attestation: graduate reads the repositories' permissions nowhere, so
#   it is unknown without one. The reason says what graduate found that
#   bears on it: emeritus maintainers still listed with rights, the people the CNCF's
#   maintainer record and the repositories' lists do not share, and how the members of
#   the GitHub teams the main repository's CODEOWNERS names compare with the maintainers
#   (read through the GitHub API, where the token may list them).
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 213
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [attestation]
#   facts: [maintainers, github.repositories]
package graduate.criteria.governance.ownership_matches

import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

import data.graduate.lib.facts
import data.graduate.lib.record

fail := set()

_needs := "comparing code and documentation ownership (CODEOWNERS and OWNERS files, GitHub teams and repository permissions) with the documented governance roles needs an attestation in the project file, since graduate reads the CODEOWNERS teams (through the GitHub API) and the CNCF's maintainer record but not the repositories' permissions; none was given"

unknown contains sprintf("%s%s", [_needs, concat("", _found)])

# _still are the emeritus maintainers a file still lists as active or as an approver.
_still := [p | some p in object.get(input, ["maintainers", "emeritus"], []); p.still_listed]

_name(p) := p.github if is_string(p.github)

_name(p) := p.name if {
	not is_string(p.github)
	is_string(p.name)
}

_found contains msg if {
	count(_still) > 0
	names := sort([sprintf("%s (%s)", [_name(p), facts.where([p.still_listed])]) | some p in _still])
	msg := sprintf("; %d emeritus maintainer(s) still hold rights: %s", [count(names), concat(", ", names)])
}

_found contains sprintf("; %s", [record.difference]) if record.difference

evidence contains facts.file(p.still_listed) if some p in _still

evidence contains e if some e in record.evidence

# The teams the main repository's CODEOWNERS names, with members read.
_teams := [t |
	some t in object.get(facts.github_main, "teams", [])
	is_array(t.members)
]

_found contains msg if {
	facts.collected("maintainers")
	some t in _teams
	members := {lower(m) | some m in t.members}
	not_listed := members - record.repo_handles
	not_in_team := record.repo_handles - members
	msg := _team_comparison(t.team, count(members), not_listed, not_in_team)
}

_team_comparison(team, n, not_listed, not_in_team) := sprintf(
	"; the CODEOWNERS team @%s has the same %d members as the maintainer list",
	[team, n],
) if {
	count(not_listed) + count(not_in_team) == 0
}

_team_comparison(team, n, not_listed, not_in_team) := sprintf(
	"; the CODEOWNERS team @%s (%d members) has %d who are not listed maintainers (%s), and %d listed maintainers are not in it (%s)",
	[team, n, count(not_listed), concat(", ", sort(not_listed)), count(not_in_team), concat(", ", sort(not_in_team))],
) if {
	count(not_listed) + count(not_in_team) > 0
}

evidence contains facts.file(t.source) if {
	facts.collected("maintainers")
	some t in _teams
}
