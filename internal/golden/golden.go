// Package golden compares test output with golden files, and rewrites them when the
// test binary runs with -update.
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update is the -update flag of every test binary that imports this package.
var update = flag.Bool("update", false, "rewrite golden files with the output of this run")

// Updating reports whether the test binary runs with -update.
func Updating() bool { return *update }

// Equal fails t when got differs from the golden file at path. With -update it writes
// got there first (creating its directory), so the comparison then holds.
func Equal(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update to write it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", path, got)
	}
}

// JSON marshals v indented, with a final newline, and compares it as Equal does. It
// returns the bytes compared.
func JSON(t testing.TB, path string, v any) []byte {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	Equal(t, path, got)
	return got
}
