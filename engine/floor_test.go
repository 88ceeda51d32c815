package engine

import (
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/policies"
)

// floorBody replaces a criterion's judgement: its package keeps its METADATA and its
// meta, and finds nothing.
const floorBody = `
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

fail := set()

unknown := set()

evidence := set()
`

// writeFloor writes into dir a copy of the embedded policies whose criteria do
// nothing: what evaluating the report costs before any criterion judges, the floor
// the graduation benchmark is measured against. Made from the policies each time, it
// never drifts from them.
func writeFloor(tb testing.TB, dir string) {
	tb.Helper()
	err := fs.WalkDir(policies.FS, policies.Root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, "_test.rego") || strings.HasSuffix(p, ".go") {
			return err
		}
		b, err := fs.ReadFile(policies.FS, p)
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(p, policies.Root+"/")
		if strings.HasPrefix(rel, "criteria/") && strings.Count(rel, "/") == 3 && path.Ext(rel) == ".rego" {
			b = floorModule(tb, p, string(b))
		}
		out := filepath.Join(dir, policies.Root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// floorModule keeps a criterion module's METADATA and package line, with floorBody.
func floorModule(tb testing.TB, name, src string) []byte {
	var head []string
	for _, line := range strings.Split(src, "\n") {
		head = append(head, line)
		if strings.HasPrefix(line, "package ") {
			return []byte(strings.Join(head, "\n") + "\n" + floorBody)
		}
	}
	tb.Fatalf("%s: no package line", name)
	return nil
}

// BenchmarkEvalFloor evaluates the graduation report with criteria that do nothing:
// the floor BenchmarkEvalGraduation is compared with (docs/benchmarks.md).
func BenchmarkEvalFloor(b *testing.B) {
	dir := b.TempDir()
	writeFloor(b, dir)
	p, err := Load(context.Background(), dir)
	if err != nil {
		b.Fatal(err)
	}
	benchGraduation(b, p)
}

// TestFloorPolicies holds the floor fixture to what it stands for: every criterion is
// there, and none decides anything.
func TestFloorPolicies(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeFloor(t, dir)
	p, err := Load(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	floor, err := p.Criteria()
	if err != nil {
		t.Fatal(err)
	}
	full, err := embedded(t).Criteria()
	if err != nil {
		t.Fatal(err)
	}
	if len(floor) != len(full) {
		t.Fatalf("floor has %d criteria, the policies %d", len(floor), len(full))
	}
	ev, err := p.Prepare(ctx, "graduation")
	if err != nil {
		t.Fatal(err)
	}
	r, err := ev.Eval(ctx, loadSnapshot(t, "graduation-ready.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Criteria {
		if c.Status != "pass" && c.Status != "not_applicable" && c.Status != "waived" && !c.Attested {
			t.Errorf("%s: %s in the floor, where no criterion finds anything", c.ID, c.Status)
		}
	}
}
