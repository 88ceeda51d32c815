package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestLinkedPages runs check on a project whose README links its roadmap on its
// website: with the landscape naming that website, graduate reads the page, and its
// heading makes the roadmap criterion pass; offline with nothing cached, the criterion
// stays unknown with the link; a linked page that is no roadmap changes nothing.
func TestLinkedPages(t *testing.T) {
	var hits atomic.Int32
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/roadmap/":
			fmt.Fprint(w, `<!doctype html><html><head><title>Quarry</title></head><body><nav><a href="/">Home</a></nav><main><h1>Quarry <em>Roadmap</em></h1><p>What comes next.</p></main></body></html>`)
		case "/blog/":
			fmt.Fprint(w, `<html><head><title>Quarry blog</title></head><body><h1>News</h1></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()

	project := func(page string) string {
		dir := t.TempDir()
		for name, content := range map[string]string{
			"README.md":     "# Quarry\n\nQuarry schedules batch jobs. Our [roadmap](" + site.URL + page + ") is public.\n",
			"GOVERNANCE.md": "# Governance\n\nDecisions are made by lazy consensus of the maintainers.\n",
			"graduate.yaml": "project: Quarry\nrepositories:\n  - {url: https://github.com/quarry-dev/quarry, role: main, path: .}\n",
		} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	landscape := filepath.Join(t.TempDir(), "landscape.yml")
	yml := "landscape:\n  - category:\n    name: Scheduling\n    subcategories:\n      - subcategory:\n        name: Batch\n        items:\n          - item:\n            name: Quarry\n            homepage_url: " + site.URL + "/\n            project: sandbox\n            repo_url: https://github.com/quarry-dev/quarry\n"
	if err := os.WriteFile(landscape, []byte(yml), 0o644); err != nil {
		t.Fatal(err)
	}
	roadmap := func(dir string, args ...string) (string, []string) {
		t.Helper()
		code, out, stderr := exec(t, append([]string{"check", dir, "--format", "json", "--as-of", "2026-08-01", "--landscape", landscape}, args...)...)
		if code != 1 || stderr != "" {
			t.Fatalf("check: exit %d, stderr %q", code, stderr)
		}
		return criterionIn(t, out, "engineering.roadmap")
	}

	if s, reasons := roadmap(project("/roadmap/"), "--offline", "--cache-dir", t.TempDir()); s != "unknown" || len(reasons) != 1 || !strings.Contains(reasons[0], site.URL+"/roadmap/") {
		t.Errorf("offline: %s %q, want unknown with the link", s, reasons)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("%d requests offline, want 0", n)
	}
	if s, reasons := roadmap(project("/roadmap/"), "--cache-dir", t.TempDir()); s != "pass" {
		t.Errorf("online: %s %q, want pass on the page's heading", s, reasons)
	}
	if s, _ := roadmap(project("/blog/"), "--cache-dir", t.TempDir()); s != "unknown" {
		t.Errorf("a page that is no roadmap: %s, want unknown", s)
	}
}
