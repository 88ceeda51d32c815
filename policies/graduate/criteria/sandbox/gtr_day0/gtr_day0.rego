# METADATA
# title: "Project 'Domain Technical Review': TAG presentation and/or Day 0 of the General Technical Review"
# description: >-
#   Passes when a General Technical Review was found (artifacts.gtr, in a cncf/toc checkout
#   or the project's repositories; its Day 0 part is what sandbox asks for). When none was
#   found it is unknown, not fail: a TAG presentation leaves only meeting notes or a
#   recording, so the project attests with a link. Unknown when the artifacts were not
#   collected.
# related_resources:
#   - description: CNCF sandbox application form (cncf/sandbox, 50bb6c28)
#     ref: https://github.com/cncf/sandbox/blob/50bb6c28580d96e7d500a40978cdc94c2a78e8c2/.github/ISSUE_TEMPLATE/application.yml
# custom:
#   order: 709
#   levels:
#     sandbox: suggested
#     incubation: not_applicable
#     graduation: not_applicable
#   decided_by: [repository_files]
#   facts: [artifacts.gtr]
package graduate.criteria.sandbox.gtr_day0

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected("artifacts.gtr")

unknown contains msg if {
	facts.member_collected("artifacts", "gtr")
	count(input.artifacts.gtr) == 0
	msg := sprintf(
		"no General Technical Review found in %s (looked for projects/<project>/tech-review/ and GTR documents); a TAG presentation or the GTR's Day 0 needs an attestation with a link to the notes, recording or questionnaire",
		[facts.searched],
	)
}

evidence contains facts.file(loc) if some loc in facts.artifacts("gtr")
