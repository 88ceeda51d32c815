package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/internal/golden"
)

// editedPolicies copies the policies into a temporary directory and appends rules to
// one criterion's package: an edit a TOC member might make.
func editedPolicies(t *testing.T, criterion, rules string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "policies")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "policies"))); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(dir, "graduate", "criteria", criterion), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(rules); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestImpactGolden runs graduate impact over the example snapshots with a raised
// threshold and with an edited criterion, in every format.
func TestImpactGolden(t *testing.T) {
	data := writeFile(t, "thresholds.yaml", "min_adopters: 8\n")
	stricter := editedPolicies(t, "community/meetings/meetings.rego", "\nfail contains \"meetings must be weekly (a stricter rule)\" if input.schema_version == 1\n")
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"threshold", []string{"--data", data}},
		{"criterion", []string{"--policy", stricter}},
	} {
		for _, format := range []string{"text", "markdown", "json"} {
			ext := map[string]string{"text": "txt", "markdown": "md", "json": "json"}[format]
			t.Run(tc.name+"."+format, func(t *testing.T) {
				t.Chdir(testdata())
				args := append([]string{"impact", "--level", "incubation", "--format", format, filepath.Join("snapshots", "graduation-ready.json"), filepath.Join("snapshots", "sandbox-ready.json")}, tc.args...)
				code, out, stderr := exec(t, args...)
				if code != 0 || stderr != "" {
					t.Fatalf("exit %d, stderr %q", code, stderr)
				}
				// The paths given are temporary: the golden names them by what they are.
				out = strings.ReplaceAll(strings.ReplaceAll(out, stricter, "EDITED-POLICIES"), data, "THRESHOLDS")
				golden.Equal(t, filepath.Join("golden", "impact."+tc.name+"."+ext), []byte(out))
			})
		}
	}
}

func TestImpactErrors(t *testing.T) {
	snap := testdata("snapshots", "graduation-ready.json")
	broken := filepath.Dir(writeFile(t, "graduate/report/report.rego", "package graduate.report\n\ngraduation := {\n"))
	for _, tc := range []struct {
		name   string
		args   []string
		stderr string
	}{
		{"nothing edited", []string{"impact", snap}, "give the edited policies"},
		{"broken edited policies", []string{"impact", "--policy", broken, snap}, "report.rego"},
		{"unreadable snapshot", []string{"impact", "--data", writeFile(t, "d.yaml", "min_adopters: 4\n"), "missing.json"}, "missing.json"},
		{"bad format", []string{"impact", "--data", writeFile(t, "d.yaml", "min_adopters: 4\n"), "--format", "sarif", snap}, "unknown format"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := exec(t, tc.args...)
			if code != 2 || out != "" || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 naming %q", code, out, stderr, tc.stderr)
			}
		})
	}
}
