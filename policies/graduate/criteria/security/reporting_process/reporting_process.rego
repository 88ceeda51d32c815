# METADATA
# title: Clearly defined and discoverable process to report security issues.
# description: >-
#   Passes when a security policy is found in any repository of the project (SECURITY
#   file in the root, .github/ or docs/, a README security heading or link, or a
#   contributing guide's section on reporting a vulnerability); fails when
#   documents were searched and none was found, unless the GitHub API says the main
#   repository has private vulnerability reporting enabled (then unknown, the setting as
#   evidence); unknown when they were not collected, and when the policy says how to
#   report only by linking out of the repositories read ("Instructions for reporting a
#   vulnerability can be found on the [...] page": content.topics.security_private_reporting
#   empty, content.links_out of that topic or of the security policy), with the links as
#   evidence.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 503
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files, github]
#   facts: [documents.security_policy, content.topics.security_private_reporting, github.repositories]
package graduate.criteria.security.reporting_process

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("documents.security_policy")

fail contains msg if {
	facts.missing_document("security_policy")
	not _private_reporting
	msg := sprintf("%s; none is a security policy (looked for %s); a documented process to report security issues is required", [facts.read, facts.describe("security_policy")])
}

# _private_reporting is the main repository's private vulnerability reporting, enabled,
# as the GitHub API says: GitHub then offers "Report a vulnerability" on the repository's
# security page, a process but not a documented one.
_main := facts.main_repository

_private_reporting if facts.github_main.private_vulnerability_reporting == true

unknown contains msg if {
	facts.missing_document("security_policy")
	_private_reporting
	msg := sprintf(
		"%s; none is a security policy (looked for %s), but %s has private vulnerability reporting enabled on GitHub, which offers a way to report; whether that is the documented process the TOC asks for needs an attestation with a link; none was given",
		[facts.read, facts.describe("security_policy"), _main],
	)
}

evidence contains {"kind": "url", "url": sprintf("https://github.com/%s/security", [_main]), "text": "private vulnerability reporting is enabled (GitHub API)"} if {
	facts.missing_document("security_policy")
	_private_reporting
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

# The policy's reporting section hands the process to a page out of the repositories
# read, and no sentence or heading read states it: the process is on that page. So does
# a file of the kind that states no way to report and links the policy out (a
# SECURITY_CONTACTS file: "For more information about the security policy consult the
# User-Guide [here](...)").
_policy_files := {[d.repo, split(d.path, "#")[0]] | some d in facts.documents("security_policy")}

_reporting_out := array.concat(
	facts.links_out("security_private_reporting"),
	[l | some l in facts.links_out("security_policy"); [l.repo, l.path] in _policy_files],
)

unknown contains msg if {
	count(facts.documents("security_policy")) > 0
	facts.path_collected("content.topics.security_private_reporting")
	count(facts.topics("security_private_reporting")) == 0
	count(_reporting_out) > 0
	msg := sprintf("the security policy (%s) says how to report only through a link: %s", [facts.where(facts.documents("security_policy")), facts.linked(_reporting_out)])
}

evidence contains facts.link(l) if {
	count(facts.documents("security_policy")) > 0
	count(facts.topics("security_private_reporting")) == 0
	some l in _reporting_out
}
