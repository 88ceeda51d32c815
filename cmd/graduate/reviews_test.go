package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
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
		code, out, stderr := exec(t, append([]string{"check", main, "--format", "json", "--offline", "--cache-dir", t.TempDir()}, args...)...)
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
	if code, _, stderr := exec(t, "check", main, "--toc", "https://github.com/cncf/toc"); code != 2 || stderr == "" {
		t.Errorf("--toc URL: exit %d, stderr %q; want a usage error", code, stderr)
	}
}
