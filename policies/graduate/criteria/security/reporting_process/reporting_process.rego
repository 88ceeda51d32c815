# METADATA
# title: Clearly defined and discoverable process to report security issues.
# description: >-
#   Passes when a security policy is found in any repository of the project (SECURITY
#   file in the root, .github/ or docs/, or a README security heading or link); fails when
#   documents were searched and none was found; unknown when they were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: security.reporting_process
#   section: security
#   order: 503
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [documents.security_policy, content.topics.security_private_reporting]
package graduate.criteria.security.reporting_process

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("documents.security_policy")

fail contains msg if {
	facts.missing_document("security_policy")
	msg := sprintf("%s; none is a security policy (looked for %s); a documented process to report security issues is required", [facts.read, facts.describe("security_policy")])
}

unknown contains msg if {
	facts.linked_document("security_policy")
	msg := sprintf("no security policy in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("security_policy"))])
}

evidence contains facts.link(l) if {
	facts.linked_document("security_policy")
	some l in facts.links_out("security_policy")
}

evidence contains facts.file(loc) if some loc in facts.documents("security_policy")

# The sentences that say how to report privately show what the policy states.
evidence contains facts.file(loc) if {
	count(facts.documents("security_policy")) > 0
	some loc in facts.topics("security_private_reporting")
}
