# METADATA
# title: Release expectations (scheduled or based on feature implementation)
# description: >-
#   One of the five things the graduation template requires the release-process document
#   to define. Passes when a section on it (content.topics.release_expectations) is found; fails when no
#   release-process document was found (documents.release_process searched and empty), or
#   when one was found and the sections were searched and none is on this topic; unknown
#   when the facts were not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: engineering.release_process.expectations
#   section: engineering
#   order: 407
#   levels:
#     sandbox: not_applicable
#     incubation: not_applicable
#     graduation: required
#   decided_by: [repository_files]
#   facts: [content.topics.release_expectations, documents.release_process]
package graduate.criteria.engineering.release_process_expectations

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

_topic := "content.topics.release_expectations"

_subject := "release expectations (a release schedule or cadence, or releases based on feature implementation)"

sections := facts.topics("release_expectations")

release_docs := facts.documents("release_process")

_found if count(sections) > 0

_topic_collected if facts.path_collected(_topic)

# _documents_named renders the release-process documents for a message:
# "RELEASES.md at main:RELEASES.md:1 has" or "the release process documents at ... have".
_documents_named := sprintf("%s at %s has", [_basename(release_docs[0].path), facts.where(release_docs)]) if count(release_docs) == 1

_documents_named := sprintf("the release process documents at %s have", [facts.where(release_docs)]) if count(release_docs) > 1

_basename(path) := parts[count(parts) - 1] if parts := split(path, "/")

fail contains msg if {
	facts.missing_document("release_process")
	msg := sprintf(
		"no release process document found in %s (looked for RELEASES and RELEASE files in the root, .github/ and docs/, docs/release* and README release sections), so nothing defines %s; a release process document that defines it is required",
		[facts.searched, _subject],
	)
}

fail contains msg if {
	not _found
	_topic_collected
	count(release_docs) > 0
	msg := sprintf("%s no section on %s; the release process document must define it", [_documents_named, _subject])
}

# The reason names the widest family that was not collected.
unknown contains facts.path_not_collected(_topic) if not _found

unknown contains facts.not_collected("documents.release_process") if {
	not _found
	not facts.member_collected("documents", "release_process")
}

evidence contains facts.file(loc) if some loc in sections

evidence contains facts.file(loc) if some loc in release_docs
