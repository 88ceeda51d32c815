package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/collectors/documents"
	"github.com/graduate-dev/graduate/engine"
)

// TestCheckLinkedOut: a document the project links out of the repositories given makes
// its criterion unknown with the link in the report, never a fail; the same project
// without the link fails it, and the reason says what was read.
func TestCheckLinkedOut(t *testing.T) {
	tree := func(readme string) string {
		dir := t.TempDir()
		for name, content := range map[string]string{
			"README.md":     readme,
			"GOVERNANCE.md": "# Governance\n\nDecisions are made by lazy consensus of the maintainers.\n",
			"docs/guide.md": "# Guide\n\nHow to use Quarry.\n",
		} {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	roadmap := func(dir string) (status string, reasons []string, evidence []map[string]any) {
		t.Helper()
		code, out, stderr := exec(t, "check", dir, "--format", "json", "--as-of", "2026-08-01")
		if code != 1 || stderr != "" {
			t.Fatalf("check: exit %d, stderr %q", code, stderr)
		}
		var r struct {
			Criteria []struct {
				ID       string
				Status   string
				Reasons  []string
				Evidence []map[string]any
			}
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		for _, c := range r.Criteria {
			if c.ID == "engineering.roadmap" {
				return c.Status, c.Reasons, c.Evidence
			}
		}
		t.Fatal("no engineering.roadmap in the report")
		return
	}

	status, reasons, evidence := roadmap(tree("# Quarry\n\nOur [roadmap](https://quarry.example/roadmap) is public.\n"))
	if status != "unknown" || len(reasons) != 1 || !strings.Contains(reasons[0], `linked from`) || !strings.Contains(reasons[0], `as "roadmap" to https://quarry.example/roadmap, not read`) {
		t.Errorf("linked roadmap: %s %q, want unknown with the link", status, reasons)
	}
	if len(evidence) != 1 || evidence[0]["url"] != "https://quarry.example/roadmap" || evidence[0]["path"] != "README.md" || evidence[0]["line"] != 3.0 {
		t.Errorf("linked roadmap evidence = %v, want the README line and the link", evidence)
	}

	status, reasons, _ = roadmap(tree("# Quarry\n\nQuarry schedules batch jobs.\n"))
	if status != "fail" || len(reasons) != 1 || !strings.HasPrefix(reasons[0], "read 3 documents in ") || !strings.Contains(reasons[0], "none is a roadmap (looked for ROADMAP files") {
		t.Errorf("no roadmap: %s %q, want a fail that says what was read", status, reasons)
	}

	code, _, stderr := exec(t, "check", tree("# Quarry\n"), "--as-of", "yesterday")
	if code != 2 || !strings.Contains(stderr, `--as-of "yesterday": want RFC 3339`) {
		t.Errorf("--as-of yesterday: exit %d, stderr %q; want exit 2 and the accepted forms", code, stderr)
	}
}

// TestCheckVocabularyFromPolicy: the documents reader reads with the vocabulary of the
// policies given with --policy, so a TOC member's edit changes what is found; a broken
// vocabulary is a policy error (exit 2), never a run that finds nothing.
func TestCheckVocabularyFromPolicy(t *testing.T) {
	pol := filepath.Join(t.TempDir(), "policies")
	if err := os.CopyFS(pol, os.DirFS(filepath.Join("..", "..", "policies"))); err != nil {
		t.Fatal(err)
	}
	vocab := filepath.Join(pol, "graduate", "config", "vocabulary", "data.yaml")
	b, err := os.ReadFile(vocab)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "PLAN.md"), []byte("# Plan\n\nWhat comes next.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	roadmapStatus := func(args ...string) string {
		t.Helper()
		code, out, stderr := exec(t, append([]string{"check", dir, "--format", "json"}, args...)...)
		if code != 1 {
			t.Fatalf("check %v: exit %d, stderr %q", args, code, stderr)
		}
		var r struct{ Criteria []struct{ ID, Status string } }
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		for _, c := range r.Criteria {
			if c.ID == "engineering.roadmap" {
				return c.Status
			}
		}
		return ""
	}
	if got := roadmapStatus(); got != "fail" {
		t.Fatalf("PLAN.md with the embedded vocabulary: roadmap %s, want fail", got)
	}
	edited := strings.Replace(string(b), "    prefixes: [roadmap]\n", "    prefixes: [roadmap, plan]\n", 1)
	if edited == string(b) {
		t.Fatal("the vocabulary has no roadmap prefixes line to edit")
	}
	if err := os.WriteFile(vocab, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := roadmapStatus("--policy", pol); got != "pass" {
		t.Errorf("PLAN.md with a vocabulary that names it: roadmap %s, want pass", got)
	}
	broken := strings.Replace(string(b), "    link: '\\broadmap\\b|", "    link: '((|", 1)
	if broken == string(b) {
		t.Fatal("the vocabulary has no roadmap link line to break")
	}
	if err := os.WriteFile(vocab, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := exec(t, "check", dir, "--policy", pol)
	if code != 2 || !strings.Contains(stderr, "vocabulary: documents.roadmap.link") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("broken vocabulary: exit %d, stderr %q; want exit 2 and one line naming the pattern", code, stderr)
	}
}

// TestVocabularyCriteria: every criterion the vocabulary says reads a kind or a topic
// is one of the catalogue's, and names that fact in its METADATA.
func TestVocabularyCriteria(t *testing.T) {
	pol, err := engine.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	cs, err := pol.Criteria()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]engine.Criterion{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	v, err := documents.DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	check := func(fact string, ids []string) {
		for _, id := range ids {
			c, ok := byID[id]
			if !ok {
				t.Errorf("%s: the vocabulary names criterion %s, which is not in the catalogue", fact, id)
				continue
			}
			if !slices.Contains(c.Facts, fact) {
				t.Errorf("%s: criterion %s does not list %s among its METADATA facts %q", fact, id, fact, c.Facts)
			}
		}
	}
	for _, k := range v.Documents {
		check("documents."+k.Name, k.Criteria)
	}
	for _, k := range v.Artifacts {
		check("artifacts."+k.Name, k.Criteria)
	}
	for _, tp := range v.Topics {
		check("content.topics."+tp.Name, tp.Criteria)
	}
}
