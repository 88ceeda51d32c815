# METADATA
# title: Governance has continuously been iterated upon by the project as a result of their experience applying it, with the governance history demonstrating evolution of maturity alongside the project's maturity evolution.
# description: >-
#   Counts the commits in the project's history that changed governance or maintainer
#   documents (history.governance_commits). Passes when there are at least
#   min_governance_commits of them, fails when the history was read and there are fewer,
#   and is unknown when the history was not collected. Whether the changes show governance
#   maturing with the project is beyond a count: an attestation cannot override a failure,
#   but a waiver can.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 202
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: suggested
#   decided_by: [git_history]
#   facts: [history.governance_commits, documents.governance, documents.maintainers]
package graduate.criteria.governance.iterated

import data.graduate.lib.facts
import data.graduate.lib.verdict

default min_commits := 2

min_commits := data.graduate.config.thresholds.min_governance_commits

meta := verdict.meta(rego.metadata.chain())

# The reason names the widest family that was not collected, with its own collection
# error when it has one.
unknown contains facts.path_not_collected("history.governance_commits")

# _below is the failure the counted history shows; with some repository's history
# unread (history.partial) the counts are lower bounds, so it is unknown instead.
_below contains msg if {
	facts.member_collected("history", "governance_commits")
	input.history.governance_commits < min_commits
	msg := sprintf("%s; at least %d are required to show governance iterated upon", [_counted, min_commits])
}

# The count a pass rests on, which is evidence even when the documents it was counted
# in are not among those read now (renamed, moved or removed since); a failure's reason
# gives it already.
_counted := sprintf(
	"%d commit(s) in the history of %s changed governance or maintainer documents",
	[input.history.governance_commits, facts.searched],
)

evidence contains {"kind": "fact", "text": _counted} if {
	facts.member_collected("history", "governance_commits")
	input.history.governance_commits >= min_commits
}

# The documents whose history was counted.
evidence contains facts.file(loc) if {
	facts.member_collected("history", "governance_commits")
	some kind in ["governance", "maintainers"]
	some loc in facts.documents(kind)
}

fail contains msg if {
	some msg in _below
	not facts.history_partial
}

unknown contains sprintf("%s; %s", [msg, facts.partial_history]) if {
	some msg in _below
	facts.history_partial
}
