package compat_test

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/loader"
)

// TestCompatConftestMatchesEval runs the documented conftest invocation over every
// example snapshot at every level: its failures are exactly the criteria graduate eval
// reports as required and not met, with the same statuses, and its warnings the
// suggested ones. conftest reaches one namespace, graduate.gate, through two rules: one
// deny and one warn for every criterion.
func TestCompatConftestMatchesEval(t *testing.T) {
	tl := requireTools(t)
	criteria := tl.catalogue(t)
	for _, snap := range snapshots(t) {
		for _, level := range levels {
			t.Run(filepath.Base(snap)+"/"+level, func(t *testing.T) {
				r := tl.graduateEval(t, snap, level)
				got, _ := tl.conftestTest(t, documented(snap, "graduate.config:"+tl.levelDataFile(t, level))...)
				if d := diff("conftest failures", got.failures, "graduate unmet", r.notMet("required")); d != "" {
					t.Errorf("failures differ:\n%s", d)
				}
				if d := diff("conftest warnings", got.warnings, "graduate suggested not met", r.notMet("suggested")); d != "" {
					t.Errorf("warnings differ:\n%s", d)
				}
				if len(got.failures) != len(r.Unmet) {
					t.Errorf("%d conftest failures, graduate's unmet list has %d", len(got.failures), len(r.Unmet))
				}
				// conftest counts each message as one test, and a rule that reports
				// nothing as one success.
				rules := map[string]int{namespace: max(1, len(got.failures)) + max(1, len(got.warnings))}
				if !maps.Equal(got.namespaces, rules) {
					t.Errorf("conftest evaluated %v (namespace: rules and messages), want %v: deny and warn in %s alone", got.namespaces, rules, namespace)
				}
				for id := range got.failures {
					if !criteria[id] {
						t.Errorf("conftest denies %s, which the catalogue does not list", id)
					}
				}
				if len(r.Criteria) != len(criteria) {
					t.Errorf("graduate reports %d criteria, the catalogue has %d", len(r.Criteria), len(criteria))
				}
			})
		}
	}
}

// TestCompatGateResults: the verdicts deny and warn are made of, data.graduate.gate.results
// as the stock opa evaluates it, hold every criterion of the catalogue, each with the
// status graduate eval reports for it at every level where it applies.
func TestCompatGateResults(t *testing.T) {
	tl := requireTools(t)
	criteria := tl.catalogue(t)
	for _, snap := range snapshots(t) {
		t.Run(filepath.Base(snap), func(t *testing.T) {
			res := tl.run(t, tl.opa, "eval", "-d", "policies", "--ignore", "*_test.rego", "-i", snap,
				"--format", "json", "data."+namespace+".results")
			if res.code != 0 {
				t.Fatalf("opa eval: exit %d: %s", res.code, res.stderr)
			}
			var out struct {
				Result []struct {
					Expressions []struct {
						Value map[string]struct {
							Status string `json:"status"`
						} `json:"value"`
					} `json:"expressions"`
				} `json:"result"`
			}
			if err := json.Unmarshal([]byte(res.stdout), &out); err != nil || len(out.Result) != 1 || len(out.Result[0].Expressions) != 1 {
				t.Fatalf("opa eval output: %v\n%s", err, res.stdout)
			}
			results := out.Result[0].Expressions[0].Value
			got := map[string]bool{}
			for id := range results {
				got[id] = true
			}
			if !maps.Equal(got, criteria) {
				t.Errorf("results hold %d criteria, the catalogue %d: %v", len(got), len(criteria), got)
			}
			for _, level := range levels {
				for _, c := range tl.graduateEval(t, snap, level).Criteria {
					if c.Requirement != "not_applicable" && results[c.ID].Status != c.Status {
						t.Errorf("%s at %s: results say %q, graduate eval %q", c.ID, level, results[c.ID].Status, c.Status)
					}
				}
			}
		})
	}
}

// TestCompatConftestDefaultLevel: with the policies directory as data (no level
// file), conftest judges at the level data.json sets, graduation, as graduate does
// by default.
func TestCompatConftestDefaultLevel(t *testing.T) {
	tl := requireTools(t)
	if level := tl.config(t)["level"]; level != "graduation" {
		t.Fatalf("policies/graduate/config/data.json sets level %v; docs/compat.md says graduation", level)
	}
	for _, snap := range snapshots(t) {
		t.Run(filepath.Base(snap), func(t *testing.T) {
			r := tl.graduateEval(t, snap, "graduation")
			got, _ := tl.conftestTest(t, documented(snap, "policies")...)
			if d := diff("conftest", got.failures, "graduate", r.notMet("required")); d != "" {
				t.Errorf("failures differ:\n%s", d)
			}
		})
	}
}

// TestCompatConftestToml: conftest.toml at the repository root makes a bare
// `conftest test SNAPSHOT` use the documented policy, data and namespace, and a
// --data flag replaces its data to choose another level.
func TestCompatConftestToml(t *testing.T) {
	tl := requireTools(t)
	snap := filepath.ToSlash(filepath.Join("testdata", "snapshots", "sandbox-ready.json"))
	for _, level := range []string{"", "sandbox", "incubation"} {
		t.Run("level "+level, func(t *testing.T) {
			args := []string{snap}
			want := "graduation"
			if level != "" {
				args = append(args, "--data", "graduate.config:"+tl.levelDataFile(t, level))
				want = level
			}
			got, _ := tl.conftestTest(t, args...)
			flags, _ := tl.conftestTest(t, documented(snap, "graduate.config:"+tl.levelDataFile(t, want))...)
			if d := diff("conftest.toml", got.failures, "flags", flags.failures); d != "" {
				t.Errorf("failures differ:\n%s", d)
			}
			if got.tests == 0 {
				t.Error("conftest.toml reached no rules")
			}
		})
	}
}

// TestCompatTrapNoNamespace: without -n (and without our conftest.toml in the
// working directory) conftest queries only package main, finds no rule and passes
// with exit 0. The documented invocation and conftest.toml name graduate.gate, and
// then the failures appear; --all-namespaces is loud, not silent. The namespace
// documented before graduate.gate, graduate.criteria.*, reaches no deny or warn rule
// any more and passes as silently, which docs/compat.md says.
func TestCompatTrapNoNamespace(t *testing.T) {
	tl := requireTools(t)
	snap := filepath.ToSlash(filepath.Join("testdata", "snapshots", "sandbox-ready.json"))
	// Elsewhere than the repository root, where no conftest.toml names the namespace.
	elsewhere := tl
	elsewhere.root = t.TempDir()
	policies := filepath.Join(tl.root, "policies")
	bare, res := elsewhere.conftestTest(t, filepath.Join(tl.root, snap), "-p", policies, "-d", policies)
	if res.code != 0 || bare.tests != 0 || len(bare.failures) != 0 {
		t.Fatalf("without -n: exit %d, %d rules, %d failures; the trap this test guards against has changed", res.code, bare.tests, len(bare.failures))
	}
	with, res := tl.conftestTest(t, documented(snap, "policies")...)
	if res.code != 1 || len(with.failures) == 0 {
		t.Errorf("with -n %s: exit %d and %d failures, want exit 1 and failures", namespace, res.code, len(with.failures))
	}

	all := tl.run(t, tl.conftest, "test", snap, "-p", "policies", "-d", "policies", "--all-namespaces", "-o", "json")
	if all.code == 0 {
		t.Errorf("--all-namespaces passed with exit 0 on a snapshot with %d unmet criteria", len(with.failures))
	}
	old, res := tl.conftestTest(t, snap, "-p", "policies", "-d", "policies", "-n", oldNamespace)
	if res.code != 0 || old.tests != 0 || len(old.failures) != 0 {
		t.Errorf("with -n %s: exit %d, %d rules, %d failures; docs/compat.md says it reaches no rule and passes", oldNamespace, res.code, old.tests, len(old.failures))
	}

	docs := readFile(t, filepath.Join(tl.root, "docs", "compat.md"))
	for _, want := range []string{
		"conftest test snapshot.json -p policies -d policies -n " + namespace + "\n",
		"--data graduate.config:",
		"`'" + oldNamespace + "'`",
	} {
		if !strings.Contains(docs, want) {
			t.Errorf("docs/compat.md does not give the invocation %q", want)
		}
	}
	toml := readFile(t, filepath.Join(tl.root, "conftest.toml"))
	if !strings.Contains(toml, "\nnamespace = [\""+namespace+"\", ") {
		t.Errorf("conftest.toml does not set namespace = [%q, ...]:\n%s", namespace, toml)
	}
}

// oldNamespace is the conftest namespace documented before graduate.gate: every
// criterion package, when each had its own deny and warn.
const oldNamespace = "graduate.criteria.*"

// TestCompatTrapIncompleteCriterion: a criterion package that does not define meta
// (here sandbox.vote with its meta renamed) has no verdict; conftest reports it as a
// failure naming it, and graduate refuses to judge (exit 2), rather than either passing
// without it.
func TestCompatTrapIncompleteCriterion(t *testing.T) {
	tl := requireTools(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(tl.root, "policies"))); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "graduate", "criteria", "sandbox", "vote", "vote.rego")
	src := readFile(t, file)
	const meta = "\nmeta := verdict.meta(rego.metadata.chain())\n"
	if !strings.Contains(src, meta) {
		t.Fatalf("%s does not bind meta as expected", file)
	}
	src = strings.Replace(src, meta, "\nmetadata := verdict.meta(rego.metadata.chain())\n", 1)
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	snap := filepath.ToSlash(filepath.Join("testdata", "snapshots", "graduation-ready.json"))
	got, res := tl.conftestTest(t, snap, "-p", dir, "-d", dir, "-n", namespace)
	const msg = "sandbox.vote: the criterion package does not define meta, so it cannot be judged"
	if res.code != 1 || got.failures["sandbox.vote"] != "unknown" || !strings.Contains(res.stdout, msg) {
		t.Errorf("conftest with sandbox.vote without meta: exit %d, failures %v; want exit 1 and %q", res.code, got.failures, msg)
	}
	if res := tl.run(t, tl.graduate, "eval", snap, "--policy", dir); res.code != 2 || !strings.Contains(res.stderr, "leaves out sandbox.vote") {
		t.Errorf("graduate eval with sandbox.vote without meta: exit %d, stderr %q; want exit 2 naming sandbox.vote", res.code, res.stderr)
	}
}

// TestCompatTrapBooleanDeny: conftest counts a boolean `deny if ...` that holds as a
// success. Every deny and warn rule in graduate.gate is a set (deny contains ...), so
// conftest reports what it finds.
func TestCompatTrapBooleanDeny(t *testing.T) {
	tl := requireTools(t)
	dir := t.TempDir()
	policy := "package " + namespace + "\n\ndeny if true\n"
	if err := os.WriteFile(filepath.Join(dir, "boolean.rego"), []byte(policy), 0o644); err != nil {
		t.Fatal(err)
	}
	snap := filepath.ToSlash(filepath.Join("testdata", "snapshots", "sandbox-ready.json"))
	demo, _ := tl.conftestTest(t, snap, "-p", dir, "-n", namespace)
	if len(demo.failures) != 0 || demo.tests != 1 {
		t.Fatalf("a boolean deny that holds: %d failures in %d rules; the trap this test guards against has changed", len(demo.failures), demo.tests)
	}

	res, err := loader.NewFileLoader().
		WithRegoVersion(ast.RegoV1).
		Filtered([]string{filepath.Join(tl.root, "policies")}, func(_ string, info os.FileInfo, _ int) bool {
			return strings.HasSuffix(info.Name(), "_test.rego")
		})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, m := range res.ParsedModules() {
		if m.Package.Path.String() != "data."+namespace {
			continue
		}
		for _, rule := range m.Rules {
			name := rule.Head.Name.String()
			if len(rule.Head.Reference) > 0 {
				name = rule.Head.Reference[0].String()
			}
			if !isConftestRule(name) {
				continue
			}
			checked++
			if rule.Head.RuleKind() != ast.MultiValue {
				t.Errorf("%s: %s.%s is not a set rule; conftest would count it as a success", rule.Location, m.Package.Path, name)
			}
		}
	}
	if checked == 0 {
		t.Fatalf("no deny or warn rules found in %s", namespace)
	}
}

// isConftestRule reports whether conftest queries a rule of this name.
func isConftestRule(name string) bool {
	for _, prefix := range []string{"deny", "violation", "warn"} {
		if name == prefix || strings.HasPrefix(name, prefix+"_") {
			return true
		}
	}
	return false
}

// TestCompatTrapMissingData: without the data (no -d), with the data directory
// mounted at the wrong path, or with a level file holding the level alone, the
// policies fall back to their Rego defaults, and the failures are the same as with the
// thresholds of data.json: a forgotten -d cannot flip a result.
func TestCompatTrapMissingData(t *testing.T) {
	tl := requireTools(t)
	for _, snap := range snapshots(t) {
		for _, level := range levels {
			t.Run(filepath.Base(snap)+"/"+level, func(t *testing.T) {
				full, _ := tl.conftestTest(t, documented(snap, "graduate.config:"+tl.levelDataFile(t, level))...)
				levelOnly := writeJSON(t, "level.json", map[string]any{"level": level})
				variants := map[string][]string{
					"level without thresholds": documented(snap, "graduate.config:"+levelOnly),
				}
				if level == "graduation" {
					variants["no data"] = []string{snap, "-p", "policies", "-n", namespace}
					variants["config directory as the data root"] = documented(snap, filepath.Join("policies", "graduate", "config"))
				}
				for name, args := range variants {
					got, _ := tl.conftestTest(t, args...)
					if d := diff(name, got.failures, "with data.json", full.failures); d != "" {
						t.Errorf("%s: failures differ:\n%s", name, d)
					}
					if d := diff(name, got.warnings, "with data.json", full.warnings); d != "" {
						t.Errorf("%s: warnings differ:\n%s", name, d)
					}
				}
			})
		}
	}
}

// TestCompatTrapArrayInput: conftest judges each element of a top-level array as its
// own input and merges the results under one file name. graduate refuses an array
// loudly (exit 2), and conftest's merged failures are the union of the elements'
// failures, so no element passes silently.
func TestCompatTrapArrayInput(t *testing.T) {
	tl := requireTools(t)
	snaps := snapshots(t)
	var docs []any
	union := map[string]string{}
	tests := 0
	data := "graduate.config:" + tl.levelDataFile(t, "graduation")
	for _, snap := range snaps {
		var doc any
		if err := json.Unmarshal([]byte(readFile(t, filepath.Join(tl.root, snap))), &doc); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
		one, _ := tl.conftestTest(t, documented(snap, data)...)
		for id, s := range one.failures {
			union[id] = s
		}
		tests += one.tests
	}
	array := writeJSON(t, "snapshots.json", docs)
	got, _ := tl.conftestTest(t, documented(array, data)...)
	if d := diff("array", got.failures, "union of the elements", union); d != "" {
		t.Errorf("failures differ:\n%s", d)
	}
	if got.tests != tests {
		t.Errorf("conftest evaluated %d rules for the array, %d for its elements", got.tests, tests)
	}

	res := tl.run(t, tl.graduate, "eval", array)
	if res.code != 2 || !strings.Contains(res.stderr, "top level: got an array, want a JSON object") {
		t.Errorf("graduate eval of an array: exit %d, stderr %q; want exit 2 naming the top level", res.code, res.stderr)
	}
}

// catalogue is the set of criterion ids graduate's catalogue lists.
func (tl tools) catalogue(t *testing.T) map[string]bool {
	t.Helper()
	res := tl.run(t, tl.graduate, "criteria", "--format", "json")
	if res.code != 0 {
		t.Fatalf("graduate criteria: exit %d: %s", res.code, res.stderr)
	}
	var list []struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal([]byte(res.stdout), &list); err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, c := range list {
		out[c.ID] = true
	}
	if len(out) == 0 {
		t.Fatal("graduate criteria listed none")
	}
	return out
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	raw, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

// TestCompatTrapUnknownLevel: a level in the data that is not a maturity level would
// leave no criterion required, so conftest would report nothing and exit 0. Instead
// every criterion of the catalogue denies, naming the level.
func TestCompatTrapUnknownLevel(t *testing.T) {
	tl := requireTools(t)
	cfg := tl.config(t)
	cfg["level"] = "graduaton"
	data := "graduate.config:" + writeJSON(t, "misspelt.json", cfg)
	ids := tl.catalogue(t)
	for _, snap := range snapshots(t) {
		t.Run(filepath.Base(snap), func(t *testing.T) {
			got, res := tl.conftestTest(t, documented(snap, data)...)
			if res.code != 1 {
				t.Errorf("conftest with level %q: exit %d, want 1", cfg["level"], res.code)
			}
			denied := map[string]bool{}
			for id, status := range got.failures {
				denied[id] = status == "unknown"
			}
			if !maps.Equal(denied, ids) {
				t.Errorf("denied (criterion: status unknown) %v, want every criterion of the catalogue, unknown: %v", denied, ids)
			}
			if !strings.Contains(res.stdout, `data.graduate.config.level \"graduaton\" is not sandbox, incubation or graduation`) {
				t.Errorf("no failure names the misspelt level:\n%s", res.stdout)
			}
		})
	}
}
