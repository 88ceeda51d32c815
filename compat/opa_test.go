package compat_test

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCompatOPATest runs the policies' own tests as the README tells TOC members to:
// plain `opa test policies` (make lint runs it with the schema and coverage), and
// `conftest verify`, which loads them through conftest's loader. conftest verify reports
// only the tests of the namespaces conftest.toml names; at the repository root it
// reports every test opa test runs.
func TestCompatOPATest(t *testing.T) {
	tl := requireTools(t)
	cases := []struct {
		name string
		bin  string
		args []string
		pass *regexp.Regexp // the summary line; both numbers must match
	}{
		{"opa test", tl.opa, []string{"test", "policies"}, regexp.MustCompile(`PASS: (\d+)/(\d+)`)},
		{"conftest verify", tl.conftest, []string{"verify", "-p", "policies", "-d", "policies", "--no-color"}, regexp.MustCompile(`(\d+) tests, (\d+) passed, 0 warnings, 0 failures`)},
	}
	counts := map[string]string{}
	for _, tc := range cases {
		res := tl.run(t, tc.bin, tc.args...)
		if res.code != 0 {
			t.Fatalf("%s: exit %d:\n%s%s", tc.name, res.code, res.stdout, res.stderr)
		}
		m := tc.pass.FindStringSubmatch(res.stdout)
		if m == nil || m[1] != m[2] || m[1] == "0" {
			t.Fatalf("%s: summary not found or not all passed:\n%s", tc.name, res.stdout)
		}
		counts[tc.name] = m[1]
	}
	if counts["opa test"] != counts["conftest verify"] {
		t.Errorf("opa test ran %s tests, conftest verify %s", counts["opa test"], counts["conftest verify"])
	}
}

// TestCompatOPAEval runs the README's opa eval of the report over every example
// snapshot and level: the same statuses, reasons and verdict as graduate eval.
func TestCompatOPAEval(t *testing.T) {
	tl := requireTools(t)
	for _, snap := range snapshots(t) {
		for _, level := range levels {
			t.Run(filepath.Base(snap)+"/"+level, func(t *testing.T) {
				want := tl.graduateEval(t, snap, level)
				res := tl.run(t, tl.opa, "eval", "-d", "policies", "--ignore", "*_test.rego", "-i", snap,
					"--format", "json", "data.graduate.report."+level)
				if res.code != 0 {
					t.Fatalf("opa eval: exit %d: %s", res.code, res.stderr)
				}
				var out struct {
					Result []struct {
						Expressions []struct {
							Value json.RawMessage `json:"value"`
						} `json:"expressions"`
					} `json:"result"`
				}
				if err := json.Unmarshal([]byte(res.stdout), &out); err != nil || len(out.Result) != 1 || len(out.Result[0].Expressions) != 1 {
					t.Fatalf("opa eval output: %v\n%s", err, res.stdout)
				}
				compareReports(t, "opa eval", decodeReport(t, out.Result[0].Expressions[0].Value), want)
			})
		}
	}
}

// TestCompatOPABuild: a bundle stock opa builds from the policies directory loads in
// graduate (--policy) and gives the embedded policies' report, byte for byte.
func TestCompatOPABuild(t *testing.T) {
	tl := requireTools(t)
	bundle := filepath.Join(t.TempDir(), "opa-built.tar.gz")
	if res := tl.run(t, tl.opa, "build", "-b", "policies", "--ignore", "*_test.rego", "-o", bundle); res.code != 0 {
		t.Fatalf("opa build: exit %d: %s", res.code, res.stderr)
	}
	for _, snap := range snapshots(t) {
		embedded := tl.run(t, tl.graduate, "eval", snap, "--format", "json")
		built := tl.run(t, tl.graduate, "eval", snap, "--format", "json", "--policy", bundle)
		if built.code != embedded.code || built.stdout != embedded.stdout || built.stderr != "" {
			t.Errorf("%s: with opa's bundle exit %d (stderr %q), embedded exit %d; reports equal: %v",
				snap, built.code, built.stderr, embedded.code, built.stdout == embedded.stdout)
		}
	}
}

func decodeReport(t *testing.T, raw []byte) report {
	t.Helper()
	var r report
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// compareReports checks a report from another tool against graduate's: level,
// verdict, unmet list, summary, and each criterion's status and reasons.
func compareReports(t *testing.T, name string, got, want report) {
	t.Helper()
	if got.Level != want.Level || got.Met != want.Met || strings.Join(got.Unmet, ",") != strings.Join(want.Unmet, ",") {
		t.Errorf("%s: level %s met %v unmet %v; graduate: level %s met %v unmet %v", name, got.Level, got.Met, got.Unmet, want.Level, want.Met, want.Unmet)
	}
	if d := diff(name, got.statuses(), "graduate", want.statuses()); d != "" {
		t.Errorf("statuses differ:\n%s", d)
	}
	for s, n := range want.Summary {
		if got.Summary[s] != n {
			t.Errorf("%s: summary %s = %d, graduate %d", name, s, got.Summary[s], n)
		}
	}
	reasons := map[string]string{}
	for _, c := range want.Criteria {
		reasons[c.ID] = strings.Join(c.Reasons, "\n")
	}
	for _, c := range got.Criteria {
		if r := strings.Join(c.Reasons, "\n"); r != reasons[c.ID] {
			t.Errorf("%s: %s reasons differ:\n%s\ngraduate:\n%s", name, c.ID, r, reasons[c.ID])
		}
	}
}
