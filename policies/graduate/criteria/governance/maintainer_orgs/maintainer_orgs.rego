# METADATA
# title: Project maintainers from at least 2 organizations that demonstrates survivability.
# description: >-
#   Counts the distinct employers (normalised by graduate.lib.orgs) of the active
#   maintainers. Passes when there are at least min_maintainer_orgs of them; unknown when
#   the maintainers were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
# custom:
#   order: 212
#   levels:
#     sandbox: not_applicable
#     incubation: not_applicable
#     graduation: required
#   decided_by: [repository_files]
#   facts: [maintainers]
package graduate.criteria.governance.maintainer_orgs

import data.graduate.lib.facts
import data.graduate.lib.orgs
import data.graduate.lib.verdict

default min_orgs := 2

min_orgs := data.graduate.config.thresholds.min_maintainer_orgs

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

active := object.get(input, ["maintainers", "active"], [])

employers := orgs.employers(active)

unaffiliated := [p | some p in active; not orgs.normalize(object.get(p, "company", null))]

# The organisations the work e-mail addresses of the maintainers who state no employer
# name, beyond the stated ones: an inference, so it can make a shortfall unknown but
# never pass the criterion.
inferred := {k: d | some k, d in orgs.inferred_employers(active); not k in object.keys(employers)}

unknown contains facts.path_not_collected("maintainers")

unknown contains msg if {
	facts.collected("maintainers")
	count(employers) < min_orgs
	count(employers) + count(inferred) >= min_orgs
	names := [n | some n in employers]
	domains := [d | some d in inferred]
	msg := sprintf(
		"%d active maintainers state %d employer(s) (%s); the work e-mail domains of those who state none name %d more (%s), which would make at least %d organisations, but an e-mail domain is not a stated affiliation: a person must confirm, or attest",
		[count(active), count(employers), concat(", ", sort(names)), count(inferred), concat(", ", sort(domains)), min_orgs],
	)
}

fail contains msg if {
	facts.collected("maintainers")
	count(employers) + count(inferred) < min_orgs
	count(inferred) == 0
	names := [n | some n in employers]
	msg := sprintf(
		"%d active maintainers work for %d organisation(s) (%s), %d state no employer; at least %d organisations are required",
		[count(active), count(employers), concat(", ", sort(names)), count(unaffiliated), min_orgs],
	)
}

# Those who state no employer share a work e-mail domain with each other or with a
# stated employer: the reason says so, since it is what the shortfall rests on.
fail contains msg if {
	facts.collected("maintainers")
	count(employers) + count(inferred) < min_orgs
	count(inferred) > 0
	names := [n | some n in employers]
	domains := [d | some d in inferred]
	msg := sprintf(
		"%d active maintainers work for %d organisation(s) (%s); the %d who state no employer write from %s; at least %d organisations are required",
		[count(active), count(employers), concat(", ", sort(names)), count(unaffiliated), concat(", ", sort(domains)), min_orgs],
	)
}

evidence contains facts.file(p.source) if {
	facts.collected("maintainers")
	some p in active
}
