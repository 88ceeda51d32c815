package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/graduate-dev/graduate/engine"
	"github.com/graduate-dev/graduate/internal/parallel"
	"github.com/graduate-dev/graduate/project"
	"github.com/graduate-dev/graduate/report"
	"github.com/graduate-dev/graduate/snapshot"
)

// loadPolicies loads the embedded or --policy policies and applies --data.
func (f *policyFlags) loadPolicies(ctx context.Context) (*engine.Policies, []engine.Criterion, error) {
	var (
		p   *engine.Policies
		err error
	)
	switch {
	case f.policy == "":
		p, err = engine.Embedded()
	case f.verificationKey != "":
		var key string
		if key, err = engine.ReadKeyFile(f.verificationKey); err == nil {
			p, err = engine.LoadVerified(ctx, f.policy, engine.Verification{Key: key, Algorithm: f.verificationAlg})
		}
	default:
		p, err = engine.Load(ctx, f.policy)
	}
	if err != nil {
		return nil, nil, err
	}
	if f.rules != "" {
		if err := p.UseRuleSet(f.rules); err != nil {
			return nil, nil, usageError{fmt.Errorf("--rules: %w", err)}
		}
	}
	if f.data != "" {
		over, err := engine.LoadThresholdFile(f.data)
		if err != nil {
			return nil, nil, err
		}
		if err := p.OverrideThresholds(over); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f.data, err)
		}
	}
	criteria, err := p.Criteria()
	if err != nil {
		return nil, nil, err
	}
	if len(criteria) == 0 {
		return nil, nil, fmt.Errorf("%w: %s defines no criteria (no package under graduate.criteria has package METADATA)", engine.ErrPolicy, p.Origin)
	}
	return p, criteria, nil
}

func criterionIDs(criteria []engine.Criterion) map[string]bool {
	ids := make(map[string]bool, len(criteria))
	for _, c := range criteria {
		ids[c.ID] = true
	}
	return ids
}

// queries prepares each level's query once. start begins preparing a level in the
// background, so that compiling the policies (most of a one-snapshot run) overlaps
// reading and validating the snapshots, or collecting them for check.
type queries struct {
	pol     *engine.Policies
	mu      sync.Mutex
	pending map[string]*preparedQuery
}

type preparedQuery struct {
	done chan struct{}
	ev   *engine.Evaluator
	err  error
}

func newQueries(pol *engine.Policies) *queries {
	return &queries{pol: pol, pending: map[string]*preparedQuery{}}
}

func (q *queries) start(ctx context.Context, level string) *preparedQuery {
	q.mu.Lock()
	defer q.mu.Unlock()
	if pq, ok := q.pending[level]; ok {
		return pq
	}
	pq := &preparedQuery{done: make(chan struct{})}
	q.pending[level] = pq
	go func() {
		defer close(pq.done)
		pq.ev, pq.err = q.pol.Prepare(ctx, level)
	}()
	return pq
}

func (q *queries) get(ctx context.Context, level string) (*engine.Evaluator, error) {
	pq := q.start(ctx, level)
	select {
	case <-pq.done:
		return pq.ev, pq.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// judge evaluates inputs (already validated) and writes the reports, in input order.
// It returns errNotMet when any report is not met.
func (f *policyFlags) judge(ctx context.Context, e *env, q *queries, inputs []evalInput) error {
	p := q.pol
	reports, err := evalAll(ctx, q, inputs)
	if err != nil {
		return err
	}
	criteria, err := p.Criteria()
	if err != nil {
		return err
	}
	opts := report.Options{
		Tool:        report.Tool{Name: "graduate", Version: version, InformationURI: informationURI, RuleSet: p.RuleSet()},
		Definitions: criteria,
	}
	return f.write(e, reports, opts)
}

// evalAll evaluates inputs (already validated) with q's policies, in input order, each
// named by describeReport. The prepared queries are shared by one worker per CPU.
func evalAll(ctx context.Context, q *queries, inputs []evalInput) ([]*report.Report, error) {
	evaluators := map[string]*engine.Evaluator{}
	for _, in := range inputs {
		q.start(ctx, in.level)
	}
	for _, in := range inputs {
		if _, ok := evaluators[in.level]; ok {
			continue
		}
		ev, err := q.get(ctx, in.level)
		if err != nil {
			return nil, err
		}
		evaluators[in.level] = ev
	}
	reports := make([]*report.Report, len(inputs))
	errs := make([]error, len(inputs))
	if err := parallel.Each(ctx, len(inputs), func(i int) error {
		reports[i], errs[i] = evaluators[inputs[i].level].Eval(ctx, inputs[i].doc) // reported below, in input order
		return nil
	}); err != nil {
		return nil, err
	}
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", inputs[i].name, err)
		}
		if err := describeReport(reports[i], inputs[i]); err != nil {
			return nil, err
		}
	}
	return reports, nil
}

// describeReport names what a report judged: the snapshot, its repositories and
// landscape entry, and the project, by the project file's name, else the landscape's,
// else the main repository's owner/name when it is on GitHub; never a local path.
func describeReport(r *report.Report, in evalInput) error {
	r.Snapshot = in.name
	var err error
	if r.Repositories, err = field[[]snapshot.Repository](in.doc, "repositories"); err != nil {
		return fmt.Errorf("%s: %w", in.name, err)
	}
	if r.Landscape, err = field[*snapshot.Landscape](in.doc, "landscape"); err != nil {
		return fmt.Errorf("%s: %w", in.name, err)
	}
	if r.Project == "" && r.Landscape != nil {
		r.Project = r.Landscape.Name
	}
	if r.Project == "" {
		for i, repo := range r.Repositories {
			if snapshot.RoleAt(i, repo.Role) == snapshot.RoleMain && strings.Contains(repo.Name, "/") {
				r.Project = repo.Name
				break
			}
		}
	}
	return nil
}

// informationURI is graduate's home page, which SARIF names as the tool's.
const informationURI = "https://github.com/graduate-dev/graduate"

// field decodes one top-level key of a validated snapshot document into T (the
// repositories and the landscape entry, which the report formats use to link evidence
// and name the project's level); the zero T when the snapshot has no such key.
func field[T any](doc map[string]any, key string) (T, error) {
	var v T
	raw, ok := doc[key]
	if !ok {
		return v, nil
	}
	b, err := json.Marshal(raw)
	if err != nil {
		return v, fmt.Errorf("encode %s: %w", key, err)
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return v, fmt.Errorf("$.%s: %w", key, err)
	}
	return v, nil
}

func (f *policyFlags) write(e *env, reports []*report.Report, opts report.Options) error {
	// The step summary is written first: when it cannot be, the run fails before any
	// report reaches stdout.
	if f.format == "github" {
		if path := e.getenv("GITHUB_STEP_SUMMARY"); path != "" {
			if err := appendStepSummary(path, reports, opts); err != nil {
				return err
			}
		}
	}
	w := e.stdout
	var file *os.File
	if f.output != "" {
		var err error
		if file, err = os.Create(f.output); err != nil {
			return fmt.Errorf("create report file: %w", err)
		}
		w = file
	}
	opts.Color = f.format == "text" && e.color(w)
	err := report.Write(w, f.format, reports, opts)
	if file != nil {
		if cerr := file.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write %s: %w", f.output, cerr)
		}
	}
	if err != nil {
		return err
	}
	for _, r := range reports {
		if !r.Met {
			return errNotMet
		}
	}
	return nil
}

// appendStepSummary appends the markdown checklist to the job summary file GitHub
// Actions names in GITHUB_STEP_SUMMARY.
func appendStepSummary(path string, reports []*report.Report, opts report.Options) error {
	file, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("open GITHUB_STEP_SUMMARY: %w", err)
	}
	err = report.Write(file, "markdown", reports, opts)
	if cerr := file.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("write GITHUB_STEP_SUMMARY %s: %w", path, cerr)
	}
	return err
}

// evalInput is one snapshot ready to evaluate.
type evalInput struct {
	name  string
	doc   map[string]any
	level string
}

// levelFor picks the level for one snapshot: --level, then the project file, then the
// snapshot's own project level, then graduation.
func levelFor(flag string, cfg *snapshot.Project, doc map[string]any) string {
	if flag != "" {
		return flag
	}
	if cfg != nil && cfg.Level != "" {
		return cfg.Level
	}
	if proj, ok := doc["project"].(map[string]any); ok {
		if l, ok := proj["level"].(string); ok && snapshot.CheckLevel(l) == nil {
			return l
		}
	}
	return "graduation"
}

type evalParams struct {
	policyFlags
}

func newEvalCmd(e *env) *cobra.Command {
	var p evalParams
	cmd := &cobra.Command{
		Use:   "eval SNAPSHOT...",
		Short: "Judge one or many snapshots (one report per snapshot, in order)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(cmd.Context(), e, p, args)
		},
	}
	p.register(cmd.Flags())
	return cmd
}

// runEval judges snapshot files. Every snapshot is read and validated before any is
// evaluated, so a bad input produces no partial output.
func runEval(ctx context.Context, e *env, p evalParams, paths []string) error {
	if err := p.validate(); err != nil {
		return err
	}
	pol, criteria, err := p.loadPolicies(ctx)
	if err != nil {
		return err
	}
	ids := criterionIDs(criteria)
	var cfg *snapshot.Project
	if p.config != "" {
		if cfg, err = project.Load(p.config, ids); err != nil {
			return err
		}
	}
	q := newQueries(pol)
	q.start(ctx, levelFor(p.level, cfg, nil))
	inputs, err := readInputs(paths, cfg, ids, p.level)
	if err != nil {
		return err
	}
	return p.judge(ctx, e, q, inputs)
}

// readInputs reads and validates every snapshot before any is judged, so a bad input
// produces no partial output. cfg, when not nil, is the project file given with
// --config; ids the criteria its attestations and waivers may name; level --level.
func readInputs(paths []string, cfg *snapshot.Project, ids map[string]bool, level string) ([]evalInput, error) {
	v, err := snapshot.NewValidator()
	if err != nil {
		return nil, err
	}
	inputs := make([]evalInput, 0, len(paths))
	for _, path := range paths {
		doc, err := readSnapshot(v, path)
		if err != nil {
			return nil, err
		}
		if cfg != nil {
			// The project file given with --config stands for the one the snapshot was
			// collected with: its attestations and waivers are the ones judged.
			if doc["project"], err = projectDocument(cfg); err != nil {
				return nil, err
			}
		}
		if err := checkSnapshotProject(path, doc, ids); err != nil {
			return nil, err
		}
		inputs = append(inputs, evalInput{name: path, doc: doc, level: levelFor(level, cfg, doc)})
	}
	return inputs, nil
}

// readInput reads a file, or standard input for "-".
func readInput(path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(os.Stdin)
	}
	return os.ReadFile(path)
}

func readSnapshot(v *snapshot.Validator, path string) (map[string]any, error) {
	raw, err := readInput(path)
	if err != nil {
		return nil, fmt.Errorf("read snapshot: %w", err)
	}
	doc, err := v.Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

// checkSnapshotProject checks the attestations and waivers a snapshot carries.
// projectDocument is a project file as the snapshot's project object.
func projectDocument(cfg *snapshot.Project) (map[string]any, error) {
	raw, err := json.Marshal(cfg)
	if err != nil {
		return nil, fmt.Errorf("encode project file: %w", err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("encode project file: %w", err)
	}
	return doc, nil
}

func checkSnapshotProject(path string, doc map[string]any, ids map[string]bool) error {
	raw, err := json.Marshal(doc["project"])
	if err != nil {
		return fmt.Errorf("%s: encode project: %w", path, err)
	}
	var p *snapshot.Project
	if err := json.Unmarshal(raw, &p); err != nil {
		return fmt.Errorf("%s: $.project: %w", path, err)
	}
	return project.CheckReferences(path, p, ids)
}
