# METADATA
# title: "Document the project's release process and guidelines publicly in a RELEASES.md or equivalent file that defines:"
# description: >-
#   Passes when a release-process document (documents.release_process: RELEASES or RELEASE
#   files, docs/release*, a README release section) is found in any repository of the
#   project and a heading or sentence in one states how a release is made
#   (content.topics.release_procedure: who cuts it, the branch or tag made, the workflow
#   that builds and publishes it); fails when documents were searched and none was
#   found; unknown when they were not collected, when the document is only linked, or
#   when the documents found state no procedure (a release schedule and a support policy
#   alone are guidelines) or only link it elsewhere, and when they state a procedure but
#   none of the process's guidelines (content.topics: release_expectations,
#   release_tagging, release_prerelease, release_security, release_branch_tag_strategy,
#   version_scheme, release_support): steps to cut a release alone do not say what is
#   released when, how it is named or how long it is kept. At graduation the document
#   must also define the five guidelines, each judged as its own criterion
#   (engineering.release_process.expectations, .tagging, .branch_tag_strategy, .support
#   and .artifacts, with their attestations and waivers): at that level this criterion
#   fails when one of them fails and is unknown when one is unknown, naming them
#   (fail_at.graduation, unknown_at.graduation); at incubation the process alone is asked.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 406
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   wording:
#     incubation: Document the project's release process.
#   decided_by: [repository_files]
#   facts: [documents.release_process, content.topics.release_procedure, content.topics.release_expectations, content.topics.release_tagging, content.topics.release_support]
package graduate.criteria.engineering.release_process

import data.graduate.lib.facts
import data.graduate.lib.stated
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

unknown contains facts.path_not_collected("documents.release_process")

fail contains msg if {
	facts.missing_document("release_process")
	msg := sprintf("%s; none is a release process document (looked for %s); a public release process document is required", [facts.read, facts.describe("release_process")])
}

unknown contains msg if {
	facts.linked_document("release_process")
	msg := sprintf("no release process document in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("release_process"))])
}

evidence contains facts.link(l) if {
	facts.linked_document("release_process")
	some l in facts.links_out("release_process")
}

release_docs := facts.documents("release_process")

# The topic that says the documents state a process, and how a reason names it.
_topics := ["release_procedure"]

_labels := {"release_procedure": "how a release is made (who cuts it, the branch or tag made, the workflow that builds and publishes it)"}

unknown contains m if {
	count(release_docs) > 0
	some m in stated.not_collected(_topics)
}

unknown contains m if {
	count(release_docs) > 0
	some m in stated.linked(_topics, _labels, "release_process")
}

unknown contains msg if {
	count(release_docs) > 0
	stated.unstated(_topics, "release_process")
	msg := sprintf(
		"the release documents (%s) state no process: no heading or sentence says %s; a release schedule or a support policy alone is the process's guidelines, not the process; attest where it is documented, or state it",
		[facts.where(release_docs), _labels.release_procedure],
	)
}

# The process's guidelines: what is released when, how releases are named and tagged,
# and what is supported for how long. A procedure with none of them is half the
# document the criterion asks for.
_guidelines := ["release_expectations", "release_tagging", "release_prerelease", "release_security", "release_branch_tag_strategy", "version_scheme", "release_support"]

_guided if count(stated.missing(_guidelines)) < count(_guidelines)

unknown contains m if {
	count(release_docs) > 0
	count(stated.missing(_topics)) == 0
	not _guided
	some m in stated.not_collected(_guidelines)
}

unknown contains msg if {
	count(release_docs) > 0
	count(stated.missing(_topics)) == 0
	not _guided
	stated.collected(_guidelines)
	msg := sprintf(
		"the release documents (%s) say how a release is made but state none of the process's guidelines: no heading or sentence says when releases are made, how they are versioned and tagged, which branches are kept or what is supported for how long; attest where the guidelines are documented, or state them",
		[facts.where(release_docs)],
	)
}

evidence contains e if some e in stated.evidence(_topics)

# One line for each guideline stated: the guidelines' own criteria cite them all.
evidence contains facts.file(facts.topics(t)[0]) if {
	count(stated.missing(_topics)) == 0
	some t in _guidelines
	count(facts.topics(t)) > 0
}

evidence contains e if {
	count(release_docs) > 0
	some e in stated.link_evidence(_topics, "release_process")
}

evidence contains facts.file(loc) if some loc in release_docs

# At graduation the wording goes on "... in a RELEASES.md or equivalent file that
# defines:" five guidelines, each its own criterion. The document defines them when
# every one of those criteria passes (or is waived): a guideline that fails fails this
# one too, one that is unknown leaves it unknown; their own reasons say why.
_guidelines_at_graduation := {
	"release_process_expectations": "release expectations",
	"release_process_tagging": "tagging of stable, unstable and security releases",
	"release_process_branch_tag_strategy": "branch and tag strategy",
	"release_process_support": "branch and platform support and its length",
	"release_process_artifacts": "release artifacts",
}

_guideline_status[name] := o.status if {
	some name, _ in _guidelines_at_graduation
	m := data.graduate.criteria.engineering[name].meta
	o := verdict.outcome(
		m.custom.id,
		data.graduate.criteria.engineering[name].fail,
		data.graduate.criteria.engineering[name].unknown,
	)
}

_guidelines_with(status) := [sprintf("%s (%s: %s)", [_guidelines_at_graduation[name], data.graduate.criteria.engineering[name].meta.custom.id, status]) |
	some name, s in _guideline_status
	s == status
]

fail_at.graduation contains msg if {
	count(release_docs) > 0
	failing := _guidelines_with("fail")
	count(failing) > 0
	msg := sprintf(
		"at graduation the release process document must define five guidelines; not stated in the documents read: %s; see those criteria's reasons",
		[concat("; ", sort(failing))],
	)
}

unknown_at.graduation contains msg if {
	count(release_docs) > 0
	count(_guidelines_with("fail")) == 0
	undecided := _guidelines_with("unknown")
	count(undecided) > 0
	msg := sprintf(
		"at graduation the release process document must define five guidelines; undecided whether it defines: %s; see those criteria's reasons",
		[concat("; ", sort(undecided))],
	)
}
