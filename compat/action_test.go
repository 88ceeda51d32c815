package compat_test

import (
	"errors"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// action is the part of action.yml these tests read.
type action struct {
	Name        string            `yaml:"name"`
	Description string            `yaml:"description"`
	Author      string            `yaml:"author"`
	Branding    map[string]string `yaml:"branding"`
	Inputs      map[string]struct {
		Description string `yaml:"description"`
		Required    bool   `yaml:"required"`
		Default     string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Description string `yaml:"description"`
		Value       string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	Name  string            `yaml:"name"`
	ID    string            `yaml:"id"`
	If    string            `yaml:"if"`
	Uses  string            `yaml:"uses"`
	Shell string            `yaml:"shell"`
	Run   string            `yaml:"run"`
	Env   map[string]string `yaml:"env"`
	With  map[string]string `yaml:"with"`
}

func readAction(t *testing.T) (action, string) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a action
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return a, string(raw)
}

var inputRef = regexp.MustCompile(`\binputs\.([A-Za-z0-9_-]+)`)

// TestCompatActionInputs holds action.yml to its interface: a composite action with
// the documented inputs, every inputs.X it references declared and every declared
// input used, inputs reaching scripts through env only (never spliced into a script,
// where a crafted value would run as code), and no third-party action beyond Go setup
// and the SARIF upload.
func TestCompatActionInputs(t *testing.T) {
	a, raw := readAction(t)
	if a.Name == "" || a.Description == "" || a.Runs.Using != "composite" {
		t.Errorf("name %q, description %q, runs.using %q; want a described composite action", a.Name, a.Description, a.Runs.Using)
	}
	for _, name := range []string{"level", "format", "config", "path", "sarif"} {
		in, ok := a.Inputs[name]
		if !ok {
			t.Errorf("input %s is not declared", name)
			continue
		}
		if in.Description == "" || in.Required {
			t.Errorf("input %s: want a description and an optional input", name)
		}
	}
	used := map[string]bool{}
	for _, m := range inputRef.FindAllStringSubmatch(raw, -1) {
		used[m[1]] = true
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("action.yml references inputs.%s, which is not declared", m[1])
		}
	}
	for _, name := range slices.Sorted(maps.Keys(a.Inputs)) {
		if !used[name] {
			t.Errorf("input %s is declared but never used", name)
		}
	}
	allowed := []string{"actions/setup-go@", "github/codeql-action/upload-sarif@"}
	installs := false
	for _, s := range a.Runs.Steps {
		if s.Run != "" {
			if strings.Contains(s.Run, "${{") {
				t.Errorf("step %q splices an expression into its script; pass it through env", s.Name)
			}
			if s.Shell != "bash" {
				t.Errorf("step %q: shell %q, want bash (composite run steps need one)", s.Name, s.Shell)
			}
			installs = installs || strings.Contains(s.Run, "go install \"github.com/graduate-dev/graduate/cmd/graduate@")
		}
		if s.Uses != "" && !slices.ContainsFunc(allowed, func(p string) bool { return strings.HasPrefix(s.Uses, p) }) {
			t.Errorf("step %q uses %s; only %v are allowed", s.Name, s.Uses, allowed)
		}
	}
	if !installs {
		t.Error("no step installs graduate with go install github.com/graduate-dev/graduate/cmd/graduate@<ref>")
	}
}

// TestCompatActionScripts runs the action's scripts as the runner does (bash -eo
// pipefail) with a stand-in graduate that exits with each code: the check step
// passes every input to graduate check and records its exit code without failing,
// and the verdict step fails the job on 1 and 2.
func TestCompatActionScripts(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	a, _ := readAction(t)
	steps := map[string]actionStep{}
	for _, s := range a.Runs.Steps {
		steps[s.Name] = s
	}
	for _, name := range []string{"graduate check", "graduate check (SARIF)", "Verdict"} {
		if steps[name].Run == "" {
			t.Fatalf("action.yml has no run step %q", name)
		}
	}
	inputs := map[string]string{
		"level":  "incubation",
		"format": "github",
		"config": "project/graduate.yaml",
		"path":   "  .\ncommunity=../community \n\n",
		"sarif":  "true",
	}
	wantArgs := "check --format github --level incubation --config project/graduate.yaml -- . community=../community"
	wantSarifArgs := "check --format sarif -o RUNNER_TEMP/graduate.sarif --level incubation --config project/graduate.yaml -- . community=../community"
	for _, tc := range []struct{ code, verdict int }{{0, 0}, {1, 1}, {2, 2}} {
		t.Run("graduate exits "+strconv.Itoa(tc.code), func(t *testing.T) {
			sim := newActionSim(t, inputs, tc.code)
			if code := sim.run(t, steps["graduate check"]); code != 0 {
				t.Fatalf("check step failed with %d; it must record graduate's code instead", code)
			}
			if got := sim.lastArgs(t); got != wantArgs {
				t.Errorf("graduate called with\n  %s\nwant\n  %s", got, wantArgs)
			}
			if got := sim.outputs["check"]["exit-code"]; got != strconv.Itoa(tc.code) {
				t.Errorf("exit-code output %q, want %d", got, tc.code)
			}
			if code := sim.run(t, steps["graduate check (SARIF)"]); code != 0 {
				t.Fatalf("SARIF step failed with %d", code)
			}
			if got := strings.ReplaceAll(sim.lastArgs(t), sim.temp, "RUNNER_TEMP"); got != wantSarifArgs {
				t.Errorf("graduate called with\n  %s\nwant\n  %s", got, wantSarifArgs)
			}
			if file := sim.outputs["sarif"]["file"]; (file != "") != (tc.code < 2) {
				t.Errorf("SARIF file output %q after exit %d", file, tc.code)
			}
			if code := sim.run(t, steps["Verdict"]); code != tc.verdict {
				t.Errorf("verdict step exit %d, want %d", code, tc.verdict)
			}
		})
	}
}

// actionSim runs composite steps locally: inputs and step outputs are substituted
// into env the way the runner evaluates the simple expressions action.yml uses.
type actionSim struct {
	inputs  map[string]string
	outputs map[string]map[string]string // step id -> output -> value
	dir     string
	temp    string
	argsLog string
	code    int
}

func newActionSim(t *testing.T, inputs map[string]string, code int) *actionSim {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	// The stand-in logs its arguments on one line, writes -o FILE, and exits with
	// FAKE_CODE, as graduate would after writing a report.
	fake := `#!/usr/bin/env bash
echo "$*" >> "$FAKE_ARGS"
prev=""
for a in "$@"; do
  if [ "$prev" = "-o" ]; then echo '{}' > "$a"; fi
  prev="$a"
done
exit "$FAKE_CODE"
`
	if err := os.WriteFile(filepath.Join(bin, "graduate"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	temp := filepath.Join(dir, "runner-temp")
	if err := os.Mkdir(temp, 0o755); err != nil {
		t.Fatal(err)
	}
	return &actionSim{inputs: inputs, outputs: map[string]map[string]string{}, dir: dir, temp: temp,
		argsLog: filepath.Join(dir, "args"), code: code}
}

var simpleExpr = regexp.MustCompile(`^\$\{\{\s*(inputs|steps)\.([A-Za-z0-9_-]+)(?:\.outputs\.([A-Za-z0-9_-]+))?\s*\}\}$`)

// run runs one step's script and returns its exit code.
func (s *actionSim) run(t *testing.T, step actionStep) int {
	t.Helper()
	output := filepath.Join(s.dir, "output-"+step.ID)
	if err := os.WriteFile(output, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(),
		"PATH="+filepath.Join(s.dir, "bin")+string(os.PathListSeparator)+os.Getenv("PATH"),
		"GITHUB_OUTPUT="+output, "RUNNER_TEMP="+s.temp,
		"FAKE_ARGS="+s.argsLog, "FAKE_CODE="+strconv.Itoa(s.code))
	for k, v := range step.Env {
		m := simpleExpr.FindStringSubmatch(v)
		if m == nil {
			t.Fatalf("step %q: env %s = %q is not an expression this simulation evaluates", step.Name, k, v)
		}
		val := s.inputs[m[2]]
		if m[1] == "steps" {
			val = s.outputs[m[2]][m[3]]
		}
		env = append(env, k+"="+val)
	}
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step.Run)
	cmd.Env = env
	cmd.Dir = s.dir
	out, err := cmd.CombinedOutput()
	code := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	t.Logf("step %q (exit %d): %s", step.Name, code, out)
	raw, err := os.ReadFile(output)
	if err != nil {
		t.Fatal(err)
	}
	if step.ID != "" {
		s.outputs[step.ID] = map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
			if k, v, ok := strings.Cut(line, "="); ok {
				s.outputs[step.ID][k] = v
			}
		}
	}
	return code
}

func (s *actionSim) lastArgs(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile(s.argsLog)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	return lines[len(lines)-1]
}
