# METADATA
# title: Document a complete maintainer lifecycle process (including roles, onboarding, offboarding, and emeritus status).
# description: >-
#   Passes when the governance or maintainers documents have sections on becoming a
#   maintainer, on removing or stepping down as a maintainer, and on emeritus status
#   (content.topics.maintainer_onboarding, maintainer_offboarding and emeritus). Fails
#   when documents were searched and neither a governance nor a maintainers document was
#   found. Otherwise unknown, naming the stages no heading was found for: an attestation
#   pointing to where they are documented decides. Unknown when the content was not
#   collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# schemas:
#   - input: schema.snapshot
# custom:
#   id: governance.maintainer_lifecycle
#   section: governance
#   order: 208
#   levels:
#     sandbox: not_applicable
#     incubation: suggested
#     graduation: required
#   decided_by: [repository_files, attestation]
#   facts: [content.topics.maintainer_onboarding, content.topics.maintainer_offboarding, content.topics.emeritus, documents.governance, documents.maintainers]
package graduate.criteria.governance.maintainer_lifecycle

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

result := verdict.result(meta, fail, unknown, evidence)

deny contains d if some d in verdict.deny(result)

warn contains w if some w in verdict.warn(result)

# The topics (content.topics) this criterion needs, and how a message names them.
_topics := ["maintainer_onboarding", "maintainer_offboarding", "emeritus"]

_labels := {"maintainer_onboarding": "maintainer onboarding", "maintainer_offboarding": "maintainer offboarding", "emeritus": "emeritus status"}

# The documents a missing topic would be documented in.
_kinds := ["governance", "maintainers"]

_found := {t | some t in _topics; count(facts.topics(t)) > 0}

_path(t) := concat(".", ["content.topics", t])

_topic_collected(t) if facts.path_collected(_path(t))

_docs := [loc | some kind in _kinds; some loc in facts.documents(kind)]

_searched := sprintf("%s (%s)", ["the governance and maintainers documents", facts.where(_docs)]) if count(_docs) > 0

_searched := "the governance and maintainers documents" if count(_docs) == 0

fail contains msg if {
	count(_found) < count(_topics)
	every kind in _kinds {
		facts.missing_document(kind)
	}
	msg := sprintf(
		"no governance or maintainers document found in %s; a documented maintainer lifecycle (roles, onboarding, offboarding and emeritus status) is required",
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
