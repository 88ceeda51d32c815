package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/collectors/github/githubtest"
)

const ghToken = "ghp_e2eSECRETtoken0987654321"

func githubServer(t *testing.T) *githubtest.Server {
	t.Helper()
	srv := githubtest.New(t)
	srv.Token = ghToken
	for name, dir := range map[string]string{"lantern-dev/lantern": "lantern", "lantern-dev/community": "community"} {
		abs, err := filepath.Abs(filepath.Join("..", "..", "examples", "lantern", dir))
		if err != nil {
			t.Fatal(err)
		}
		srv.Add(name, &githubtest.Repo{
			Dir: abs, Created: time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), License: "Apache-2.0",
			Protected: true, Protection: map[string]any{"required_pull_request_reviews": map[string]any{"required_approving_review_count": 2}},
		})
	}
	return srv
}

// TestRemoteRepositories runs check end to end on repositories read through a fake
// GitHub API: the files reach the same readers, the API's own facts decide access
// control, stderr says what the API cost, and the token is written nowhere.
func TestRemoteRepositories(t *testing.T) {
	srv := githubServer(t)
	cache := t.TempDir()
	env := map[string]string{"GITHUB_TOKEN": ghToken}
	args := []string{"check", "--repo", "lantern-dev/lantern", "--repo", "community=lantern-dev/community",
		"--github-url", srv.URL, "--cache-dir", cache, "--as-of", "2026-11-01", "--format", "json"}
	code, out, stderr := execEnv(t, env, args...)
	if code != 1 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.HasPrefix(stderr, "graduate: GitHub API: ") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr %q, want one summary line", stderr)
	}
	if s, reasons := criterionIn(t, out, "security.access_control"); s != "pass" {
		t.Errorf("access control %s %q, want pass on the branch protection", s, reasons)
	}
	if s, reasons := criterionIn(t, out, "governance.maintainer_list"); s != "pass" {
		t.Errorf("maintainer list %s %q, want pass: the community repository's files are read", s, reasons)
	}
	first, _ := srv.Requests()

	// The rerun is answered by 304s and the cached files.
	code, _, stderr = execEnv(t, env, args...)
	total, notModified := srv.Requests()
	if code != 1 || total-first != notModified {
		t.Errorf("rerun: exit %d, %d requests of which %d answered 304; stderr %q", code, total-first, notModified, stderr)
	}

	// The snapshot says what was read through the API and what it cost.
	code, snapOut, _ := execEnv(t, env, "collect", "--repo", "lantern-dev/lantern", "--github-url", srv.URL, "--cache-dir", cache, "--as-of", "2026-11-01")
	if code != 0 {
		t.Fatalf("collect: exit %d", code)
	}
	var snap struct {
		Repositories []struct{ Name, Read, Commit string }
		GitHub       struct {
			Requests struct{ Made, Revalidated int }
		} `json:"github"`
	}
	if err := json.Unmarshal([]byte(snapOut), &snap); err != nil {
		t.Fatal(err)
	}
	if len(snap.Repositories) != 1 || snap.Repositories[0].Read != "api" || snap.Repositories[0].Commit == "" || snap.GitHub.Requests.Made == 0 {
		t.Errorf("snapshot repositories %+v, github %+v", snap.Repositories, snap.GitHub)
	}

	for _, s := range []string{out, stderr, snapOut} {
		if strings.Contains(s, ghToken) {
			t.Error("an output holds the token")
		}
	}
	filepath.WalkDir(cache, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if b, _ := os.ReadFile(p); strings.Contains(string(b), ghToken) {
				t.Errorf("cache file %s holds the token", p)
			}
		}
		return err
	})
}

func TestRemoteRepositoryErrors(t *testing.T) {
	srv := githubServer(t)
	cases := []struct {
		name   string
		env    map[string]string
		args   []string
		stderr string
	}{
		{"rejected token", map[string]string{"GITHUB_TOKEN": "ghp_wrongTOKEN"}, []string{"--repo", "lantern-dev/lantern"}, "the GitHub token was rejected"},
		{"not found", map[string]string{"GH_TOKEN": ghToken}, []string{"--repo", "lantern-dev/nowhere"}, "read lantern-dev/nowhere: repository not found"},
		{"bad name", nil, []string{"--repo", "lantern"}, `--repo lantern: read repository "lantern": want OWNER/NAME`},
		{"bad role", nil, []string{"--repo", "boss=lantern-dev/lantern"}, "--repo boss=lantern-dev/lantern"},
		{"offline, nothing cached", nil, []string{"--repo", "lantern-dev/lantern", "--offline"}, "offline, and not in the cache"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"check", "--github-url", srv.URL, "--cache-dir", t.TempDir()}, tc.args...)
			code, out, stderr := execEnv(t, tc.env, args...)
			if code != 2 || out != "" || !strings.Contains(stderr, tc.stderr) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and one line with %q", code, out, stderr, tc.stderr)
			}
			for _, v := range tc.env {
				if strings.Contains(stderr, v) {
					t.Errorf("stderr echoes the token: %q", stderr)
				}
			}
		})
	}
}

// Without a token a checkout is read as before, and the facts only the API has are
// unknown with the reason.
func TestNoTokenNoAPI(t *testing.T) {
	srv := githubServer(t)
	code, out, stderr := execEnv(t, nil, "check", filepath.Join("..", "..", "examples", "lantern", "lantern"), "--github-url", srv.URL, "--offline", "--cache-dir", t.TempDir(), "--format", "json")
	if code != 1 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if total, _ := srv.Requests(); total != 0 {
		t.Errorf("%d requests without a token", total)
	}
	s, reasons := criterionIn(t, out, "security.access_control")
	if s != "unknown" || !strings.Contains(strings.Join(reasons, " "), "no GITHUB_TOKEN or GH_TOKEN") {
		t.Errorf("access control %s %q", s, reasons)
	}
}

// On a terminal a progress line counts the repositories read through the API, and is
// cleared before the summary.
func TestGitHubProgressOnATerminal(t *testing.T) {
	srv := githubServer(t)
	var out, errOut bytes.Buffer
	e := &env{stdout: &out, stderr: &errOut, getenv: func(k string) string { return map[string]string{"GITHUB_TOKEN": ghToken}[k] }, isTerminal: func(io.Writer) bool { return true }}
	code := e.run(context.Background(), []string{"collect", "--repo", "lantern-dev/lantern", "--github-url", srv.URL, "--cache-dir", t.TempDir()})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	got := errOut.String()
	for _, want := range []string{"graduate: GitHub API: 1/1 read (lantern-dev/lantern (files))", "2/2 read (lantern-dev/lantern)", clearLine + "graduate: GitHub API: 1"} {
		if !strings.Contains(got, want) {
			t.Errorf("stderr %q lacks %q", got, want)
		}
	}
	if !strings.Contains(got, clearLine+"graduate: GitHub API: 1") || !strings.HasSuffix(got, "left\n") {
		t.Errorf("stderr %q: want the progress cleared, then the summary", got)
	}
}
