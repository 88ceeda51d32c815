// Package engine is graduate's policy engine: it loads the policies (the embedded ones,
// a directory, or a bundle tarball), applies threshold overrides and a rule set,
// compiles them once with the snapshot schema and restricted capabilities, evaluates
// any number of snapshots with the prepared query, and builds signed OPA bundles of
// them.
package engine

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/open-policy-agent/opa/v1/loader"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/graduate-dev/graduate/internal/parallel"
	"github.com/graduate-dev/graduate/policies"
	"github.com/graduate-dev/graduate/report"
	"github.com/graduate-dev/graduate/snapshot"
)

// ErrPolicy marks a policy that cannot be loaded, compiled or evaluated.
var ErrPolicy = errors.New("policy error")

// forbidden are the built-ins a policy may not call: policies judge the snapshot alone,
// never the clock, the network or chance.
var forbidden = []string{
	"http.send", "time.now_ns", "net.lookup_ip_addr", "opa.runtime",
	"rand.intn", "uuid.rfc4122", "crypto.x509.parse_and_verify_certificates_with_options",
}

// Capabilities returns this OPA version's capabilities without the forbidden built-ins.
func Capabilities() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	caps.Builtins = slices.DeleteFunc(caps.Builtins, func(b *ast.Builtin) bool {
		return slices.Contains(forbidden, b.Name)
	})
	caps.AllowNet = []string{}
	return caps
}

// Policies are parsed policy modules and their data, ready to compile.
type Policies struct {
	Origin  string
	modules map[string]*ast.Module
	data    map[string]any
	// mu serialises the uses of modules: OPA's compiler rewrites the modules it is
	// given in place (even a Copy shares ground terms), so two levels' queries must not
	// be compiled at once, nor the catalogue read while one is.
	mu sync.Mutex
}

// Embedded returns the policies compiled into graduate. The modules are parsed on one
// goroutine per CPU: parsing them one after another is a fifth of a one-snapshot run.
func Embedded() (*Policies, error) {
	data, err := EmbeddedData()
	if err != nil {
		return nil, err
	}
	var files []string
	err = fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".rego") && !strings.HasSuffix(p, "_test.rego") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%w: list embedded policies: %w", ErrPolicy, err)
	}
	mods := make([]*ast.Module, len(files))
	errs := make([]error, len(files))
	_ = parallel.Each(context.Background(), len(files), func(i int) error {
		mods[i], errs[i] = parseEmbedded(files[i]) // reported below, in file order
		return nil
	})
	p := &Policies{Origin: "embedded", modules: make(map[string]*ast.Module, len(files)), data: data}
	for i, f := range files {
		if errs[i] != nil {
			return nil, fmt.Errorf("%w: load embedded policies: %s", ErrPolicy, oneLine(errs[i].Error()))
		}
		p.modules[f] = mods[i]
	}
	return p, p.check()
}

// EmbeddedData returns the data documents of the policies compiled into graduate (the
// thresholds, the vocabulary) without parsing their modules: what a collection reads.
func EmbeddedData() (map[string]any, error) {
	res, err := loader.NewFileLoader().
		WithFS(policies.FS).
		WithRegoVersion(ast.RegoV1).
		Filtered([]string{"."}, func(_ string, info fs.FileInfo, _ int) bool {
			return !info.IsDir() && strings.HasSuffix(info.Name(), ".rego")
		})
	if err != nil {
		return nil, fmt.Errorf("%w: load embedded data: %s", ErrPolicy, loaderMessage(err))
	}
	if res.Documents == nil {
		return map[string]any{}, nil
	}
	return res.Documents, nil
}

func parseEmbedded(name string) (*ast.Module, error) {
	b, err := fs.ReadFile(policies.FS, name)
	if err != nil {
		return nil, err
	}
	return ast.ParseModuleWithOpts(name, string(b), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
}

// Data returns the policies' data document (data.graduate.config and the rest), for
// reading only: the documents reader takes its vocabulary from it.
func (p *Policies) Data() map[string]any { return p.data }

// Load reads policies from a directory or a bundle tarball (.tar.gz).
func Load(_ context.Context, path string) (*Policies, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read policies %s: %w", path, err)
	}
	if info.IsDir() {
		res, err := loader.NewFileLoader().
			WithProcessAnnotation(true).
			WithRegoVersion(ast.RegoV1).
			Filtered([]string{path}, excludeTests)
		if err != nil {
			return nil, fmt.Errorf("%w: %s", ErrPolicy, loaderMessage(err))
		}
		return fromResult(path, res)
	}
	if !strings.HasSuffix(path, ".tar.gz") && !strings.HasSuffix(path, ".tgz") {
		return nil, fmt.Errorf("read policies %s: not a directory or a .tar.gz bundle", path)
	}
	b, err := loader.NewFileLoader().
		WithProcessAnnotation(true).
		WithRegoVersion(ast.RegoV1).
		WithSkipBundleVerification(true).
		AsBundle(path)
	if err != nil {
		return nil, fmt.Errorf("%w: read bundle %s: %s", ErrPolicy, path, loaderMessage(err))
	}
	return fromBundle(path, b)
}

// fromBundle takes a read bundle's policies, without its tests, and its data.
func fromBundle(origin string, b *bundle.Bundle) (*Policies, error) {
	p := &Policies{Origin: origin, modules: map[string]*ast.Module{}, data: b.Data}
	for _, m := range b.Modules {
		if !strings.HasSuffix(m.Path, "_test.rego") {
			p.modules[m.Path] = m.Parsed
		}
	}
	if p.data == nil {
		p.data = map[string]any{}
	}
	return p, p.check()
}

func excludeTests(_ string, info fs.FileInfo, _ int) bool {
	return !info.IsDir() && strings.HasSuffix(info.Name(), "_test.rego")
}

func fromResult(origin string, res *loader.Result) (*Policies, error) {
	p := &Policies{Origin: origin, modules: res.ParsedModules(), data: res.Documents}
	if p.data == nil {
		p.data = map[string]any{}
	}
	return p, p.check()
}

func (p *Policies) check() error {
	if len(p.modules) == 0 {
		return fmt.Errorf("%w: %s holds no Rego policies", ErrPolicy, p.Origin)
	}
	return nil
}

// loaderMessage renders loader and parse errors on one line, first error first.
func loaderMessage(err error) string {
	var errs loader.Errors
	if errors.As(err, &errs) && len(errs) > 0 {
		msg := oneLine(errs[0].Error())
		if len(errs) > 1 {
			msg += fmt.Sprintf(" (and %d more errors)", len(errs)-1)
		}
		return msg
	}
	return oneLine(err.Error())
}

func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// Evaluator evaluates snapshots at one level with a prepared query.
type Evaluator struct {
	level string
	query rego.PreparedEvalQuery
	// ids are the criteria the catalogue (METADATA) lists; every report must hold
	// exactly these.
	ids map[string]bool
}

// Prepare compiles the policies once for a level's report query.
func (p *Policies) Prepare(ctx context.Context, level string) (*Evaluator, error) {
	if err := snapshot.CheckLevel(level); err != nil {
		return nil, err
	}
	criteria, err := p.Criteria()
	if err != nil {
		return nil, err
	}
	ids := make(map[string]bool, len(criteria))
	for _, c := range criteria {
		ids[c.ID] = true
	}
	schemaDoc, err := snapshot.SchemaDocument()
	if err != nil {
		return nil, err
	}
	schemas := ast.NewSchemaSet()
	schemas.Put(ast.MustParseRef("schema.snapshot"), schemaDoc)
	opts := []func(*rego.Rego){
		rego.Query("data.graduate.report." + level),
		rego.Store(inmem.NewFromObject(p.data)),
		rego.Capabilities(Capabilities()),
		rego.Schemas(schemas),
		rego.StrictBuiltinErrors(true),
		rego.SetRegoVersion(ast.RegoV1),
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, name := range p.moduleNames() {
		opts = append(opts, rego.ParsedModule(p.modules[name]))
	}
	pq, err := rego.New(opts...).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: compile %s policies: %s", ErrPolicy, p.Origin, oneLine(err.Error()))
	}
	return &Evaluator{level: level, query: pq, ids: ids}, nil
}

func (p *Policies) moduleNames() []string {
	names := make([]string, 0, len(p.modules))
	for name := range p.modules {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// Level is the level the evaluator reports on.
func (e *Evaluator) Level() string { return e.level }

// Eval judges one snapshot (its generic JSON form) and returns the report.
func (e *Evaluator) Eval(ctx context.Context, input map[string]any) (*report.Report, error) {
	value, err := ast.InterfaceToValue(input)
	if err != nil {
		return nil, fmt.Errorf("convert snapshot for evaluation: %w", err)
	}
	rs, err := e.query.Eval(ctx, rego.EvalParsedInput(value))
	if err != nil {
		return nil, fmt.Errorf("%w: evaluate %s report: %s", ErrPolicy, e.level, oneLine(err.Error()))
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil, fmt.Errorf("%w: data.graduate.report.%s is undefined for this snapshot", ErrPolicy, e.level)
	}
	r, err := report.FromValue(rs[0].Expressions[0].Value)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrPolicy, err)
	}
	if err := e.complete(r); err != nil {
		return nil, err
	}
	return r, nil
}

// complete checks that a report judges every criterion of the catalogue and nothing
// else: a criterion package the report cannot see (one that does not bind meta) would
// otherwise drop out of the verdict, and the gate could pass without it.
func (e *Evaluator) complete(r *report.Report) error {
	seen := make(map[string]bool, len(r.Criteria))
	var extra []string
	for _, c := range r.Criteria {
		seen[c.ID] = true
		if !e.ids[c.ID] {
			extra = append(extra, c.ID)
		}
	}
	var missing []string
	for id := range e.ids {
		if !seen[id] {
			missing = append(missing, id)
		}
	}
	slices.Sort(missing)
	slices.Sort(extra)
	switch {
	case len(missing) > 0:
		return fmt.Errorf("%w: the %s report leaves out %s (a criterion package must bind meta := verdict.meta(rego.metadata.chain()))", ErrPolicy, e.level, strings.Join(missing, ", "))
	case len(extra) > 0:
		return fmt.Errorf("%w: the %s report judges %s, which the METADATA catalogue does not list", ErrPolicy, e.level, strings.Join(extra, ", "))
	}
	return nil
}
