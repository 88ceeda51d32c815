package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "update golden files")

// exec runs one command line in process, as the binary would, with NO_COLOR unset and
// no terminal.
func exec(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }, isTerminal: func(io.Writer) bool { return false }}
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
		{"unknown format", []string{"eval", grad, "--format", "xml"}, 2, `graduate: unknown format "xml"`, ""},
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

func TestGoldenReports(t *testing.T) {
	cases := []struct {
		snapshot, level, format string
	}{
		{"graduation-ready.json", "graduation", "text"},
		{"graduation-ready.json", "graduation", "json"},
		{"sandbox-ready.json", "sandbox", "text"},
		{"sandbox-ready.json", "sandbox", "json"},
		{"sandbox-ready.json", "incubation", "text"},
		{"sandbox-ready.json", "incubation", "json"},
	}
	for _, tc := range cases {
		name := strings.TrimSuffix(tc.snapshot, ".json") + "." + tc.level + "." + map[string]string{"text": "txt", "json": "json"}[tc.format]
		t.Run(name, func(t *testing.T) {
			// Run from testdata so the report names the snapshot the same way on every machine.
			t.Chdir(testdata())
			_, stdout, stderr := exec(t, "eval", filepath.Join("snapshots", tc.snapshot), "--level", tc.level, "--format", tc.format)
			if stderr != "" {
				t.Fatal(stderr)
			}
			golden := filepath.Join("golden", name)
			if *update {
				if err := os.MkdirAll("golden", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/graduate -update)", err)
			}
			if stdout != string(want) {
				t.Errorf("report differs from %s (run go test ./cmd/graduate -update and review the diff):\n%s", golden, stdout)
			}
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
	code, stdout, stderr := exec(t, "check", main, "--format", "json")
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
	if code, _, stderr := exec(t, "collect", main, "-o", snap); code != 0 {
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
