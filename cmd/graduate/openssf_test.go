package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestOpenSSFLevel runs check end to end against a badge site that speaks the OpenSSF
// Best Practices API: the README badge names the project, the site gives its level,
// the cache answers a second run offline, and an offline run with nothing cached
// leaves the criterion unknown and says why.
func TestOpenSSFLevel(t *testing.T) {
	var hits atomic.Int32
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path != "/projects/4242.json" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("ETag", `W/"4242-v1"`)
		w.Write([]byte(`{"id":4242,"name":"quarry","badge_level":"silver","tiered_percentage":212}`))
	}))
	defer site.Close()

	dir := t.TempDir()
	readme := "# Quarry\n\n[![OpenSSF Best Practices](https://www.bestpractices.dev/projects/4242/badge)](https://www.bestpractices.dev/projects/4242)\n"
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte(readme), 0o644); err != nil {
		t.Fatal(err)
	}
	status := func(args ...string) (string, []string) {
		t.Helper()
		code, out, stderr := exec(t, append([]string{"check", dir, "--format", "json", "--as-of", "2026-08-01", "--openssf-url", site.URL}, args...)...)
		if code != 1 || stderr != "" {
			t.Fatalf("check: exit %d, stderr %q", code, stderr)
		}
		return criterionIn(t, out, "security.openssf_passing")
	}

	cache := t.TempDir()
	if s, reasons := status("--cache-dir", cache); s != "pass" {
		t.Errorf("online: %s %q, want pass", s, reasons)
	}
	if s, reasons := status("--cache-dir", cache, "--offline"); s != "pass" {
		t.Errorf("offline with the cache: %s %q, want pass", s, reasons)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("%d requests to the badge site, want 1: offline must not reach it", n)
	}
	s, reasons := status("--cache-dir", t.TempDir(), "--offline")
	if s != "unknown" || len(reasons) != 1 || !strings.Contains(reasons[0], "offline, and not in the cache") {
		t.Errorf("offline without a cache: %s %q, want unknown saying it was offline", s, reasons)
	}
}
