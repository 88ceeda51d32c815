# METADATA
# title: Used in appropriate capacity by at least 3 independent + indirect/direct adopters, (these are not required to be in the publicly documented list of adopters)
# description: >-
#   Counts the distinct adopters (names compared case-insensitively) in adopters.entries
#   whose type, lower-cased with non-alphanumerics removed ("End-user" is "enduser"), is one
#   of adopter_types_counted or starts with one, plus untyped entries when
#   count_untyped_adopters is set. When end users are counted, so are types that name
#   end users after a qualifier ("Cloud-Native End Users") or say the list is in
#   production, unless they name vendors, providers or integrators, or users that are
#   not, or no longer, end users.
#   Passes with at least min_adopters of them. With fewer it is unknown, not failed: the
#   template says adopters need not be in the public list, so the rest can only be
#   attested; also unknown when the adopters were not collected. An adopter that is
#   the employer of an active maintainer (maintainers.active[].company or, where the
#   list states none, the CNCF's record; compared as maintainer_orgs compares employers)
#   is not independent and is not counted, nor is one named by the work e-mail domain of
#   a maintainer who states no employer; when the maintainers were not collected,
#   enough adopters is unknown, since their independence cannot be told. Nor is an
#   entry that describes an adopter without naming it (anonymous_pattern: "A bank in
#   SouthWest China"). The
#   count is a lower bound from the public list: whether adopters use the project at the
#   right level (production for graduation, dev/test for incubation) is TOC judgement.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 602
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [adopters, maintainers.active, foundation_maintainers]
package graduate.criteria.ecosystem.adopters_min3

import data.graduate.lib.facts
import data.graduate.lib.orgs
import data.graduate.lib.record
import data.graduate.lib.verdict

default min_adopters := 3

min_adopters := data.graduate.config.thresholds.min_adopters

default types_counted := ["enduser"]

types_counted := data.graduate.config.thresholds.adopter_types_counted

default count_untyped := true

count_untyped := data.graduate.config.thresholds.count_untyped_adopters

meta := verdict.meta(rego.metadata.chain())

entries := object.get(input, ["adopters", "entries"], [])

# Types compare as lower-case letters and digits, without a plural s: "End-user",
# "End User" and a heading's "End Users" are one type.
_normalize(t) := trim_suffix(regex.replace(lower(t), `[^a-z0-9]`, ""), "s")

_types := {_normalize(t) | some t in types_counted}

_counted(e) if {
	is_string(e.type)
	_normalize(e.type) in _types
}

# A heading's type that goes on after the type ("End-User Organizations", "End users
# and their use cases") is that type.
_counted(e) if {
	is_string(e.type)
	not _normalize(e.type) in _types
	some t in _types
	startswith(_normalize(e.type), t)
}

# A list headed as used in production ("Companies/Projects using OpenFGA in
# production", "Production users") lists end users, unless the heading names vendors,
# providers or services: they are counted as end users are.
# A type that says the list is used in production, or names end users after a
# qualifier ("Cloud-Native End Users"), types its entries as end users too; not one
# that names vendors or providers, or says they are not, or no longer, end users.
# (The patterns are matched against the type's lower-case words.)
end_user_type_pattern := `\bin production\b|\bproduction (?:users?|adopters?|deployments?|use)\b|\bend users?\b`

not_end_user_pattern := `\b(?:vendors?|providers?|partners?|consult\w*|services?|integrat\w*|distribut\w*)\b`

not_end_user_qualifier_pattern := `\b(?:non|not|former|past|previous|prospective|potential)\b`

_counted(e) if {
	is_string(e.type)
	"enduser" in _types
	words := regex.replace(lower(e.type), `[^a-z0-9]+`, " ")
	regex.match(end_user_type_pattern, words)
	not regex.match(not_end_user_pattern, words)
	not regex.match(not_end_user_qualifier_pattern, words)
}

_counted(e) if {
	e.type == null
	count_untyped == true
}

# An adopter that employs the people who maintain the project (as their lists state or,
# where they state none, the CNCF's record) is not an independent one.
_own(e) if record.employer(e.name)

# Nor is one whose domain is the work e-mail of a maintainer who states no employer
# (VSHN for someone@vshn.ch): not a stated affiliation, so maintainer_orgs does not
# count it as one, but enough to doubt the adopter's independence.
_own(e) if {
	not record.employer(e.name)
	_mail_employers[orgs.normalize(e.name)]
}

_mail_employers := orgs.inferred_employers([p |
	some p in object.get(input, ["maintainers", "active"], [])
	record.company_unstated(p)
	not record.recorded(p)
])

# An entry that describes an adopter instead of naming it ("A bank in SouthWest
# China", "An IT company in East China", "Anonymous") cannot be told independent of
# the maintainers' employers, nor from another entry: it is not counted. The pattern is
# matched against the name as written: an article before a lower-case word, or before a
# region; a name in capitals ("A Cloud Guru", "One Bank", "Confidential Containers")
# names an organisation.
anonymous_pattern := `^(?i:anonymous|undisclosed|confidential|unnamed|withheld)$|^(?:A|An|One|Some) [a-z]|^(?i:an?|one) .* in (?i:the )?(?i:north|south|east|west|central)`

_anonymous(e) if regex.match(anonymous_pattern, trim_space(e.name))

unnamed := sort({e.name | some e in entries; _counted(e); _anonymous(e)})

# counted holds the distinct names (lower-cased) of the adopters that count.
counted := {n |
	some e in entries
	_counted(e)
	not _own(e)
	not _anonymous(e)
	n := lower(trim_space(e.name))
	n != ""
}

# own names each maintainer employer listed as an adopter once, as the maintainers'
# lists write it, or as the adopters' list does with the e-mail domain that names it.
own := sort({record.employer(e.name) | some e in entries; _counted(e)} | {sprintf("%s (by the work e-mail domain %s)", [e.name, d]) |
	some e in entries
	_counted(e)
	not record.employer(e.name)
	d := _mail_employers[orgs.normalize(e.name)]
})

# Without the maintainers, whether an adopter is independent cannot be told.
unknown contains facts.path_not_collected("maintainers") if count(counted) >= min_adopters

_own_described := concat("", [_employers_described, _unnamed_described])

_employers_described := "" if count(own) == 0

_employers_described := sprintf("; not counted, as the employers of maintainers: %s", [concat(", ", own)]) if count(own) > 0

_unnamed_described := "" if count(unnamed) == 0

_unnamed_described := sprintf("; not counted, as they describe an adopter without naming it: %s", [concat(", ", unnamed)]) if count(unnamed) > 0

_types_described := array.concat(types_counted, ["untyped"]) if count_untyped == true

_types_described := types_counted if count_untyped != true

unknown contains facts.path_not_collected("adopters")

fail := set()

# Adopters need not be listed publicly, so a short list is not a failure: the others
# can be attested.
unknown contains msg if {
	facts.collected("adopters")
	count(counted) < min_adopters
	msg := sprintf(
		"%d counted adopters (of %d listed; types counted: %s%s); at least %d independent adopters required: adopters need not be listed publicly, so attest the others with a link",
		[count(counted), count(entries), concat(", ", _types_described), _own_described, min_adopters],
	)
}

evidence contains facts.file(e.source) if {
	facts.collected("adopters")
	some e in entries
	_counted(e)
	not _own(e)
	not _anonymous(e)
}
