package history

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/snapshot"
)

// The fixture's collection time: the last year is (2025-06-01, 2026-06-01].
const fixtureNow = "2026-06-01T00:00:00Z"

const (
	alice = "Alice Example <alice@example.com>"
	bob   = "Bob Example <bob@example.com>"
	dave  = "Dave Example <dave@example.com>"
	erin  = "Erin Example <ERIN@Example.com>"
	erin2 = "Erin Example <erin@example.com>"
	gina  = "Gina Example <gina@example.com>"
)

const maintainersV1 = `# Maintainers

| Name | GitHub | Affiliation |
|------|--------|-------------|
| Alice Example | @alice | Example Corp |
| Bob Example | [bob](https://github.com/bob) | Example Corp |

## Emeritus maintainers

None yet.
`

const readmeV1 = `# Widget

Widgets, fast.

## Governance

Decisions are made by lazy consensus of the maintainers.

## Install

go install example.com/widget@latest
`

// projectFixture builds the history the tests below read, and returns it with its
// commits by name.
func projectFixture(t *testing.T) (*gitFixture, map[string]string) {
	f := newGitFixture(t)
	c := map[string]string{}
	c["root"] = f.commit("2019-03-01T10:00:00Z", alice, "Initial commit", map[string]string{
		"README.md":      readmeV1,
		"MAINTAINERS.md": maintainersV1,
		"GOVERNANCE.md":  "# Governance\n\nLazy consensus.\n",
		"main.go":        "package main\n",
	})
	c["carol"] = f.commit("2020-05-01T10:00:00Z", bob, "Add carol as a maintainer", map[string]string{
		"MAINTAINERS.md": strings.Replace(maintainersV1, "| Bob Example |", "| Carol Example | @Carol | Other Inc |\n| Bob Example |", 1),
	})
	f.tag("v0.1.0", c["carol"], "2020-05-02T10:00:00Z")
	moved := strings.Replace(maintainersV1, "| Bob Example | [bob](https://github.com/bob) | Example Corp |\n", "", 1)
	moved = strings.Replace(moved, "| Alice Example |", "| Carol Example | @Carol | Other Inc |\n| Alice Example |", 1)
	moved = strings.Replace(moved, "None yet.", "* Bob Example (@bob)", 1)
	c["emeritus"] = f.commit("2021-01-10T10:00:00Z", alice, "Move bob to emeritus", map[string]string{"MAINTAINERS.md": moved})
	readmeV2 := strings.Replace(readmeV1, "lazy consensus of the maintainers.", "lazy consensus of the maintainers, or a vote.", 1)
	c["readme-gov"] = f.commit("2022-02-02T10:00:00Z", alice, "Governance: explain votes", map[string]string{"README.md": readmeV2})
	c["dave"] = f.commit("2025-07-01T10:00:00Z", dave, "Add a flag\n\nSigned-off-by: Dave Example <dave@example.com>", map[string]string{"main.go": "package main\n\n// flag\n"})
	f.tag("v1.0.0-rc.1", c["dave"], "")
	c["erin"] = f.commit("2025-08-01T10:00:00Z", erin, "Fix a bug\n\nSigned-off-by: Frank Example <frank@example.com>", map[string]string{"main.go": "package main\n\n// fixed\n"})
	f.git(nil, "checkout", "-q", "-b", "feature")
	c["feature"] = f.commit("2025-09-01T10:00:00Z", dave, "Document the review rule", map[string]string{"GOVERNANCE.md": "# Governance\n\nLazy consensus; two reviews.\n"})
	f.git(nil, "checkout", "-q", "main")
	c["merge"] = f.merge("2025-09-02T10:00:00Z", alice, "feature")
	c["erin2"] = f.commit("2025-10-01T10:00:00Z", erin2, "Speed up\n\nSigned-off-by: Erin Example <erin@example.com>", map[string]string{"fast.go": "package main\n"})
	f.tag("v1.0.0", c["erin2"], "2025-10-05T10:00:00Z")
	c["gina"] = f.commit("2026-01-10T10:00:00Z", gina, "README: install from source", map[string]string{
		"README.md": strings.Replace(readmeV2, "go install", "go install -v", 1),
	})
	f.tag("v1.0.1", c["gina"], "2026-01-10T12:00:00Z")
	f.tag("nightly", c["gina"], "")
	f.tag("api/v1.2.0", c["gina"], "2026-01-11T10:00:00Z")
	c["future"] = f.commit("2026-07-01T10:00:00Z", gina, "From after the snapshot", map[string]string{"later.go": "package main\n"})
	f.tag("v1.1.0", c["future"], "2026-07-01T12:00:00Z")
	return f, c
}

func fixtureSource(t *testing.T, name, dir string) Source {
	t.Helper()
	g, err := NewGit(dir)
	if err != nil {
		t.Fatal(err)
	}
	return Source{
		Repo:            name,
		Log:             g,
		MaintainerPaths: []string{"MAINTAINERS.md"},
		GovernancePaths: []string{"GOVERNANCE.md", "README.md#Governance"},
	}
}

func TestCollectGit(t *testing.T) {
	f, c := projectFixture(t)
	now := mustTime(t, fixtureNow)
	h, errs, err := Collect(context.Background(), []Source{fixtureSource(t, "example/widget", f.dir)}, now, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) > 0 {
		t.Fatalf("collection errors: %v", errs)
	}
	d := func(s string) time.Time { return mustTime(t, s) }
	want := &snapshot.History{
		FirstCommitAt:   ptr(d("2019-03-01T10:00:00Z")),
		CommitsLastYear: ptr(5), // dave, erin, feature, erin2, gina; not the merge, not the future commit
		AuthorsLastYear: ptr(3), // dave, erin (in either case), gina
		DCO:             &snapshot.DCO{NonMergeCommits: 5, SignedOff: 3, SignedOffByAuthor: 2},
		// v1.0.0-rc.1, v1.0.0, v1.0.1; not nightly, api/v1.2.0, or v1.1.0 (after now).
		ReleasesLastYear:    ptr(3),
		PrereleasesLastYear: ptr(1),
		LastReleaseAt:       ptr(d("2026-01-10T12:00:00Z")),
		Releases: []snapshot.Release{
			{Repo: "example/widget", Tag: "v1.0.1", Date: d("2026-01-10T12:00:00Z")},
			{Repo: "example/widget", Tag: "v1.0.0", Date: d("2025-10-05T10:00:00Z")},
			{Repo: "example/widget", Tag: "v1.0.0-rc.1", Date: d("2025-07-01T10:00:00Z"), Prerelease: true},
			{Repo: "example/widget", Tag: "v0.1.0", Date: d("2020-05-02T10:00:00Z")},
		},
		ReleaseCadenceDays: ptr(97.08), // 2025-10-05T10:00 to 2026-01-10T12:00
		MaintainerChanges: []snapshot.MaintainerChange{
			{Commit: c["emeritus"], Date: d("2021-01-10T10:00:00Z"), Author: "Alice Example", Repo: "example/widget", Path: "MAINTAINERS.md", Removed: []string{"bob"}},
			{Commit: c["carol"], Date: d("2020-05-01T10:00:00Z"), Author: "Bob Example", Repo: "example/widget", Path: "MAINTAINERS.md", Added: []string{"Carol"}},
		},
		// root, carol, emeritus, readme-gov, feature; not gina's README change outside
		// the Governance section.
		GovernanceCommits: ptr(5),
	}
	assertHistory(t, h, want)
}

func assertHistory(t *testing.T, got, want *snapshot.History) {
	t.Helper()
	g, _ := json.MarshalIndent(got, "", "  ")
	w, _ := json.MarshalIndent(want, "", "  ")
	if string(g) != string(w) {
		t.Errorf("history:\n%s\nwant:\n%s", g, w)
	}
}

func TestCollectShallow(t *testing.T) {
	f, c := projectFixture(t)
	now := mustTime(t, fixtureNow)
	tests := []struct {
		name        string
		depth       string
		cut         string // the boundary commit
		wantMissing []string
	}{
		{
			name:  "cut inside the last year",
			depth: "2", cut: c["gina"],
			wantMissing: []string{"first_commit_at", "governance_commits", "maintainer_changes", "releases_last_year",
				"prereleases_last_year", "last_release_at", "releases", "release_cadence_days",
				"commits_last_year", "authors_last_year", "dco"},
		},
		{
			name:  "cut before the last year",
			depth: "7", cut: c["readme-gov"],
			wantMissing: []string{"first_commit_at", "governance_commits", "maintainer_changes", "releases_last_year",
				"prereleases_last_year", "last_release_at", "releases", "release_cadence_days"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "clone")
			f.git(nil, "clone", "-q", "--depth", tc.depth, "file://"+f.dir, dir)
			g, err := NewGit(dir)
			if err != nil {
				t.Fatal(err)
			}
			depth, err := g.Depth(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			cutDate := f.git(nil, "show", "-s", "--format=%cI", tc.cut)
			if !depth.Shallow || !depth.Since.Equal(mustTime(t, cutDate)) {
				t.Fatalf("Depth = %+v, want shallow since %s", depth, cutDate)
			}
			h, errs, err := Collect(context.Background(), []Source{fixtureSource(t, "example/widget", dir)}, now, nil)
			if err != nil {
				t.Fatal(err)
			}
			if h == nil || !h.Shallow || h.ShallowSince == nil || !h.ShallowSince.Equal(depth.Since) {
				t.Fatalf("history = %+v, want shallow since %v", h, depth.Since)
			}
			var missing []string
			for _, e := range errs {
				m, ok := strings.CutPrefix(e.Source, "history.")
				if !ok || !strings.Contains(e.Error, "example/widget: shallow clone, history before "+depth.Since.Format(time.RFC3339)) {
					t.Errorf("collection error %+v, want a history.<member> error naming the shallow clone", e)
				}
				missing = append(missing, m)
			}
			if !reflect.DeepEqual(missing, tc.wantMissing) {
				t.Errorf("members not collected = %q, want %q", missing, tc.wantMissing)
			}
			// Every member named in an error is absent; every other one is present.
			raw, _ := json.Marshal(h)
			var fields map[string]any
			if err := json.Unmarshal(raw, &fields); err != nil {
				t.Fatal(err)
			}
			for _, m := range missing {
				if _, ok := fields[m]; ok {
					t.Errorf("%s is in the history although it was not collected", m)
				}
			}
			for _, m := range []string{"commits_last_year", "authors_last_year", "dco"} {
				if _, ok := fields[m]; !ok && !contains(missing, m) {
					t.Errorf("%s is missing from the history without a collection error", m)
				}
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestNewGitWithoutHistory(t *testing.T) {
	isolateGit(t)
	tests := map[string]func(t *testing.T) string{
		"plain directory": func(t *testing.T) string { return t.TempDir() },
		"directory inside another repository": func(t *testing.T) string {
			f := newGitFixture(t)
			sub := filepath.Join(f.dir, "vendor", "lib")
			if err := os.MkdirAll(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			return sub
		},
	}
	for name, mk := range tests {
		t.Run(name, func(t *testing.T) {
			dir := mk(t)
			_, err := NewGit(dir)
			if !errors.Is(err, ErrNoHistory) {
				t.Fatalf("NewGit error = %v, want ErrNoHistory", err)
			}
			if want := dir + ": no git history (not a git checkout)"; err.Error() != want {
				t.Errorf("error = %q, want %q", err, want)
			}
			h, errs, cerr := Collect(context.Background(), []Source{{Repo: "a", Err: err}}, time.Now(), nil)
			if cerr != nil || h != nil {
				t.Fatalf("Collect = %+v, %v; want no history", h, cerr)
			}
			if len(errs) != 1 || errs[0].Source != "history" || errs[0].Error != err.Error() {
				t.Errorf("collection errors = %+v, want one history error %q", errs, err)
			}
		})
	}
}

func TestCollectOneRepositoryWithoutHistory(t *testing.T) {
	f, _ := projectFixture(t)
	_, noGit := NewGit(t.TempDir())
	sources := []Source{fixtureSource(t, "main", f.dir), {Repo: "community", Err: noGit}}
	h, errs, err := Collect(context.Background(), sources, mustTime(t, fixtureNow), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Each repository's history stands alone: main's facts are collected, the
	// community repository is named as left out, and its error names no fact path.
	if h == nil || h.CommitsLastYear == nil || !reflect.DeepEqual(h.Partial, []string{"community"}) {
		t.Fatalf("history = %+v, want main's facts with community named as partial", h)
	}
	if len(errs) != 1 || errs[0].Source != "history.community" || !strings.Contains(errs[0].Error, "no git history") {
		t.Errorf("collection errors = %+v, want one for the community repository", errs)
	}
	h, errs, err = Collect(context.Background(), sources[1:], mustTime(t, fixtureNow), nil)
	if err != nil || h != nil || len(errs) != 1 || errs[0].Source != "history" {
		t.Errorf("only a repository without history: %+v, %+v, %v; want no history and one history error", h, errs, err)
	}
}

func TestCollectEmptyRepository(t *testing.T) {
	f := newGitFixture(t)
	h, errs, err := Collect(context.Background(), []Source{fixtureSource(t, "empty", f.dir)}, time.Now(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if h != nil || len(errs) != 1 || errs[0].Source != "history" || !strings.HasPrefix(errs[0].Error, "empty: read ") {
		t.Errorf("Collect = %+v, %+v; want no history and one error naming the repository", h, errs)
	}
}

func TestCollectCancelled(t *testing.T) {
	f, _ := projectFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Collect(ctx, []Source{fixtureSource(t, "a", f.dir)}, time.Now(), nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Collect error = %v, want context.Canceled", err)
	}
}

// fakeLog is a Log written by hand, as a collector reading an API would supply it.
type fakeLog struct {
	commits []Commit
	first   time.Time
	tags    []Tag
	changes []FileChange
	blobs   map[string][]byte
	err     error
}

func (l *fakeLog) Commits(_ context.Context, since, until time.Time) ([]Commit, error) {
	var out []Commit
	for _, c := range l.commits {
		if c.CommitDate.After(since) && !c.CommitDate.After(until) {
			out = append(out, c)
		}
	}
	return out, l.err
}
func (l *fakeLog) FirstCommit(context.Context) (time.Time, error) { return l.first, l.err }
func (l *fakeLog) Tags(context.Context) ([]Tag, error)            { return l.tags, l.err }
func (l *fakeLog) FileChanges(context.Context, []string) ([]FileChange, error) {
	return l.changes, l.err
}
func (l *fakeLog) Blobs(_ context.Context, ids []string) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, id := range ids {
		b, ok := l.blobs[id]
		if !ok {
			return nil, errors.New("blob " + id + " is missing")
		}
		out[id] = b
	}
	return out, l.err
}
func (l *fakeLog) Depth(context.Context) (Depth, error) { return Depth{}, l.err }

func TestCollectAcrossRepositories(t *testing.T) {
	now := mustTime(t, fixtureNow)
	d := func(s string) time.Time { return mustTime(t, s) }
	main := &fakeLog{
		first: d("2020-01-01T00:00:00Z"),
		commits: []Commit{
			{Hash: "a1", AuthorEmail: "Ann@x.example", CommitDate: d("2026-01-01T00:00:00Z"), Parents: 1, SignedOffBy: []string{"Ann <ann@x.example>"}},
			{Hash: "a2", AuthorEmail: "bot@x.example", CommitDate: d("2026-01-02T00:00:00Z"), Parents: 2},
		},
		tags: []Tag{
			{Name: "v2.0.0", Date: d("2026-03-01T00:00:00Z")},
			{Name: "v1.9.0", Date: d("2025-12-01T00:00:00Z")},
			{Name: "v1.8.0", Date: d("2025-09-01T00:00:00Z")},
			{Name: "v1.7.0", Date: d("2024-01-01T00:00:00Z")}, // more than two years before now
		},
	}
	community := &fakeLog{
		first: d("2018-06-01T00:00:00Z"),
		commits: []Commit{
			{Hash: "a1", AuthorEmail: "ann@x.example", CommitDate: d("2026-01-01T00:00:00Z"), Parents: 1}, // the same commit, mirrored
			{Hash: "c1", AuthorEmail: "ann@X.example", CommitDate: d("2026-02-01T00:00:00Z"), Parents: 1, SignedOffBy: []string{"Someone <s@x.example>"}},
		},
		changes: []FileChange{
			{Commit: "c9", Date: d("2024-05-01T00:00:00Z"), Path: "OWNERS", Before: "o1", After: "o2"},
			{Commit: "c8", Date: d("2023-05-01T00:00:00Z"), Path: "OWNERS", After: "o1"},
			{Commit: "c9", Date: d("2024-05-01T00:00:00Z"), Path: "GOVERNANCE.md", Before: "g1", After: "g2"},
		},
		blobs: map[string][]byte{
			"o1": []byte("approvers:\n  - ann\n  - ben\nreviewers:\n  - cat\n"),
			"o2": []byte("approvers:\n  - ann\n  - cat\nreviewers:\n  - ben\nemeritus_approvers:\n  - ben\n"),
		},
	}
	sources := []Source{
		{Repo: "main", Log: main},
		{Repo: "community", Log: community, MaintainerPaths: []string{"OWNERS"}, GovernancePaths: []string{"GOVERNANCE.md"}},
	}
	h, errs, err := Collect(context.Background(), sources, now, nil)
	if err != nil || len(errs) > 0 {
		t.Fatalf("Collect: %v %v", err, errs)
	}
	want := &snapshot.History{
		FirstCommitAt:       ptr(d("2018-06-01T00:00:00Z")),
		CommitsLastYear:     ptr(2),
		AuthorsLastYear:     ptr(1),
		DCO:                 &snapshot.DCO{NonMergeCommits: 2, SignedOff: 2, SignedOffByAuthor: 1},
		ReleasesLastYear:    ptr(3),
		PrereleasesLastYear: ptr(0),
		LastReleaseAt:       ptr(d("2026-03-01T00:00:00Z")),
		Releases: []snapshot.Release{
			{Repo: "main", Tag: "v2.0.0", Date: d("2026-03-01T00:00:00Z")},
			{Repo: "main", Tag: "v1.9.0", Date: d("2025-12-01T00:00:00Z")},
			{Repo: "main", Tag: "v1.8.0", Date: d("2025-09-01T00:00:00Z")},
			{Repo: "main", Tag: "v1.7.0", Date: d("2024-01-01T00:00:00Z")},
		},
		ReleaseCadenceDays: ptr(90.5), // gaps of 91 and 90 days; v1.7.0 is more than two years old
		MaintainerChanges: []snapshot.MaintainerChange{
			{Commit: "c9", Date: d("2024-05-01T00:00:00Z"), Repo: "community", Path: "OWNERS", Added: []string{"cat"}, Removed: []string{"ben"}},
		},
		GovernanceCommits: ptr(2), // c8 and c9, counted once each
	}
	assertHistory(t, h, want)

	community.err = errors.New("API rate limit exceeded")
	h, errs, err = Collect(context.Background(), sources, now, nil)
	if err != nil || h == nil || !reflect.DeepEqual(h.Partial, []string{"community"}) || len(h.MaintainerChanges) != 0 ||
		len(errs) != 1 || errs[0] != (snapshot.CollectionError{Source: "history.community", Error: "community: API rate limit exceeded"}) {
		t.Errorf("Collect with a failing log = %+v, %+v, %v; want main's history, community partial, and one error", h, errs, err)
	}
}

func TestMaintainerChangesOfUnparsableVersions(t *testing.T) {
	d := func(s string) time.Time { return mustTime(t, s) }
	log := &fakeLog{
		first: d("2020-01-01T00:00:00Z"),
		changes: []FileChange{
			{Commit: "c4", Date: d("2024-04-01T00:00:00Z"), Path: "maintainers.yaml", Before: "y3", After: "y4"},
			{Commit: "c3", Date: d("2024-03-01T00:00:00Z"), Path: "maintainers.yaml", Before: "y2", After: "y3"},
			{Commit: "c2", Date: d("2024-02-01T00:00:00Z"), Path: "maintainers.yaml", Before: "y1", After: "y2"},
			{Commit: "c1", Date: d("2024-01-01T00:00:00Z"), Path: "maintainers.yaml", After: "y1"},
		},
		blobs: map[string][]byte{
			"y1": []byte("maintainers:\n  - github: ann\n  - github: ben\n"),
			"y2": []byte("maintainers:\n  - github: ann\n  - github: [ben\n"), // broken in one commit
			"y3": []byte("maintainers:\n  - github: ann\n  - github: ben\n"),
			"y4": []byte("maintainers:\n  - github: ann\n  - github: cat\n"),
		},
	}
	h, errs, err := Collect(context.Background(), []Source{{Repo: "r", Log: log, MaintainerPaths: []string{"maintainers.yaml"}}}, d(fixtureNow), nil)
	if err != nil || len(errs) > 0 {
		t.Fatalf("Collect: %v %v", err, errs)
	}
	// The broken version is compared with nothing: ben neither leaves at c2 nor comes
	// back at c3.
	want := []snapshot.MaintainerChange{
		{Commit: "c4", Date: d("2024-04-01T00:00:00Z"), Repo: "r", Path: "maintainers.yaml", Added: []string{"cat"}, Removed: []string{"ben"}},
	}
	g, _ := json.Marshal(h.MaintainerChanges)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("maintainer changes = %s, want %s", g, w)
	}
}

func TestMaintainerChangesOfPointerVersions(t *testing.T) {
	d := func(s string) time.Time { return mustTime(t, s) }
	log := &fakeLog{
		first: d("2020-01-01T00:00:00Z"),
		changes: []FileChange{
			{Commit: "c4", Date: d("2024-04-01T00:00:00Z"), Path: "MAINTAINERS.md", Before: "m3", After: "m4"},
			{Commit: "c3", Date: d("2024-03-01T00:00:00Z"), Path: "MAINTAINERS.md", Before: "m2", After: "m3"},
			{Commit: "c2", Date: d("2024-02-01T00:00:00Z"), Path: "MAINTAINERS.md", Before: "m1", After: "m2"},
			{Commit: "c1", Date: d("2024-01-01T00:00:00Z"), Path: "MAINTAINERS.md", After: "m1"},
		},
		blobs: map[string][]byte{
			"m1": []byte("# Maintainers\n\n| Name | GitHub |\n|---|---|\n| Ann A | @ann |\n| Ben B | @ben |\n"),
			// The list moves to the community repository, then comes back.
			"m2": []byte("# Maintainers\n\nThe maintainers list has moved to the [community repository](https://github.com/acme/community/blob/main/MAINTAINERS.md).\n"),
			"m3": []byte("# Maintainers\n\n| Name | GitHub |\n|---|---|\n| Ann A | @ann |\n| Ben B | @ben |\n"),
			"m4": []byte("# Maintainers\n\n| Name | GitHub |\n|---|---|\n| Ann A | @ann |\n| Cat C | @cat |\n"),
		},
	}
	h, errs, err := Collect(context.Background(), []Source{{Repo: "r", Log: log, MaintainerPaths: []string{"MAINTAINERS.md"}}}, d(fixtureNow), nil)
	if err != nil || len(errs) > 0 {
		t.Fatalf("Collect: %v %v", err, errs)
	}
	// A version that lists no one is compared with nothing: no one leaves at c2 nor
	// comes back at c3.
	want := []snapshot.MaintainerChange{
		{Commit: "c4", Date: d("2024-04-01T00:00:00Z"), Repo: "r", Path: "MAINTAINERS.md", Added: []string{"cat"}, Removed: []string{"ben"}},
	}
	g, _ := json.Marshal(h.MaintainerChanges)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("maintainer changes = %s, want %s", g, w)
	}
}
