package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/engine"
)

func TestBundleBuild(t *testing.T) {
	grad := testdata("snapshots", "graduation-ready.json")
	_, embeddedJSON, _ := exec(t, "eval", grad, "--format", "json")
	secret := writeFile(t, "key", "s3cret\n")
	cases := []struct {
		name     string
		args     []string // after bundle build -o FILE
		stdout   string
		verifyBy string // the HMAC secret the bundle must verify with, "" if unsigned
		evalCode int    // graduate eval --policy FILE on the graduation-ready snapshot
	}{
		{"embedded policies", nil, "revision sha256:", "", 0},
		{"policy directory", []string{"--policy", filepath.Join("..", "..", "policies")}, "unsigned", "", 0},
		{"explicit revision", []string{"--revision", "v1.2.3"}, "revision v1.2.3,", "", 0},
		{"signed with a secret", []string{"--signing-key", secret}, "signed with HS256", "s3cret", 0},
		{"signed with a key id", []string{"--signing-key", secret, "--signing-alg", "HS512", "--signing-key-id", "toc"}, "signed with HS512", "", 0},
		{"thresholds raised", []string{"--data", writeFile(t, "t.yaml", "min_maintainer_orgs: 4\n")}, "unsigned", "", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "bundle.tar.gz")
			code, stdout, stderr := exec(t, append([]string{"bundle", "build", "-o", out}, tc.args...)...)
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			if !strings.HasPrefix(stdout, "wrote "+out+": ") || !strings.Contains(stdout, tc.stdout) {
				t.Errorf("stdout %q, want it to contain %q", stdout, tc.stdout)
			}
			code, js, stderr := exec(t, "eval", grad, "--format", "json", "--policy", out)
			if code != tc.evalCode {
				t.Fatalf("eval --policy bundle: exit %d, want %d; stderr %q", code, tc.evalCode, stderr)
			}
			if tc.evalCode == 0 && js != embeddedJSON {
				t.Errorf("the bundle's report differs from the embedded policies' report")
			}
			if tc.verifyBy != "" {
				if _, err := engine.LoadVerified(context.Background(), out, engine.Verification{Key: tc.verifyBy}); err != nil {
					t.Errorf("verify with the signing secret: %v", err)
				}
			}
		})
	}
}

func TestBundleBuildToStdout(t *testing.T) {
	code, stdout, stderr := exec(t, "bundle", "build", "-o", "-")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.HasPrefix(stdout, "\x1f\x8b") {
		t.Fatalf("stdout is not gzip: %q", stdout[:min(len(stdout), 20)])
	}
}

func TestBundleBuildErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "bundle.tar.gz")
	cases := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"no output", []string{"bundle", "build"}, `required flag(s) "output" not set`},
		{"no command", []string{"bundle"}, "graduate bundle needs a command: build"},
		{"unknown command", []string{"bundle", "bild"}, `unknown command "bild" for "graduate bundle"`},
		{"algorithm without key", []string{"bundle", "build", "-o", out, "--signing-alg", "RS256"}, "--signing-alg and --signing-key-id need --signing-key"},
		{"missing key file", []string{"bundle", "build", "-o", out, "--signing-key", filepath.Join(dir, "nokey")}, "read key: open"},
		{"secret for RS256", []string{"bundle", "build", "-o", out, "--signing-key", writeFile(t, "key", "s3cret"), "--signing-alg", "RS256"}, "signing key for RS256"},
		{"unknown threshold names the file", []string{"bundle", "build", "-o", out, "--data", writeFile(t, "t.yaml", "min_orgs: 3\n")}, `t.yaml: unknown threshold "min_orgs"`},
		{"broken policy", []string{"bundle", "build", "-o", out, "--policy", filepath.Dir(filepath.Dir(filepath.Dir(
			writeFile(t, "p/graduate/report/report.rego", "package graduate.report\n\ngraduation := {\n"))))}, "report.rego:4: rego_parse_error"},
		{"output directory missing", []string{"bundle", "build", "-o", filepath.Join(dir, "no", "bundle.tar.gz")}, "write bundle"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := exec(t, tc.args...)
			if code != exitInvalid {
				t.Errorf("exit %d, want %d", code, exitInvalid)
			}
			if !strings.Contains(stderr, tc.stderr) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("stderr %q, want one line containing %q", stderr, tc.stderr)
			}
		})
	}
	if entries, err := os.ReadDir(dir); err != nil || len(entries) != 0 {
		t.Errorf("failed builds left files behind: %v %v", entries, err)
	}
}

// TestEvalVerificationKey: --verification-key accepts a bundle signed with the key and
// refuses, with exit 2, one signed with another key, an unsigned one, and the embedded
// policies (which are not a bundle).
func TestEvalVerificationKey(t *testing.T) {
	grad := testdata("snapshots", "graduation-ready.json")
	dir := t.TempDir()
	secret := writeFile(t, "key", "s3cret\n")
	other := writeFile(t, "other", "another secret\n")
	signed := filepath.Join(dir, "signed.tar.gz")
	unsigned := filepath.Join(dir, "unsigned.tar.gz")
	for _, args := range [][]string{{"-o", signed, "--signing-key", secret}, {"-o", unsigned}} {
		if code, _, stderr := exec(t, append([]string{"bundle", "build"}, args...)...); code != 0 {
			t.Fatalf("bundle build %v: exit %d: %s", args, code, stderr)
		}
	}
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"signed with the key", []string{"--policy", signed, "--verification-key", secret}, 0, ""},
		{"signed with another key", []string{"--policy", signed, "--verification-key", other}, 2, "signed.tar.gz"},
		{"unsigned", []string{"--policy", unsigned, "--verification-key", secret}, 2, "unsigned.tar.gz"},
		{"embedded policies", []string{"--verification-key", secret}, 2, "--verification-key needs --policy"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := exec(t, append([]string{"eval", grad}, tc.args...)...)
			if code != tc.code || !strings.Contains(stderr, tc.stderr) || strings.Count(stderr, "\n") > 1 {
				t.Errorf("exit %d, stderr %q; want exit %d and one line containing %q", code, stderr, tc.code, tc.stderr)
			}
		})
	}
}
