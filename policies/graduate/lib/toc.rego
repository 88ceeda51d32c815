# METADATA
# title: What the CNCF records of a project's moves between levels
# description: >-
#   The TOC's due-diligence documents for the project, kept in cncf/toc's folder for it
#   and named for the level they were done for, and whether the CNCF landscape records
#   the project at a level: the TOC moves a project only once its due diligence is done,
#   the concerns raised resolved and the public comment period closed.
# schemas:
#   - input: schema.snapshot
package graduate.lib.toc

import data.graduate.lib.facts

# levels are the levels a project moves to by the TOC's due diligence.
levels := ["incubation", "graduation"]

# The word that names a level in a due-diligence document's name
# ("crossplane-graduation-dd.md", "2024-wasmCloud-incubation-dd.md").
_level_words := {"incubation": "incubation", "graduation": "graduation"}

# The landscape's maturities that record a project at a level or above, and the field
# that dates its move there (kept when a project is archived).
_maturities := {"incubation": {"incubating", "graduated"}, "graduation": {"graduated"}}

_dates := {"incubation": "incubating", "graduation": "graduated"}

_docs := [l | some l in facts.artifacts("due_diligence"); l.repo == "cncf/toc"]

# due_diligence are the TOC's due-diligence documents for level.
due_diligence(level) := [l | some l in _docs; contains(lower(l.path), _level_words[level])]

# looked says where the documents are looked for.
looked := "cncf/toc is read for projects/<project>/ when given with --toc"

# reached holds when the landscape records the project at level or above.
reached(level) if object.get(input, ["landscape", "maturity"], "") in _maturities[level]

reached(level) if object.get(input, ["landscape", _dates[level]], "") != ""

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
