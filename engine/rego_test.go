package engine

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/cover"
	"github.com/open-policy-agent/opa/v1/loader"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/graduate-dev/graduate/policies"
	"github.com/graduate-dev/graduate/snapshot"
)

// TestRegoPolicies runs every _test.rego beside the policies through OPA's tester, with
// the snapshot schema for type checking, and holds Rego coverage at 90% or more.
func TestRegoPolicies(t *testing.T) {
	ctx := context.Background()
	res, err := loader.NewFileLoader().
		WithFS(policies.FS).
		WithProcessAnnotation(true).
		WithRegoVersion(ast.RegoV1).
		All([]string{"."})
	if err != nil {
		t.Fatal(err)
	}
	store, err := res.Store()
	if err != nil {
		t.Fatal(err)
	}
	schemaDoc, err := snapshot.SchemaDocument()
	if err != nil {
		t.Fatal(err)
	}
	schemas := ast.NewSchemaSet()
	schemas.Put(ast.MustParseRef("schema.snapshot"), schemaDoc)
	compiler := ast.NewCompiler().
		WithSchemas(schemas).
		WithUseTypeCheckAnnotations(true).
		WithCapabilities(Capabilities()).
		WithEnablePrintStatements(true)

	cov := cover.New()
	ch, err := tester.NewRunner().
		SetCompiler(compiler).
		SetStore(store).
		SetModules(res.ParsedModules()).
		SetCoverageQueryTracer(cov).
		// graduate evaluates with strict built-in errors, so the tests do too: a rule that
		// passes only because an erroring built-in is undefined here would end a real
		// run with exit 2.
		RaiseBuiltinErrors(true).
		CapturePrintOutput(true).
		RunTests(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for r := range ch {
		n++
		if r.Error != nil || r.Fail {
			t.Errorf("%s.%s failed: %v\n%s", r.Package, r.Name, r.Error, r.Output)
		}
	}
	if n == 0 {
		t.Fatal("no Rego tests ran")
	}
	t.Logf("%d Rego tests", n)
	rep := cov.Report(res.ParsedModules())
	if rep.Coverage < 90 {
		t.Errorf("Rego coverage %.1f%%, want at least 90%%", rep.Coverage)
	}
	t.Logf("Rego coverage %.1f%%", rep.Coverage)
}
