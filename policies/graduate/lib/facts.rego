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
# that was not collected, with that level's errors. It is defined only when the path was
# not collected, so a criterion writes `unknown contains facts.path_not_collected("x.y")`,
# with any other conditions in the rule's body: the one way a criterion says a fact
# was not collected.
path_not_collected(path) := _not_collected(_widest_missing(split(path, "."))) if not path_collected(path)

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

# _not_collected is the reason for a level (a family, or "family.member") that was not
# collected, with its errors; path_not_collected gives it for the widest missing level.
_not_collected(family) := sprintf("%s could not be collected: %s", [family, concat("; ", errs)]) if {
	errs := errors(family)
	count(errs) > 0
}

_not_collected(family) := sprintf("%s was not collected: the snapshot has no such facts", [family]) if {
	count(errors(family)) == 0
}

# why is the reason a fact path is missing: its collection errors, else otherwise (the
# likely cause, when no error was recorded).
why(path, otherwise) := concat("; ", errs) if {
	errs := errors(path)
	count(errs) > 0
} else := otherwise

documents(kind) := object.get(input, ["documents", kind], [])

artifacts(kind) := object.get(input, ["artifacts", kind], [])

topics(topic) := object.get(input, ["content", "topics", topic], [])

# missing_document holds when documents of this kind were looked for in every document
# of the repositories read, none was found, and none of them links one elsewhere: only
# then is graduate sure the document is missing.
missing_document(kind) if {
	member_collected("documents", kind)
	count(input.documents[kind]) == 0
	count(links_out(kind)) == 0
}

# linked_document holds when no document of this kind was found in the repositories
# read, but they link one elsewhere (another repository, the website): not read, so
# its criteria are unknown, never failed.
linked_document(kind) if {
	member_collected("documents", kind)
	count(input.documents[kind]) == 0
	count(links_out(kind)) > 0
}

# links_out lists the links out of the repositories read that name a document kind,
# an artifact kind or a topic (content.links_out).
links_out(topic) := any_links_out([topic])

# any_links_out lists the links out that name any of several kinds or topics.
any_links_out(topics) := [l | some l in object.get(input, ["content", "links_out"], []); l.topic in topics]

# other_codes are the links out, from a document that is no code of conduct itself, to
# a code of conduct file in a GitHub repository not read (tinkerbell's
# CONTRIBUTING.md: "the code of conduct found
# [here](https://github.com/tinkerbell/.github/blob/main/CODE_OF_CONDUCT.md)"): a code
# the project may follow besides the one read, so whether it adopts the CNCF's is not
# known. (A committee's mailing list, or the website's copy of the code read, is none.)
other_codes := [l |
	some l in links_out("code_of_conduct")
	not l.path in {split(d.path, "#")[0] | some d in documents("code_of_conduct"); d.repo == l.repo}
	regex.match(`(?i)^https://github\.com/[^/]+/[^/]+/(?:blob|tree|raw)/[^/]+/(?:[^?#]*/)?code[-_]?of[-_]?conduct[^/]*$`, l.url)
]

# linked is a reason's account of links out: where each is and where it points, the
# first three and how many more.
linked(ls) := sprintf("linked from %s, not read", [_first_three(sort({_link_text(l) | some l in ls}))])

# and_linked is linked as the tail of a reason ("; linked from ..., not read"), or ""
# when there are no links out.
and_linked(ls) := sprintf("; %s", [linked(ls)]) if count(ls) > 0

and_linked(ls) := "" if count(ls) == 0

_link_text(l) := sprintf("%s:%s:%d as %q to %s", [l.repo, l.path, object.get(l, "line", 1), object.get(l, "text", ""), l.url]) if {
	l.path != ""
	object.get(l, "text", "") != ""
}

_link_text(l) := sprintf("%s:%s:%d to %s", [l.repo, l.path, object.get(l, "line", 1), l.url]) if {
	l.path != ""
	object.get(l, "text", "") == ""
}

# A link no file writes: the owner's default health files, which GitHub shows on a
# repository that has none of its own.
_link_text(l) := sprintf("%s, by GitHub, to %s (%s)", [l.repo, l.url, object.get(l, "text", "")]) if l.path == ""

_first_three(items) := concat("; ", items) if count(items) <= 3

_first_three(items) := sprintf("%s; and %d more", [concat("; ", array.slice(items, 0, 3)), count(items) - 3]) if count(items) > 3

# link is an evidence item for a link out: where it is written, and where it points.
link(l) := {"kind": "file", "repo": l.repo, "path": l.path, "line": object.get(l, "line", 1), "url": l.url} if l.path != ""

link(l) := {"kind": "url", "url": l.url, "text": object.get(l, "text", "")} if l.path == ""

# read says what the reader read, for a reason about a missing document: "read 106
# documents in kubevirt/kubevirt and 126 in kubevirt/community".
read := sprintf("read %s", [_read_counts]) if count(_read_counts_list) > 0

read := sprintf("read the documents of %s", [searched]) if count(_read_counts_list) == 0

_read_counts_list := [sprintf("%d documents in %s", [r.documents, r.name]) | some r in object.get(input, "repositories", []); is_number(r.documents)]

_read_counts := concat(", ", _read_counts_list)

# describe is what the reader looked for to find a document or artifact kind, from the
# vocabulary (data.graduate.config.vocabulary).
# A document named for the kind whose only text is a placeholder ("TBD") is said too:
# it is there, and it is not the document.
describe(kind) := concat("", [_describe(kind), _placeholders(kind)])

_describe(kind) := d if {
	some family in ["documents", "artifacts"]
	d := data.graduate.config.vocabulary[family][kind].describe
}

_describe(kind) := kind if not _described(kind)

_described(kind) if {
	some family in ["documents", "artifacts"]
	data.graduate.config.vocabulary[family][kind].describe
}

_placeholders(kind) := "" if count(placeholders(kind)) == 0

_placeholders(kind) := sprintf("; %s %s", [where(placeholders(kind)), _says(placeholders(kind))]) if count(placeholders(kind)) > 0

# A draft (how "draft": its front matter's "draft: true") is a page the site does not
# publish, whatever it says; any other placeholder only says the text is to come.
_says(ps) := "is a draft, which its site does not publish" if {
	count(ps) == 1
	_drafts(ps) == 1
}

_says(ps) := sprintf("only says \"%s\", a placeholder", [ps[0].text]) if {
	count(ps) == 1
	_drafts(ps) == 0
	object.get(ps[0], "text", "") != ""
}

_says(ps) := "only says the text is still to come" if {
	count(ps) == 1
	_drafts(ps) == 0
	object.get(ps[0], "text", "") == ""
}

_says(ps) := "are drafts, which their site does not publish" if {
	count(ps) > 1
	_drafts(ps) == count(ps)
}

_says(ps) := "only say the text is still to come, or are drafts" if {
	count(ps) > 1
	_drafts(ps) > 0
	_drafts(ps) < count(ps)
}

_says(ps) := "only say the text is still to come" if {
	count(ps) > 1
	_drafts(ps) == 0
}

_drafts(ps) := count([p | some p in ps; p.how == "draft"])

# placeholders lists the documents named or titled for a kind that only say the text is
# still to come (content.placeholders).
placeholders(kind) := input.content.placeholders[kind]

placeholders(kind) := [] if not input.content.placeholders[kind]

repositories := [r.name | some r in object.get(input, "repositories", [])]

# channels_looked says where and for what the channels were looked for
# (content.channels), for the criteria that count them.
channels_looked := "looked for Slack, mailing list, GitHub Discussions, Discord, Matrix, forum, IRC and X links and WeChat groups in README, community and contributing documents"

# searched names the repositories a failure message says were searched.
searched := concat(", ", repositories) if count(repositories) > 0

searched := "the snapshot's repositories" if count(repositories) == 0

# file is an evidence item for a place a fact was read, with the link found there and
# the text the fact rests on (a heading, a sentence, a title) when the reader gives them.
file(loc) := object.union(
	{"kind": "file", "repo": loc.repo, "path": loc.path, "line": object.get(loc, "line", 1)},
	{k: v | some k in ["url", "text"]; v := loc[k]; v != ""},
)

# where renders locations for a message, each once: "main:GOVERNANCE.md:1,
# community:OWNERS:1", at most ten and a count of the rest.
where(locs) := _capped(sort({sprintf("%s:%s:%d", [l.repo, l.path, object.get(l, "line", 1)]) | some l in locs}))

# _capped joins places, each once, the first ten of them and a count of the rest.
_capped(places) := concat(", ", places) if count(places) <= 10

_capped(places) := sprintf("%s and %d more", [concat(", ", array.slice(places, 0, 10)), count(places) - 10]) if count(places) > 10

# history_partial holds when some repository's history could not be read (a checkout
# without .git): the history facts are over the others, so a count is a lower bound and
# a count below a floor is not a failure.
history_partial if count(object.get(input, ["history", "partial"], [])) > 0

partial_history := sprintf("counted without %s, whose history could not be read, so the count may be higher", [concat(", ", input.history.partial)])

# unread_repositories are the project's other repositories its READMEs and entry
# documents link and that were not read (links out of topic repository: its SDKs, its
# plugins): a count over the history read is a lower bound, and one below a floor is
# not a failure.
unread_repositories := links_out("repository")

unread_history := sprintf("counted over the repositories read only: the project's other repositories were not (%s), so the count may be higher; give them with --dir other=PATH, or attest", [linked(unread_repositories)])

# main_repository is the name of the project's main repository (the one with role main).
main_repository := [r.name | some r in object.get(input, "repositories", []); r.role == "main"][0]

# in_role holds when the repository named repo was given in role ("community",
# "website", ...).
in_role(repo, role) if {
	some r in object.get(input, "repositories", [])
	r.name == repo
	r.role == role
}

# github_main is what the GitHub API said of the main repository (github.repositories);
# undefined when the API was not asked or did not describe it.
github_main := [r |
	some r in object.get(input, ["github", "repositories"], [])
	r.repo == main_repository
][0]

_ns_per_day := ((24 * 60) * 60) * 1000000000

# days_since is how many whole days before the day the snapshot was collected a day
# (YYYY-MM-DD) is: how long ago a file last changed (a roadmap's, a meeting
# schedule's). Day against day, so the time of day of the collection (the end of the
# day `--as-of DATE` gives) moves no threshold.
days_since(day) := (time.parse_ns("2006-01-02", substring(input.collected_at, 0, 10)) - time.parse_ns("2006-01-02", day)) / _ns_per_day
