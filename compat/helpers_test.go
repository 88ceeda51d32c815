package compat_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// levels are the maturity levels, in order.
var levels = []string{"sandbox", "incubation", "graduation"}

// namespace is the conftest namespace that holds deny and warn for every criterion:
// package graduate.gate. It is one package, not a glob; --all-namespaces, or a glob
// that also reaches graduate.lib.verdict, would query verdict's deny and warn functions
// as rules.
const namespace = "graduate.gate"

// tools are the binaries under test.
type tools struct {
	opa, conftest, graduate string
	root                    string // the repository root, where the documented commands run
}

var (
	buildOnce     sync.Once
	builtGraduate string
	buildErr      error
	buildDir      string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// requireTools returns the binaries, and skips the test when OPA_BIN and CONFTEST_BIN
// are not set. A binary that is named but missing fails the test.
func requireTools(t *testing.T) tools {
	t.Helper()
	tl := tools{opa: os.Getenv("OPA_BIN"), conftest: os.Getenv("CONFTEST_BIN"), graduate: os.Getenv("GRADUATE_BIN")}
	if tl.opa == "" || tl.conftest == "" {
		t.Skip("OPA_BIN and CONFTEST_BIN are not set; `make compat` builds the pinned opa v1.22.2 and conftest v0.71.1 and runs these tests with them")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	tl.root = root
	if tl.graduate == "" {
		buildOnce.Do(func() { builtGraduate, buildErr = buildGraduate(root) })
		if buildErr != nil {
			t.Fatal(buildErr)
		}
		tl.graduate = builtGraduate
	}
	for _, bin := range []string{tl.opa, tl.conftest, tl.graduate} {
		if info, err := os.Stat(bin); err != nil || info.IsDir() {
			t.Fatalf("binary %s: %v", bin, err)
		}
	}
	return tl
}

func buildGraduate(root string) (string, error) {
	dir, err := os.MkdirTemp("", "graduate-compat-")
	if err != nil {
		return "", fmt.Errorf("create build directory: %w", err)
	}
	buildDir = dir
	bin := filepath.Join(dir, "graduate")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/graduate")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/graduate: %w\n%s", err, out)
	}
	return bin, nil
}

// result is what a command did.
type result struct {
	code           int
	stdout, stderr string
}

// run runs a binary in the repository root and returns its exit code and output; only
// a failure to start it fails the test.
func (tl tools) run(t *testing.T, bin string, args ...string) result {
	t.Helper()
	return tl.runContext(t, t.Context(), bin, args...)
}

// runContext is run, killing the command when ctx is done.
func (tl tools) runContext(t *testing.T, ctx context.Context, bin string, args ...string) result {
	t.Helper()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = tl.root
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case errors.As(err, &exitErr):
		return result{exitErr.ExitCode(), out.String(), errOut.String()}
	case err != nil:
		t.Fatalf("run %s: %v", bin, err)
	}
	return result{0, out.String(), errOut.String()}
}

// snapshots are the example snapshots, relative to the repository root.
func snapshots(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "snapshots", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example snapshots: %v", err)
	}
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = filepath.ToSlash(strings.TrimPrefix(f, ".."+string(filepath.Separator)))
	}
	return out
}

// report is the part of graduate's JSON report these tests compare.
type report struct {
	Level    string         `json:"level"`
	Met      bool           `json:"met"`
	Unmet    []string       `json:"unmet"`
	Summary  map[string]int `json:"summary"`
	Criteria []struct {
		ID          string   `json:"id"`
		Requirement string   `json:"requirement"`
		Required    bool     `json:"required"`
		Status      string   `json:"status"`
		Reasons     []string `json:"reasons"`
	} `json:"criteria"`
}

func met(status string) bool { return status == "pass" || status == "waived" }

// notMet returns the criteria of a requirement ("required" or "suggested") that are
// not met, with their statuses.
func (r report) notMet(requirement string) map[string]string {
	out := map[string]string{}
	for _, c := range r.Criteria {
		if c.Requirement == requirement && !met(c.Status) {
			out[c.ID] = c.Status
		}
	}
	return out
}

func (r report) statuses() map[string]string {
	out := map[string]string{}
	for _, c := range r.Criteria {
		out[c.ID] = c.Status
	}
	return out
}

// graduateEval is graduate eval --level LEVEL --format json on one snapshot.
func (tl tools) graduateEval(t *testing.T, snapshot, level string) report {
	t.Helper()
	res := tl.run(t, tl.graduate, "eval", snapshot, "--level", level, "--format", "json")
	if res.code != 0 && res.code != 1 {
		t.Fatalf("graduate eval %s --level %s: exit %d: %s", snapshot, level, res.code, res.stderr)
	}
	var r report
	if err := json.Unmarshal([]byte(res.stdout), &r); err != nil {
		t.Fatalf("graduate eval %s: %v", snapshot, err)
	}
	if r.Level != level || len(r.Criteria) == 0 {
		t.Fatalf("graduate eval %s: report for level %q with %d criteria", snapshot, r.Level, len(r.Criteria))
	}
	if wantCode := map[bool]int{true: 0, false: 1}[r.Met]; res.code != wantCode {
		t.Errorf("graduate eval %s: exit %d with met=%v", snapshot, res.code, r.Met)
	}
	return r
}

// levelDataFile writes the policies' configuration with level set, for conftest's
// --data graduate.config:FILE (the documented way to choose the level).
func (tl tools) levelDataFile(t *testing.T, level string) string {
	t.Helper()
	config := tl.config(t)
	config["level"] = level
	return writeJSON(t, "config-"+level+".json", config)
}

// config is policies/graduate/config/data.json.
func (tl tools) config(t *testing.T) map[string]any {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(tl.root, "policies", "graduate", "config", "data.json"))
	if err != nil {
		t.Fatal(err)
	}
	var config map[string]any
	if err := json.Unmarshal(raw, &config); err != nil {
		t.Fatal(err)
	}
	return config
}

func writeJSON(t *testing.T, name string, v any) string {
	t.Helper()
	raw, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// conftestOutcome is what conftest -o json reported for one input file.
type conftestOutcome struct {
	failures, warnings map[string]string // criterion -> status, from each message's metadata
	namespaces         map[string]int    // namespace -> rules evaluated
	tests              int
}

type conftestMessage struct {
	Msg      string         `json:"msg"`
	Metadata map[string]any `json:"metadata"`
}

// conftestTest runs conftest test -o json and reads its results. Exit codes other than 0
// (no failures) and 1 (failures) fail the test.
func (tl tools) conftestTest(t *testing.T, args ...string) (conftestOutcome, result) {
	t.Helper()
	res := tl.run(t, tl.conftest, append(append([]string{"test"}, args...), "-o", "json")...)
	if res.code != 0 && res.code != 1 {
		t.Fatalf("conftest test %s: exit %d: %s%s", strings.Join(args, " "), res.code, res.stdout, res.stderr)
	}
	var results []struct {
		Namespace string            `json:"namespace"`
		Successes int               `json:"successes"`
		Failures  []conftestMessage `json:"failures"`
		Warnings  []conftestMessage `json:"warnings"`
	}
	if err := json.Unmarshal([]byte(res.stdout), &results); err != nil {
		t.Fatalf("conftest test %s: %v\n%s", strings.Join(args, " "), err, res.stdout)
	}
	out := conftestOutcome{failures: map[string]string{}, warnings: map[string]string{}, namespaces: map[string]int{}}
	collect := func(into map[string]string, msgs []conftestMessage) {
		for _, m := range msgs {
			id, _ := m.Metadata["criterion"].(string)
			status, _ := m.Metadata["status"].(string)
			if id == "" || !strings.HasPrefix(m.Msg, id+": ") {
				t.Errorf("conftest message %q: metadata.criterion %q does not name it", m.Msg, id)
			}
			if prev, dup := into[id]; dup && prev != status {
				t.Errorf("criterion %s reported twice with statuses %s and %s", id, prev, status)
			}
			into[id] = status
		}
	}
	for _, r := range results {
		collect(out.failures, r.Failures)
		collect(out.warnings, r.Warnings)
		out.namespaces[r.Namespace] += r.Successes + len(r.Failures) + len(r.Warnings)
		out.tests += r.Successes + len(r.Failures) + len(r.Warnings)
	}
	if got, want := res.code, map[bool]int{true: 1, false: 0}[len(out.failures) > 0]; got != want {
		t.Errorf("conftest exit %d with %d failures", got, len(out.failures))
	}
	return out, res
}

// documented is the conftest invocation docs/compat.md gives, for a snapshot and the
// data argument (the policies directory, or graduate.config:FILE for a level).
func documented(snapshot, data string) []string {
	return []string{snapshot, "-p", "policies", "-d", data, "-n", namespace}
}

// diff describes how two criterion -> status maps differ, "" when they are equal.
func diff(gotName string, got map[string]string, wantName string, want map[string]string) string {
	var lines []string
	for id, s := range got {
		if w, ok := want[id]; !ok {
			lines = append(lines, fmt.Sprintf("  %s: %s only (%s)", id, gotName, s))
		} else if w != s {
			lines = append(lines, fmt.Sprintf("  %s: %s says %s, %s says %s", id, gotName, s, wantName, w))
		}
	}
	for id, s := range want {
		if _, ok := got[id]; !ok {
			lines = append(lines, fmt.Sprintf("  %s: %s only (%s)", id, wantName, s))
		}
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}
