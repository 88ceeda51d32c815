package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBadgeCommand(t *testing.T) {
	grad := testdata("snapshots", "graduation-ready.json")
	sandbox := testdata("snapshots", "sandbox-ready.json")
	out := filepath.Join(t.TempDir(), "badge.json")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string // the whole of stdout
		file   string // what -o wrote, when given
		stderr string
	}{
		{"met", []string{"badge", grad}, 0,
			`{"schemaVersion":1,"label":"graduation","message":"50/50 required","color":"brightgreen"}` + "\n", "", ""},
		// Not met is still a badge written: exit 0, where eval --format badge exits 1.
		{"not met is written, exit 0", []string{"badge", sandbox, "--level", "incubation"}, 0,
			`{"schemaVersion":1,"label":"incubation","message":"7/32 required","color":"red"}` + "\n", "", ""},
		{"the snapshot's own level", []string{"badge", sandbox}, 0,
			`{"schemaVersion":1,"label":"sandbox","message":"7/7 required","color":"brightgreen"}` + "\n", "", ""},
		{"to a file", []string{"badge", sandbox, "--level", "graduation", "-o", out}, 0, "",
			`"label":"graduation"`, ""},
		{"no --format", []string{"badge", grad, "--format", "json"}, 2, "", "", "graduate: unknown flag: --format"},
		{"one snapshot", []string{"badge", grad, sandbox}, 2, "", "", "graduate: accepts 1 arg(s), received 2"},
		{"missing file", []string{"badge", "nope.json"}, 2, "", "", "graduate: read snapshot: open nope.json: no such file or directory"},
		{"unknown level", []string{"badge", grad, "--level", "graduated"}, 2, "", "", `graduate: unknown level "graduated"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := exec(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, stdout, stderr)
			}
			if stdout != tc.stdout {
				t.Errorf("stdout %q, want %q", stdout, tc.stdout)
			}
			if tc.stderr == "" && stderr != "" || !strings.HasPrefix(stderr, tc.stderr) || strings.Count(stderr, "\n") > 1 {
				t.Errorf("stderr %q, want one line starting %q", stderr, tc.stderr)
			}
			if tc.file != "" {
				raw, err := os.ReadFile(out)
				if err != nil || !strings.Contains(string(raw), tc.file) {
					t.Errorf("-o wrote %q (%v), want it to contain %s", raw, err, tc.file)
				}
			}
		})
	}
}

// TestEvalBadge: --format badge on eval is eval's gate (exit 1 when not met), and
// refuses several snapshots, which a badge cannot show.
func TestEvalBadge(t *testing.T) {
	sandbox := testdata("snapshots", "sandbox-ready.json")
	code, stdout, _ := exec(t, "eval", sandbox, "--level", "incubation", "--format", "badge")
	if code != 1 || !strings.Contains(stdout, `"message":"7/32 required"`) {
		t.Errorf("exit %d: %s", code, stdout)
	}
	code, stdout, stderr := exec(t, "eval", sandbox, sandbox, "--format", "badge")
	if code != 2 || stdout != "" || !strings.Contains(stderr, "a badge shows one report, got 2") {
		t.Errorf("exit %d: stdout %q stderr %q", code, stdout, stderr)
	}
}
