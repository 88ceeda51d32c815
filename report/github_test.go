package report

import (
	"strings"
	"testing"
)

func TestGitHubCommands(t *testing.T) {
	out := render(t, "github", fixture())
	want := []string{
		// Evidence only in the community repository: an annotation of the run, no file.
		"::error title=governance.maintainer_orgs::Not met (required): Project maintainers from at least 2 organizations.%0A- 3 maintainers work for 1 organisation(s) (Acme)%0A- attestation by jo does not override the collected evidence",
		"::warning title=community.contributor_ladder::Not decided (suggested): Contributor ladder with multiple roles.%0A- no ladder found (looked for projects/<project>/ladder.md)",
		"::error file=RELEASES.md,line=1,title=engineering.release_process.tagging::Not met (required): Tagging as stable, unstable, and security related releases%0A- no tagging section in acme/acme:RELEASES.md",
		"::error title=security.reporting_process::Not decided (required): Clearly defined process to report security issues.%0A- security policy not collected",
		// A README section is its file, at the heading's line.
		"::warning file=README.md,line=3,title=security.openssf_silver_gold::Not met (suggested): Achieving OpenSSF Best Practices silver or gold badge.%0A- badge level passing",
		"graduate: Acme at graduation (snaps/acme.json): 4 pass, 3 fail, 2 unknown, 1 waived, 1 not applicable. graduation criteria NOT met: 2 required criteria not passed or waived: 1 failed, 1 not collected or undecided from what was read.",
	}
	if got := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestGitHubSeveralReports(t *testing.T) {
	a, b := fixture(), fixture()
	b.Project, b.Snapshot = "Beta", "snaps/beta.json"
	out := render(t, "github", a, b)
	for _, want := range []string{
		"::error title=governance.maintainer_orgs::Acme (snaps/acme.json): Not met (required)",
		"::error title=governance.maintainer_orgs::Beta (snaps/beta.json): Not met (required)",
		"\ngraduate: Acme at graduation (snaps/acme.json): ",
		"\ngraduate: Beta at graduation (snaps/beta.json): ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "\n"); n != 12 {
		t.Errorf("%d lines, want 2 x (5 commands + 1 summary)", n)
	}
}

func TestGitHubEscaping(t *testing.T) {
	for _, tc := range []struct{ in, data, property string }{
		{"plain", "plain", "plain"},
		{"100% done", "100%25 done", "100%25 done"},
		{"a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"},
		{"key: a, b", "key: a, b", "key%3A a%2C b"},
		{"%0A", "%250A", "%250A"},
		{"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
	} {
		if got := escapeData(tc.in); got != tc.data {
			t.Errorf("escapeData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := escapeProperty(tc.in); got != tc.property {
			t.Errorf("escapeProperty(%q) = %q, want %q", tc.in, got, tc.property)
		}
	}

	r := fixture()
	r.Repositories = nil // every file evidence is taken to be in the checked repository
	r.Criteria = []Criterion{{
		ID: "x.y", Section: "community", Title: "T", Requirement: "required", Required: true, Status: "fail",
		Reasons:  []string{"50% of\nmaintainers: a, b"},
		Evidence: []Evidence{{Kind: "file", Repo: "o/r", Path: "docs/a,b:c.md", Line: 9}},
	}}
	out := render(t, "github", r)
	want := "::error file=docs/a%2Cb%3Ac.md,line=9,title=x.y::Not met (required): T%0A- 50%25 of maintainers: a, b\n"
	if !strings.HasPrefix(out, want) {
		t.Errorf("got %q, want it to start %q", out, want)
	}
}

// runnerCommand is a workflow command as the Actions runner reads one from a line of a
// step's output: "::name props::data" at the start of the line after leading space, or
// the older "##[name props]data" anywhere in it.
type runnerCommand struct{ name, props string }

func parseRunnerCommand(line string) (runnerCommand, bool) {
	if s := strings.TrimLeft(line, " \t"); strings.HasPrefix(s, "::") {
		if end := strings.Index(s[2:], "::"); end >= 0 {
			name, props, _ := strings.Cut(s[2:2+end], " ")
			return runnerCommand{name, props}, true
		}
	}
	if i := strings.Index(line, "##["); i >= 0 {
		if end := strings.Index(line[i:], "]"); end >= 0 {
			name, props, _ := strings.Cut(line[i+3:i+end], " ")
			return runnerCommand{name, props}, true
		}
	}
	return runnerCommand{}, false
}

// TestGitHubInjection feeds workflow-command payloads through every text a project or
// its snapshot controls, and checks the runner would read only the intended annotations.
func TestGitHubInjection(t *testing.T) {
	const payload = "x\n::error file=README.md::injected\r\n  ::add-mask::y\n##[warning]z ##[set-output name=a]b"
	hostile := func() *Report {
		r := fixture()
		r.Project = "Acme" + payload
		r.Snapshot = "snaps/" + payload + ".json"
		r.Level = "graduation" + payload
		r.Repositories = nil // every file evidence is local, so paths become file= properties
		for i := range r.Criteria {
			c := &r.Criteria[i]
			c.ID += payload
			c.Title += payload
			for j := range c.Reasons {
				c.Reasons[j] += payload
			}
			for j := range c.Evidence {
				e := &c.Evidence[j]
				e.Repo, e.Path, e.URL = e.Repo+payload, e.Path+payload, e.URL+payload
				e.Statement, e.AttestedBy, e.Reason, e.ApprovedBy = e.Statement+payload, e.AttestedBy+payload, e.Reason+payload, e.ApprovedBy+payload
			}
		}
		return r
	}
	// The fixture's annotations: 3 errors and 2 warnings per report.
	for _, tc := range []struct {
		name    string
		reports []*Report
	}{
		{"one report", []*Report{hostile()}},
		{"several reports", []*Report{hostile(), hostile()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := render(t, "github", tc.reports...)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if want := 6 * len(tc.reports); len(lines) != want {
				t.Errorf("%d lines, want %d:\n%s", len(lines), want, out)
			}
			counts := map[string]int{}
			for _, l := range lines {
				cmd, ok := parseRunnerCommand(l)
				if !ok {
					if !strings.HasPrefix(l, "graduate: ") {
						t.Errorf("line is neither an annotation nor the summary: %q", l)
					}
					continue
				}
				if !strings.HasPrefix(l, "::"+cmd.name+" ") || !strings.Contains(cmd.props, "title=") {
					t.Errorf("runner reads a command that is not one of ours: %+v in %q", cmd, l)
				}
				counts[cmd.name]++
			}
			if counts["error"] != 3*len(tc.reports) || counts["warning"] != 2*len(tc.reports) || len(counts) != 2 {
				t.Errorf("commands read %v, want %d error and %d warning:\n%s", counts, 3*len(tc.reports), 2*len(tc.reports), out)
			}
		})
	}
}
