# METADATA
# title: "Additional documentation as appropriate for project type, e.g.: installation documentation, end user documentation, reference implementation and/or code samples."
# description: >-
#   Passes when an architecture or design document was found (artifacts.architecture:
#   architecture* documents, docs/design*). Otherwise unknown, never failed: installation and
#   end-user documentation, reference implementations and code samples usually live on
#   the project's website, which graduate does not read, so an attestation linking them
#   decides. Unknown when the artifacts were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: process.additional_docs
#   section: process
#   order: 107
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [artifacts.architecture]
package graduate.criteria.process.additional_docs

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

fail := set()

# The reason names the widest family that was not collected, with its own collection
# error when it has one.
unknown contains facts.path_not_collected("artifacts.architecture")

unknown contains msg if {
	facts.member_collected("artifacts", "architecture")
	count(input.artifacts.architecture) == 0
	msg := sprintf(
		"no architecture or design document (architecture*, docs/design*) found in %s; installation and end-user documentation, reference implementations and code samples usually live on the project website, which graduate does not read: add an attestation in the project file linking them",
		[facts.searched],
	)
}

evidence contains facts.file(loc) if some loc in facts.artifacts("architecture")
