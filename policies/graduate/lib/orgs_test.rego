package graduate.lib.orgs_test

import data.graduate.lib.orgs

# Names of one employer, as maintainers files write them, and the key they share.
same_employer := [
	["Red Hat", "redhat"],
	["RedHat", "redhat"],
	["Red Hat, Inc.", "redhat"],
	["red hat inc", "redhat"],
	["  RED HAT  ", "redhat"],
	["Google", "google"],
	["Google LLC", "google"],
	["Google, LLC.", "google"],
	["SUSE", "suse"],
	["SUSE LLC", "suse"],
	["Microsoft Corporation", "microsoft"],
	["Microsoft Corp.", "microsoft"],
	["VMware by Broadcom", "vmwarebybroadcom"],
	["Deutsche Telekom AG", "deutschetelekom"],
	["Isovalent (Cisco)", "isovalentcisco"],
	["F5, Inc.", "f5"],
	["Bloomberg L.P.", "bloomberg"],
	["Bloomberg LP", "bloomberg"],
	["Acme, L.L.C.", "acme"],
]

no_employer := ["", " ", "-", "--", "None", "none", "N/A", "n/a", "Independent", "independent ", "Self", "self-employed", "Unaffiliated", "Individual", "Freelance", "unknown"]

test_one_key_per_employer if {
	every c in same_employer {
		orgs.normalize(c[0]) == c[1]
	}
}

test_no_employer if {
	every n in no_employer {
		not orgs.normalize(n)
	}
}

test_legal_form_alone_is_no_employer if {
	not orgs.normalize("Inc.")
	not orgs.normalize("LLC")
}

test_aliases_are_data if {
	orgs.normalize("IBM") == "ibm"
	orgs.normalize("Red Hat") == "ibm" with data.graduate.config.org_aliases as {"redhat": "ibm"}
}

people(companies) := [{"github": sprintf("p%d", [i]), "name": null, "company": c, "source": {"repo": "r", "path": "MAINTAINERS.md"}} | some i, c in companies]

test_employers_counts_each_organisation_once if {
	e := orgs.employers(people(["Red Hat", "RedHat", "Red Hat, Inc.", "Google LLC", "Independent", null, "-"]))
	e == {"redhat": "Red Hat", "google": "Google LLC"}
}

test_employers_of_no_one if {
	orgs.employers(people([])) == {}
	orgs.employers(people([null, "none"])) == {}
}

test_mail_employer if {
	orgs.mail_employer("negz@upbound.io") == "upbound"
	orgs.mail_employer("Someone@RedHat.com") == "redhat"
	orgs.mail_employer("x@mail.example.ac") == "example"
	orgs.mail_employer("a@acme.co.uk") == "acme"
	orgs.mail_employer("b@widget.com.au") == "widget"
	orgs.mail_employer("c@mail.widget.co.jp") == "widget"
	not orgs.mail_employer("someone@gmail.com")
	not orgs.mail_employer("123+someone@users.noreply.github.com")
	not orgs.mail_employer("not an address")
	not orgs.mail_employer(null)
}

test_inferred_employers_only_for_people_without_one if {
	people := [
		{"company": "Upbound", "email": "a@upbound.io"},
		{"company": null, "email": "b@nokia.com"},
		{"company": null, "email": "c@gmail.com"},
		{"company": "Independent", "email": "d@nokia.com"},
	]
	orgs.inferred_employers(people) == {"nokia": "nokia.com"}
}
