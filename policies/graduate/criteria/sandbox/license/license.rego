# METADATA
# title: Project uses Apache 2.0 or a CNCF allowlist license (not 'will convert later')
# description: >-
#   Reads the licence files of the main repositories (licenses[] entries whose repo has
#   role main; all entries when the snapshot names no repositories). Passes when every one
#   states an SPDX identifier in allowed_licenses; fails naming each file that states
#   another licence (BUSL-1.1, a copyleft licence, NOASSERTION when the text was not
#   recognised), and when licence documents were searched and none was found; unknown when
#   the licences were not collected or no licence file of a main repository was identified.
# related_resources:
#   - description: CNCF sandbox application form (cncf/sandbox, 50bb6c28)
#     ref: https://github.com/cncf/sandbox/blob/50bb6c28580d96e7d500a40978cdc94c2a78e8c2/.github/ISSUE_TEMPLATE/application.yml
# custom:
#   order: 701
#   levels:
#     sandbox: required
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [repository_files]
#   facts: [licenses, documents.license, repositories]
package graduate.criteria.sandbox.license

import data.graduate.lib.facts
import data.graduate.lib.verdict

default allowed := ["Apache-2.0"]

allowed := data.graduate.config.thresholds.allowed_licenses

meta := verdict.meta(rego.metadata.chain())

_main_repos := {r.name | some r in object.get(input, "repositories", []); r.role == "main"}

# main_licenses are the licence files of the main repositories.
main_licenses := [l | some l in object.get(input, "licenses", []); l.repo in _main_repos] if count(_main_repos) > 0

main_licenses := object.get(input, "licenses", []) if count(_main_repos) == 0

_allowed := {lower(a) | some a in allowed}

_disallowed := [sprintf("%s states %s", [facts.where([l]), l.spdx]) |
	some l in main_licenses
	not lower(l.spdx) in _allowed
]

_main_names := concat(", ", sort(_main_repos)) if count(_main_repos) > 0

_main_names := facts.searched if count(_main_repos) == 0

fail contains msg if {
	facts.collected("licenses")
	count(_disallowed) > 0
	msg := sprintf("%s; the project must use %s", [concat(", ", sort(_disallowed)), concat(" or ", allowed)])
}

fail contains msg if {
	facts.missing_document("license")
	msg := sprintf(
		"%s; none is a licence file (looked for %s); the project must use %s",
		[facts.read, facts.describe("license"), concat(" or ", allowed)],
	)
}

unknown contains facts.path_not_collected("licenses")

unknown contains msg if {
	facts.collected("licenses")
	count(main_licenses) == 0
	msg := sprintf(
		"no licence file of the main repositories (%s) had its licence identified; the project must use %s",
		[_main_names, concat(" or ", allowed)],
	)
}

evidence contains facts.file(l) if {
	facts.collected("licenses")
	some l in main_licenses
}

evidence contains facts.file(loc) if some loc in facts.documents("license")
