# METADATA
# title: Employer normalisation
# description: >-
#   The one place that decides when two maintainers' stated employers are the same
#   organisation. A name is lower-cased, stripped of punctuation and of legal-form words
#   (Inc, LLC, Ltd, GmbH, Corp, ...), and its words are joined, so "Red Hat", "RedHat" and
#   "Red Hat, Inc." are one employer. Aliases (data.graduate.config.org_aliases) map
#   other names of one organisation onto it. "Independent", "-", "none", "n/a" and blanks
#   are no employer. A work e-mail address names an organisation too (its domain), but
#   only as an inference: personal mailbox domains (data.graduate.config.
#   personal_mail_domains) name none.
package graduate.lib.orgs

default aliases := {}

aliases := data.graduate.config.org_aliases

default personal_mail_domains := []

personal_mail_domains := data.graduate.config.personal_mail_domains

_no_employer := {
	"", "-", "--", "none", "n/a", "na", "independent", "self", "self-employed",
	"unaffiliated", "individual", "personal", "unknown", "freelance", "freelancer",
}

_legal_forms := {
	"inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co",
	"gmbh", "ag", "sa", "sas", "bv", "plc", "pty", "oy", "ab", "srl", "spa", "kk",
	"lp", "llp",
}

# normalize returns the key two names of one employer share; undefined for no employer.
normalize(name) := key if {
	is_string(name)
	s := lower(trim_space(name))
	not s in _no_employer

	# "L.P.", "L.L.C.", "S.A.": a legal form spelt with dots is one word.
	dotted := regex.replace(s, `\b([a-z])\.\s?([a-z])\.(?:\s?([a-z])\.)?`, "${1}${2}${3}")
	words := [w |
		some w in split(regex.replace(dotted, `[^a-z0-9]+`, " "), " ")
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

# mail_employer is the organisation a work e-mail address's domain names, keyed as
# normalize keys a stated employer ("redhat" for someone@redhat.com, "upbound" for
# upbound.io); undefined for a personal mailbox or a malformed address.
mail_employer(email) := key if {
	is_string(email)
	parts := split(lower(trim_space(email)), "@")
	count(parts) == 2
	domain := trim_right(parts[1], ".")
	not domain in {d | some d in personal_mail_domains}
	labels := split(domain, ".")
	count(labels) >= 2
	name := _registrable(labels)
	name != ""
	key := object.get(aliases, name, name)
}

# _second_levels are the labels that, under a two-letter country domain, are part of
# the suffix (acme.co.uk, widget.com.au): the organisation is the label before them.
_second_levels := {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"}

_registrable(labels) := labels[count(labels) - 3] if _country_suffix(labels)

_registrable(labels) := labels[count(labels) - 2] if {
	not _country_suffix(labels)
}

_country_suffix(labels) if {
	count(labels) >= 3
	count(labels[count(labels) - 1]) == 2
	labels[count(labels) - 2] in _second_levels
}

# inferred_employers maps the organisation each work e-mail domain names, for the
# people who state no employer, to the first address's domain.
inferred_employers(people) := {key: domains[0] |
	some key in {mail_employer(p.email) | some p in people; not normalize(object.get(p, "company", null)); is_string(p.email)}
	domains := sort([split(lower(p.email), "@")[1] | some p in people; not normalize(object.get(p, "company", null)); mail_employer(p.email) == key])
}
