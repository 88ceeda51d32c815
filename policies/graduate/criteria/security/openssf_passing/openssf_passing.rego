# METADATA
# title: Achieve the Open Source Security Foundation (OpenSSF) Best Practices passing badge.
# description: >-
#   Reads the OpenSSF Best Practices badge (openssf): the project id comes from the project
#   file or a README badge, the badge level only from the Best Practices API. Passes when
#   the level is one of openssf_required_levels (passing, silver, gold); fails when the API
#   states a lower level (in_progress); unknown when the badge was not collected, when no
#   project id was found, or when the level was not read (offline).
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
#   - description: OpenSSF Best Practices API
#     ref: https://github.com/coreinfrastructure/best-practices-badge/blob/2431a2a360d5a9cbae44de788cb592c07464f73b/docs/api.md
# custom:
#   order: 509
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [external_service, repository_files]
#   facts: [openssf]
package graduate.criteria.security.openssf_passing

import data.graduate.lib.facts
import data.graduate.lib.verdict

default required_levels := ["passing", "silver", "gold"]

required_levels := data.graduate.config.thresholds.openssf_required_levels

meta := verdict.meta(rego.metadata.chain())

_levels := {lower(l) | some l in required_levels}

# _or renders ["passing", "silver", "gold"] as "passing, silver or gold".
_or(xs) := xs[0] if count(xs) == 1

_or(xs) := sprintf("%s or %s", [concat(", ", array.slice(xs, 0, count(xs) - 1)), xs[count(xs) - 1]]) if count(xs) > 1

_badge := sprintf("OpenSSF Best Practices badge %d found at %s", [input.openssf.project_id, facts.where([input.openssf.source])]) if {
	input.openssf.project_id
	input.openssf.source
}

_badge := sprintf("OpenSSF Best Practices project %d (openssf_best_practices_id in the project file)", [input.openssf.project_id]) if {
	input.openssf.project_id
	not input.openssf.source
}

default _badge := "OpenSSF Best Practices badge"

_percentage := sprintf(" (tiered percentage %v)", [input.openssf.tiered_percentage]) if input.openssf.tiered_percentage

default _percentage := ""

unknown contains facts.path_not_collected("openssf")

unknown contains msg if {
	facts.collected("openssf")
	input.openssf.project_id
	not input.openssf.badge_level
	msg := sprintf("%s, level not collected (%s); badge level %s is required", [_badge, facts.why("openssf.badge_level", "offline?"), _or(required_levels)])
}

unknown contains msg if {
	facts.collected("openssf")
	not input.openssf.project_id
	not input.openssf.badge_level
	msg := sprintf(
		"no OpenSSF Best Practices badge found (no bestpractices.dev badge in the README files of %s and no openssf_best_practices_id in the project file); badge level %s is required: add the badge or set openssf_best_practices_id",
		[facts.searched, _or(required_levels)],
	)
}

fail contains msg if {
	facts.collected("openssf")
	not lower(input.openssf.badge_level) in _levels
	msg := sprintf(
		"%s has badge level %s%s; badge level %s is required",
		[_badge, input.openssf.badge_level, _percentage, _or(required_levels)],
	)
}

evidence contains facts.file(input.openssf.source) if {
	facts.collected("openssf")
	input.openssf.source
}

evidence contains {"kind": "url", "url": input.openssf.url} if {
	facts.collected("openssf")
	input.openssf.url
}
