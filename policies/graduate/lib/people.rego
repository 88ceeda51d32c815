# METADATA
# title: How a message names maintainers
# description: >-
#   A maintainer by handle, else name, else e-mail, else where they were read; a list of
#   them, the first few and how many more.
# schemas:
#   - input: schema.snapshot
package graduate.lib.people

import data.graduate.lib.facts

# listed is how many people a message names before "and N more".
listed := 5

# stated holds when the person's field is a non-empty string.
stated(p, field) if {
	v := object.get(p, field, null)
	is_string(v)
	trim_space(v) != ""
}

label(p) := p.github if stated(p, "github")

label(p) := p.name if {
	not stated(p, "github")
	stated(p, "name")
}

label(p) := p.email if {
	not stated(p, "github")
	not stated(p, "name")
	stated(p, "email")
}

label(p) := facts.where([p.source]) if {
	not stated(p, "github")
	not stated(p, "name")
	not stated(p, "email")
}

names(labels) := concat(", ", labels) if count(labels) <= listed

names(labels) := sprintf("%s and %d more", [concat(", ", array.slice(labels, 0, listed)), count(labels) - listed]) if {
	count(labels) > listed
}

# list_elsewhere says that no maintainers document was found in the repositories read
# but one is linked out of them (a website's maintainers page), with what was read and
# the links: the list is unknown, and the people counted are not all the project lists,
# so too few is unknown too, not a failure. Undefined otherwise.
list_elsewhere := sprintf("no maintainers document in the repositories read (%s); %s", [facts.read, facts.linked(facts.links_out("maintainers"))]) if {
	facts.linked_document("maintainers")
}

# list_elsewhere_evidence are the links list_elsewhere names.
list_elsewhere_evidence contains facts.link(l) if {
	facts.linked_document("maintainers")
	some l in facts.links_out("maintainers")
}
