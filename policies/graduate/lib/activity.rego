# METADATA
# title: Which listed maintainers committed in the year
# description: >-
#   Whether each active maintainer's newest commit of the year before the snapshot was
#   looked for in every repository read (history.maintainer_activity, with no repository
#   left out of the history), and who has one (maintainers.active[].last_commit). Only
#   a maintainer the history could have found (by an address or a full name; a handle
#   alone is rarely in a commit) counts as without one. A maintainer with none may
#   review, or work in repositories graduate was not given: their absence makes a count
#   unsure, never short.
# schemas:
#   - input: schema.snapshot
package graduate.lib.activity

import data.graduate.lib.people

# known holds when every repository's history was read and each active maintainer
# was looked for in it.
known if {
	input.history.maintainer_activity
	count(object.get(input, ["history", "partial"], [])) == 0
}

# unseen are the active maintainers the history could have found (by an address or a
# full name) and did not, as messages name them.
unseen := sort([people.label(p) | some p in object.get(input, ["maintainers", "active"], []); _unseen(p)])

_unseen(p) if {
	not p.last_commit
	_findable(p)
}

_findable(p) if people.stated(p, "email")

_findable(p) if {
	people.stated(p, "name")
	contains(trim_space(p.name), " ")
}

# maybe_active are the others: those with a commit of the year, and those the history
# could not have found (a handle alone, which commits rarely carry).
maybe_active(maintainers) := [p | some p in maintainers; not _unseen(p)]
