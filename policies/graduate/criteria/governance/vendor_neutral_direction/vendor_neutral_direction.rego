# METADATA
# title: Governance clearly documents vendor-neutrality of project direction.
# description: >-
#   Passes when the governance documents have a section on vendor neutrality
#   (content.topics.vendor_neutrality). Fails when documents were searched and no
#   governance document was found. When a governance document exists but has no such
#   heading the criterion is unknown, not failed: the statement may be made in prose
#   without a heading, so an attestation pointing to it decides. Unknown when the content
#   was not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: governance.vendor_neutral_direction
#   section: governance
#   order: 205
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [content.topics.vendor_neutrality, documents.governance]
package graduate.criteria.governance.vendor_neutral_direction

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

# The topics (content.topics) this criterion needs, and how a message names them.
_topics := ["vendor_neutrality"]

_labels := {"vendor_neutrality": "the vendor-neutrality of project direction"}

# The documents a missing topic would be documented in.
_kinds := ["governance"]

_found := {t | some t in _topics; count(facts.topics(t)) > 0}

_path(t) := concat(".", ["content.topics", t])

_topic_collected(t) if facts.path_collected(_path(t))

_docs := [loc | some kind in _kinds; some loc in facts.documents(kind)]

_searched := sprintf("%s (%s)", ["the governance documents", facts.where(_docs)]) if count(_docs) > 0

_searched := "the governance documents" if count(_docs) == 0

fail contains msg if {
	count(_found) < count(_topics)
	every kind in _kinds {
		facts.missing_document(kind)
	}
	msg := sprintf(
		"no governance document found in %s; governance that documents the vendor-neutrality of project direction is required",
		[facts.searched],
	)
}

# The reason for a topic that was not collected names the widest family that failed
# (content, content.topics, or the topic itself).
unknown contains facts.path_not_collected(_path(t)) if {
	some t in _topics
	not t in _found
}

unknown contains msg if {
	absent := [_labels[t] | some t in _topics; _topic_collected(t); not t in _found]
	count(absent) > 0
	msg := sprintf(
		"no heading on %s found in %s; the statement may be in prose without a heading: add an attestation in the project file pointing to it",
		[concat(", ", absent), _searched],
	)
}

evidence contains facts.file(loc) if {
	some t in _found
	some loc in facts.topics(t)
}
