# METADATA
# title: What the CNCF records of a project's moves between levels
# description: >-
#   The TOC's due-diligence documents for the project, kept in cncf/toc's folder for it
#   and named for the level they were done for (in the file's name, else its title), and
#   whether the CNCF landscape records the project at a level: the TOC moves a project
#   only once its due diligence is done, the concerns raised resolved and the public
#   comment period closed.
# schemas:
#   - input: schema.snapshot
package graduate.lib.toc

import data.graduate.lib.facts

# levels are the levels a project moves to by the TOC's due diligence, each the word
# that names it in a due-diligence document's name or title
# ("crossplane-graduation-dd.md", "2024-wasmCloud-incubation-dd.md").
levels := ["incubation", "graduation"]

# The landscape's maturities that record a project at a level or above, and the fields
# that date a move there or beyond (kept when a project is archived).
_maturities := {"incubation": {"incubating", "graduated"}, "graduation": {"graduated"}}

_dates := {"incubation": ["incubating", "graduated"], "graduation": ["graduated"]}

_docs := [l | some l in facts.artifacts("due_diligence"); l.repo == "cncf/toc"]

_basename(l) := lower(regex.replace(l.path, `^.*/`, ""))

_names(l, level) if contains(_basename(l), level)

_names(l, level) if {
	not _names_any_by_file(l)
	contains(lower(object.get(l, "text", "")), level)
}

_names_any_by_file(l) if {
	some level in levels
	contains(_basename(l), level)
}

_names_any(l) if {
	some level in levels
	_names(l, level)
}

# due_diligence are the TOC's due-diligence documents for level.
due_diligence(level) := [l | some l in _docs; _names(l, level)]

# looked says where the documents were looked for, and names those that name no level.
looked := sprintf("cncf/toc's folder for the project holds due-diligence documents that name no level: %s", [facts.where(_unnamed)]) if count(_unnamed) > 0

looked := "cncf/toc is read for projects/<project>/ when given with --toc" if count(_unnamed) == 0

_unnamed := [l | some l in _docs; not _names_any(l)]

# reached holds when the landscape, read, records the project at level or above.
reached(level) if {
	facts.collected("landscape")
	object.get(input, ["landscape", "maturity"], "") in _maturities[level]
}

reached(level) if {
	facts.collected("landscape")
	some field in _dates[level]
	object.get(input, ["landscape", field], "") != ""
}

# not_reached says why the landscape does not show the project at level.
not_reached(_) := facts.path_not_collected("landscape")

not_reached(level) := sprintf(
	"the CNCF landscape records the project as %s (%s:%d), not at %s",
	[input.landscape.maturity, input.landscape.source.path, object.get(input.landscape.source, "line", 1), level],
) if {
	facts.collected("landscape")
	not reached(level)
}

# record is the landscape's entry as evidence: its maturity and the dates of its moves.
record := facts.file(object.union(input.landscape.source, {"text": concat(", ", [sprintf("%s %s", [k, v]) |
	some k in ["maturity", "accepted", "incubating", "graduated"]
	v := object.get(input.landscape, k, "")
	v != ""
])}))
