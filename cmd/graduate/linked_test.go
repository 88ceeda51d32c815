package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckLinkedOut: a document the project links out of the repositories given makes
// its criterion unknown with the link in the report, never a fail; the same project
// without the link fails it, and the reason says what was read.
func TestCheckLinkedOut(t *testing.T) {
	tree := func(readme string) string {
		dir := t.TempDir()
		for name, content := range map[string]string{
			"README.md":     readme,
			"GOVERNANCE.md": "# Governance\n\nDecisions are made by lazy consensus of the maintainers.\n",
			"docs/guide.md": "# Guide\n\nHow to use Quarry.\n",
		} {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	roadmap := func(dir string) (status string, reasons []string, evidence []map[string]any) {
		t.Helper()
		code, out, stderr := exec(t, "check", dir, "--format", "json", "--as-of", "2026-08-01")
		if code != 1 || stderr != "" {
			t.Fatalf("check: exit %d, stderr %q", code, stderr)
		}
		var r struct {
			Criteria []struct {
				ID       string
				Status   string
				Reasons  []string
				Evidence []map[string]any
			}
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		for _, c := range r.Criteria {
			if c.ID == "engineering.roadmap" {
				return c.Status, c.Reasons, c.Evidence
			}
		}
		t.Fatal("no engineering.roadmap in the report")
		return
	}

	status, reasons, evidence := roadmap(tree("# Quarry\n\nOur [roadmap](https://quarry.example/roadmap) is public.\n"))
	if status != "unknown" || len(reasons) != 1 || !strings.Contains(reasons[0], `linked from`) || !strings.Contains(reasons[0], `as "roadmap" to https://quarry.example/roadmap, not read`) {
		t.Errorf("linked roadmap: %s %q, want unknown with the link", status, reasons)
	}
	if len(evidence) != 1 || evidence[0]["url"] != "https://quarry.example/roadmap" || evidence[0]["path"] != "README.md" || evidence[0]["line"] != 3.0 {
		t.Errorf("linked roadmap evidence = %v, want the README line and the link", evidence)
	}

	status, reasons, _ = roadmap(tree("# Quarry\n\nQuarry schedules batch jobs.\n"))
	if status != "fail" || len(reasons) != 1 || !strings.HasPrefix(reasons[0], "read 3 documents in ") || !strings.Contains(reasons[0], "none is a roadmap (looked for ROADMAP files") {
		t.Errorf("no roadmap: %s %q, want a fail that says what was read", status, reasons)
	}

	code, _, stderr := exec(t, "check", tree("# Quarry\n"), "--as-of", "yesterday")
	if code != 2 || !strings.Contains(stderr, `--as-of "yesterday": want RFC 3339`) {
		t.Errorf("--as-of yesterday: exit %d, stderr %q; want exit 2 and the accepted forms", code, stderr)
	}
}
