# METADATA
# title: Fact helpers
# description: >-
#   Whether a fact family was collected, and evidence items for the places facts were read.
#   A family is collected when its key is present in the snapshot and no collection error
#   names it (or one of its members, as "documents.governance").
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

# collected holds when the family's key is present and no error names the family itself.
collected(family) if {
	_ = input[family]
	not _errored(family)
}

_errored(family) if {
	some e in _errors
	e.source == family
}

# member_collected holds for one member of a family, e.g. ("documents", "governance").
member_collected(family, member) if {
	collected(family)
	_ = input[family][member]
	not _member_errored(family, member)
}

_member_errored(family, member) if {
	some e in _errors
	e.source == concat(".", [family, member])
}

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
