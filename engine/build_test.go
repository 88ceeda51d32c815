package engine

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/bundle"
)

// testKeys are an RSA and an EC key pair in PEM, generated per test run.
type testKeys struct {
	rsaPrivate, rsaPublic string
	ecPrivate, ecPublic   string
}

func newTestKeys(t *testing.T) testKeys {
	t.Helper()
	rk, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	ek, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ecDER, err := x509.MarshalECPrivateKey(ek)
	if err != nil {
		t.Fatal(err)
	}
	return testKeys{
		rsaPrivate: pemBlock("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(rk)),
		rsaPublic:  pemBlock("PUBLIC KEY", mustPKIX(t, &rk.PublicKey)),
		ecPrivate:  pemBlock("EC PRIVATE KEY", ecDER),
		ecPublic:   pemBlock("PUBLIC KEY", mustPKIX(t, &ek.PublicKey)),
	}
}

func mustPKIX(t *testing.T, pub any) []byte {
	t.Helper()
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func pemBlock(kind string, der []byte) string {
	return string(pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: der}))
}

// buildTo builds a bundle into a file in a temporary directory.
func buildTo(t *testing.T, opts BuildOptions) (string, *BuildResult) {
	t.Helper()
	var buf bytes.Buffer
	res, err := Build(context.Background(), &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "bundle.tar.gz")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return file, res
}

// readBundle reads a bundle tarball as OPA does, without verifying signatures.
func readBundle(t *testing.T, file string) bundle.Bundle {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := bundle.NewReader(f).WithSkipBundleVerification(true).Read()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBuildBundle(t *testing.T) {
	keys := newTestKeys(t)
	unsigned, _ := buildTo(t, BuildOptions{})
	cases := []struct {
		name     string
		opts     BuildOptions
		alg      string // "" for an unsigned bundle
		verify   Verification
		met      bool
		revision string
	}{
		{name: "embedded, unsigned", met: true},
		{name: "policy directory", opts: BuildOptions{Policy: filepath.Join("..", "policies")}, met: true},
		{name: "rebuilt from a bundle", opts: BuildOptions{Policy: unsigned, Revision: "r2"}, met: true, revision: "r2"},
		{name: "thresholds raised", opts: BuildOptions{Thresholds: map[string]any{"min_maintainer_orgs": json.Number("4")}}, met: false},
		{name: "HS256 secret", opts: BuildOptions{Signing: &Signing{Key: "s3cret"}}, alg: "HS256", verify: Verification{Key: "s3cret"}, met: true},
		{name: "RS256 key with a key id", opts: BuildOptions{Signing: &Signing{Key: keys.rsaPrivate, KeyID: "toc"}}, alg: "RS256", verify: Verification{Key: keys.rsaPublic}, met: true},
		{name: "ES256 key", opts: BuildOptions{Signing: &Signing{Key: keys.ecPrivate, Algorithm: "ES256"}}, alg: "ES256", verify: Verification{Key: keys.ecPublic, Algorithm: "ES256"}, met: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			file, res := buildTo(t, tc.opts)
			b := readBundle(t, file)

			if b.Manifest.Roots == nil || !slices.Equal(*b.Manifest.Roots, []string{"graduate"}) {
				t.Errorf("manifest roots %v, want [graduate]", b.Manifest.Roots)
			}
			if b.Manifest.Revision == "" || b.Manifest.Revision != res.Revision {
				t.Errorf("manifest revision %q, result %q", b.Manifest.Revision, res.Revision)
			}
			if tc.revision != "" && b.Manifest.Revision != tc.revision {
				t.Errorf("revision %q, want %q", b.Manifest.Revision, tc.revision)
			}
			if rules, _ := b.Manifest.Metadata["rules"].(string); !strings.HasPrefix(rules, "cncf/toc") {
				t.Errorf("manifest metadata.rules %q, want the rule set", rules)
			}
			if b.Manifest.RegoVersion == nil || *b.Manifest.RegoVersion != 1 {
				t.Errorf("manifest rego_version %v, want 1", b.Manifest.RegoVersion)
			}
			if len(b.Modules) != res.Modules || len(b.Modules) < 60 {
				t.Errorf("%d modules in the bundle, result says %d", len(b.Modules), res.Modules)
			}
			for _, m := range b.Modules {
				if !strings.HasPrefix(m.Path, "/graduate/") || strings.HasSuffix(m.Path, "_test.rego") {
					t.Errorf("module %s: want only policies under /graduate/, no tests", m.Path)
				}
			}
			config, _ := b.Data["graduate"].(map[string]any)["config"].(map[string]any)
			if _, ok := config["thresholds"].(map[string]any)["min_maintainer_orgs"]; !ok {
				t.Errorf("data.graduate.config holds no thresholds: %v", b.Data)
			}
			if alg := signatureAlgorithm(t, tarFiles(t, file)); alg != tc.alg || res.Signed != (alg != "") || res.Algorithm != tc.alg {
				t.Errorf("signed with %q (result %v %q), want %q", alg, res.Signed, res.Algorithm, tc.alg)
			}

			p, err := Load(ctx, file)
			if err != nil {
				t.Fatal(err)
			}
			if r := evalExample(t, p, "graduation"); r.Met != tc.met {
				t.Errorf("example met %v at graduation, want %v (unmet %v)", r.Met, tc.met, r.Unmet)
			}

			_, err = LoadVerified(ctx, file, Verification{Key: "not-the-key"})
			if err == nil {
				t.Error("verified with the wrong key")
			}
			if tc.alg == "" {
				if err == nil || !strings.Contains(err.Error(), "missing .signatures.json") {
					t.Errorf("unsigned bundle: error %v, want missing .signatures.json", err)
				}
				return
			}
			pv, err := LoadVerified(ctx, file, tc.verify)
			if err != nil {
				t.Fatal(err)
			}
			if r := evalExample(t, pv, "graduation"); r.Met != tc.met {
				t.Errorf("verified bundle: example met %v, want %v", r.Met, tc.met)
			}
		})
	}
}

// TestBuildBundleReproducible holds that the same policies give the same bytes and
// revision, and that any change in data changes the revision.
func TestBuildBundleReproducible(t *testing.T) {
	build := func(opts BuildOptions) ([]byte, string) {
		var buf bytes.Buffer
		res, err := Build(context.Background(), &buf, opts)
		if err != nil {
			t.Fatal(err)
		}
		return buf.Bytes(), res.Revision
	}
	a, revA := build(BuildOptions{})
	b, revB := build(BuildOptions{})
	if !bytes.Equal(a, b) || revA != revB {
		t.Errorf("two builds differ: %d/%d bytes, revisions %s/%s", len(a), len(b), revA, revB)
	}
	_, revC := build(BuildOptions{Thresholds: map[string]any{"min_adopters": json.Number("5")}})
	if revC == revA {
		t.Errorf("a threshold change kept revision %s", revA)
	}
}

// TestVerifyTamperedBundle alters one policy inside a signed bundle, keeping its
// .signatures.json: the hash the signature lists no longer matches, and the bundle is
// refused.
func TestVerifyTamperedBundle(t *testing.T) {
	file, _ := buildTo(t, BuildOptions{Signing: &Signing{Key: "s3cret"}})
	files := tarFiles(t, file)
	const target = "/graduate/criteria/governance/maintainer_orgs/maintainer_orgs.rego"
	changed := bytes.Replace(files[target], []byte("default min_orgs := 2"), []byte("default min_orgs := 1"), 1)
	if bytes.Equal(changed, files[target]) {
		t.Fatalf("%s does not hold the line this test changes", target)
	}
	files[target] = changed
	tampered := filepath.Join(t.TempDir(), "tampered.tar.gz")
	writeTar(t, tampered, files)
	_, err := LoadVerified(context.Background(), tampered, Verification{Key: "s3cret"})
	if err == nil || !strings.Contains(err.Error(), "maintainer_orgs.rego") {
		t.Fatalf("tampered bundle: error %v, want one naming maintainer_orgs.rego", err)
	}
	if !errors.Is(err, ErrPolicy) {
		t.Errorf("error %v is not ErrPolicy", err)
	}
}

// tarFiles reads every file of a bundle tarball.
func tarFiles(t *testing.T, file string) map[string][]byte {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	files := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files
		}
		if err != nil {
			t.Fatal(err)
		}
		if files[h.Name], err = io.ReadAll(tr); err != nil {
			t.Fatal(err)
		}
	}
}

func writeTar(t *testing.T, file string, files map[string][]byte) {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(files[name])), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(files[name]); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// signatureAlgorithm returns the alg of the JWT in /.signatures.json, "" if absent.
func signatureAlgorithm(t *testing.T, files map[string][]byte) string {
	t.Helper()
	raw, ok := files["/.signatures.json"]
	if !ok {
		return ""
	}
	var sigs struct{ Signatures []string }
	if err := json.Unmarshal(raw, &sigs); err != nil || len(sigs.Signatures) != 1 {
		t.Fatalf(".signatures.json: %v, %d signatures", err, len(sigs.Signatures))
	}
	header, _, _ := strings.Cut(sigs.Signatures[0], ".")
	js, err := base64.RawURLEncoding.DecodeString(header)
	if err != nil {
		t.Fatal(err)
	}
	var h struct{ Alg string }
	if err := json.Unmarshal(js, &h); err != nil {
		t.Fatal(err)
	}
	return h.Alg
}

func TestBuildBundleErrors(t *testing.T) {
	cases := []struct {
		name    string
		opts    BuildOptions
		wantErr string
	}{
		{"package outside the root", BuildOptions{Policy: writePolicy(t, map[string]string{
			"graduate/report/r.rego": "package graduate.report\n\ngraduation := {}\n",
			"other/o.rego":           "package other\n\nx := 1\n",
		})}, "package data.other is outside the bundle root"},
		{"data outside the root", BuildOptions{Policy: writePolicy(t, map[string]string{
			"graduate/report/r.rego": "package graduate.report\n\ngraduation := {}\n",
			"extra/data.json":        `{"x": 1}`,
		})}, `data document "extra" is outside the bundle root`},
		{"policy that does not compile", BuildOptions{Policy: writePolicy(t, map[string]string{
			"graduate/report/r.rego": "package graduate.report\n\ngraduation := time.now_ns()\n",
		})}, "time.now_ns"},
		{"unknown threshold", BuildOptions{Thresholds: map[string]any{"min_orgs": json.Number("3")}}, `unknown threshold "min_orgs"`},
		{"not a bundle", BuildOptions{Policy: writePolicy(t, map[string]string{"policies.zip": "PK"}) + "/policies.zip"}, "not a directory or a .tar.gz bundle"},
		{"PEM key that is no key", BuildOptions{Signing: &Signing{Key: "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n"}}, "signing key for RS256"},
		{"secret with an RSA algorithm", BuildOptions{Signing: &Signing{Key: "s3cret", Algorithm: "RS256"}}, "signing key for RS256: failed to parse PEM block"},
		{"unknown algorithm", BuildOptions{Signing: &Signing{Key: "s3cret", Algorithm: "XX512"}}, "unknown signature algorithm"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			_, err := Build(context.Background(), &buf, tc.opts)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error %v, want it to contain %q", err, tc.wantErr)
			}
			if buf.Len() != 0 {
				t.Errorf("a failed build wrote %d bytes", buf.Len())
			}
		})
	}
}

func TestBundleKeyFile(t *testing.T) {
	keys := newTestKeys(t)
	cases := []struct {
		name, content, want, wantErr string
	}{
		{"secret loses its newline", "s3cret\n", "s3cret", ""},
		{"secret with CRLF", "s3cret\r\n", "s3cret", ""},
		{"PEM kept as written", keys.rsaPrivate, keys.rsaPrivate, ""},
		{"empty file", "\n", "", "is empty"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "key")
			if err := os.WriteFile(file, []byte(tc.content), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := ReadKeyFile(file)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	if _, err := ReadKeyFile(filepath.Join(t.TempDir(), "absent")); err == nil {
		t.Error("a missing key file read")
	}
}
