package github_test

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/collectors/github"
	"github.com/graduate-dev/graduate/collectors/github/githubtest"
	"github.com/graduate-dev/graduate/snapshot"
)

const token = "ghp_secretTOKENvalue0123456789"

var now = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// fixture is a repository with every fact the collector reads.
func fixture(dir string) *githubtest.Repo {
	day := func(d int) string { return now.AddDate(0, 0, -d).Format(time.RFC3339) }
	return &githubtest.Repo{
		Dir: dir, Created: now.AddDate(-4, 0, 0), License: "Apache-2.0", Homepage: "https://lantern.example.org",
		Protected:  true,
		Protection: map[string]any{"required_pull_request_reviews": map[string]any{"required_approving_review_count": 2}},
		Rules:      []map[string]any{{"type": "pull_request", "parameters": map[string]any{"required_approving_review_count": 1}}, {"type": "non_fast_forward"}},
		Releases: []map[string]any{
			{"tag_name": "v2.4.1", "name": "v2.4.1", "published_at": day(20), "html_url": "https://github.com/lantern-dev/lantern/releases/tag/v2.4.1", "assets": []map[string]any{
				{"name": "lantern_2.4.1_linux_amd64.tar.gz", "browser_download_url": "https://example.invalid/a"},
				{"name": "checksums.txt", "browser_download_url": "https://example.invalid/b"},
				{"name": "checksums.txt.sig", "browser_download_url": "https://example.invalid/c"},
				{"name": "lantern.spdx.json", "browser_download_url": "https://example.invalid/d"},
				{"name": "multiple.intoto.jsonl", "browser_download_url": "https://example.invalid/e"},
			}},
			{"tag_name": "v2.5.0-rc.1", "published_at": day(5), "prerelease": true, "html_url": "https://github.com/lantern-dev/lantern/releases/tag/v2.5.0-rc.1"},
			{"tag_name": "v2.4.0", "published_at": day(110), "html_url": "https://github.com/lantern-dev/lantern/releases/tag/v2.4.0"},
			{"tag_name": "v2.6.0", "draft": true},
		},
		Tags:             []string{"v2.4.1", "v2.4.0", "v2.5.0-rc.1"},
		PrivateReporting: true,
		Advisories:       []map[string]any{{"ghsa_id": "GHSA-xxxx-yyyy-zzzz", "severity": "high", "published_at": day(60), "html_url": "https://github.com/lantern-dev/lantern/security/advisories/GHSA-xxxx-yyyy-zzzz"}},
		Community:        map[string]any{"health_percentage": 85, "files": map[string]any{"contributing": map[string]any{"html_url": "https://github.com/lantern-dev/lantern/blob/main/CONTRIBUTING.md"}}},
		Commits: []map[string]any{
			{"sha": "a1", "parents": []any{map[string]any{"sha": "p"}}, "commit": map[string]any{"message": "fix\n\nSigned-off-by: Ada <ada@example.org>", "author": map[string]any{"email": "ada@example.org", "date": day(3)}, "committer": map[string]any{"date": day(3)}}},
			{"sha": "a2", "parents": []any{map[string]any{"sha": "p"}}, "commit": map[string]any{"message": "docs", "author": map[string]any{"email": "bo@example.org", "date": day(4)}, "committer": map[string]any{"date": day(4)}}},
			{"sha": "m1", "parents": []any{map[string]any{"sha": "p"}, map[string]any{"sha": "q"}}, "commit": map[string]any{"message": "Merge", "author": map[string]any{"email": "bot@example.org", "date": day(4)}, "committer": map[string]any{"date": day(4)}}},
		},
		CommitActivity: []map[string]any{
			{"week": now.AddDate(0, 0, -14).Unix(), "total": 30}, {"week": now.AddDate(0, 0, -7).Unix(), "total": 12}, {"week": now.AddDate(-2, 0, 0).Unix(), "total": 99},
		},
		FileHistory: map[string][]githubtest.Version{"MAINTAINERS.md": {
			{SHA: "c3", Date: now.AddDate(0, -1, 0), Content: maintainersTable("@ada", "@cy")},
			{SHA: "c2", Date: now.AddDate(0, -6, 0), Content: maintainersTable("@ada", "@bo", "@cy")},
			{SHA: "c1", Date: now.AddDate(-2, 0, 0), Content: maintainersTable("@ada", "@bo")},
		}},
		ContributorStats: []map[string]any{
			{"author": map[string]any{"login": "ada"}, "total": 40, "weeks": []map[string]any{{"w": now.AddDate(0, 0, -14).Unix(), "c": 40}}},
			{"author": map[string]any{"login": "old"}, "total": 9, "weeks": []map[string]any{{"w": now.AddDate(-3, 0, 0).Unix(), "c": 9}}},
		},
	}
}

func maintainersTable(handles ...string) string {
	s := "# Maintainers\n\n| Name | GitHub | Company |\n|---|---|---|\n"
	for _, h := range handles {
		s += "| " + strings.ToUpper(h[1:2]) + h[2:] + " | " + h + " | Acme |\n"
	}
	return s
}

func lanternDir(t *testing.T) string {
	t.Helper()
	d, err := filepath.Abs("../../examples/lantern/lantern")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// newClient is a client of srv with quick retries; o.URL, when given, is the API's path
// on srv ("/api/v3/", GitHub Enterprise Server's).
func newClient(t *testing.T, srv *githubtest.Server, o github.Options) *github.Client {
	t.Helper()
	o.URL = strings.TrimSuffix(srv.URL, "/") + o.URL // a missing trailing slash is fine
	if o.RetryWait == 0 {
		o.RetryWait = time.Millisecond
	}
	if o.StatsWait == 0 {
		o.StatsWait = time.Millisecond
	}
	c, err := github.New(o)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// readAll reads everything the collector reads of lantern-dev/lantern.
func readAll(ctx context.Context, c *github.Client) (*github.Described, string, snapshot.GitHubRepo, []snapshot.CollectionError, *snapshot.History, error) {
	return readRepo(ctx, c, "lantern-dev", "lantern")
}

// readRepo reads everything the collector reads of one repository.
func readRepo(ctx context.Context, c *github.Client, owner, name string) (*github.Described, string, snapshot.GitHubRepo, []snapshot.CollectionError, *snapshot.History, error) {
	d, dir, remove, err := c.Open(ctx, owner, name)
	if err != nil {
		return nil, "", snapshot.GitHubRepo{}, nil, nil, err
	}
	if remove != nil {
		defer remove()
	}
	facts, errs, err := c.Facts(ctx, d)
	if err != nil {
		return nil, "", facts, nil, nil, err
	}
	h, herrs, err := c.History(ctx, d, facts.Releases, []string{"MAINTAINERS.md"}, now)
	return d, dir, facts, append(errs, herrs...), h, err
}

func TestFactsWithinBudget(t *testing.T) {
	srv := githubtest.New(t)
	srv.Token = token
	srv.Add("lantern-dev/lantern", fixture(lanternDir(t)))
	c := newClient(t, srv, github.Options{Token: token, CacheDir: t.TempDir()})
	d, _, facts, errs, h, err := readAll(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	total, _ := srv.Requests()
	// The budget is 20 requests a repository for the whole fact set; the archive's
	// download from codeload is one of them.
	if total > 20 {
		t.Errorf("%d requests, want at most 20", total)
	}
	if got := c.Stats().Made; got != total {
		t.Errorf("client counted %d requests, server %d", got, total)
	}
	if d.Commit == "" || facts.DefaultBranch != "main" || facts.License != "Apache-2.0" || facts.CreatedAt == nil {
		t.Errorf("metadata: %+v %+v", d, facts)
	}
	if len(facts.Releases) != 3 {
		t.Fatalf("releases %+v, want 3 (the draft left out)", facts.Releases)
	}
	kinds := map[string]string{}
	for _, a := range facts.Releases[0].Assets {
		kinds[a.Name] = a.Kind
	}
	want := map[string]string{"lantern_2.4.1_linux_amd64.tar.gz": "binary", "checksums.txt": "checksum", "checksums.txt.sig": "signature", "lantern.spdx.json": "sbom", "multiple.intoto.jsonl": "provenance"}
	for n, k := range want {
		if kinds[n] != k {
			t.Errorf("asset %s: kind %q, want %q", n, kinds[n], k)
		}
	}
	if p := facts.Protection; p == nil || !p.Protected || !p.Details || p.RequiredReviews == nil || *p.RequiredReviews != 2 || strings.Join(p.Rules, ",") != "non_fast_forward,pull_request" {
		t.Errorf("protection %+v", facts.Protection)
	}
	if facts.PrivateVulnerabilityReporting == nil || !*facts.PrivateVulnerabilityReporting {
		t.Errorf("private reporting %v", facts.PrivateVulnerabilityReporting)
	}
	if len(facts.Advisories) != 1 || facts.Advisories[0].ID != "GHSA-xxxx-yyyy-zzzz" {
		t.Errorf("advisories %+v", facts.Advisories)
	}
	if facts.Tags == nil || *facts.Tags != 3 || facts.Community == nil || facts.Community.HealthPercentage != 85 {
		t.Errorf("tags %v community %+v", facts.Tags, facts.Community)
	}
	if h.CommitsLastYear == nil || *h.CommitsLastYear != 42 || h.AuthorsLastYear == nil || *h.AuthorsLastYear != 1 {
		t.Errorf("activity: commits %v authors %v", h.CommitsLastYear, h.AuthorsLastYear)
	}
	if h.DCO == nil || h.DCO.NonMergeCommits != 2 || h.DCO.SignedOff != 1 || h.DCO.SignedOffByAuthor != 1 {
		t.Errorf("dco %+v", h.DCO)
	}
	if len(h.MaintainerChanges) != 2 || strings.Join(h.MaintainerChanges[0].Removed, ",") != "bo" || strings.Join(h.MaintainerChanges[1].Added, ",") != "cy" || h.MaintainerChanges[0].Commit != "c3" {
		t.Errorf("maintainer changes %+v", h.MaintainerChanges)
	}
	if h.ReleasesLastYear == nil || *h.ReleasesLastYear != 3 || h.Sampled["dco"] == "" {
		t.Errorf("releases %v sampled %v", h.ReleasesLastYear, h.Sampled)
	}
	for _, e := range errs {
		if strings.HasPrefix(e.Source, "github.") {
			t.Errorf("unexpected error %+v", e)
		}
	}
}

func TestRerunSpendsNoRateLimitedRequest(t *testing.T) {
	srv := githubtest.New(t)
	srv.Add("lantern-dev/lantern", fixture(lanternDir(t)))
	cache := t.TempDir()
	if _, _, _, _, _, err := readAll(context.Background(), newClient(t, srv, github.Options{Token: token, CacheDir: cache})); err != nil {
		t.Fatal(err)
	}
	first, _ := srv.Requests()
	c := newClient(t, srv, github.Options{Token: token, CacheDir: cache})
	d, _, _, _, _, err := readAll(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	total, notModified := srv.Requests()
	second := total - first
	// Every request of the rerun is a conditional one answered 304, and the archive of
	// the same commit is not fetched again.
	if second != notModified {
		t.Errorf("rerun sent %d requests, %d answered 304: want all", second, notModified)
	}
	if n := srv.PathRequests("/_codeload/lantern-dev/lantern/tar.gz/" + d.Commit); n != 1 {
		t.Errorf("archive fetched %d times, want 1", n)
	}
	if s := c.Stats(); s.Revalidated != second || s.FromCache != 1 {
		t.Errorf("stats %+v, want %d revalidated and the archive from the cache", s, second)
	}

	// Offline, the same run sends nothing.
	off := newClient(t, srv, github.Options{Token: token, CacheDir: cache, Offline: true})
	if _, _, _, _, _, err := readAll(context.Background(), off); err != nil {
		t.Fatal(err)
	}
	if after, _ := srv.Requests(); after != total {
		t.Errorf("offline run sent %d requests", after-total)
	}
	// Offline without a cache, the repository cannot be read, and says why.
	_, _, _, _, _, err = readAll(context.Background(), newClient(t, srv, github.Options{Offline: true}))
	if !errors.Is(err, github.ErrOffline) {
		t.Errorf("offline without cache: %v, want ErrOffline", err)
	}
}

func TestFaults(t *testing.T) {
	reset := func(in time.Duration) string { return strconv.FormatInt(time.Now().Add(in).Unix(), 10) }
	tests := []struct {
		name    string
		fault   githubtest.Fault
		maxWait time.Duration
		token   string
		timeout time.Duration
		// wantErr is the error Open returns; wantUnknown the facts left unknown (a
		// primary limit holds for every later request, so they are all unknown).
		wantErr     error
		wantUnknown string
		wantRetries bool
	}{
		{name: "5xx retried", fault: githubtest.Fault{Path: "/repos/lantern-dev/lantern/releases", Times: 2, Status: 502}, wantRetries: true},
		// net/http itself sends a request again once when a reused connection closes;
		// the second close is ours to retry.
		{name: "reset connection retried", fault: githubtest.Fault{Path: "/repos/lantern-dev/lantern/tags", Times: 2, Reset: true}, wantRetries: true},
		{name: "5xx beyond the retries", fault: githubtest.Fault{Path: "/repos/lantern-dev/lantern/releases", Status: 503}, wantUnknown: "github.releases"},
		{name: "primary limit beyond max-wait", fault: githubtest.Fault{Path: "/repos/lantern-dev/lantern/community", Status: 403, Header: map[string]string{"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset(time.Hour)}, Body: `{"message":"API rate limit exceeded"}`}, wantUnknown: "github.community,github.protection,github.private_vulnerability_reporting,github.advisories"},
		{name: "primary limit within max-wait", fault: githubtest.Fault{Path: "/repos/lantern-dev/lantern/community", Times: 1, Status: 403, Header: map[string]string{"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset(0)}}, maxWait: 5 * time.Second, wantRetries: true},
		{name: "secondary limit with Retry-After", fault: githubtest.Fault{Path: "/repos/lantern-dev/lantern/security-advisories", Times: 1, Status: 403, Header: map[string]string{"Retry-After": "0"}, Body: `{"message":"You have exceeded a secondary rate limit","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"}`}, wantRetries: true},
		{name: "429 with Retry-After", fault: githubtest.Fault{Path: "/repos/lantern-dev/lantern/tags", Times: 1, Status: 429, Header: map[string]string{"Retry-After": "0"}}, wantRetries: true},
		{name: "slow answer times out", fault: githubtest.Fault{Path: "/repos/lantern-dev/lantern/private-vulnerability-reporting", Delay: 2 * time.Second}, timeout: 100 * time.Millisecond, wantUnknown: "github.private_vulnerability_reporting"},
		{name: "protection not readable", fault: githubtest.Fault{Path: "/repos/lantern-dev/lantern/rules", Status: 403}, wantUnknown: "github.protection"},
		{name: "repository not found", fault: githubtest.Fault{Path: "/repos/lantern-dev/lantern", Status: 404}, wantErr: github.ErrNotFound},
		{name: "rejected token", token: "ghp_wrong_TOKEN_value", wantErr: github.ErrBadToken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := githubtest.New(t)
			srv.Token = token
			srv.Add("lantern-dev/lantern", fixture(lanternDir(t)))
			if tt.fault.Path != "" {
				srv.Inject(tt.fault)
			}
			tok := token
			if tt.token != "" {
				tok = tt.token
			}
			cache := t.TempDir()
			c := newClient(t, srv, github.Options{Token: tok, CacheDir: cache, MaxWait: tt.maxWait, Timeout: tt.timeout})
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			_, _, _, errs, _, err := readAll(ctx, c)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err %v, want %v", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), tok) {
					t.Errorf("error echoes the token: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var unknown []string
			for _, e := range errs {
				if strings.HasPrefix(e.Source, "github.") {
					unknown = append(unknown, e.Source)
				}
			}
			if got := strings.Join(unknown, ","); got != tt.wantUnknown {
				t.Errorf("unknown %q, want %q (%+v)", got, tt.wantUnknown, errs)
			}
			if tt.wantRetries && c.Stats().Retries == 0 {
				t.Errorf("no retry counted")
			}
			assertNoToken(t, cache, tok)
		})
	}
}

func TestStatisticsBeingComputed(t *testing.T) {
	for _, tt := range []struct {
		computing int
		want      bool
	}{{computing: 1, want: true}, {computing: 5, want: false}} {
		srv := githubtest.New(t)
		r := fixture(lanternDir(t))
		r.Computing = tt.computing
		srv.Add("lantern-dev/lantern", r)
		c := newClient(t, srv, github.Options{})
		_, _, _, errs, h, err := readAll(context.Background(), c)
		if err != nil {
			t.Fatal(err)
		}
		if got := h.CommitsLastYear != nil; got != tt.want {
			t.Errorf("computing %d: commits collected %v, want %v (%+v)", tt.computing, got, tt.want, errs)
		}
		if !tt.want && !strings.Contains(errorsOf(errs, "history.commits_last_year"), "202") {
			t.Errorf("computing %d: errors %+v do not say the statistics are being computed", tt.computing, errs)
		}
	}
}

func errorsOf(errs []snapshot.CollectionError, source string) string {
	var out []string
	for _, e := range errs {
		if e.Source == source {
			out = append(out, e.Error)
		}
	}
	return strings.Join(out, "; ")
}

// assertNoToken fails when the token is in any file under dir.
func assertNoToken(t *testing.T, dir, tok string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		b, _ := os.ReadFile(p)
		if strings.Contains(string(b), tok) {
			t.Errorf("%s holds the token", p)
		}
		return nil
	})
}

func TestTokenSentToTheAPIOnly(t *testing.T) {
	srv := githubtest.New(t)
	srv.Token = token
	srv.Add("lantern-dev/lantern", fixture(lanternDir(t)))
	cache := t.TempDir()
	c := newClient(t, srv, github.Options{Token: token, CacheDir: cache})
	_, _, facts, errs, h, err := readAll(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal([]any{facts, errs, h, c.Stats()})
	if strings.Contains(string(b), token) {
		t.Error("the facts hold the token")
	}
	assertNoToken(t, cache, token)
	for _, a := range srv.Authorizations() {
		if a != "" && a != "Bearer "+token {
			t.Errorf("Authorization %q", a)
		}
	}
}

func TestParseName(t *testing.T) {
	for in, want := range map[string]string{
		"kubevirt/kubevirt":                         "kubevirt/kubevirt",
		"https://github.com/kubevirt/community":     "kubevirt/community",
		"https://github.com/cncf/toc.git":           "cncf/toc",
		"https://github.com/open-telemetry/.github": "open-telemetry/.github",
		"kubevirt": "",
		"a/b/c":    "",
		"-x/y":     "",
		"x/..":     "",
	} {
		o, n, err := github.ParseName(in)
		got := ""
		if err == nil {
			got = o + "/" + n
		}
		if got != want {
			t.Errorf("ParseName(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
