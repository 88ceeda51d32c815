package collectors

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/collectors/history"
)

// isolateGit keeps the user's and the system's git configuration out of a test.
func isolateGit(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(home, "gitconfig"))
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	for _, k := range []string{"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_CEILING_DIRECTORIES"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
}

// copyTree copies a fixture tree to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCollectWithAndWithoutGit reads one fixture as a git checkout and as a plain copy
// of the same files: the snapshots differ only in the history facts, which the copy
// records as not collected.
func TestCollectWithAndWithoutGit(t *testing.T) {
	isolateGit(t)
	plain := filepath.Join(t.TempDir(), "quarry")
	copyTree(t, fixtures+"/full", plain)
	checkout := filepath.Join(t.TempDir(), "quarry")
	copyTree(t, fixtures+"/full", checkout)
	// The fixture's vendor/ tree is committed too: git's file list keeps it, and the
	// collector leaves vendored paths out either way.
	for _, args := range [][]string{
		{"init", "-q", "-b", "main"},
		{"add", "-A"},
		{"-c", "user.name=Ada", "-c", "user.email=ada@example.com", "commit", "-q", "-s", "-m", "first"},
		{"tag", "v1.0.0"},
		// The checkout names itself through its origin; the copy is given the URL.
		{"remote", "add", "origin", "git@github.com:quarry-dev/quarry.git"},
	} {
		cmd := exec.Command("git", args...)
		cmd.Dir = checkout
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE=2026-01-10T10:00:00Z", "GIT_COMMITTER_DATE=2026-01-10T10:00:00Z")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}

	collect := func(dir, url string) map[string]any {
		snap, err := Collect(context.Background(), Options{
			Repos: []RepoSpec{{Dir: dir, URL: url}},
			Now:   fixedNow,
		})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(snap)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		return doc
	}
	withGit, withoutGit := collect(checkout, ""), collect(plain, "https://github.com/quarry-dev/quarry")

	hist, ok := withGit["history"].(map[string]any)
	if !ok {
		t.Fatalf("the checkout's history was not collected; collection errors %v", withGit["collection_errors"])
	}
	if hist["commits_last_year"] != 1.0 || hist["releases_last_year"] != 1.0 || hist["first_commit_at"] != "2026-01-10T10:00:00Z" {
		t.Errorf("history of the checkout = %v, want one commit and one release on 2026-01-10", hist)
	}
	if c, _ := withGit["repositories"].([]any)[0].(map[string]any)["commit"].(string); len(c) != 40 {
		t.Errorf("the checkout's commit = %q, want the commit it has checked out", c)
	}
	if _, ok := withoutGit["history"]; ok {
		t.Errorf("the plain copy has history facts: %v", withoutGit["history"])
	}
	want := []any{map[string]any{"source": "history", "error": "quarry-dev/quarry: " + history.ErrNoHistory.Error()}}
	var got []any
	for _, e := range withoutGit["collection_errors"].([]any) {
		if src, _ := e.(map[string]any)["source"].(string); strings.HasPrefix(src, "history") {
			got = append(got, e)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("history's collection errors of the plain copy = %v, want %v", got, want)
	}

	if ls := asList(withGit["documents"].(map[string]any)["roadmap"]); len(ls) == 0 || ls[0].(map[string]any)["changed"] != "2026-01-10" {
		t.Errorf("the checkout's roadmap = %v, want it dated by its commit", ls)
	}
	// A schedule is dated by its file's last commit; one that links a calendar of
	// meetings has it as its tracker too: the calendar keeps itself current.
	dated, calendars := 0, 0
	for _, l := range asList(withGit["content"].(map[string]any)["meetings"]) {
		m := l.(map[string]any)
		switch {
		case m["how"] != "schedule":
		case m["line"] == 20.0:
			if m["tracker"] != "https://calendar.google.com/calendar/embed?src=quarry" || m["changed"] != "2026-01-10" {
				t.Errorf("the checkout's calendar line %v, want it dated and its calendar as its tracker", m)
			}
			calendars++
		default:
			if m["changed"] != "2026-01-10" {
				t.Errorf("the checkout's meeting schedule %v, want it dated by its commit", m)
			}
			dated++
		}
	}
	if dated == 0 || calendars == 0 {
		t.Errorf("the checkout's meetings = %v, want a schedule dated by its commit and a calendar line with its calendar", withGit["content"].(map[string]any)["meetings"])
	}

	for _, doc := range []map[string]any{withGit, withoutGit} {
		delete(doc, "history")
		delete(doc, "collection_errors")
		for _, r := range doc["repositories"].([]any) {
			delete(r.(map[string]any), "path")   // the two copies live in different directories
			delete(r.(map[string]any), "commit") // the commit read is a fact of the history
		}
		// When a roadmap or a meeting schedule last changed is a fact of the history too.
		if docs, ok := doc["documents"].(map[string]any); ok {
			for _, l := range asList(docs["roadmap"]) {
				delete(l.(map[string]any), "changed")
			}
		}
		if content, ok := doc["content"].(map[string]any); ok {
			for _, l := range asList(content["meetings"]) {
				delete(l.(map[string]any), "changed")
			}
		}
	}
	if !reflect.DeepEqual(withGit, withoutGit) {
		a, _ := json.MarshalIndent(withGit, "", " ")
		b, _ := json.MarshalIndent(withoutGit, "", " ")
		t.Errorf("apart from history, the snapshots differ:\nwith .git:\n%s\nwithout:\n%s", a, b)
	}
}

// asList returns v as a JSON array, or nil.
func asList(v any) []any {
	l, _ := v.([]any)
	return l
}
