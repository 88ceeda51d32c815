# METADATA
# title: Employer normalisation
# description: >-
#   The one place that decides when two maintainers' stated employers are the same
#   organisation. A name is lower-cased, stripped of punctuation and of legal-form words
#   (Inc, LLC, Ltd, GmbH, Corp, ...), and its words are joined, so "Red Hat", "RedHat" and
#   "Red Hat, Inc." are one employer. Aliases (data.graduate.config.org_aliases) map
#   other names of one organisation onto it. "Independent", "-", "none", "n/a" and blanks
#   are no employer.
package graduate.lib.orgs

default aliases := {}

aliases := data.graduate.config.org_aliases

_no_employer := {
	"", "-", "--", "none", "n/a", "na", "independent", "self", "self-employed",
	"unaffiliated", "individual", "personal", "unknown", "freelance", "freelancer",
}

_legal_forms := {
	"inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co",
	"gmbh", "ag", "sa", "sas", "bv", "plc", "pty", "oy", "ab", "srl", "spa", "kk",
}

# normalize returns the key two names of one employer share; undefined for no employer.
normalize(name) := key if {
	is_string(name)
	s := lower(trim_space(name))
	not s in _no_employer
	words := [w |
		some w in split(regex.replace(s, `[^a-z0-9]+`, " "), " ")
		w != ""
		not w in _legal_forms
	]
	count(words) > 0
	joined := concat("", words)
	key := object.get(aliases, joined, joined)
}

# employers maps each distinct employer key to the first name it was written as.
employers(people) := {key: names[0] |
	some key in {normalize(p.company) | some p in people; is_string(p.company)}
	names := sort([p.company | some p in people; is_string(p.company); normalize(p.company) == key])
}
