package graduate.criteria.process.additional_docs_test

import data.graduate.lib.facts
import data.graduate.lib.fixtures

snapshot(found) := {
	"schema_version": 1,
	"collected_at": "2026-11-01T00:00:00Z",
	"repositories": [{"name": "main", "role": "main"}, {"name": "community", "role": "community"}],
	"artifacts": {"user_docs": found, "architecture": [{"repo": "main", "path": "docs/architecture.md", "line": 1}]},
	"content": {"links_out": []},
	"collection_errors": [],
}

doc := {"repo": "main", "path": "docs/install.md", "line": 1, "how": "name"}

none_found := sprintf(
	"read the documents of main, community; none is installation or user documentation, and there are no examples (looked for %s); documentation kept elsewhere, such as the project website, needs an attestation in the project file linking it",
	[facts.describe("user_docs")],
)

test_pass_with_document if {
	r := fixtures.result("process", "additional_docs") with input as snapshot([doc])
	r.status == "pass"
	r.reasons == []
	r.evidence == [{"kind": "file", "repo": "main", "path": "docs/install.md", "line": 1}]
}

# dapr: charts/dapr/README.md ("This chart deploys the Dapr control plane") and a
# README link to docs.dapr.io. The chart documents installing the chart; the project's
# documentation is the link, not read. Without such a link the chart is the
# installation documentation the criterion names.
test_a_chart_readme_beside_linked_documentation_is_unknown if {
	chart := {"repo": "main", "path": "charts/quarry/README.md", "line": 1, "how": "path"}
	website := {"topic": "user_docs", "repo": "main", "path": "README.md", "line": 9, "url": "https://example.org/docs", "text": "Documentation"}
	s := object.union(snapshot([chart]), {"content": {"links_out": [website]}})
	r := fixtures.result("process", "additional_docs") with input as s
	r.status == "unknown"
	r.reasons == ["the only user documentation in the repositories read is Helm chart READMEs (main:charts/quarry/README.md:1), which document installing the chart, not the project; its documentation is linked from main:README.md:9 as \"Documentation\" to https://example.org/docs, not read"]
	r.evidence == [
		{"kind": "file", "repo": "main", "path": "README.md", "line": 9, "url": "https://example.org/docs"},
		{"kind": "file", "repo": "main", "path": "charts/quarry/README.md", "line": 1},
	]

	r2 := fixtures.result("process", "additional_docs") with input as snapshot([chart])
	r2.status == "pass"

	both := object.union(snapshot([chart, doc]), {"content": {"links_out": [website]}})
	r3 := fixtures.result("process", "additional_docs") with input as both
	r3.status == "pass"
}

test_an_architecture_document_is_not_user_documentation if {
	r := fixtures.result("process", "additional_docs") with input as snapshot([])
	r.status == "unknown"
}

test_unknown_with_the_link_to_the_website if {
	s := object.union(snapshot([]), {"content": {"links_out": [{"topic": "user_docs", "repo": "main", "path": "README.md", "line": 9, "url": "https://example.org/docs", "text": "Documentation"}]}})
	r := fixtures.result("process", "additional_docs") with input as s
	r.status == "unknown"
	r.reasons == ["no installation or user documentation in the repositories read (read the documents of main, community); linked from main:README.md:9 as \"Documentation\" to https://example.org/docs, not read"]
	r.evidence == [{"kind": "file", "repo": "main", "path": "README.md", "line": 9, "url": "https://example.org/docs"}]
}

test_unknown_when_none_found if {
	r := fixtures.result("process", "additional_docs") with input as snapshot([])
	r.status == "unknown"
	r.reasons == [none_found]
}

test_unknown_when_not_collected if {
	r := fixtures.result("process", "additional_docs") with input as fixtures.base
	r.status == "unknown"
	r.reasons == ["artifacts was not collected: the snapshot has no such facts"]
}

test_unknown_when_member_not_collected if {
	r := fixtures.result("process", "additional_docs") with input as json.remove(snapshot([]), ["artifacts/user_docs"])
	r.status == "unknown"
	r.reasons == ["artifacts.user_docs was not collected: the snapshot has no such facts"]
}

test_unknown_when_collection_failed if {
	s := object.union(snapshot([]), {"collection_errors": [{"source": "artifacts.user_docs", "error": "docs/: permission denied"}]})
	r := fixtures.result("process", "additional_docs") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts.user_docs could not be collected: docs/: permission denied"]
}

test_unknown_when_family_failed if {
	s := {"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": [{"source": "artifacts", "error": "walk: permission denied"}]}
	r := fixtures.result("process", "additional_docs") with input as s
	r.status == "unknown"
	r.reasons == ["artifacts could not be collected: walk: permission denied"]
}

# The reason the collectors gave stays beside the attestation.
test_attested_keeps_the_collected_reason if {
	r := fixtures.result("process", "additional_docs") with input as fixtures.attested(snapshot([]), "process.additional_docs")
	r.status == "pass"
	r.attested
	r.reasons == [fixtures.attestation_reason, none_found]
}

# kubeflow/community:how-to/ ("instructions for operating common community processes"):
# guides to taking part in the project, not to using it.
test_guides_in_the_community_repository_alone_are_unknown if {
	guide := {"repo": "community", "path": "how-to/github_admin.md", "line": 1, "how": "folder"}
	r := fixtures.result("process", "additional_docs") with input as snapshot([guide])
	r.status == "unknown"
	r.reasons == ["the only guides found are in the community repository (community:how-to/github_admin.md:1), which are for taking part in the project, not for installing or using it"]
	r.evidence == [{"kind": "file", "repo": "community", "path": "how-to/github_admin.md", "line": 1}]

	r2 := fixtures.result("process", "additional_docs") with input as snapshot([guide, doc])
	r2.status == "pass"
	r2.evidence == [{"kind": "file", "repo": "main", "path": "docs/install.md", "line": 1}]
}
