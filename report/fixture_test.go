package report

import (
	"bytes"
	"testing"

	"github.com/graduate-dev/graduate/snapshot"
)

// fixture is a graduation report with one criterion of every kind the formats treat
// differently: passed on files, passed on an attestation, failed (required and
// suggested, with evidence in the main repository, in another repository and none),
// unknown, waived, not applicable, and a criterion with sub-criteria.
func fixture() *Report {
	return &Report{
		Snapshot:    "snaps/acme.json",
		Level:       "graduation",
		Project:     "Acme",
		CollectedAt: "2026-05-01T10:00:00Z",
		Met:         false,
		Unmet:       []string{"governance.maintainer_orgs", "security.reporting_process"},
		Summary:     map[string]int{"pass": 4, "fail": 3, "unknown": 2, "waived": 1, "not_applicable": 1},
		Repositories: []snapshot.Repository{
			{Name: "acme/acme", Role: "main", URL: "https://github.com/acme/acme"},
			{Name: "acme/community", Role: "community", URL: "https://github.com/acme/community.git"},
		},
		Criteria: []Criterion{
			{ID: "process.gtr", Section: "process", Title: "Complete a General Technical Review (GTR).", Requirement: "required", Required: true,
				Status: "pass", Evidence: []Evidence{{Kind: "file", Repo: "acme/community", Path: "CNCF/gtr.md", Line: 1}}},
			{ID: "process.tag_presentation", Section: "process", Title: "Engage with domain-specific TAG(s).", Requirement: "suggested",
				Status: "pass", Attested: true,
				Reasons:  []string{"attested, not verified: Presented. (jo, 2026-04-01)", "needs an attestation; none was given"},
				Evidence: []Evidence{{Kind: "attestation", URL: "https://example.org/notes (2026)", Statement: "Presented *live*.", AttestedBy: "jo", Date: "2026-04-01"}}},
			{ID: "governance.maintainer_orgs", Section: "governance", Title: "Project maintainers from at least 2 organizations.", Requirement: "required", Required: true,
				Status:   "fail",
				Reasons:  []string{"3 maintainers work for 1 organisation(s) (Acme)", "attestation by jo does not override the collected evidence"},
				Evidence: []Evidence{{Kind: "file", Repo: "acme/community", Path: "MAINTAINERS.md", Line: 4}, {Kind: "attestation", URL: "https://example.org/orgs", Statement: "Two orgs.", AttestedBy: "jo", Date: "2026-04-01"}}},
			{ID: "governance.subproject_governance", Section: "governance", Title: "Subproject governance documented.", Requirement: "required", Required: true,
				Status:   "waived",
				Reasons:  []string{"waived until 2027-01-31 by toc-x: No subprojects.", "no subproject list found"},
				Evidence: []Evidence{{Kind: "waiver", Reason: "No subprojects.", ApprovedBy: "toc-x", Expires: "2027-01-31"}}},
			{ID: "community.contributor_ladder", Section: "community", Title: "Contributor ladder with multiple roles.", Requirement: "suggested",
				Status: "unknown", Reasons: []string{"no ladder found (looked for projects/<project>/ladder.md)"}},
			{ID: "engineering.release_process", Section: "engineering", Title: "Document the release process in a RELEASES.md that defines:", Requirement: "required", Required: true,
				Status: "pass", Evidence: []Evidence{{Kind: "file", Repo: "acme/acme", Path: "RELEASES.md", Line: 1}}},
			{ID: "engineering.release_process.tagging", Section: "engineering", Title: "Tagging as stable, unstable, and security related releases", Requirement: "required", Required: true,
				Status: "fail", Reasons: []string{"no tagging section in acme/acme:RELEASES.md"}, Evidence: []Evidence{{Kind: "file", Repo: "acme/acme", Path: "RELEASES.md", Line: 1}}},
			{ID: "engineering.roadmap_change_process", Section: "engineering", Title: "Roadmap change process is documented.", Requirement: "required", Required: true,
				Status: "pass", Evidence: []Evidence{{Kind: "file", Repo: "acme/acme", Path: "README.md#Roadmap & Changes", Line: 40}}},
			{ID: "security.reporting_process", Section: "security", Title: "Clearly defined process to report security issues.", Requirement: "required", Required: true,
				Status: "unknown", Reasons: []string{"security policy not collected"}},
			{ID: "security.openssf_silver_gold", Section: "security", Title: "Achieving OpenSSF Best Practices silver or gold badge.", Requirement: "suggested",
				Status:   "fail",
				Reasons:  []string{"badge level passing"},
				Evidence: []Evidence{{Kind: "file", Repo: "acme/acme", Path: "README.md#Badges", Line: 3, URL: "https://www.bestpractices.dev/projects/1"}, {Kind: "url", URL: "https://www.bestpractices.dev/projects/1.json"}}},
			{ID: "ecosystem.adopters_list", Section: "ecosystem", Title: "Publicly documented list of adopters.", Requirement: "required", Required: true,
				Status: "pass", Evidence: []Evidence{{Kind: "file", Repo: "acme/acme", Path: "ADOPTERS.md", Line: 12}}},
			{ID: "sandbox.license", Section: "sandbox", Title: "Apache 2.0", Requirement: "not_applicable", Status: "not_applicable"},
		},
	}
}

func render(t *testing.T, format string, reports ...*Report) string {
	t.Helper()
	var b bytes.Buffer
	opts := Options{
		Tool: Tool{Name: "graduate", Version: "1.2.3", InformationURI: "https://example.org/graduate", RuleSet: "rules v1"},
		Definitions: []Definition{{
			ID: "governance.maintainer_orgs", Description: "Counts the organisations\nof the maintainers.",
			DecidedBy: []string{"repository_files"},
			Sources: []Source{
				{Description: "incubation template", URL: "https://github.com/cncf/toc/blob/x/template-incubation-application.md"},
				{Description: "graduation template", URL: "https://github.com/cncf/toc/blob/x/template-graduation-application.md"},
			},
		}},
	}
	if err := Write(&b, format, reports, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteUnknownFormat(t *testing.T) {
	var b bytes.Buffer
	err := Write(&b, "xml", []*Report{fixture()}, Options{})
	if err == nil || err.Error() != `unknown format "xml" (want one of text, json, markdown, junit, sarif, github, badge)` {
		t.Fatalf("err = %v", err)
	}
}
