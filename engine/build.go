package engine

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/open-policy-agent/opa/v1/compile"
	"github.com/open-policy-agent/opa/v1/loader"

	"github.com/graduate-dev/graduate/policies"
	"github.com/graduate-dev/graduate/snapshot"
)

// BundleRoot is the one root a graduate bundle owns: every package and every data
// document lives under data.graduate, so the bundle can sit beside others on one OPA.
const BundleRoot = "graduate"

// Signing says how a bundle is signed.
type Signing struct {
	// Key is a PEM-encoded private key (RS*, PS*, ES* algorithms) or an HMAC secret (HS*).
	Key string
	// Algorithm is the JWT algorithm; empty means RS256 for a PEM key and HS256 for a
	// secret.
	Algorithm string
	// KeyID goes into the signature's kid header when set, for verifiers holding
	// several keys.
	KeyID string
}

// BuildOptions say what goes into a bundle and how it is signed.
type BuildOptions struct {
	// Policy is where the policies come from: "" for the embedded ones, else a
	// directory (holding graduate/) or a bundle .tar.gz.
	Policy string
	// Thresholds are overrides merged over the policies' thresholds, checked as
	// graduate eval --data checks them.
	Thresholds map[string]any
	// ThresholdsFile names where Thresholds came from, in errors about them.
	ThresholdsFile string
	// Revision is the manifest's revision; empty means a digest of the bundle's
	// policies and data, so the same content always carries the same revision.
	Revision string
	// Metadata is written into the manifest (data.system.bundles[name].manifest.metadata
	// on an OPA server), beside "rules", the rule set the policies encode.
	Metadata map[string]any
	// Signing signs the bundle (.signatures.json) when not nil.
	Signing *Signing
}

// BuildResult describes a bundle Build wrote.
type BuildResult struct {
	Revision  string
	Modules   int
	Signed    bool
	Algorithm string
}

// Build writes the policies and their data as an OPA bundle: a gzipped tarball laid
// out as opa build lays it out (/.manifest with the revision and roots ["graduate"],
// the Rego files at their paths under graduate/, /data.json holding
// data.graduate.config). The policies are compiled for every level first, with the
// snapshot schema and graduate's capabilities, so a bundle graduate would refuse to
// evaluate is never written.
func Build(ctx context.Context, w io.Writer, opts BuildOptions) (*BuildResult, error) {
	b, origin, err := readSource(opts.Policy)
	if err != nil {
		return nil, err
	}
	p := &Policies{Origin: origin, modules: map[string]*ast.Module{}, data: b.Data}
	for _, m := range b.Modules {
		p.modules[m.Path] = m.Parsed
	}
	if p.data == nil {
		p.data = map[string]any{}
	}
	if err := p.check(); err != nil {
		return nil, err
	}
	if err := checkRoots(origin, b); err != nil {
		return nil, err
	}
	if len(opts.Thresholds) > 0 {
		if err := p.OverrideThresholds(opts.Thresholds); err != nil {
			if opts.ThresholdsFile != "" {
				return nil, fmt.Errorf("%s: %w", opts.ThresholdsFile, err)
			}
			return nil, err
		}
	}
	for _, level := range snapshot.Levels {
		if _, err := p.Prepare(ctx, level); err != nil {
			return nil, err
		}
	}
	b.Data = p.data

	revision := opts.Revision
	if revision == "" {
		if revision, err = contentRevision(b); err != nil {
			return nil, err
		}
	}
	roots := []string{BundleRoot}
	metadata := maps.Clone(opts.Metadata)
	if metadata == nil {
		metadata = map[string]any{}
	}
	metadata["rules"] = p.RuleSet()
	b.Manifest = bundle.Manifest{Roots: &roots, Metadata: metadata}
	b.SetRegoVersion(ast.RegoV1)
	b.Manifest.Init()

	c := compile.New().
		WithBundle(b).
		WithRegoVersion(ast.RegoV1).
		WithCapabilities(Capabilities()).
		WithRevision(revision).
		WithOutput(w)
	res := &BuildResult{Revision: revision, Modules: len(b.Modules)}
	if opts.Signing != nil {
		sc, err := opts.Signing.config()
		if err != nil {
			return nil, err
		}
		c = c.WithBundleSigningConfig(sc).WithBundleVerificationKeyID(opts.Signing.KeyID)
		res.Signed, res.Algorithm = true, sc.Algorithm
	}
	if err := c.Build(ctx); err != nil {
		return nil, fmt.Errorf("%w: build bundle of %s: %s", ErrPolicy, origin, oneLine(err.Error()))
	}
	return res, nil
}

// readSource loads the Rego files (with their source text, which the bundle carries)
// and data of the embedded policies, a directory or a bundle tarball.
func readSource(src string) (*bundle.Bundle, string, error) {
	if src == "" {
		b, err := readTree(policies.FS)
		if err != nil {
			return nil, "", fmt.Errorf("%w: load embedded policies: %s", ErrPolicy, loaderMessage(err))
		}
		return b, "embedded", nil
	}
	info, err := os.Stat(src)
	if err != nil {
		return nil, "", fmt.Errorf("read policies %s: %w", src, err)
	}
	if info.IsDir() {
		b, err := readTree(os.DirFS(src))
		if err != nil {
			return nil, "", fmt.Errorf("%w: %s", ErrPolicy, loaderMessage(err))
		}
		return b, src, nil
	}
	if !strings.HasSuffix(src, ".tar.gz") && !strings.HasSuffix(src, ".tgz") {
		return nil, "", fmt.Errorf("read policies %s: not a directory or a .tar.gz bundle", src)
	}
	b, err := loader.NewFileLoader().
		WithProcessAnnotation(true).
		WithRegoVersion(ast.RegoV1).
		WithSkipBundleVerification(true).
		AsBundle(src)
	if err != nil {
		return nil, "", fmt.Errorf("%w: read bundle %s: %s", ErrPolicy, src, loaderMessage(err))
	}
	// A rebuilt bundle is signed afresh or not at all: the old signature covers
	// the old content.
	b.Signatures = bundle.SignaturesConfig{}
	b.Modules = slices.DeleteFunc(b.Modules, func(m bundle.ModuleFile) bool {
		return strings.HasSuffix(m.Path, "_test.rego")
	})
	for i := range b.Modules {
		rel := strings.TrimPrefix(b.Modules[i].Path, "/")
		b.Modules[i].Path, b.Modules[i].URL = rel, rel
	}
	return b, src, nil
}

// readTree loads a policy tree rooted where graduate/ sits, without the _test.rego
// files, so module paths are relative to that root ("graduate/criteria/...").
func readTree(fsys fs.FS) (*bundle.Bundle, error) {
	res, err := loader.NewFileLoader().
		WithFS(fsys).
		WithProcessAnnotation(true).
		WithRegoVersion(ast.RegoV1).
		Filtered([]string{"."}, excludeTests)
	if err != nil {
		return nil, err
	}
	b := &bundle.Bundle{Data: res.Documents}
	names := make([]string, 0, len(res.Modules))
	for name := range res.Modules {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		m := res.Modules[name]
		rel := path.Clean(strings.TrimPrefix(m.Name, "/"))
		b.Modules = append(b.Modules, bundle.ModuleFile{URL: rel, Path: rel, Raw: m.Raw, Parsed: m.Parsed})
	}
	return b, nil
}

// checkRoots refuses content outside data.graduate: OPA would refuse to activate a
// bundle whose packages or data escape its roots, long after the build succeeded.
func checkRoots(origin string, b *bundle.Bundle) error {
	for key := range b.Data {
		if key != BundleRoot {
			return fmt.Errorf("%w: %s: data document %q is outside the bundle root %q", ErrPolicy, origin, key, BundleRoot)
		}
	}
	root := ast.DefaultRootRef.Append(ast.StringTerm(BundleRoot))
	for _, m := range b.Modules {
		if !m.Parsed.Package.Path.HasPrefix(root) {
			return fmt.Errorf("%w: %s: package %s is outside the bundle root %q", ErrPolicy, m.Path, m.Parsed.Package.Path, BundleRoot)
		}
	}
	return nil
}

// contentRevision is a short digest of the modules' source and the data.
func contentRevision(b *bundle.Bundle) (string, error) {
	h := sha256.New()
	for _, m := range b.Modules {
		fmt.Fprintf(h, "%s\x00%d\x00", m.Path, len(m.Raw))
		h.Write(m.Raw)
	}
	data, err := json.Marshal(b.Data)
	if err != nil {
		return "", fmt.Errorf("encode bundle data: %w", err)
	}
	h.Write(data)
	return "sha256:" + hex.EncodeToString(h.Sum(nil))[:16], nil
}

func (s *Signing) config() (*bundle.SigningConfig, error) {
	if s.Key == "" {
		return nil, fmt.Errorf("signing key is empty")
	}
	alg := s.Algorithm
	if alg == "" {
		alg = defaultAlgorithm(s.Key)
	}
	sc := bundle.NewSigningConfig(s.Key, alg, "")
	// Parse the key now, so a wrong key or algorithm is reported as such rather than
	// as a failed build.
	if _, err := sc.GetPrivateKey(); err != nil {
		return nil, fmt.Errorf("signing key for %s: %w", alg, err)
	}
	return sc, nil
}

// defaultAlgorithm picks RS256 for PEM keys (what opa build assumes) and HS256 for a
// shared secret.
func defaultAlgorithm(key string) string {
	if isPEM(key) {
		return "RS256"
	}
	return "HS256"
}

func isPEM(key string) bool {
	return strings.HasPrefix(strings.TrimSpace(key), "-----BEGIN")
}

// ReadKeyFile reads a signing or verification key: a PEM key is used as written, an
// HMAC secret without its trailing newline (as opa run --verification-key takes it on
// the command line).
func ReadKeyFile(file string) (string, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("read key: %w", err)
	}
	key := string(raw)
	if !isPEM(key) {
		key = strings.TrimRight(key, "\r\n")
	}
	if strings.TrimSpace(key) == "" {
		return "", fmt.Errorf("read key: %s is empty", file)
	}
	return key, nil
}

// Verification names the key a bundle must be signed with.
type Verification struct {
	// Key is a PEM-encoded public key or certificate, or the HMAC secret.
	Key string
	// Algorithm is the JWT algorithm; empty means RS256 for a PEM key and HS256 for a
	// secret.
	Algorithm string
}

// LoadVerified reads a bundle tarball and refuses it unless its .signatures.json is
// signed with v's key and every file in the bundle matches the hash the signature
// lists: an unsigned, re-signed or altered bundle is an error, never a silent load.
func LoadVerified(_ context.Context, file string, v Verification) (*Policies, error) {
	if !strings.HasSuffix(file, ".tar.gz") && !strings.HasSuffix(file, ".tgz") {
		return nil, fmt.Errorf("verify policies %s: a verification key needs a bundle .tar.gz", file)
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read policies %s: %w", file, err)
	}
	alg := v.Algorithm
	if alg == "" {
		alg = defaultAlgorithm(v.Key)
	}
	const keyID = "default"
	vc := bundle.NewVerificationConfig(map[string]*bundle.KeyConfig{keyID: {Key: v.Key, Algorithm: alg}}, keyID, "", nil)
	b, err := bundle.NewReader(bytes.NewReader(raw)).
		WithBundleVerificationConfig(vc).
		WithProcessAnnotations(true).
		WithRegoVersion(ast.RegoV1).
		WithBundleName(file).
		Read()
	if err != nil {
		return nil, fmt.Errorf("%w: verify bundle %s: %s", ErrPolicy, file, oneLine(err.Error()))
	}
	return fromBundle(file, &b)
}
