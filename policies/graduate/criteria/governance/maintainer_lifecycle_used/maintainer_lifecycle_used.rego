# METADATA
# title: Demonstrate usage of the maintainer lifecycle with outcomes, either through the addition or replacement of maintainers as project events have required.
# description: >-
#   Passes when the maintainers documents list emeritus maintainers (maintainers.emeritus)
#   or the git history has commits that added or removed maintainers
#   (history.maintainer_changes), with those as evidence. Otherwise unknown, never failed:
#   a project may not yet have needed a change, so an attestation decides. Unknown when
#   neither fact was collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 209
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, git_history, attestation]
#   facts: [maintainers, history.maintainer_changes]
package graduate.criteria.governance.maintainer_lifecycle_used

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

_emeritus := input.maintainers.emeritus if facts.collected("maintainers")

_changes := input.history.maintainer_changes if facts.member_collected("history", "maintainer_changes")

_used if count(_emeritus) > 0

_used if count(_changes) > 0

unknown contains facts.path_not_collected("maintainers") if not _used

# The reason names the widest family that was not collected, with its own collection
# error when it has one.
unknown contains facts.path_not_collected("history.maintainer_changes") if not _used

unknown contains msg if {
	not _used
	facts.collected("maintainers")
	facts.member_collected("history", "maintainer_changes")
	msg := sprintf(
		"no emeritus maintainers are listed and no commit in the history of %s added or removed a maintainer; the project may not yet have needed a change: add an attestation in the project file linking a maintainer addition or replacement",
		[facts.searched],
	)
}

# A commit that names no repository was read from the main one.
_main_repo := facts.main_repository

default _main_repo := "main"

evidence contains facts.file(p.source) if some p in _emeritus

evidence contains object.union(
	facts.file({"repo": object.get(c, "repo", _main_repo), "path": c.path}),
	{"commit": c.commit, "date": c.date, "text": concat("", [_what(c), _by(c)])},
) if {
	some c in _changes
}

# _by names the change's author, when the history gives one.
_by(c) := sprintf(" (by %s)", [c.author]) if c.author

_by(c) := "" if not c.author

# _what says what a change did: "added x, y; removed z".
_what(c) := concat("; ", [s |
	some part in [["added", object.get(c, "added", [])], ["removed", object.get(c, "removed", [])]]
	count(part[1]) > 0
	s := sprintf("%s %s", [part[0], concat(", ", part[1])])
])
