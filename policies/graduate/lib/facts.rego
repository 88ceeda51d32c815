# METADATA
# title: Fact helpers
# description: >-
#   Whether a fact family was collected, and evidence items for the places facts were read.
#   A fact path ("maintainers", "documents.governance", "content.topics.emeritus") is
#   collected when every level of it is present in the snapshot and no collection error
#   names one of those levels.
# schemas:
#   - input: schema.snapshot
package graduate.lib.facts

_errors := object.get(input, "collection_errors", [])

_covers(source, family) if source == family

_covers(source, family) if startswith(source, concat("", [family, "."]))

# errors lists the collection errors that name a family, one of its members, or (for a
# member such as "documents.contributing") the family it belongs to.
errors(family) := [e.error | some e in _errors; _relevant(e.source, family)]

_relevant(source, family) if _covers(source, family)

_relevant(source, family) if _covers(family, source)

# _error_sources are the fact paths collection errors name, built once per snapshot.
_error_sources := {e.source | some e in _errors}

# path_collected holds when every level of a dotted fact path, such as "maintainers" or
# "content.topics.emeritus", is present in the snapshot and no collection error names
# one of those levels. The whole path being present implies every level above it is, so
# one lookup decides presence; the error scan is over the (usually empty) error list.
path_collected(path) if {
	object.get(input, split(path, "."), _absent) != _absent
	not _errored(path)
}

_errored(path) if {
	some source in _error_sources
	_covers(path, source)
}

# path_not_collected is the unknown reason for a fact path: it names the widest level
# that was not collected, with that level's errors.
path_not_collected(path) := not_collected(_widest_missing(split(path, "."))) if not path_collected(path)

_absent := {"graduate": "absent"}

_level_missing(parts, n) if object.get(input, array.slice(parts, 0, n), _absent) == _absent

_level_missing(parts, n) if concat(".", array.slice(parts, 0, n)) in _error_sources

# _widest_missing is the shortest prefix of parts that was not collected.
_widest_missing(parts) := concat(".", array.slice(parts, 0, n)) if {
	n := min({i | some i in numbers.range(1, count(parts)); _level_missing(parts, i)})
}

# collected holds for a top-level fact family, e.g. "maintainers".
collected(family) if path_collected(family)

# member_collected holds for one member of a family, e.g. ("documents", "governance").
member_collected(family, member) if path_collected(concat(".", [family, member]))

# not_collected is the unknown reason for a family (or "family.member") that was not collected.
not_collected(family) := sprintf("%s could not be collected: %s", [family, concat("; ", errs)]) if {
	errs := errors(family)
	count(errs) > 0
}

not_collected(family) := sprintf("%s was not collected: the snapshot has no such facts", [family]) if {
	count(errors(family)) == 0
}

documents(kind) := object.get(input, ["documents", kind], [])

artifacts(kind) := object.get(input, ["artifacts", kind], [])

topics(topic) := object.get(input, ["content", "topics", topic], [])

# missing_document holds when documents of this kind were looked for and none was found.
missing_document(kind) if {
	member_collected("documents", kind)
	count(input.documents[kind]) == 0
}

repositories := [r.name | some r in object.get(input, "repositories", [])]

# searched names the repositories a failure message says were searched.
searched := concat(", ", repositories) if count(repositories) > 0

searched := "the snapshot's repositories" if count(repositories) == 0

# file is an evidence item for a place a fact was read.
file(loc) := {"kind": "file", "repo": loc.repo, "path": loc.path, "line": object.get(loc, "line", 1)} if {
	not loc.url
}

file(loc) := {"kind": "file", "repo": loc.repo, "path": loc.path, "line": object.get(loc, "line", 1), "url": loc.url} if {
	loc.url
}

# where renders locations for a message: "main:GOVERNANCE.md:1, community:OWNERS:1".
where(locs) := concat(", ", sort([sprintf("%s:%s:%d", [l.repo, l.path, object.get(l, "line", 1)]) | some l in locs]))
