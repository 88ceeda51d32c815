package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/internal/golden"
)

// criterionOf returns the criterion of r with that ID, to change it.
func criterionOf(t *testing.T, r *Report, id string) *Criterion {
	t.Helper()
	for i := range r.Criteria {
		if r.Criteria[i].ID == id {
			return &r.Criteria[i]
		}
	}
	t.Fatalf("fixture has no criterion %s", id)
	return nil
}

func TestCompare(t *testing.T) {
	file := func(path string, line int) Evidence {
		return Evidence{Kind: "file", Repo: "acme/acme", Path: path, Line: line}
	}
	for _, tc := range []struct {
		name string
		// edit turns a copy of the fixture (old) into new.
		edit      func(t *testing.T, r *Report)
		want      []CriterionChange // evidence and reasons nil here mean none
		regressed []string
	}{
		{
			name: "nothing changed",
			edit: func(*testing.T, *Report) {},
		},
		{
			name: "required pass to fail regresses",
			edit: func(t *testing.T, r *Report) {
				c := criterionOf(t, r, "process.gtr")
				c.Status, c.Reasons, c.Evidence = "fail", []string{"no GTR found"}, nil
			},
			want: []CriterionChange{{ID: "process.gtr", Required: true, OldStatus: "pass", NewStatus: "fail", Regressed: true,
				EvidenceLost: []Evidence{{Kind: "file", Repo: "acme/community", Path: "CNCF/gtr.md", Line: 1}}, ReasonsNew: []string{"no GTR found"}}},
			regressed: []string{"process.gtr"},
		},
		{
			name: "required waived to unknown regresses",
			edit: func(t *testing.T, r *Report) {
				c := criterionOf(t, r, "governance.subproject_governance")
				c.Status, c.Reasons, c.Evidence = "unknown", []string{"no subproject list found"}, nil
			},
			want: []CriterionChange{{ID: "governance.subproject_governance", Required: true, OldStatus: "waived", NewStatus: "unknown", Regressed: true,
				EvidenceLost:    []Evidence{{Kind: "waiver", Reason: "No subprojects.", ApprovedBy: "toc-x", Expires: "2027-01-31"}},
				ReasonsResolved: []string{"waived until 2027-01-31 by toc-x: No subprojects."}}},
			regressed: []string{"governance.subproject_governance"},
		},
		{
			name: "required pass to waived is still met",
			edit: func(t *testing.T, r *Report) { criterionOf(t, r, "ecosystem.adopters_list").Status = "waived" },
			want: []CriterionChange{{ID: "ecosystem.adopters_list", Required: true, OldStatus: "pass", NewStatus: "waived"}},
		},
		{
			name: "suggested pass to fail does not regress",
			edit: func(t *testing.T, r *Report) { criterionOf(t, r, "process.tag_presentation").Status = "fail" },
			want: []CriterionChange{{ID: "process.tag_presentation", OldStatus: "pass", NewStatus: "fail"}},
		},
		{
			name: "required fail to unknown is no regression: it was not met",
			edit: func(t *testing.T, r *Report) {
				c := criterionOf(t, r, "engineering.release_process.tagging")
				c.Status, c.Reasons = "unknown", []string{"RELEASES.md not read"}
			},
			want: []CriterionChange{{ID: "engineering.release_process.tagging", Required: true, OldStatus: "fail", NewStatus: "unknown",
				ReasonsNew: []string{"RELEASES.md not read"}, ReasonsResolved: []string{"no tagging section in acme/acme:RELEASES.md"}}},
		},
		{
			name: "required unknown to pass improves",
			edit: func(t *testing.T, r *Report) {
				c := criterionOf(t, r, "security.reporting_process")
				c.Status, c.Reasons, c.Evidence = "pass", nil, []Evidence{file("SECURITY.md", 3)}
			},
			want: []CriterionChange{{ID: "security.reporting_process", Required: true, OldStatus: "unknown", NewStatus: "pass",
				EvidenceGained: []Evidence{file("SECURITY.md", 3)}, ReasonsResolved: []string{"security policy not collected"}}},
		},
		{
			name: "evidence gained and lost, status unchanged",
			edit: func(t *testing.T, r *Report) {
				criterionOf(t, r, "ecosystem.adopters_list").Evidence = []Evidence{file("docs/ADOPTERS.md", 1)}
			},
			want: []CriterionChange{{ID: "ecosystem.adopters_list", Required: true, OldStatus: "pass", NewStatus: "pass",
				EvidenceGained: []Evidence{file("docs/ADOPTERS.md", 1)}, EvidenceLost: []Evidence{file("ADOPTERS.md", 12)}}},
		},
		{
			name: "evidence moved to another line is the same",
			edit: func(t *testing.T, r *Report) { criterionOf(t, r, "ecosystem.adopters_list").Evidence[0].Line = 30 },
		},
		{
			name: "evidence held twice and now once is lost once",
			edit: func(t *testing.T, r *Report) {
				c := criterionOf(t, r, "engineering.release_process")
				c.Evidence = append(c.Evidence, c.Evidence[0])
			},
			want: []CriterionChange{{ID: "engineering.release_process", Required: true, OldStatus: "pass", NewStatus: "pass",
				EvidenceGained: []Evidence{file("RELEASES.md", 1)}}},
		},
		{
			name: "reasons new and resolved, status unchanged",
			edit: func(t *testing.T, r *Report) {
				criterionOf(t, r, "community.contributor_ladder").Reasons = []string{"linked to https://example.org/ladder, not read"}
			},
			want: []CriterionChange{{ID: "community.contributor_ladder", OldStatus: "unknown", NewStatus: "unknown",
				ReasonsNew: []string{"linked to https://example.org/ladder, not read"}, ReasonsResolved: []string{"no ladder found (looked for projects/<project>/ladder.md)"}}},
		},
		{
			name: "a criterion only the new report has",
			edit: func(t *testing.T, r *Report) {
				r.Criteria = append(r.Criteria, Criterion{ID: "security.sbom", Required: true, Status: "fail", Reasons: []string{"no SBOM"}})
			},
			want: []CriterionChange{{ID: "security.sbom", Required: true, OldStatus: "", NewStatus: "fail", ReasonsNew: []string{"no SBOM"}}},
		},
		{
			name: "a required criterion only the old report has",
			edit: func(t *testing.T, r *Report) {
				r.Criteria = slices.DeleteFunc(r.Criteria, func(c Criterion) bool { return c.ID == "process.gtr" })
			},
			want: []CriterionChange{{ID: "process.gtr", Required: true, OldStatus: "pass", NewStatus: "",
				EvidenceLost: []Evidence{{Kind: "file", Repo: "acme/community", Path: "CNCF/gtr.md", Line: 1}}}},
		},
		{
			name: "changes in the new report's order",
			edit: func(t *testing.T, r *Report) {
				criterionOf(t, r, "sandbox.license").Status = "pass"
				criterionOf(t, r, "process.gtr").Status = "unknown"
			},
			want: []CriterionChange{
				{ID: "process.gtr", Required: true, OldStatus: "pass", NewStatus: "unknown", Regressed: true},
				{ID: "sandbox.license", OldStatus: "not_applicable", NewStatus: "pass"},
			},
			regressed: []string{"process.gtr"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			old, new := fixture(), fixture()
			tc.edit(t, new)
			d, err := Compare(old, new)
			if err != nil {
				t.Fatal(err)
			}
			var got []CriterionChange
			for _, c := range d.Changes {
				// Compare what the case names; the descriptions are the fixture's.
				c.Section, c.Title = "", ""
				got = append(got, c)
			}
			norm := func(cs []CriterionChange) string {
				for i := range cs {
					for _, l := range []*[]Evidence{&cs[i].EvidenceGained, &cs[i].EvidenceLost} {
						if *l == nil {
							*l = []Evidence{}
						}
					}
					for _, l := range []*[]string{&cs[i].ReasonsNew, &cs[i].ReasonsResolved} {
						if *l == nil {
							*l = []string{}
						}
					}
				}
				b, _ := json.MarshalIndent(cs, "", "  ")
				return string(b)
			}
			if g, w := norm(got), norm(tc.want); g != w {
				t.Errorf("changes:\n%s\nwant:\n%s", g, w)
			}
			if !slices.Equal(d.Regressed, tc.regressed) {
				t.Errorf("regressed %v, want %v", d.Regressed, tc.regressed)
			}
		})
	}
}

func TestCompareLevels(t *testing.T) {
	old, new := fixture(), fixture()
	old.Snapshot, new.Snapshot, new.Level = "old.json", "new.json", "incubation"
	_, err := Compare(old, new)
	if err == nil || err.Error() != "new.json is at incubation, old.json at graduation: compare reports at one level" {
		t.Errorf("err = %v", err)
	}
}

func TestCompareDescribes(t *testing.T) {
	old, new := fixture(), fixture()
	old.Snapshot, new.Snapshot = "old.json", "new.json"
	new.Met, new.Summary = false, map[string]int{"pass": 3, "fail": 4}
	criterionOf(t, new, "process.gtr").Status = "fail"
	d, err := Compare(old, new)
	if err != nil {
		t.Fatal(err)
	}
	c := d.Changes[0]
	if c.Section != "process" || c.Title != "Complete a General Technical Review (GTR)." || !c.Required {
		t.Errorf("change not described from the report: %+v", c)
	}
	if d.Old.Source != "old.json" || d.New.Source != "new.json" || d.Level != "graduation" || d.New.Summary["fail"] != 4 || d.Old.Summary["fail"] != 3 {
		t.Errorf("sides: %+v %+v", d.Old, d.New)
	}
	// The diff owns its summaries: changing a report afterwards changes nothing.
	old.Summary["fail"] = 99
	if d.Old.Summary["fail"] != 3 {
		t.Errorf("diff shares the report's summary")
	}
}

// diffFixture is a diff with one change of every kind the formats show: a required
// criterion regressed (evidence lost, a reason new), one improved (evidence gained, a
// reason resolved), a suggested one changed, one whose evidence alone changed, an
// attestation gained, and a criterion only the old report has.
func diffFixture(t *testing.T) *Diff {
	t.Helper()
	old, new := fixture(), fixture()
	old.Snapshot, old.CollectedAt = "snaps/acme-may.json", "2026-05-01T10:00:00Z"
	new.Snapshot, new.CollectedAt = "snaps/acme-june.json", "2026-06-01T10:00:00Z"
	new.Summary = map[string]int{"pass": 4, "fail": 4, "unknown": 1, "waived": 1, "not_applicable": 1}

	c := criterionOf(t, new, "ecosystem.adopters_list")
	c.Status, c.Evidence = "fail", nil
	c.Reasons = []string{"read 12 documents in acme/acme; none is an adopters list (looked for ADOPTERS*, USERS*) | cc @acme/maintainers"}
	c = criterionOf(t, new, "security.reporting_process")
	c.Status, c.Reasons = "pass", nil
	c.Evidence = []Evidence{{Kind: "file", Repo: "acme/acme", Path: "SECURITY.md", Line: 5, Text: "Report a vulnerability"}}
	criterionOf(t, new, "community.contributor_ladder").Status = "fail"
	c = criterionOf(t, new, "engineering.roadmap_change_process")
	c.Evidence = append(c.Evidence, Evidence{Kind: "url", URL: "https://acme.example.org/roadmap"})
	c = criterionOf(t, new, "security.openssf_silver_gold")
	c.Evidence = append(c.Evidence, Evidence{Kind: "attestation", URL: "https://example.org/silver", Statement: "Silver since May.", AttestedBy: "jo", Date: "2026-05-20"})
	new.Criteria = slices.DeleteFunc(new.Criteria, func(c Criterion) bool { return c.ID == "sandbox.license" })

	d, err := Compare(old, new)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDiffGoldens(t *testing.T) {
	d := diffFixture(t)
	if !slices.Equal(d.Regressed, []string{"ecosystem.adopters_list"}) {
		t.Fatalf("regressed %v", d.Regressed)
	}
	for _, tc := range []struct{ format, file string }{
		{"text", "diff.golden.txt"},
		{"markdown", "diff.golden.md"},
		{"json", "diff.golden.json"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteDiff(&b, tc.format, d); err != nil {
				t.Fatal(err)
			}
			golden.Equal(t, filepath.Join("testdata", tc.file), b.Bytes())
		})
	}
}

func TestDiffNoChange(t *testing.T) {
	old, new := fixture(), fixture()
	d, err := Compare(old, new)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range DiffFormats {
		var b bytes.Buffer
		if err := WriteDiff(&b, format, d); err != nil {
			t.Fatal(err)
		}
		want := "No criterion changed."
		if format == "json" {
			want = `"changes": []`
		}
		if !strings.Contains(b.String(), want) {
			t.Errorf("%s lacks %q:\n%s", format, want, b.String())
		}
	}
	var b bytes.Buffer
	if err := WriteDiff(&b, "sarif", d); err == nil || err.Error() != `unknown format "sarif" (want one of text, markdown, json)` {
		t.Errorf("err = %v", err)
	}
}

// TestDiffTextInjection holds the text diff to one line per item whatever the reports
// say, as the text report is: a CI runner reads workflow commands from the log.
func TestDiffTextInjection(t *testing.T) {
	old, new := fixture(), fixture()
	c := criterionOf(t, new, "process.gtr")
	c.Status, c.Reasons = "fail", []string{"x\n::error::injected", "##[error]also"}
	d, err := Compare(old, new)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteDiff(&b, "text", d); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "::") || strings.Contains(line, "##[") {
			t.Errorf("line read as a workflow command: %q", line)
		}
	}
}

func TestDiffTwoProjects(t *testing.T) {
	old, new := fixture(), fixture()
	new.Project = "Beta"
	d, err := Compare(old, new)
	if err != nil {
		t.Fatal(err)
	}
	for format, want := range map[string]string{
		"text":     "Acme -> Beta at graduation: ",
		"markdown": "### graduate diff: Acme → Beta at graduation\n",
	} {
		var b bytes.Buffer
		if err := WriteDiff(&b, format, d); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(b.String(), want) {
			t.Errorf("%s starts %q, want %q", format, b.String()[:min(b.Len(), 60)], want)
		}
	}
}
