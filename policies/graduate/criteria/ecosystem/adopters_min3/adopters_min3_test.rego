package graduate.criteria.ecosystem.adopters_min3_test

import data.graduate.lib.fixtures

adopter(name, type, line) := {"name": name, "type": type, "source": {"repo": "main", "path": "ADOPTERS.md", "line": line}}

snapshot(entries) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"adopters": {"entries": entries},
	"maintainers": {"active": []},
	"collection_errors": [],
}

# Three distinct counted adopters: two typed end users (spelt differently) and one untyped.
three := [
	adopter("Acme", "End-user", 3),
	adopter("Globex", "end user", 4),
	adopter("Initech", null, 5),
	adopter("ACME", "End User", 6),
	adopter("Hooli", "Vendor", 7),
	adopter("Kafka", "Integration", 8),
]

two := [
	adopter("Acme", "End-user", 3),
	adopter("acme ", "END-USER", 4),
	adopter("Globex", null, 5),
	adopter("Hooli", "Vendor", 7),
]

test_pass_at_threshold if {
	r := fixtures.result("ecosystem", "adopters_min3") with input as snapshot(three)
	r.status == "pass"
	r.reasons == []
	count(r.evidence) == 4
}

test_unknown_just_under_threshold if {
	r := fixtures.result("ecosystem", "adopters_min3") with input as snapshot(two)
	r.status == "unknown"
	r.reasons == ["2 counted adopters (of 4 listed; types counted: enduser, untyped); at least 3 independent adopters required: adopters need not be listed publicly, so attest the others with a link"]
}

test_untyped_not_counted_when_configured if {
	r := fixtures.result("ecosystem", "adopters_min3") with input as snapshot(three)
		with data.graduate.config.thresholds.count_untyped_adopters as false
	r.status == "unknown"
	r.reasons == ["2 counted adopters (of 6 listed; types counted: enduser); at least 3 independent adopters required: adopters need not be listed publicly, so attest the others with a link"]
}

test_types_are_data if {
	r := fixtures.result("ecosystem", "adopters_min3") with input as snapshot(two)
		with data.graduate.config.thresholds.adopter_types_counted as ["End-user", "vendor"]
	r.status == "pass"
}

test_threshold_is_data if {
	r := fixtures.result("ecosystem", "adopters_min3") with input as snapshot(three)
		with data.graduate.config.thresholds.min_adopters as 4
	r.status == "unknown"
	r.reasons == ["3 counted adopters (of 6 listed; types counted: enduser, untyped); at least 4 independent adopters required: adopters need not be listed publicly, so attest the others with a link"]
}

test_unknown_when_list_empty if {
	r := fixtures.result("ecosystem", "adopters_min3") with input as snapshot([])
	r.status == "unknown"
	r.reasons == ["0 counted adopters (of 0 listed; types counted: enduser, untyped); at least 3 independent adopters required: adopters need not be listed publicly, so attest the others with a link"]
}

test_unknown_when_not_collected if {
	r := fixtures.result("ecosystem", "adopters_min3") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["adopters was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot(two), {"collection_errors": [{"source": "adopters", "error": "ADOPTERS.md: no table or list"}]})
	r := fixtures.result("ecosystem", "adopters_min3") with input as s
	r.status == "unknown"
	r.reasons == ["adopters could not be collected: ADOPTERS.md: no table or list"]
}

# The unlisted adopters are what an attestation is for.
test_attested_when_too_few_listed if {
	r := fixtures.result("ecosystem", "adopters_min3") with input as fixtures.attested(snapshot(two), "ecosystem.adopters_min3")
	r.status == "pass"
	r.attested
}

# Types as headings write them ("## End Users") are the singular types.
test_plural_heading_types_count if {
	entries := [adopter("Acme", "End Users", 3), adopter("Globex", "End-Users", 4), adopter("Initech", "end users", 5), adopter("Hooli", "Vendors", 6)]
	r := fixtures.result("ecosystem", "adopters_min3") with input as snapshot(entries)
		with data.graduate.config.thresholds.count_untyped_adopters as false
	r.status == "pass"
	r2 := fixtures.result("ecosystem", "adopters_min3") with input as snapshot(entries)
		with data.graduate.config.thresholds.adopter_types_counted as ["Vendor"]
		with data.graduate.config.thresholds.count_untyped_adopters as false
	r2.status == "unknown"
}

# A heading that goes on after the type, or that says the list is used in production,
# types its entries as end users, as does one that names them after a qualifier
# ("Cloud-Native End Users"); a list of companies offering services does not.
test_heading_types_that_name_end_users_count if {
	entries := [
		adopter("Acme", "End-User Organizations", 3),
		adopter("Globex", "Companies/Projects using Quarry in production", 4),
		adopter("Initech", "Production users", 5),
		adopter("Hooli", "Companies offering Quarry implementation services", 6),
		adopter("Umbrella", "Vendors using Quarry in production", 7),
		adopter("Vandelay", "Cloud-Native End Users", 8),
		adopter("Wayne", "Vendors serving End Users", 9),
		adopter("Stark", "Non-end users", 10),
		adopter("Tyrell", "Former End Users", 11),
	]
	r := fixtures.result("ecosystem", "adopters_min3") with input as snapshot(entries)
		with data.graduate.config.thresholds.count_untyped_adopters as false
	r.status == "pass"
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "ADOPTERS.md", "line": 3},
		{"kind": "file", "repo": "main", "path": "ADOPTERS.md", "line": 4},
		{"kind": "file", "repo": "main", "path": "ADOPTERS.md", "line": 5},
		{"kind": "file", "repo": "main", "path": "ADOPTERS.md", "line": 8},
	]
}

test_maintainers_employers_are_not_independent if {
	s := object.union(snapshot(three), {"maintainers": {"active": [
		{"name": "Ada Byron", "github": "ada", "company": "Acme Inc."},
		{"name": "Bob Stone", "github": "bob", "company": "Independent"},
	]}})
	r := fixtures.result("ecosystem", "adopters_min3") with input as s
	r.status == "unknown"
	r.reasons == ["2 counted adopters (of 6 listed; types counted: enduser, untyped; not counted, as the employers of maintainers: Acme Inc.); at least 3 independent adopters required: adopters need not be listed publicly, so attest the others with a link"]
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "ADOPTERS.md", "line": 4},
		{"kind": "file", "repo": "main", "path": "ADOPTERS.md", "line": 5},
	]
}

test_the_record_gives_the_employer_a_list_does_not if {
	s := object.union(snapshot(three), {
		"maintainers": {"active": [{"name": "Cy Dee", "github": "cydee"}]},
		"foundation_maintainers": {"project": "Quarry", "people": [{"name": "Cy Dee", "github": "CyDee", "company": "Globex Corp"}]},
	})
	r := fixtures.result("ecosystem", "adopters_min3") with input as s
	r.status == "unknown"
	startswith(r.reasons[0], "2 counted adopters (of 6 listed; types counted: enduser, untyped; not counted, as the employers of maintainers: Globex Corp)")
}

test_an_adopter_named_by_maintainers_work_mail_is_not_independent if {
	s := object.union(snapshot(three), {"maintainers": {"active": [
		{"name": "Ina Tech", "github": "ina", "email": "ina@initech.ch"},
		{"name": "Hal Home", "github": "hal", "email": "hal@gmail.com"},
	]}})
	r := fixtures.result("ecosystem", "adopters_min3") with input as s
	r.status == "unknown"
	startswith(r.reasons[0], "2 counted adopters (of 6 listed; types counted: enduser, untyped; not counted, as the employers of maintainers: Initech (by the work e-mail domain initech.ch))")
}

test_a_stated_employer_outweighs_the_mail_domain if {
	s := object.union(snapshot(three), {"maintainers": {"active": [{"name": "Ina Tech", "github": "ina", "company": "Umbrella", "email": "ina@initech.ch"}]}})
	r := fixtures.result("ecosystem", "adopters_min3") with input as s
	r.status == "pass"
}

test_the_record_outweighs_the_mail_domain if {
	s := object.union(snapshot(three), {
		"maintainers": {"active": [{"name": "Cy Dee", "github": "cydee", "email": "cy@globex.com"}]},
		"foundation_maintainers": {"project": "Quarry", "people": [{"name": "Cy Dee", "github": "CyDee", "company": "Umbrella"}]},
	})
	r := fixtures.result("ecosystem", "adopters_min3") with input as s
	r.status == "pass"
}

test_unknown_when_maintainers_not_collected if {
	r := fixtures.result("ecosystem", "adopters_min3") with input as json.remove(snapshot(three), ["maintainers"])
	r.status == "unknown"
	r.reasons == ["maintainers was not collected: the snapshot has no such facts"]
}

# hwameistor's "The actual names cannot be made public": entries that describe an
# adopter are not counted; a company whose name starts with "A" still is.
test_an_adopter_described_not_named_is_not_counted if {
	described := [
		adopter("A bank in SouthWest China", null, 8),
		adopter("A multinational retailer", null, 9),
		adopter("An IT company in East China", null, 10),
		adopter("Anonymous", "End-user", 11),
		adopter("A Cloud Guru", null, 12),
		adopter("Confidential Containers", null, 13),
		adopter("One Bank", null, 14),
	]
	r := fixtures.result("ecosystem", "adopters_min3") with input as snapshot(described)
	r.status == "pass"
	r.evidence == [{"kind": "file", "repo": "main", "path": "ADOPTERS.md", "line": n} | some n in [12, 13, 14]]

	r2 := fixtures.result("ecosystem", "adopters_min3") with input as snapshot(array.slice(described, 0, 5))
	r2.status == "unknown"
	r2.reasons == ["1 counted adopters (of 5 listed; types counted: enduser, untyped; not counted, as they describe an adopter without naming it: A bank in SouthWest China, A multinational retailer, An IT company in East China, Anonymous); at least 3 independent adopters required: adopters need not be listed publicly, so attest the others with a link"]
}
