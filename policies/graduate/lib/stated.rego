# METADATA
# title: Topics the documents state
# description: >-
#   Whether the topics a criterion asks about (content.topics) are stated in the
#   documents read: by a heading, a sentence or a link's text, each recorded with its
#   file, line and text. A topic no document states is unknown when a document that would
#   state it, or the topic itself, is linked out of the repositories read; only when
#   nothing was linked out is graduate sure it is not stated. Each criterion decides
#   whether an unstated topic fails or needs a person's judgement.
# schemas:
#   - input: schema.snapshot
package graduate.lib.stated

import data.graduate.lib.facts

_path(t) := concat(".", ["content.topics", t])

# missing lists the topics of the list that no document states.
missing(topics) := [t | some t in topics; count(facts.topics(t)) == 0]

# collected holds when every topic of the list was looked for.
collected(topics) if {
	every t in topics {
		facts.path_collected(_path(t))
	}
}

# not_collected are the unknown reasons for the missing topics that were not collected,
# each naming the widest family that was not.
not_collected(topics) := {facts.path_not_collected(_path(t)) | some t in missing(topics); not facts.path_collected(_path(t))}

# links lists the links out of the repositories read that name a missing topic or the
# kind of document that would state it; kind is one kind, or a list of the kinds that
# would ("governance" and "maintainers" for the maintainer lifecycle).
links(topics, kind) := facts.any_links_out(array.concat(missing(topics), _kinds(kind)))

_kinds(kind) := kind if is_array(kind)

_kinds(kind) := [kind] if is_string(kind)

# absent names the missing topics by their labels: "X", "X and Y", "X, Y and Z".
absent(topics, labels) := _join([labels[t] | some t in missing(topics)])

_join(xs) := xs[0] if count(xs) == 1

_join(xs) := sprintf("%s and %s", [concat(", ", array.slice(xs, 0, count(xs) - 1)), xs[count(xs) - 1]]) if count(xs) > 1

# unstated holds when some topic was looked for in every document read, no document
# states it, nothing that would was linked elsewhere, and no other document seems to
# (hints).
unstated(topics, kind) if {
	count(missing(topics)) > 0
	collected(topics)
	count(links(topics, kind)) == 0
	count(hints(topics)) == 0
}

# hints lists the sentences that seem to state a missing topic of the list in documents
# it is not read in (content.hints, for the topics whose vocabulary row asks for them).
hints(topics) := [l | some t in missing(topics); some l in object.get(input, ["content", "hints", t], [])]

# hinted is the unknown reason when no document read for a missing topic states it and
# nothing was linked elsewhere, but a sentence in another document seems to: not sure
# it is unstated, so a person reads that sentence.
hinted(topics, labels, kind) := {msg |
	_only_hinted(topics, kind)
	msg := sprintf("%s: not stated in the documents it is read in (%s), but a sentence elsewhere seems to (%s); a person should read it: attest, or state it where it is read", [absent(topics, labels), facts.read, facts.where(hints(topics))])
}

# hint_evidence are the sentences a hinted reason rests on.
hint_evidence(topics, kind) := {facts.file(l) | _only_hinted(topics, kind); some l in hints(topics)}

# _only_hinted holds when some topic was looked for everywhere and is stated nowhere it
# is read, nothing that would state it was linked elsewhere, and a hint exists.
_only_hinted(topics, kind) if {
	count(missing(topics)) > 0
	collected(topics)
	count(links(topics, kind)) == 0
	count(hints(topics)) > 0
}

# linked is the unknown reason when a missing topic, or the document that would state
# it, is linked out of the repositories read.
linked(topics, labels, kind) := {msg |
	count(missing(topics)) > 0
	collected(topics)
	ls := links(topics, kind)
	count(ls) > 0
	msg := sprintf("%s: not stated in the documents read (%s); %s", [absent(topics, labels), facts.read, facts.linked(ls)])
}

# evidence are the places that state the topics, with the text they rest on.
evidence(topics) := {facts.file(loc) | some t in topics; some loc in facts.topics(t)}

# link_evidence are the links out a linked reason rests on.
link_evidence(topics, kind) := {facts.link(l) | count(missing(topics)) > 0; some l in links(topics, kind)}
