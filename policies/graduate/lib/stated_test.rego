package graduate.lib.stated_test

import data.graduate.lib.fixtures

# The criteria that read each topic whose vocabulary row asks for hints, as
# [topic, section, package name].
_hinted := {[t, section, concat("_", array.slice(parts, 1, count(parts)))] |
	some t, row in data.graduate.config.vocabulary.topics
	is_string(row.hints)
	some id in row.criteria
	parts := split(id, ".")
	section := parts[0]
}

_hint := {"repo": "main", "path": "docs/lifecycle.md", "line": 12, "how": "sentence", "text": "A feature stays in beta for one release cycle (typically 3 months)."}

# Every topic looked for and none stated, in a project with a release document and no
# roadmap.
_snapshot(hints) := object.union(fixtures.base, {
	"repositories": [{"name": "main", "role": "main"}],
	"documents": {"release_process": [{"repo": "main", "path": "RELEASES.md", "line": 1}], "roadmap": []},
	"content": {
		"topics": {t: [] | some t, _ in data.graduate.config.vocabulary.topics},
		"links_out": [],
		"hints": hints,
	},
})

test_some_topic_asks_for_hints if count(_hinted) > 0

# A sentence that seems to state the topic in a document it is not read in leaves each
# criterion that reads the topic unknown, with the sentence, where it would fail.
test_a_hint_turns_a_fail_unknown if {
	every h in _hinted {
		[t, section, name] := h
		bare := fixtures.result(section, name) with input as _snapshot({})
		bare.status == "fail"
		r := fixtures.result(section, name) with input as _snapshot({t: [_hint]})
		r.status == "unknown"
		{"kind": "file", "repo": "main", "path": "docs/lifecycle.md", "line": 12, "text": _hint.text} in r.evidence
	}
}
