package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestLandscape runs check on the example project with a landscape file: the snapshot
// holds its entry, and the markdown checklist opens with the template's level sentence.
func TestLandscape(t *testing.T) {
	main := filepath.Join("..", "..", "examples", "lantern", "lantern")
	file := filepath.Join("..", "..", "collectors", "landscape", "testdata", "landscape.yml")
	code, out, stderr := exec(t, "check", main, "--format", "markdown", "--offline", "--cache-dir", t.TempDir(), "--landscape", file)
	if code != 1 || stderr != "" {
		t.Fatalf("check: exit %d, stderr %q", code, stderr)
	}
	want := "This project is currently Incubating, accepted on 20250201, and applying to Graduate (the CNCF landscape's entry for Lantern)."
	if !strings.Contains(out, want) {
		t.Errorf("the checklist lacks %q:\n%s", want, out[:min(len(out), 800)])
	}
	code, out, _ = exec(t, "collect", main, "--offline", "--cache-dir", t.TempDir(), "--landscape", filepath.Join(t.TempDir(), "none.yml"))
	if code != 0 || !strings.Contains(out, `"source": "landscape"`) {
		t.Errorf("a missing landscape file: exit %d, want a collection error in the snapshot", code)
	}
}

// TestLandscapeNamesTheProject: without a project file's name, the report is named after
// the landscape's entry, not a local path.
func TestLandscapeNamesTheProject(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"README.md":     "# Quarry\n",
		"graduate.yaml": "repositories:\n  - {url: https://github.com/quarry-dev/quarry, role: main, path: .}\n",
	})
	file := filepath.Join("..", "..", "collectors", "landscape", "testdata", "landscape.yml")
	code, out, stderr := exec(t, "check", dir, "--format", "json", "--offline", "--cache-dir", t.TempDir(), "--landscape", file)
	if code != 1 || stderr != "" {
		t.Fatalf("check: exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, `"project": "Quarry"`) {
		t.Errorf("the report is not named after the landscape's entry:\n%s", out[:min(len(out), 400)])
	}
}
