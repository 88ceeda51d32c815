package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/collectors/github/githubtest"
)

// TestReviews runs check on the example project with checkouts of cncf/toc and
// cncf/tag-security shaped as the real ones are, holding other projects' reviews too:
// Lantern's self-assessment (complete in cncf/toc, marked incomplete in
// cncf/tag-security) and joint assessment pass its criteria, the incomplete one alone
// does not, and Beacon's documents count for nothing.
func TestReviews(t *testing.T) {
	main := filepath.Join("..", "..", "examples", "lantern", "lantern")
	reviews := filepath.Join("..", "..", "collectors", "reviews", "testdata")
	statuses := func(args ...string) map[string]string {
		t.Helper()
		return checkStatuses(t, append([]string{main}, args...)...)
	}
	before := statuses()
	after := statuses("--toc", filepath.Join(reviews, "toc"), "--tag-security", filepath.Join(reviews, "tag-security"))
	for id, want := range map[string]string{"security.self_assessment": "pass", "security.joint_assessment": "pass", "process.governance_review": "pass"} {
		if after[id] != want {
			t.Errorf("%s = %s with the reviews, want %s (without: %s)", id, after[id], want, before[id])
		}
	}
	// cncf/tag-security's copy says it is incomplete: alone, it does not pass.
	if s := statuses("--tag-security", filepath.Join(reviews, "tag-security"))["security.self_assessment"]; s != "unknown" {
		t.Errorf("security.self_assessment = %s with only the incomplete self-assessment, want unknown", s)
	}
	// Without its own, Beacon's and Lantern Lights' governance reviews do not count.
	noOwn := filepath.Join(t.TempDir(), "toc")
	if err := os.CopyFS(noOwn, os.DirFS(filepath.Join(reviews, "toc"))); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(noOwn, "projects", "lantern", "governance-review")); err != nil {
		t.Fatal(err)
	}
	if s := statuses("--toc", noOwn)["process.governance_review"]; s != before["process.governance_review"] {
		t.Errorf("process.governance_review = %s without Lantern's own review, want %s: another project's counted", s, before["process.governance_review"])
	}
	if code, _, stderr := exec(t, "check", main, "--toc", "https://example.org/toc"); code != 2 || stderr == "" {
		t.Errorf("--toc URL not on GitHub: exit %d, stderr %q; want a usage error", code, stderr)
	}
}

// TestReviewsThroughGitHub reads cncf/toc and cncf/tag-security by URL through a fake
// GitHub API: their trees once, then the project folder's files alone, with the same
// verdicts as from checkouts.
func TestReviewsThroughGitHub(t *testing.T) {
	main := filepath.Join("..", "..", "examples", "lantern", "lantern")
	reviews, err := filepath.Abs(filepath.Join("..", "..", "collectors", "reviews", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	srv := githubtest.New(t)
	srv.Add("cncf/toc", &githubtest.Repo{Dir: filepath.Join(reviews, "toc")})
	srv.Add("cncf/tag-security", &githubtest.Repo{Dir: filepath.Join(reviews, "tag-security")})
	code, out, stderr := exec(t, "check", main, "--format", "json", "--github-url", srv.URL, "--cache-dir", t.TempDir(),
		"--toc", "https://github.com/cncf/toc", "--tag-security", "https://github.com/cncf/tag-security")
	if code != 1 || !strings.HasPrefix(stderr, "graduate: GitHub API: ") {
		t.Fatalf("check: exit %d, stderr %q", code, stderr)
	}
	for _, id := range []string{"security.self_assessment", "security.joint_assessment", "process.governance_review"} {
		if s, reasons := criterionIn(t, out, id); s != "pass" {
			t.Errorf("%s = %s %q, want pass", id, s, reasons)
		}
	}
	// Only the project's folder is read: no other project's file is fetched.
	own := 0
	for _, dir := range []string{"toc/projects/lantern", "tag-security/community/assessments/projects/lantern"} {
		filepath.WalkDir(filepath.Join(reviews, dir), func(_ string, d os.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				own++
			}
			return err
		})
	}
	if n := srv.PrefixRequests("/repos/cncf/toc/git/blobs/") + srv.PrefixRequests("/repos/cncf/tag-security/git/blobs/"); n == 0 || n > own {
		t.Errorf("%d files fetched, want at most the project's own %d", n, own)
	}
	total, _ := srv.Requests()
	if total > 20 {
		t.Errorf("%d requests for two folders", total)
	}
}

// TestReviewsFoundByLandscapeName: a project whose repositories are not named for it
// ("lantern-dev/website" as its main one) and whose project file names it not, finds its
// folder in cncf/toc by the name its landscape entry gives it.
func TestReviewsFoundByLandscapeName(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"README.md":     "# Lantern website\n",
		"graduate.yaml": "repositories:\n  - {url: https://github.com/lantern-dev/website, role: main, path: .}\n",
	})
	toc := filepath.Join("..", "..", "collectors", "reviews", "testdata", "toc")
	landscape := filepath.Join("..", "..", "collectors", "landscape", "testdata", "landscape.yml")
	if s, ok := checkStatuses(t, dir, "--toc", toc)["process.governance_review"]; !ok || s == "pass" {
		t.Errorf("process.governance_review = %q (in the report: %v) without the landscape, want it judged and not pass: a folder named for no name of the project was read", s, ok)
	}
	if s := checkStatuses(t, dir, "--toc", toc, "--landscape", landscape)["process.governance_review"]; s != "pass" {
		t.Errorf("process.governance_review = %s with the landscape, want pass: cncf/toc's projects/lantern was not found by the landscape's name", s)
	}
}

// checkStatuses runs check on the arguments (a project and flags) offline, wants the
// gate not met (exit 1, nothing on stderr), and returns each criterion's status.
func checkStatuses(t *testing.T, args ...string) map[string]string {
	t.Helper()
	code, out, stderr := exec(t, append([]string{"check", "--format", "json", "--offline", "--cache-dir", t.TempDir()}, args...)...)
	if code != 1 || stderr != "" {
		t.Fatalf("check: exit %d, stderr %q", code, stderr)
	}
	var r struct {
		Criteria []struct{ ID, Status string }
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, c := range r.Criteria {
		m[c.ID] = c.Status
	}
	return m
}

// writeProject writes files (path: content) into a new temporary directory and returns it.
func writeProject(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
