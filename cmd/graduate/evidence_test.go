package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/report"
)

// TestEvidenceInvariants holds what a TOC member reading the example reports relies
// on: every pass shows what it rests on, no place is listed twice in a criterion's
// evidence, and the text and markdown reports repeat no evidence line.
func TestEvidenceInvariants(t *testing.T) {
	for _, tc := range []struct{ snapshot, level string }{
		{"graduation-ready.json", "graduation"},
		{"graduation-ready.json", "incubation"},
		{"sandbox-ready.json", "incubation"},
		{"sandbox-ready.json", "sandbox"},
	} {
		t.Run(tc.snapshot+"@"+tc.level, func(t *testing.T) {
			snap := testdata("snapshots", tc.snapshot)
			_, out, _ := exec(t, "eval", snap, "--level", tc.level, "--format", "json")
			var r report.Report
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatal(err)
			}
			for _, c := range r.Criteria {
				if c.Status == "pass" && len(c.Evidence) == 0 {
					t.Errorf("%s passes with no evidence", c.ID)
				}
				places := map[string]bool{}
				for _, e := range c.Evidence {
					if e.Kind != "file" {
						continue
					}
					key := fmt.Sprintf("%s\x00%s\x00%d\x00%s\x00%s\x00%s", e.Repo, e.Path, e.Line, e.Commit, e.URL, e.Text)
					if places[key] {
						t.Errorf("%s lists %s:%s:%d twice", c.ID, e.Repo, e.Path, e.Line)
					}
					places[key] = true
				}
			}
			assertReasonsAgreeWithEvidence(t, r)
			for _, format := range []string{"text", "markdown"} {
				_, out, _ := exec(t, "eval", snap, "--level", tc.level, "--format", format)
				assertNoRepeatedEvidence(t, format, out)
			}
		})
	}
}

// assertNoRepeatedEvidence fails when one criterion's block of a report shows the same
// evidence line twice, or one markdown evidence line names a link twice.
func assertNoRepeatedEvidence(t *testing.T, format, out string) {
	t.Helper()
	seen := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case format == "text" && strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "   "),
			format == "markdown" && strings.HasPrefix(trimmed, "- [") && strings.Contains(trimmed, "**"):
			seen = map[string]bool{} // a criterion starts
		case strings.HasPrefix(trimmed, "evidence:") || strings.HasPrefix(trimmed, "- Evidence:"):
			if seen[trimmed] {
				t.Errorf("%s: evidence repeated: %s", format, trimmed)
			}
			seen[trimmed] = true
			if format == "markdown" {
				links := map[string]bool{}
				for _, part := range strings.Split(strings.TrimPrefix(trimmed, "- Evidence: "), "), ") {
					if links[part] {
						t.Errorf("markdown: a link repeated in %s", trimmed)
					}
					links[part] = true
				}
			}
		}
	}
}

// assertReasonsAgreeWithEvidence fails when a reason that says a document states
// nothing ("no heading or sentence states ...") names a place whose quoted heading or
// sentence is evidence beside it: the reason would deny what the evidence shows.
func assertReasonsAgreeWithEvidence(t *testing.T, r report.Report) {
	t.Helper()
	for _, c := range r.Criteria {
		for _, reason := range c.Reasons {
			if !strings.Contains(reason, "no heading or sentence states") {
				continue
			}
			for _, e := range c.Evidence {
				if e.Kind == "file" && e.Text != "" && strings.Contains(reason, fmt.Sprintf("%s:%s:%d", e.Repo, e.Path, e.Line)) {
					t.Errorf("%s: the reason %q names %s:%s:%d, whose text %q is its evidence", c.ID, reason, e.Repo, e.Path, e.Line, e.Text)
				}
			}
		}
	}
}
