package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/internal/golden"

	"github.com/graduate-dev/graduate/report"
)

// exec runs one command line in process, as the binary would, with an empty
// environment and no terminal.
func exec(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return execEnv(t, nil, args...)
}

// execEnv is exec with these environment variables set.
func execEnv(t *testing.T, vars map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdout: &out, stderr: &errOut, getenv: func(k string) string { return vars[k] }, isTerminal: func(io.Writer) bool { return false }}
	code = e.run(context.Background(), args)
	return code, out.String(), errOut.String()
}

func testdata(parts ...string) string {
	return filepath.Join(append([]string{"..", "..", "testdata"}, parts...)...)
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExitCodes(t *testing.T) {
	grad := testdata("snapshots", "graduation-ready.json")
	sandbox := testdata("snapshots", "sandbox-ready.json")
	minimal := `{"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}`
	brokenPolicy := filepath.Dir(writeFile(t, "graduate/report/report.rego", "package graduate.report\n\ngraduation := {\n"))
	cases := []struct {
		name     string
		args     []string
		code     int
		stderr   string
		stdoutIn string
	}{
		{"graduation met", []string{"eval", grad}, 0, "", "graduation criteria met"},
		{"sandbox project at graduation", []string{"eval", sandbox, "--level", "graduation"}, 1, "", "graduation criteria NOT met"},
		{"sandbox project at its own level", []string{"eval", sandbox}, 0, "", "sandbox criteria met"},
		{"many snapshots, one unmet", []string{"eval", grad, sandbox, "--level", "incubation"}, 1, "", "incubation criteria met"},
		{"facts missing are unknown, not met", []string{"eval", writeFile(t, "s.json", minimal)}, 1, "", "? unknown"},
		{"unknown level", []string{"eval", grad, "--level", "graduated"}, 2, `graduate: unknown level "graduated"`, ""},
		{"unknown format", []string{"eval", grad, "--format", "xml"}, 2, `graduate: unknown format "xml" (want one of text, json, markdown, junit, sarif, github, badge)`, ""},
		{"unknown format, check", []string{"check", ".", "--format", "html"}, 2, `graduate: unknown format "html" (want one of text, json, markdown, junit, sarif, github, badge)`, ""},
		{"unknown criteria format", []string{"criteria", "--format", "sarif"}, 2, `graduate: unknown format "sarif" (want one of text, json, markdown)`, ""},
		{"markdown met", []string{"eval", grad, "--format", "markdown"}, 0, "", "**Graduation criteria met:**"},
		{"junit not met", []string{"eval", sandbox, "--level", "graduation", "--format", "junit"}, 1, "", `<testsuites name="graduate: Pebble at graduation"`},
		{"sarif not met", []string{"eval", sandbox, "--level", "graduation", "--format", "sarif"}, 1, "", `"ruleId": "governance.maintainer_orgs"`},
		{"github met", []string{"eval", sandbox, "--format", "github"}, 0, "", "::warning "},
		{"unknown flag", []string{"eval", grad, "--levle", "sandbox"}, 2, "graduate: unknown flag: --levle", ""},
		{"no snapshot", []string{"eval"}, 2, "graduate: requires at least 1 arg", ""},
		{"missing file", []string{"eval", "nope.json"}, 2, "graduate: read snapshot: open nope.json: no such file or directory", ""},
		{"not JSON", []string{"eval", writeFile(t, "s.json", "schema_version: 1\n")}, 2, "s.json: line 1, column 1: invalid JSON", ""},
		{"truncated", []string{"eval", writeFile(t, "s.json", minimal[:40])}, 2, "invalid JSON: unexpected end of input", ""},
		{"wrong schema version", []string{"eval", writeFile(t, "s.json", strings.Replace(minimal, ": 1,", ": 2,", 1))}, 2, "schema_version: got 2, want 1", ""},
		{"wrong type", []string{"eval", writeFile(t, "s.json", strings.Replace(minimal, `"collection_errors": []`, `"collection_errors": {}`, 1))}, 2, "$.collection_errors: got object, want array", ""},
		{"attestation for no criterion", []string{"eval", writeFile(t, "s.json", strings.Replace(minimal, `"collection_errors": []`,
			`"collection_errors": [], "project": {"attestations": [{"criterion": "security.audit", "evidence": "e", "statement": "s", "attested_by": "a", "date": "2026-01-01"}]}`, 1))},
			2, `$.project.attestations[0].criterion: no criterion "security.audit"`, ""},
		{"broken policy", []string{"eval", grad, "--policy", filepath.Dir(brokenPolicy)}, 2, "report.rego:4: rego_parse_error", ""},
		{"unknown threshold", []string{"eval", grad, "--data", writeFile(t, "t.yaml", "min_orgs: 3\n")}, 2, `unknown threshold "min_orgs"`, ""},
		{"threshold of the wrong type", []string{"eval", grad, "--data", writeFile(t, "t.yaml", "min_maintainer_orgs: two\n")}, 2, "threshold min_maintainer_orgs: got a string, want a number", ""},
		{"threshold raised", []string{"eval", grad, "--data", writeFile(t, "t.json", `{"min_maintainer_orgs": 4}`)}, 1, "", "at least 4 organisations are required"},
		{"bad project file", []string{"eval", grad, "--config", writeFile(t, "graduate.yaml", "level: graduated\n")}, 2, `graduate.yaml:1: unknown level "graduated"`, ""},
		{"project file level", []string{"eval", sandbox, "--config", writeFile(t, "graduate.yaml", "level: incubation\n")}, 1, "", "incubation criteria NOT met"},
		// collect parses the policies only for a project file's criteria, and then it must.
		{"collect: attestation for no criterion", []string{"collect", t.TempDir(), "--offline", "--config", writeFile(t, "graduate.yaml",
			"attestations:\n  - criterion: security.audit\n    statement: s\n    evidence: https://example.org/e\n    attested_by: a\n    date: 2026-01-01\n")},
			2, `graduate.yaml:2: attestations[0].criterion: no criterion "security.audit"`, ""},
		{"collect: attestation for a criterion", []string{"collect", t.TempDir(), "--offline", "--config", writeFile(t, "graduate.yaml",
			"attestations:\n  - criterion: security.third_party_review\n    statement: s\n    evidence: https://example.org/e\n    attested_by: a\n    date: 2026-01-01\n")},
			0, "", `"criterion": "security.third_party_review"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := exec(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, stdout, stderr)
			}
			if tc.stderr != "" && !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr %q, want it to contain %q", stderr, tc.stderr)
			}
			if tc.code == 2 {
				if strings.Count(stderr, "\n") != 1 || stdout != "" {
					t.Errorf("exit 2 must print one line on stderr and nothing on stdout; got stdout %q stderr %q", stdout, stderr)
				}
			} else if stderr != "" {
				t.Errorf("unexpected stderr %q", stderr)
			}
			if tc.stdoutIn != "" && !strings.Contains(stdout, tc.stdoutIn) {
				t.Errorf("stdout does not contain %q:\n%s", tc.stdoutIn, stdout)
			}
		})
	}
}

// goldenExt names each report format's golden files.
var goldenExt = map[string]string{
	"text":     "txt",
	"json":     "json",
	"markdown": "md",
	"junit":    "junit.xml",
	"sarif":    "sarif",
	"github":   "github.txt",
	"badge":    "badge.json",
}

func TestGoldenReports(t *testing.T) {
	type goldenCase struct {
		snapshot, level, format string
		code                    int // the verdict: 0 met, 1 not met, in every format
	}
	var cases []goldenCase
	for _, run := range []struct {
		snapshot, level string
		code            int
	}{
		{"graduation-ready.json", "graduation", 0},
		{"sandbox-ready.json", "sandbox", 0},
		{"sandbox-ready.json", "incubation", 1},
	} {
		for _, format := range report.Formats {
			cases = append(cases, goldenCase{run.snapshot, run.level, format, run.code})
		}
	}
	for _, tc := range cases {
		ext, ok := goldenExt[tc.format]
		if !ok {
			t.Fatalf("format %s has no golden file extension", tc.format)
		}
		name := strings.TrimSuffix(tc.snapshot, ".json") + "." + tc.level + "." + ext
		t.Run(name, func(t *testing.T) {
			// Run from testdata so the report names the snapshot the same way on every machine.
			t.Chdir(testdata())
			code, stdout, stderr := exec(t, "eval", filepath.Join("snapshots", tc.snapshot), "--level", tc.level, "--format", tc.format)
			if stderr != "" {
				t.Fatal(stderr)
			}
			if code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
			golden.Equal(t, filepath.Join("golden", name), []byte(stdout))
		})
	}
}

func TestCriteriaCommand(t *testing.T) {
	code, stdout, stderr := exec(t, "criteria")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"governance.maintainer_orgs", "security.openssf_passing", "ecosystem.adopters_min3", "sandbox.license"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("criteria output lacks %s", want)
		}
	}
	code, stdout, _ = exec(t, "criteria", "--format", "json", "--level", "sandbox")
	if code != 0 || !strings.Contains(stdout, `"id": "sandbox.license"`) || strings.Contains(stdout, `"id": "governance.maintainer_orgs"`) {
		t.Errorf("criteria --level sandbox --format json: exit %d\n%s", code, stdout)
	}
}

func TestVersion(t *testing.T) {
	code, stdout, _ := exec(t, "version")
	if code != 0 || !strings.Contains(stdout, "graduate "+version) || !strings.Contains(stdout, "OPA 1.22.2") {
		t.Fatalf("exit %d: %s", code, stdout)
	}
}

// TestCheckAndCollect runs the whole pipeline on the example project (two checkouts and a
// project file) and checks that collect + eval agree with check.
func TestCheckAndCollect(t *testing.T) {
	main := filepath.Join("..", "..", "examples", "lantern", "lantern")
	cache := t.TempDir()
	code, stdout, stderr := exec(t, "check", main, "--format", "json", "--offline", "--cache-dir", cache)
	if code != 1 || stderr != "" {
		t.Fatalf("check: exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		`"repo": "lantern-dev/community"`, // governance found in the community checkout the project file names
		`"id": "governance.docs_discoverable"`,
		`"status": "waived"`,     // the project file's waiver
		"attested, not verified", // and its attestation
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("check output lacks %s", want)
		}
	}

	snap := filepath.Join(t.TempDir(), "snapshot.json")
	if code, _, stderr := exec(t, "collect", main, "-o", snap, "--offline", "--cache-dir", cache); code != 0 {
		t.Fatalf("collect: exit %d: %s", code, stderr)
	}
	code, evalOut, stderr := exec(t, "eval", snap, "--format", "json")
	if code != 1 || stderr != "" {
		t.Fatalf("eval: exit %d, stderr %q", code, stderr)
	}
	statuses := func(out string) []string {
		var r struct {
			Criteria []struct{ ID, Status string }
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, c := range r.Criteria {
			s = append(s, c.ID+"="+c.Status)
		}
		return s
	}
	if got, want := statuses(evalOut), statuses(stdout); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("collect + eval gave\n%v\ncheck gave\n%v", got, want)
	}

	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"check", "no/such/dir"}, "graduate: read checkout: stat no/such/dir: no such file or directory"},
		{[]string{"check", "--dir", "docs=" + main}, `graduate: --dir docs=` + main + `: unknown role "docs"`},
		{[]string{"check", main, "--config", writeFile(t, "graduate.yaml", "attestations:\n  - criterion: nope\n")}, `graduate.yaml:2: attestations[0].criterion: no criterion "nope"`},
	} {
		code, stdout, stderr := exec(t, tc.args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, code, stdout, stderr, tc.stderr)
		}
	}
}

// TestSeveralSnapshots checks that each format holds several reports in one document
// that stays valid: JUnit one root with suites named by snapshot, SARIF one run per
// snapshot, markdown and the workflow commands one after the other.
func TestSeveralSnapshots(t *testing.T) {
	t.Chdir(testdata())
	grad, sandbox := filepath.Join("snapshots", "graduation-ready.json"), filepath.Join("snapshots", "sandbox-ready.json")
	cases := []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{"json", func(t *testing.T, out string) {
			var reports []report.Report
			if err := json.Unmarshal([]byte(out), &reports); err != nil || len(reports) != 2 || reports[1].Project != "Pebble" {
				t.Errorf("want an array of 2 reports (%v)", err)
			}
		}},
		{"markdown", func(t *testing.T, out string) {
			i, j := strings.Index(out, "# Lantern Incubation Application\n"), strings.Index(out, "\n---\n\n# Pebble Incubation Application\n")
			if i != 0 || j < 0 || strings.Count(out, "\n---\n") != 1 {
				t.Errorf("want both checklists, separated by a rule:\n%s", out)
			}
		}},
		{"junit", func(t *testing.T, out string) {
			var doc struct {
				Tests  int `xml:"tests,attr"`
				Suites []struct {
					Name  string `xml:"name,attr"`
					Tests int    `xml:"tests,attr"`
				} `xml:"testsuite"`
			}
			if err := xml.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			total := 0
			for _, s := range doc.Suites {
				total += s.Tests
			}
			if len(doc.Suites) != 12 || doc.Suites[0].Name != grad+": Application Process Principles" ||
				doc.Suites[6].Name != sandbox+": Application Process Principles" || total != doc.Tests || total != 2*47 {
				t.Errorf("want one root holding 6 suites per snapshot, named by snapshot, and 94 tests; got %d suites, %d tests", len(doc.Suites), doc.Tests)
			}
		}},
		{"sarif", func(t *testing.T, out string) {
			var log struct {
				Runs []struct {
					AutomationDetails struct{ ID string } `json:"automationDetails"`
					Properties        struct{ Project string }
					Results           []json.RawMessage
				}
			}
			if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 2 {
				t.Fatalf("want 2 runs (%v)", err)
			}
			if log.Runs[0].AutomationDetails.ID != "graduate/incubation/lantern/" || log.Runs[1].AutomationDetails.ID != "graduate/incubation/pebble/" ||
				log.Runs[0].Properties.Project != "Lantern" || len(log.Runs[1].Results) == 0 {
				t.Errorf("runs %+v", log.Runs)
			}
		}},
		{"github", func(t *testing.T, out string) {
			if !strings.Contains(out, "\ngraduate: Lantern at incubation ("+grad+"): ") || !strings.HasSuffix(out, "incubation criteria NOT met: 25 required criteria not passed or waived: 4 failed, 16 not collected or undecided from what was read, 3 waiting for the project's attestation, 2 waiting for the TOC's own step.\n") ||
				!strings.Contains(out, "::Pebble ("+sandbox+"): Not met (required)") {
				t.Errorf("want both reports' commands and summaries:\n%s", out)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.format, func(t *testing.T) {
			code, stdout, stderr := exec(t, "eval", grad, sandbox, "--level", "incubation", "--format", tc.format)
			if code != 1 || stderr != "" {
				t.Fatalf("exit %d, want 1 (one report not met): %s", code, stderr)
			}
			tc.check(t, stdout)
		})
	}
}

func TestGitHubStepSummary(t *testing.T) {
	grad := testdata("snapshots", "graduation-ready.json")
	summary := writeFile(t, "summary.md", "## Earlier step\n")
	code, stdout, stderr := execEnv(t, map[string]string{"GITHUB_STEP_SUMMARY": summary}, "eval", grad, "--format", "github", "--level", "incubation")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "::warning title=") || strings.Contains(stdout, "# Lantern") {
		t.Errorf("stdout holds the workflow commands only:\n%s", stdout)
	}
	got, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(got), "## Earlier step\n# Lantern Incubation Application\n") || !strings.Contains(string(got), "- [x] **Complete a General Technical Review (GTR).**") {
		t.Errorf("summary file, want the checklist appended:\n%s", got)
	}

	// Other formats leave the summary alone.
	before := string(got)
	if code, _, _ := execEnv(t, map[string]string{"GITHUB_STEP_SUMMARY": summary}, "eval", grad, "--format", "sarif"); code != 0 {
		t.Fatalf("sarif: exit %d", code)
	}
	if got, _ := os.ReadFile(summary); string(got) != before {
		t.Error("--format sarif wrote the step summary")
	}

	code, stdout, stderr = execEnv(t, map[string]string{"GITHUB_STEP_SUMMARY": filepath.Join(t.TempDir(), "no", "such", "dir")}, "eval", grad, "--format", "github")
	if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "graduate: open GITHUB_STEP_SUMMARY: ") {
		t.Errorf("unwritable summary: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// TestGitHubHostileProjectName runs eval --format github on a snapshot whose project
// name, taken from the project file a pull request may change, holds a workflow command
// and a mention: neither the log nor the job summary may act on them.
func TestGitHubHostileProjectName(t *testing.T) {
	raw, err := os.ReadFile(testdata("snapshots", "graduation-ready.json"))
	if err != nil {
		t.Fatal(err)
	}
	const name = `"name": "Lantern @jdoe\n::error file=README.md::injected\n##[warning]also"`
	hostile := strings.Replace(string(raw), `"name": "Lantern"`, name, 1)
	if hostile == string(raw) {
		t.Fatal("the snapshot's project name is no longer \"Lantern\"")
	}
	snap := writeFile(t, "snapshot.json", hostile)
	summary := writeFile(t, "summary.md", "")
	code, stdout, stderr := execEnv(t, map[string]string{"GITHUB_STEP_SUMMARY": summary}, "eval", snap, "--format", "github", "--level", "incubation")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		// graduate's annotations are ::error or ::warning, each with a title; its other
		// lines are summaries, which the runner must not read as "##[command]" either.
		command, _, _ := strings.Cut(strings.TrimPrefix(line, "::"), "::")
		name, props, _ := strings.Cut(command, " ")
		ours := strings.HasPrefix(line, "::") && (name == "error" || name == "warning") && (strings.HasPrefix(props, "title=") || strings.Contains(props, ",title="))
		summaryLine := strings.HasPrefix(line, "graduate: ") && !strings.Contains(line, "##[")
		if !ours && !summaryLine {
			t.Errorf("line the runner may read as a command: %q", line)
		}
	}
	if !strings.Contains(stdout, "\ngraduate: Lantern @jdoe ::error file=README.md::injected ## [warning]also at incubation (") {
		t.Errorf("summary line:\n%s", stdout)
	}
	got, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(got), "# Lantern `@jdoe` ::error file=README.md::injected ##\\[warning\\]also Incubation Application\n") {
		t.Errorf("job summary heading, want the mention in a code span:\n%s", got)
	}
}

// TestCriteriaDoc fails when docs/criteria.md is not what `graduate criteria --format
// markdown` writes; go test ./cmd/graduate -update rewrites it.
func TestCriteriaDoc(t *testing.T) {
	code, stdout, stderr := exec(t, "criteria", "--format", "markdown")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"\n## Governance and Maintainers\n", "| `governance.maintainer_orgs` | Project maintainers from at least 2 organizations that demonstrates survivability. | — | — | **required** | repository files, external service, git history |\n"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("criteria --format markdown lacks %q", want)
		}
	}
	golden.Equal(t, filepath.Join("..", "..", "docs", "criteria.md"), []byte(stdout))
}

// criterionIn returns a criterion's status and reasons in a JSON report.
func criterionIn(t *testing.T, out, id string) (string, []string) {
	t.Helper()
	var r struct {
		Criteria []struct {
			ID, Status string
			Reasons    []string
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Criteria {
		if c.ID == id {
			return c.Status, c.Reasons
		}
	}
	t.Fatalf("no %s in the report", id)
	return "", nil
}
