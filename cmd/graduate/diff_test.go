package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/internal/golden"
)

// editedSnapshot writes a copy of the snapshot at src, changed by edit, into dir.
func editedSnapshot(t *testing.T, src, dir, name string, edit func(doc map[string]any)) string {
	t.Helper()
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	edit(doc)
	if raw, err = json.MarshalIndent(doc, "", "  "); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// noAdopters empties the adopters list: ecosystem.adopters_min3, required at
// graduation and passed in graduation-ready.json, becomes not met.
func noAdopters(doc map[string]any) {
	doc["adopters"].(map[string]any)["entries"] = []any{}
}

// reportFile writes graduate eval --format json's report of a snapshot at a level.
func reportFile(t *testing.T, snapshot, level, path string) string {
	t.Helper()
	if code, _, stderr := exec(t, "eval", snapshot, "--level", level, "--format", "json", "-o", path); code > 1 {
		t.Fatalf("eval: exit %d: %s", code, stderr)
	}
	return path
}

func TestDiffExitCodes(t *testing.T) {
	grad := testdata("snapshots", "graduation-ready.json")
	sandbox := testdata("snapshots", "sandbox-ready.json")
	dir := t.TempDir()
	lost := editedSnapshot(t, grad, dir, "no-adopters.json", noAdopters)
	gradReport := reportFile(t, grad, "graduation", filepath.Join(dir, "grad.report.json"))
	lostReport := reportFile(t, lost, "graduation", filepath.Join(dir, "lost.report.json"))
	sandboxReport := reportFile(t, sandbox, "sandbox", filepath.Join(dir, "sandbox.report.json"))
	several := filepath.Join(dir, "several.json")
	if code, _, stderr := exec(t, "eval", grad, sandbox, "--format", "json", "-o", several); code > 1 {
		t.Fatal(stderr)
	}
	cases := []struct {
		name     string
		args     []string
		code     int
		stdoutIn string
		stderr   string // the start of the one line on stderr, for exit 2
	}{
		{"same snapshot", []string{"diff", grad, grad}, 0, "No criterion changed.", ""},
		{"a required criterion lost", []string{"diff", grad, lost}, 1, "ecosystem.adopters_min3 (required): pass -> unknown  REGRESSED", ""},
		{"a required criterion gained", []string{"diff", lost, grad}, 0, "ecosystem.adopters_min3 (required): unknown -> pass\n", ""},
		{"two reports", []string{"diff", gradReport, lostReport, "--format", "markdown"}, 1, "| **unknown** (regressed) |", ""},
		{"a report and a snapshot", []string{"diff", lostReport, grad, "--format", "json"}, 0, `"regressed": []`, ""},
		{"a snapshot and a report", []string{"diff", grad, lostReport}, 1, "REGRESSED", ""},
		// A suggested criterion's change never fails the diff; at sandbox, Lantern's own
		// snapshot loses required criteria Pebble's meets, at the level --level names.
		{"level from --level", []string{"diff", sandbox, grad, "--level", "sandbox"}, 1, "Pebble -> Lantern at sandbox", ""},
		{"level from NEW", []string{"diff", grad, sandbox}, 0, "Lantern -> Pebble at sandbox", ""},
		{"level from the project file", []string{"diff", grad, lost, "--config", writeFile(t, "graduate.yaml", "level: incubation\n")}, 1, " at incubation: ", ""},
		{"to a file", []string{"diff", grad, lost, "-o", filepath.Join(dir, "diff.txt")}, 1, "", ""},

		{"reports at different levels", []string{"diff", sandboxReport, gradReport}, 2, "",
			"graduate: " + sandboxReport + ": a report at sandbox, but the diff is at graduation"},
		{"a report at another level than --level", []string{"diff", gradReport, lostReport, "--level", "incubation"}, 2, "",
			"graduate: " + gradReport + ": a report at graduation, but the diff is at incubation"},
		{"a snapshot judged at NEW's level", []string{"diff", grad, sandboxReport}, 0, " at sandbox: ", ""},
		{"unreadable", []string{"diff", grad, filepath.Join(dir, "nope.json")}, 2, "", "graduate: read diff input: open " + filepath.Join(dir, "nope.json")},
		{"malformed JSON", []string{"diff", writeFile(t, "old.json", `{"level": "graduation", "criteria": [`), grad}, 2, "", "graduate: "},
		{"not a snapshot", []string{"diff", grad, writeFile(t, "x.json", `{"schema_version": 1}`)}, 2, "", "graduate: "},
		{"several reports in one file", []string{"diff", several, gradReport}, 2, "", "graduate: " + several + ": top level: got an array"},
		{"a report that is not one", []string{"diff", writeFile(t, "r.json", `{"level": "graduation", "criteria": [{"id": "a", "status": "passed"}]}`), gradReport}, 2, "",
			`$.criteria[0].status: unknown status "passed"`},
		{"unknown format", []string{"diff", grad, grad, "--format", "sarif"}, 2, "", `graduate: unknown format "sarif" (want one of text, markdown, json)`},
		{"one input", []string{"diff", grad}, 2, "", "graduate: accepts 2 arg(s), received 1"},
		{"unknown level", []string{"diff", grad, grad, "--level", "graduated"}, 2, "", `graduate: unknown level "graduated"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := exec(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, stdout, stderr)
			}
			if tc.code == 2 {
				if stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.stderr) {
					t.Errorf("want nothing on stdout and one line on stderr with %q; got stdout %q stderr %q", tc.stderr, stdout, stderr)
				}
				return
			}
			if stderr != "" {
				t.Errorf("unexpected stderr %q", stderr)
			}
			if !strings.Contains(stdout, tc.stdoutIn) {
				t.Errorf("stdout lacks %q:\n%s", tc.stdoutIn, stdout)
			}
		})
	}
	if raw, err := os.ReadFile(filepath.Join(dir, "diff.txt")); err != nil || !strings.Contains(string(raw), "REGRESSED") {
		t.Errorf("-o wrote %q (%v)", raw, err)
	}
}

// TestDiffGolden diffs the graduation-ready example against a copy without its adopters,
// in every format, as a pull request job would.
func TestDiffGolden(t *testing.T) {
	grad, err := filepath.Abs(testdata("snapshots", "graduation-ready.json"))
	if err != nil {
		t.Fatal(err)
	}
	goldens, err := filepath.Abs(testdata("golden"))
	if err != nil {
		t.Fatal(err)
	}
	// Run in a directory of its own so the diff names the files the same way everywhere.
	dir := t.TempDir()
	editedSnapshot(t, grad, dir, "old.json", func(map[string]any) {})
	editedSnapshot(t, grad, dir, "new.json", noAdopters)
	t.Chdir(dir)
	for format, ext := range map[string]string{"text": "txt", "markdown": "md", "json": "json"} {
		t.Run(format, func(t *testing.T) {
			code, stdout, stderr := exec(t, "diff", "old.json", "new.json", "--format", format)
			if code != 1 || stderr != "" {
				t.Fatalf("exit %d, want 1: %s", code, stderr)
			}
			golden.Equal(t, filepath.Join(goldens, "diff.graduation-ready.no-adopters."+ext), []byte(stdout))
		})
	}
}
