# METADATA
# title: Document how the project makes decisions on leadership roles, contribution acceptance, requests to the CNCF, and changes to governance or project goals.
# description: >-
#   Passes when the governance documents have sections on decision making (leadership
#   roles and contribution acceptance), on requests to the CNCF, and on changes to
#   governance or project goals (content.topics.decision_making, cncf_requests and
#   governance_changes). Fails when documents were searched and no governance document was
#   found. Otherwise unknown, naming the topics no heading was found for: they may be
#   covered in prose, so an attestation pointing to them decides. Unknown when the content
#   was not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: governance.decision_making
#   section: governance
#   order: 206
#   wording:
#     incubation: "Document how the project makes decisions on leadership, contribution acceptance, requests to the CNCF, and changes to governance or project goals."
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [content.topics.decision_making, content.topics.cncf_requests, content.topics.governance_changes, documents.governance]
package graduate.criteria.governance.decision_making

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

# The topics (content.topics) this criterion needs, and how a message names them.
_topics := ["decision_making", "cncf_requests", "governance_changes"]

_labels := {"decision_making": "decision making (leadership roles, contribution acceptance)", "cncf_requests": "requests to the CNCF", "governance_changes": "changes to governance or project goals"}

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
		"no governance document found in %s; documentation of how the project makes decisions on leadership roles, contribution acceptance, requests to the CNCF, and changes to governance or project goals is required",
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
		"no heading on %s found in %s; add an attestation in the project file pointing to where this is documented",
		[concat(", ", absent), _searched],
	)
}

evidence contains facts.file(loc) if {
	some t in _found
	some loc in facts.topics(t)
}
