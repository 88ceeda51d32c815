package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/compile"

	"github.com/graduate-dev/graduate/policies"
	"github.com/graduate-dev/graduate/report"
	"github.com/graduate-dev/graduate/snapshot"
)

func loadSnapshot(t testing.TB, name string) map[string]any {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "snapshots", name))
	if err != nil {
		t.Fatal(err)
	}
	v, err := snapshot.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := v.Decode(raw)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// evalExample judges the graduation-ready example snapshot at a level.
func evalExample(t *testing.T, p *Policies, level string) *report.Report {
	t.Helper()
	ev, err := p.Prepare(context.Background(), level)
	if err != nil {
		t.Fatal(err)
	}
	r, err := ev.Eval(context.Background(), loadSnapshot(t, "graduation-ready.json"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func embedded(t testing.TB) *Policies {
	t.Helper()
	p, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCatalogueFromMetadata(t *testing.T) {
	criteria, err := embedded(t).Criteria()
	if err != nil {
		t.Fatal(err)
	}
	if len(criteria) == 0 {
		t.Fatal("no criteria")
	}
	// A criterion applies at some level under some rule set (one the current templates
	// dropped applies under an earlier one only).
	appliesSomewhere := map[string]bool{}
	for _, key := range embedded(t).RuleSets() {
		p := embedded(t)
		if err := p.UseRuleSet(key); err != nil {
			t.Fatal(err)
		}
		under, err := p.Criteria()
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range under {
			for _, l := range snapshot.Levels {
				appliesSomewhere[c.ID] = appliesSomewhere[c.ID] || c.Levels[l] != "not_applicable"
			}
		}
	}
	sections := map[string]bool{"process": true, "governance": true, "community": true, "engineering": true, "security": true, "ecosystem": true, "sandbox": true}
	for _, c := range criteria {
		if !sections[c.Section] {
			t.Errorf("%s: unknown section %q", c.ID, c.Section)
		}
		if !strings.HasPrefix(c.ID, c.Section+".") {
			t.Errorf("%s: id does not start with its section %q", c.ID, c.Section)
		}
		want := "graduate.criteria." + c.Section + "." + strings.ReplaceAll(strings.TrimPrefix(c.ID, c.Section+"."), ".", "_")
		if c.Package != want {
			t.Errorf("%s: package %s, want %s", c.ID, c.Package, want)
		}
		if c.Description == "" || len(c.Sources) == 0 || len(c.DecidedBy) == 0 {
			t.Errorf("%s: METADATA needs a description, related_resources and custom.decided_by", c.ID)
		}
		if !appliesSomewhere[c.ID] {
			t.Errorf("%s: applies at no level under any rule set", c.ID)
		}
	}
	// The METADATA restates nothing the package path says: no custom.section, and a
	// custom.id only where the id is not <section>.<name> (a sub-criterion's).
	refs, err := embedded(t).criterionAnnotations()
	if err != nil {
		t.Fatal(err)
	}
	if len(refs) != len(criteria) {
		t.Errorf("%d criterion packages, %d criteria", len(refs), len(criteria))
	}
	explicit := 0
	for _, ref := range refs {
		path := ref.Path.String()
		if _, ok := ref.Annotations.Custom["section"]; ok {
			t.Errorf("%s: METADATA custom.section restates the package path", path)
		}
		id, ok := ref.Annotations.Custom["id"]
		if !ok {
			continue
		}
		explicit++
		if _, derived, _ := fromPackage(path); id == derived {
			t.Errorf("%s: METADATA custom.id %v restates the package path", path, id)
		}
	}
	if explicit == 0 {
		t.Error("no sub-criterion gives its custom.id")
	}
}

// A criterion's section and id come from its package path; a sub-criterion gives its
// id, which must be in that section.
func TestCriterionFromPackagePath(t *testing.T) {
	custom := func(kv ...any) map[string]any {
		m := map[string]any{"order": 1, "levels": map[string]any{"sandbox": "required", "incubation": "required", "graduation": "required"}}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	cases := []struct {
		path          string
		custom        map[string]any
		section, id   string
		wantErrSubstr string
	}{
		{"data.graduate.criteria.governance.maintainer_orgs", custom(), "governance", "governance.maintainer_orgs", ""},
		{"data.graduate.criteria.engineering.release_process_tagging", custom("id", "engineering.release_process.tagging"), "engineering", "engineering.release_process.tagging", ""},
		{"data.graduate.criteria.engineering.release_process_tagging", custom("id", "security.release_process.tagging"), "", "", "not <section>.<name>"},
		{"data.graduate.criteria.engineering.release_process_tagging", custom("id", "engineering."), "", "", "not <section>.<name>"},
		{"data.graduate.criteria.engineering", custom(), "", "", "is not graduate.criteria.<section>.<name>"},
		{"data.graduate.criteria.engineering.release.tagging", custom(), "", "", "is not graduate.criteria.<section>.<name>"},
	}
	for _, tc := range cases {
		a := &ast.Annotations{Scope: "package", Title: "T", Custom: tc.custom, Location: &ast.Location{File: "t.rego"}}
		c, err := criterionFrom(tc.path, a)
		if tc.wantErrSubstr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErrSubstr) {
				t.Errorf("%s %v: error %v, want one saying %q", tc.path, tc.custom["id"], err, tc.wantErrSubstr)
			}
			continue
		}
		if err != nil || c.Section != tc.section || c.ID != tc.id {
			t.Errorf("%s %v: %q %q %v, want %q %q", tc.path, tc.custom["id"], c.Section, c.ID, err, tc.section, tc.id)
		}
	}
}

// TestEveryCriterionHasTests holds the layout: each criterion file has a _test.rego
// beside it.
func TestEveryCriterionHasTests(t *testing.T) {
	err := fs.WalkDir(policies.FS, policies.Root+"/criteria", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") || strings.HasSuffix(p, "_test.rego") {
			return err
		}
		test := strings.TrimSuffix(p, ".rego") + "_test.rego"
		if _, err := fs.Stat(policies.FS, test); err != nil {
			t.Errorf("%s has no %s", p, path.Base(test))
		}
		if dir := path.Base(path.Dir(p)); dir+".rego" != path.Base(p) {
			t.Errorf("%s: file name should match its directory %s", p, dir)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestExampleSnapshots(t *testing.T) {
	ctx := context.Background()
	p := embedded(t)
	cases := []struct {
		snapshot string
		level    string
		met      bool
	}{
		{"graduation-ready.json", "graduation", true},
		{"graduation-ready.json", "incubation", true},
		{"sandbox-ready.json", "sandbox", true},
		{"sandbox-ready.json", "incubation", false},
		{"sandbox-ready.json", "graduation", false},
	}
	for _, tc := range cases {
		t.Run(tc.snapshot+"/"+tc.level, func(t *testing.T) {
			ev, err := p.Prepare(ctx, tc.level)
			if err != nil {
				t.Fatal(err)
			}
			r, err := ev.Eval(ctx, loadSnapshot(t, tc.snapshot))
			if err != nil {
				t.Fatal(err)
			}
			if r.Met != tc.met {
				t.Logf("unmet: %v", r.Unmet)
				t.Fatalf("met = %v, want %v", r.Met, tc.met)
			}
			total := 0
			for _, n := range r.Summary {
				total += n
			}
			if total != len(r.Criteria) {
				t.Errorf("summary counts %d criteria, report has %d", total, len(r.Criteria))
			}
			// A pass rests on something a reader can check: collected evidence, or an
			// attestation with its own.
			for _, c := range r.Criteria {
				if c.Status == "pass" && len(c.Evidence) == 0 {
					t.Errorf("%s passes with no evidence", c.ID)
				}
			}
		})
	}
}

func TestOverrideThresholds(t *testing.T) {
	cases := []struct {
		name      string
		overrides map[string]any
		wantErr   string
		met       bool
	}{
		{"raise orgs above the example", map[string]any{"min_maintainer_orgs": json.Number("4")}, "", false},
		{"same value", map[string]any{"min_maintainer_orgs": json.Number("2")}, "", true},
		{"unknown name", map[string]any{"min_maintainer_org": json.Number("2")}, `unknown threshold "min_maintainer_org"`, false},
		{"wrong type", map[string]any{"min_maintainer_orgs": "two"}, "threshold min_maintainer_orgs: got a string, want a number", false},
		{"list of the same type", map[string]any{"adopter_types_counted": []any{"enduser", "integration"}}, "", true},
		{"list of another type", map[string]any{"adopter_types_counted": []any{json.Number("1")}}, "threshold adopter_types_counted: got a list of numbers, want a list of strings", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := embedded(t)
			err := p.OverrideThresholds(tc.overrides)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r := evalExample(t, p, "graduation"); r.Met != tc.met {
				t.Fatalf("met = %v, want %v", r.Met, tc.met)
			}
		})
	}
}

func writePolicy(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBrokenPolicies(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name    string
		files   map[string]string
		wantErr string
	}{
		{"syntax error names file and line", map[string]string{"graduate/x/x.rego": "package graduate.x\n\nallow if {\n"}, "x.rego:4: rego_parse_error"},
		{"network is not a capability", map[string]string{"graduate/report/r.rego": "package graduate.report\n\ngraduation := http.send({\"method\": \"get\", \"url\": \"http://127.0.0.1\"})\n"}, "http.send"},
		{"clock is not a capability", map[string]string{"graduate/report/r.rego": "package graduate.report\n\ngraduation := time.now_ns()\n"}, "time.now_ns"},
		{"empty directory", map[string]string{"README.md": "nothing"}, "holds no Rego policies"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Load(ctx, writePolicy(t, tc.files))
			if err == nil {
				_, err = p.Prepare(ctx, "graduation")
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error %v, want it to contain %q", err, tc.wantErr)
			}
			if !errors.Is(err, ErrPolicy) {
				t.Errorf("error %v is not ErrPolicy", err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}

func BenchmarkEvalGraduation(b *testing.B) { benchGraduation(b, embedded(b)) }

// benchGraduation times one evaluation of the graduation report on the example
// snapshot with a prepared query.
func benchGraduation(b *testing.B, p *Policies) {
	ctx := context.Background()
	ev, err := p.Prepare(ctx, "graduation")
	if err != nil {
		b.Fatal(err)
	}
	doc := loadSnapshot(b, "graduation-ready.json")
	b.ResetTimer()
	for b.Loop() {
		if _, err := ev.Eval(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLoadBundleTarball builds a bundle of the policies as opa build would and judges
// the example snapshot with it: the same verdict as the embedded policies.
func TestLoadBundleTarball(t *testing.T) {
	ctx := context.Background()
	var buf bytes.Buffer
	err := compile.New().
		WithPaths(filepath.Join("..", "policies")).
		WithFilter(func(_ string, info fs.FileInfo, _ int) bool {
			return strings.HasSuffix(info.Name(), "_test.rego") || strings.HasSuffix(info.Name(), ".go")
		}).
		WithOutput(&buf).
		Build(ctx)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bundle.tar.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := Load(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Thresholds()["min_maintainer_orgs"]; got == nil {
		t.Fatalf("bundle lost its data: thresholds %v", p.Thresholds())
	}
	if r := evalExample(t, p, "graduation"); !r.Met || len(r.Criteria) < 60 {
		t.Fatalf("met %v with %d criteria, unmet %v", r.Met, len(r.Criteria), r.Unmet)
	}
	if _, err := Load(ctx, filepath.Join(t.TempDir(), "policies.zip")); err == nil {
		t.Error("a path that is neither a directory nor a bundle loaded")
	}
}

// TestEvalStrictOnSparseFacts evaluates, with the strict built-in errors graduate uses,
// snapshots whose facts are as sparse as real projects write them: maintainers with no
// employer and fewer organisations than required. Each level must produce a report, not
// a policy error.
func TestEvalStrictOnSparseFacts(t *testing.T) {
	ctx := context.Background()
	doc := loadSnapshot(t, "graduation-ready.json")
	person := func(h string) map[string]any {
		return map[string]any{"github": h, "name": nil, "company": nil, "source": map[string]any{"repo": "main", "path": "MAINTAINERS.md", "line": 3}}
	}
	// A list that names someone by name and e-mail alone gives no handle (OWNERS.md's
	// "Jane Doe <jane@example.org>"): the handle is null, as the schema allows.
	byMail := map[string]any{"github": nil, "name": "Jane Doe", "company": nil, "email": "jane@example.org", "source": map[string]any{"repo": "main", "path": "OWNERS.md", "line": 4}}
	doc["maintainers"] = map[string]any{"active": []any{person("a"), person("b"), byMail}, "emeritus": []any{}}
	for _, level := range snapshot.Levels {
		ev, err := embedded(t).Prepare(ctx, level)
		if err != nil {
			t.Fatal(err)
		}
		r, err := ev.Eval(ctx, doc)
		if err != nil {
			t.Fatalf("%s: %v", level, err)
		}
		if level == "graduation" {
			for _, c := range r.Criteria {
				// No affiliation is given anywhere: they may work for two organisations.
				if c.ID == "governance.maintainer_orgs" && c.Status != "unknown" {
					t.Errorf("maintainer_orgs with no stated employer: %s, want unknown", c.Status)
				}
			}
		}
	}
}

// TestPrepareConcurrently prepares every level at once while the catalogue is read, as
// graduate eval does for snapshots of different levels; run with -race.
func TestPrepareConcurrently(t *testing.T) {
	ctx := context.Background()
	p := embedded(t)
	var wg sync.WaitGroup
	for _, level := range snapshot.Levels {
		wg.Go(func() {
			if _, err := p.Prepare(ctx, level); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Go(func() {
		if _, err := p.Criteria(); err != nil {
			t.Error(err)
		}
	})
	wg.Wait()
}

// TestEvalRefusesAReportMissingACriterion: a criterion package written without its meta
// rule is invisible to the report; evaluating must fail rather than pass without it.
func TestEvalRefusesAReportMissingACriterion(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "policies"))); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "graduate", "criteria", "sandbox", "vote", "vote.rego")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	old := "\nmeta := verdict.meta(rego.metadata.chain())\n"
	if !bytes.Contains(src, []byte(old)) {
		t.Fatalf("%s does not bind meta as expected", file)
	}
	src = bytes.Replace(src, []byte(old), []byte("\nmetadata := verdict.meta(rego.metadata.chain())\n"), 1)
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := Load(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := p.Prepare(ctx, "sandbox")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ev.Eval(ctx, loadSnapshot(t, "sandbox-ready.json"))
	if !errors.Is(err, ErrPolicy) || !strings.Contains(err.Error(), "leaves out sandbox.vote") {
		t.Errorf("Eval = %v, want a policy error naming sandbox.vote", err)
	}
}

// TestRuleSets holds the earlier templates as data: under v1.5 the TAG items are
// required and the reviews the current templates added do not apply; the report names
// the rule set; an unknown one is refused with the known ones.
func TestRuleSets(t *testing.T) {
	p := embedded(t)
	if got := strings.Join(p.RuleSets(), ","); got != "current,v1.5" {
		t.Fatalf("rule sets %s", got)
	}
	if err := p.UseRuleSet("v1.4"); err == nil || !strings.Contains(err.Error(), "known: current, v1.5") {
		t.Errorf("UseRuleSet(v1.4) = %v", err)
	}
	if err := p.UseRuleSet("v1.5"); err != nil {
		t.Fatal(err)
	}
	criteria, err := p.Criteria()
	if err != nil {
		t.Fatal(err)
	}
	levels := map[string]string{}
	for _, c := range criteria {
		levels[c.ID] = c.Levels["graduation"]
	}
	for id, want := range map[string]string{
		"process.tag_presentation": "required", "process.tag_recommendation": "required",
		"process.gtr": "not_applicable", "process.governance_review": "not_applicable",
		"security.joint_assessment": "not_applicable", "governance.maintainer_orgs": "required",
	} {
		if levels[id] != want {
			t.Errorf("v1.5 %s at graduation = %s, want %s", id, levels[id], want)
		}
	}
	if !strings.HasPrefix(p.RuleSet(), "cncf/toc v1.5@58e96d0e") {
		t.Errorf("rule set named %q", p.RuleSet())
	}
	ev, err := p.Prepare(context.Background(), "graduation")
	if err != nil {
		t.Fatal(err)
	}
	r, err := ev.Eval(context.Background(), map[string]any{"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []any{}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Criteria {
		if want, ok := map[string]string{"process.gtr": "not_applicable", "process.tag_recommendation": "required"}[c.ID]; ok && c.Requirement != want {
			t.Errorf("report under v1.5: %s is %s, want %s", c.ID, c.Requirement, want)
		}
		if c.ID == "governance.coc" && c.Title != "Document agreement that project will adopt CNCF Code of Conduct." {
			t.Errorf("report under v1.5: coc worded %q", c.Title)
		}
	}
}
