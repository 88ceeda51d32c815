package collectors

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/collectors/github"
	"github.com/graduate-dev/graduate/collectors/github/githubtest"
	"github.com/graduate-dev/graduate/snapshot"
)

func fakeGitHub(t *testing.T, repos map[string]string) (*githubtest.Server, *github.Client) {
	t.Helper()
	srv := githubtest.New(t)
	for name, dir := range repos {
		abs, err := filepath.Abs(dir)
		if err != nil {
			t.Fatal(err)
		}
		srv.Add(name, &githubtest.Repo{Dir: abs, Created: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), License: "Apache-2.0"})
	}
	c, err := github.New(github.Options{URL: srv.URL, CacheDir: t.TempDir(), RetryWait: time.Millisecond, StatsWait: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return srv, c
}

// The same repositories read from checkouts and through the API give the same facts
// of their files: the API's files go to the same readers.
func TestAPIGivesTheCheckoutsFacts(t *testing.T) {
	dirs := map[string]string{
		"lantern-dev/lantern":   "../examples/lantern/lantern",
		"lantern-dev/community": "../examples/lantern/community",
	}
	_, c := fakeGitHub(t, dirs)
	ctx := context.Background()
	local, err := Collect(ctx, Options{Now: fixedNow, Repos: []RepoSpec{
		{Role: "main", Name: "lantern-dev/lantern", Dir: dirs["lantern-dev/lantern"], URL: "https://github.com/lantern-dev/lantern"},
		{Role: "community", Name: "lantern-dev/community", Dir: dirs["lantern-dev/community"], URL: "https://github.com/lantern-dev/community"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	remote, err := Collect(ctx, Options{Now: fixedNow, GitHub: c, Repos: []RepoSpec{
		{Role: "main", GitHub: "lantern-dev/lantern"},
		{Role: "community", GitHub: "lantern-dev/community"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(local.Documents.Governance) == 0 || local.Maintainers == nil || len(local.Maintainers.Active) == 0 || local.Adopters == nil || len(local.Adopters.Entries) == 0 {
		t.Fatalf("the fixture gives too few facts to compare: %+v", local)
	}
	for _, part := range []struct {
		name          string
		local, remote any
	}{
		{"documents", local.Documents, remote.Documents},
		{"artifacts", local.Artifacts, remote.Artifacts},
		{"content", local.Content, remote.Content},
		{"licenses", local.Licenses, remote.Licenses},
		{"maintainers", local.Maintainers, remote.Maintainers},
		{"adopters", local.Adopters, remote.Adopters},
		{"openssf", local.OpenSSF, remote.OpenSSF},
	} {
		a, _ := json.Marshal(part.local)
		b, _ := json.Marshal(part.remote)
		if string(a) != string(b) {
			t.Errorf("%s differ:\ncheckout %s\napi      %s", part.name, a, b)
		}
	}
	for i, r := range remote.Repositories {
		l := local.Repositories[i]
		if r.Name != l.Name || r.Files != l.Files || r.Read != "api" || r.Commit == "" || r.Path != "" || r.URL != l.URL {
			t.Errorf("repository %d: api %+v, checkout %+v", i, r, l)
		}
	}
	if remote.GitHub == nil || len(remote.GitHub.Repositories) != 2 {
		t.Fatalf("github facts %+v", remote.GitHub)
	}
	if remote.History == nil || remote.History.Sampled["dco"] == "" || !strings.Contains(strings.Join(remote.History.Partial, ","), "lantern-dev/community") {
		t.Errorf("history %+v", remote.History)
	}
	if err := compileSchema(t).Validate(toAny(t, remote)); err != nil {
		t.Errorf("the snapshot does not validate: %v", err)
	}
}

func toAny(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// A checkout on GitHub gets the facts only the API has; without a client they are
// unknown with the reason given.
func TestCheckoutPlusAPI(t *testing.T) {
	dir := "../examples/lantern/lantern"
	srv, c := fakeGitHub(t, map[string]string{"lantern-dev/lantern": dir})
	spec := RepoSpec{Role: "main", Name: "lantern-dev/lantern", Dir: dir, URL: "https://github.com/lantern-dev/lantern"}
	snap, err := Collect(context.Background(), Options{Now: fixedNow, GitHub: c, Repos: []RepoSpec{spec}})
	if err != nil {
		t.Fatal(err)
	}
	if snap.GitHub == nil || len(snap.GitHub.Repositories) != 1 || snap.GitHub.Repositories[0].Protection == nil {
		t.Fatalf("github facts %+v", snap.GitHub)
	}
	if snap.Repositories[0].Read != "" {
		t.Errorf("a checkout read as %q", snap.Repositories[0].Read)
	}
	if n := srv.PathRequests("/repos/lantern-dev/lantern/tarball/" + snap.GitHub.Repositories[0].DefaultBranch); n != 0 {
		t.Errorf("the checkout's files were fetched")
	}
	for _, e := range snap.CollectionErrors {
		if strings.HasPrefix(e.Source, "github") {
			t.Errorf("unexpected %+v", e)
		}
	}

	snap, err = Collect(context.Background(), Options{Now: fixedNow, GitHubSkipped: "no token", Repos: []RepoSpec{spec}})
	if err != nil {
		t.Fatal(err)
	}
	if snap.GitHub != nil || !hasError(snap.CollectionErrors, snapshot.CollectionError{Source: "github", Error: "no token"}) {
		t.Errorf("without a client: github %+v, errors %+v", snap.GitHub, snap.CollectionErrors)
	}
}

func hasError(errs []snapshot.CollectionError, want snapshot.CollectionError) bool {
	for _, e := range errs {
		if e == want {
			return true
		}
	}
	return false
}

// A repository without its own security policy, code of conduct or contributing guide
// is read with the owner's .github repository, whose files GitHub shows in their place.
func TestOwnerDefaultHealthFiles(t *testing.T) {
	main := t.TempDir()
	writeTree(t, main, map[string]string{"README.md": "# Tiny\n\nA tiny project.\n"})
	defaults := t.TempDir()
	writeTree(t, defaults, map[string]string{
		"SECURITY.md":        "# Security Policy\n\n## Reporting a vulnerability\n\nReport vulnerabilities privately to security@tiny.example.\n",
		"CODE_OF_CONDUCT.md": "# Code of Conduct\n\nWe follow the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).\n",
	})
	for _, tc := range []struct {
		name     string
		repos    map[string]string
		wantRepo bool
	}{
		{"with .github", map[string]string{"tiny/tiny": main, "tiny/.github": defaults}, true},
		{"without .github", map[string]string{"tiny/tiny": main}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, c := fakeGitHub(t, tc.repos)
			snap, err := Collect(context.Background(), Options{Now: fixedNow, GitHub: c, Repos: []RepoSpec{{Role: "main", GitHub: "tiny/tiny"}}})
			if err != nil {
				t.Fatal(err)
			}
			got := len(snap.Repositories) == 2 && snap.Repositories[1].Name == "tiny/.github" && snap.Repositories[1].Role == "other"
			if got != tc.wantRepo {
				t.Fatalf("repositories %+v", snap.Repositories)
			}
			found := len(snap.Documents.SecurityPolicy) > 0 && snap.Documents.SecurityPolicy[0].Repo == "tiny/.github"
			if found != tc.wantRepo {
				t.Errorf("security policy %+v", snap.Documents.SecurityPolicy)
			}
			for _, e := range snap.CollectionErrors {
				if strings.HasPrefix(e.Source, "github") {
					t.Errorf("unexpected %+v", e)
				}
			}
		})
	}
}

// Without reading the owner's .github repository (offline, or the API failing), the
// health files no repository given has may be GitHub's defaults: each is a link out to
// it, so its criteria are unknown, never failed. An owner GitHub says has none leaves
// nothing to link.
func TestOwnerDefaultHealthFilesUnread(t *testing.T) {
	main := t.TempDir()
	writeTree(t, main, map[string]string{
		"README.md":       "# Tiny\n\nA tiny project.\n",
		"CONTRIBUTING.md": "# Contributing\n\nOpen a pull request.\n",
	})
	defaults := t.TempDir()
	writeTree(t, defaults, map[string]string{"SECURITY.md": "# Security Policy\n\nReport vulnerabilities privately to security@tiny.example.\n"})
	unread := []string{
		"security_policy tiny/tiny https://github.com/tiny/.github",
		"code_of_conduct tiny/tiny https://github.com/tiny/.github",
	}
	for _, tc := range []struct {
		name      string
		client    bool
		fault     bool
		wantLinks []string
		wantErr   bool
	}{
		{"offline", false, false, unread, false},
		{"the API fails", true, true, unread, true},
		{"no .github", true, false, nil, false},
		{"its checkout given", false, false, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{Now: fixedNow, Repos: []RepoSpec{{Role: "main", Name: "tiny/tiny", Dir: main, URL: "https://github.com/tiny/tiny"}}}
			if tc.name == "its checkout given" {
				// It lacks a code of conduct too: read, so that is no link out.
				opts.Repos = append(opts.Repos, RepoSpec{Role: "other", Dir: defaults, URL: "https://github.com/tiny/.github"})
			}
			if tc.client {
				srv, c := fakeGitHub(t, map[string]string{"tiny/tiny": main})
				if tc.fault {
					srv.Add("tiny/.github", &githubtest.Repo{Dir: defaults})
					srv.Inject(githubtest.Fault{Path: "/repos/tiny/.github", Status: 500})
				}
				opts.GitHub = c
			}
			snap, err := Collect(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range snap.Content.LinksOut {
				if l.Path == "" {
					got = append(got, l.Topic+" "+l.Repo+" "+l.URL)
					if why := map[bool]string{false: "was not asked", true: "failed"}[tc.fault]; !strings.Contains(l.Text, "; the GitHub API "+why) {
						t.Errorf("link text %q does not say why it was not read", l.Text)
					}
				}
			}
			if !slices.Equal(got, tc.wantLinks) {
				t.Errorf("links out = %q, want %q (a contributing guide of its own links nothing)", got, tc.wantLinks)
			}
			gotErr := slices.ContainsFunc(snap.CollectionErrors, func(e snapshot.CollectionError) bool { return strings.HasSuffix(e.Source, ".org_defaults") })
			if gotErr != tc.wantErr {
				t.Errorf("collection errors %+v, want an org_defaults error: %v", snap.CollectionErrors, tc.wantErr)
			}
		})
	}
}

// webBase is WebHost's host as a web address (TestWebHost holds the hosts).
func TestWebBase(t *testing.T) {
	if got, want := webBase("https://ghe.example.com/api/v3/"), "https://ghe.example.com/"; got != want {
		t.Errorf("webBase = %q, want %q", got, want)
	}
}

func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for p, c := range files {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The teams the main repository's CODEOWNERS names are read with their members; a
// team the token may not list stays, without members, and says why.
func TestCodeownersTeams(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"README.md":          "# Tiny\n",
		"SECURITY.md":        "# Security\n",
		"CODE_OF_CONDUCT.md": "# Code of Conduct\n",
		"CONTRIBUTING.md":    "# Contributing\n",
		".github/CODEOWNERS": "# owners\n* @tiny/maintainers @ada\n/docs/ @tiny/docs @tiny/maintainers\n/api/ @tiny/api @tiny/x @tiny/y\n",
	})
	srv, c := fakeGitHub(t, map[string]string{"tiny/tiny": dir})
	srv.Teams = map[string][]string{"tiny/maintainers": {"bo", "ada"}}
	snap, err := Collect(context.Background(), Options{Now: fixedNow, GitHub: c, Repos: []RepoSpec{{Role: "main", GitHub: "tiny/tiny"}}})
	if err != nil {
		t.Fatal(err)
	}
	teams := snap.GitHub.Repositories[0].Teams
	if len(teams) != 3 || teams[0].Team != "tiny/maintainers" || strings.Join(teams[0].Members, ",") != "ada,bo" ||
		teams[0].Source != (snapshot.Location{Repo: "tiny/tiny", Path: ".github/CODEOWNERS", Line: 2}) ||
		teams[1].Team != "tiny/docs" || teams[1].Members != nil || teams[2].Team != "tiny/api" {
		t.Errorf("teams %+v", teams)
	}
	if e := errorsWith(snap.CollectionErrors, "github.teams"); len(e) != 2 || !strings.Contains(e[0], "read:org") {
		t.Errorf("team errors %q", e)
	}
}

func errorsWith(errs []snapshot.CollectionError, source string) []string {
	var out []string
	for _, e := range errs {
		if e.Source == source {
			out = append(out, e.Error)
		}
	}
	return out
}

// The trackers the roadmaps hand off to are read through the API: a board the README
// names the roadmap, once, whatever links it; one that cannot be read is a collection
// error and no fact.
func TestTrackers(t *testing.T) {
	srv := githubtest.New(t)
	host := strings.TrimPrefix(srv.URL, "http://")
	srv.Projects = map[string]map[string]any{"lantern-dev/4": {"closed": false, "updatedAt": "2026-10-20T08:00:00Z", "items": map[string]any{"totalCount": 9}}}
	dir := t.TempDir()
	board, missing := "https://"+host+"/orgs/lantern-dev/projects/4", "https://"+host+"/orgs/lantern-dev/projects/5"
	writeTree(t, dir, map[string]string{
		"README.md":       "# Lantern\n\nOur [roadmap](" + board + ") is a project board.\n",
		"CONTRIBUTING.md": "# Contributing\n\nSee the [roadmap](" + board + ") and the [old roadmap](" + missing + ").\n",
	})
	c, err := github.New(github.Options{URL: srv.URL, Token: "t0ken", RetryWait: time.Millisecond, StatsWait: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	snap, err := Collect(context.Background(), Options{Now: fixedNow, GitHub: c, Repos: []RepoSpec{{Role: "main", Name: "lantern-dev/lantern", Dir: dir}}})
	if err != nil {
		t.Fatal(err)
	}
	want := []snapshot.GitHubTracker{{URL: board, Kind: "project", Source: srv.URL + "/graphql", Open: 9, Updated: "2026-10-20"}}
	if snap.GitHub == nil || !slices.Equal(snap.GitHub.Trackers, want) {
		t.Fatalf("trackers = %+v, want %+v", snap.GitHub, want)
	}
	if n := srv.PathRequests("/graphql"); n != 2 {
		t.Errorf("%d GraphQL requests, want one for each board", n)
	}
	if !slices.ContainsFunc(snap.CollectionErrors, func(e snapshot.CollectionError) bool {
		return e.Source == "github.trackers" && strings.Contains(e.Error, missing)
	}) {
		t.Errorf("no collection error for the board that does not exist: %+v", snap.CollectionErrors)
	}
	if err := compileSchema(t).Validate(toAny(t, snap)); err != nil {
		t.Errorf("the snapshot does not validate: %v", err)
	}
}

// A rejected token while reading the trackers ends the collection: the gate must not
// judge roadmaps on a snapshot whose API answers were refused.
func TestTrackersRejectedToken(t *testing.T) {
	srv := githubtest.New(t)
	host := strings.TrimPrefix(srv.URL, "http://")
	srv.Inject(githubtest.Fault{Path: "/graphql", Status: 401})
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"README.md": "# Lantern\n\nOur [roadmap](https://" + host + "/orgs/lantern-dev/projects/4) is a project board.\n"})
	c, err := github.New(github.Options{URL: srv.URL, Token: "t0ken", RetryWait: time.Millisecond, StatsWait: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Collect(context.Background(), Options{Now: fixedNow, GitHub: c, Repos: []RepoSpec{{Role: "main", Name: "lantern-dev/lantern", Dir: dir}}}); err == nil {
		t.Fatal("Collect succeeded on a rejected token")
	}
}

// At most maxTrackers trackers are read, the first named first, each once.
func TestTrackerURLs(t *testing.T) {
	var outs []snapshot.LinkOut
	for i := range maxTrackers + 2 {
		outs = append(outs, snapshot.LinkOut{Topic: "roadmap", URL: fmt.Sprintf("https://github.com/acme/r%d/milestones", i)})
	}
	outs = append(outs[:1], append([]snapshot.LinkOut{outs[0], {Topic: "adopters", URL: "https://github.com/acme/x/milestones"}, {Topic: "roadmap", URL: "https://github.com/acme/r0/milestone/3"}}, outs[1:]...)...)
	got := trackerURLs(&snapshot.Snapshot{Content: &snapshot.Content{LinksOut: outs}}, github.DefaultURL)
	if len(got) != maxTrackers || got[0] != "https://github.com/acme/r0/milestones" || got[1] != "https://github.com/acme/r1/milestones" {
		t.Errorf("trackers = %q, want the first %d roadmap trackers, each once", got, maxTrackers)
	}
}
