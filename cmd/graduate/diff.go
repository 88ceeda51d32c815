package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/graduate-dev/graduate/project"
	"github.com/graduate-dev/graduate/report"
	"github.com/graduate-dev/graduate/snapshot"
)

const diffLong = `Compare two snapshots, or two JSON reports (graduate eval --format json), or one
of each: the criteria whose status changed, and for every criterion the evidence
gained and lost and the reasons new and resolved. A file is a report when it has
"criteria" and "level", else it is read as a snapshot and judged as eval would.

Both are compared at one level: --level, else the project file's (--config), else
NEW's (a report's level, or the level in the snapshot's project). A report at another
level is an error.

Formats: text; markdown, a pull request comment (a table of the changed statuses,
then the details); json.

Exit codes: 1 when a required criterion went from met (pass, or waived) to not met
(fail or unknown), 0 otherwise, 2 when an input could not be read or judged.`

func newDiffCmd(e *env) *cobra.Command {
	var p evalParams
	cmd := &cobra.Command{
		Use:     "diff OLD NEW",
		Short:   "What changed between two snapshots or two JSON reports",
		Long:    diffLong,
		Example: "  graduate diff main.json pr.json --format markdown -o comment.md",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDiff(cmd.Context(), e, p, args[0], args[1])
		},
	}
	// eval's flags, with the formats of a diff.
	all := pflag.NewFlagSet("diff", pflag.ContinueOnError)
	p.register(all)
	all.VisitAll(func(f *pflag.Flag) {
		switch f.Name {
		case "format":
			f.Usage = "diff format: " + strings.Join(report.DiffFormats, ", ")
		case "output":
			f.Usage = "write the diff to this file instead of stdout"
		case "level":
			f.Usage = "level to compare at: sandbox, incubation or graduation (default: project file, else NEW's)"
		}
		cmd.Flags().AddFlag(f)
	})
	return cmd
}

// diffInput is one side of a diff as read: a report, or a snapshot still to judge.
type diffInput struct {
	path   string
	report *report.Report
	doc    map[string]any
}

// level is the level the input asks for: a report's, else the snapshot's project level
// (else graduation), as eval picks it.
func (in diffInput) level() string {
	if in.report != nil {
		return in.report.Level
	}
	return levelFor("", nil, in.doc)
}

// runDiff reads both inputs before judging either, so a bad input fails fast, then
// writes the diff and returns errNotMet when a required criterion regressed.
func runDiff(ctx context.Context, e *env, p evalParams, oldPath, newPath string) error {
	if err := checkFormat(p.format, report.DiffFormats); err != nil {
		return err
	}
	if err := p.validate(); err != nil {
		return err
	}
	v, err := snapshot.NewValidator()
	if err != nil {
		return err
	}
	inputs := make([]diffInput, 2)
	for i, path := range []string{oldPath, newPath} {
		if inputs[i], err = readDiffInput(v, path); err != nil {
			return err
		}
	}
	reports, err := p.judgeDiffInputs(ctx, inputs)
	if err != nil {
		return err
	}
	d, err := report.Compare(reports[0], reports[1])
	if err != nil {
		return err
	}
	if err := writeDiff(e, p.output, p.format, d); err != nil {
		return err
	}
	if n := len(d.Regressed); n > 0 {
		return fmt.Errorf("%d required criteria went from met to not met: %w", n, errNotMet)
	}
	return nil
}

// readDiffInput reads a file ("-" for stdin) as a report when it has criteria and a
// level, else as a snapshot, validated as eval validates one.
func readDiffInput(v *snapshot.Validator, path string) (diffInput, error) {
	raw, err := readInput(path)
	if err != nil {
		return diffInput{}, fmt.Errorf("read diff input: %w", err)
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(raw, &probe) == nil && probe["criteria"] != nil && probe["level"] != nil {
		r, err := report.Decode(raw)
		if err != nil {
			return diffInput{}, fmt.Errorf("%s: %w", path, err)
		}
		r.Snapshot = path // the diff names the files it was given
		return diffInput{path: path, report: r}, nil
	}
	// Not a report: a snapshot, and the snapshot's errors (malformed JSON with its line
	// and column, a schema violation with its path) say what is wrong.
	doc, err := v.Decode(raw)
	if err != nil {
		return diffInput{}, fmt.Errorf("%s: %w", path, err)
	}
	return diffInput{path: path, doc: doc}, nil
}

// judgeDiffInputs turns both inputs into reports at one level, judging the snapshots
// with the policies (loaded only when there is a snapshot to judge or a project file
// to check against their criteria).
func (p evalParams) judgeDiffInputs(ctx context.Context, inputs []diffInput) ([]*report.Report, error) {
	var snapshots []int
	for i, in := range inputs {
		if in.report == nil {
			snapshots = append(snapshots, i)
		}
	}
	level := p.level
	var cfg *snapshot.Project
	var q *queries
	var ids map[string]bool
	if len(snapshots) > 0 || p.config != "" {
		pol, criteria, err := p.loadPolicies(ctx)
		if err != nil {
			return nil, err
		}
		ids = criterionIDs(criteria)
		if p.config != "" {
			if cfg, err = project.Load(p.config, ids); err != nil {
				return nil, err
			}
		}
		q = newQueries(pol)
	}
	if level == "" && cfg != nil {
		level = cfg.Level
	}
	if level == "" {
		level = inputs[len(inputs)-1].level()
	}
	reports := make([]*report.Report, len(inputs))
	for i, in := range inputs {
		if in.report == nil {
			continue
		}
		if in.report.Level != level {
			return nil, fmt.Errorf("%s: a report at %s, but the diff is at %s (--level, else the project file's, else NEW's): compare reports at one level", in.path, in.report.Level, level)
		}
		reports[i] = in.report
	}
	if q != nil {
		q.start(ctx, level)
	}
	for _, i := range snapshots {
		in := inputs[i]
		doc := in.doc
		if cfg != nil {
			// As eval: the project file given stands for the one the snapshot carries.
			var err error
			if doc["project"], err = projectDocument(cfg); err != nil {
				return nil, err
			}
		}
		if err := checkSnapshotProject(in.path, doc, ids); err != nil {
			return nil, err
		}
		r, err := judgeSnapshot(ctx, q, evalInput{name: in.path, doc: doc, level: level})
		if err != nil {
			return nil, err
		}
		reports[i] = r
	}
	return reports, nil
}

// judgeSnapshot evaluates one validated snapshot and names the report after it, with the
// repositories the markdown links evidence in, as judge does for eval's reports.
func judgeSnapshot(ctx context.Context, q *queries, in evalInput) (*report.Report, error) {
	ev, err := q.get(ctx, in.level)
	if err != nil {
		return nil, err
	}
	r, err := ev.Eval(ctx, in.doc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.name, err)
	}
	if err := describeReport(r, in); err != nil {
		return nil, err
	}
	return r, nil
}

// writeDiff writes the diff to stdout, or to the file -o names.
func writeDiff(e *env, output, format string, d *report.Diff) error {
	if output == "" {
		return report.WriteDiff(e.stdout, format, d)
	}
	file, err := os.Create(output)
	if err != nil {
		return fmt.Errorf("create diff file: %w", err)
	}
	err = report.WriteDiff(file, format, d)
	if cerr := file.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("write %s: %w", output, cerr)
	}
	return err
}
