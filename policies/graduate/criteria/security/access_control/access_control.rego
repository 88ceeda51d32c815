# METADATA
# title: "Enforcing Access Control Rules to secure the code base against attacks (Example: two factor authentication enforcement, and/or use of ACL tools.)"
# description: >-
#   Passes when the GitHub API shows that the main repository's default branch requires
#   approving reviews before a change lands (classic branch protection or a ruleset's
#   pull_request rule), the number of reviews at least min_required_reviews. Two-factor
#   enforcement is visible only to organisation owners, and other ACL tools (Prow, an
#   external merge bot) not at all, so a branch without protection is unknown, never a
#   fail: the project's attestation (for example a link to an OpenSSF Scorecard result)
#   decides it then, as it does when the API was not asked.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 504
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [github, attestation]
#   facts: [github.repositories]
package graduate.criteria.security.access_control

import data.graduate.lib.facts
import data.graduate.lib.verdict

default min_reviews := 1

min_reviews := data.graduate.config.thresholds.min_required_reviews

meta := verdict.meta(rego.metadata.chain())

fail := set()

_attest := "if access to the code base is enforced otherwise (two-factor authentication, Prow or another ACL tool), it needs an attestation in the project file with a link to the evidence (e.g. an OpenSSF Scorecard result); none was given"

_main := facts.main_repository

_repo := facts.github_main

_protection := _repo.protection

_reviews := object.get(_protection, "required_reviews", 0)

_enforced if _reviews >= min_reviews

_ways contains "branch protection" if _protection.protected

_ways contains "a ruleset" if "pull_request" in object.get(_protection, "rules", [])

_how := concat(" and ", sort(_ways))

evidence contains {"kind": "url", "url": sprintf("%s/branches/%s", [_repo.url, _protection.branch]), "text": sprintf(
	"%s requires %d approving review(s) on %s (%s), read through the GitHub API",
	[_main, _reviews, _protection.branch, _how],
)} if _enforced

unknown contains sprintf("access control was not read from the GitHub API: %s; with a token (GITHUB_TOKEN) graduate reads the default branch's protection, or attest in the project file how access to the code base is enforced", [
	facts.why("github", "the API was not asked"),
]) if {
	not _protection
	not facts.path_collected("github.repositories")
}

unknown contains sprintf("the GitHub API gave no branch protection for %s: %s; %s", [
	_main, facts.why("github", "the main repository is not on GitHub"),
	_attest,
]) if {
	facts.path_collected("github.repositories")
	not _protection
}

unknown contains sprintf("%s's default branch %s has neither branch protection nor a ruleset requiring reviews; %s", [_main, _protection.branch, _attest]) if {
	not _protection.protected
	not "pull_request" in object.get(_protection, "rules", [])
}

unknown contains sprintf(
	"%s's default branch %s is protected, but the number of required reviews could not be read (the protection's details need admin rights); %s",
	[_main, _protection.branch, _attest],
) if {
	_protection.protected
	not "pull_request" in object.get(_protection, "rules", [])
	not _protection.required_reviews
}

unknown contains sprintf("%s's default branch %s requires %d approving review(s), fewer than %d; %s", [
	_main, _protection.branch, _reviews, min_reviews, _attest,
]) if {
	object.get(_protection, "required_reviews", null) != null
	not _enforced
}
