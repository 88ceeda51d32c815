package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/graduate-dev/graduate/report"
	"github.com/graduate-dev/graduate/snapshot"
)

const impactLong = `Judge many snapshots twice, with the baseline policies (--baseline, else the
embedded ones) and with the edited ones (--policy, with --data's thresholds and the
--rules rule set), and list
for each project the criteria whose status changes and whether its verdict at its level
flips. For TOC members: run it over the snapshots of the projects a change concerns
before proposing the change.

Each snapshot is judged at --level, else the level its project file names, else
graduation. graduate impact exits 0 when it wrote the impact, whatever it shows, and 2
when a snapshot or a policy set could not be read.`

type impactParams struct {
	policy, baseline, data, rules, level, format, output string
}

func newImpactCmd(e *env) *cobra.Command {
	var p impactParams
	cmd := &cobra.Command{
		Use:     "impact --policy DIR [--baseline DIR|BUNDLE] SNAPSHOT...",
		Short:   "For TOC members: which criteria and verdicts an edit of the policies changes, project by project",
		Long:    impactLong,
		Example: "  graduate impact --policy ./policies --data raise-orgs.yaml snapshots/*.json --format markdown",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImpact(cmd.Context(), e, p, args)
		},
	}
	fs := cmd.Flags()
	addPolicyFlag(fs, &p.policy, "judge with")
	fs.StringVar(&p.baseline, "baseline", "", "the policies to compare with: a directory or a bundle .tar.gz (default: the embedded ones)")
	addDataFlag(fs, &p.data)
	addRulesFlag(fs, &p.rules)
	addLevelFlag(fs, &p.level, "level to judge every snapshot at (default: the snapshot's project file, else graduation)")
	addFormatFlag(fs, &p.format, "impact format: "+strings.Join(report.ImpactFormats, ", "))
	addOutputFlag(fs, &p.output, "write the impact to this file instead of stdout")
	return cmd
}

// runImpact judges every snapshot with both policy sets and writes what changed.
func runImpact(ctx context.Context, e *env, p impactParams, paths []string) error {
	if p.policy == "" && p.data == "" && p.rules == "" {
		return usageError{errors.New("impact: give the edited policies (--policy DIR), thresholds (--data FILE) or a rule set (--rules)")}
	}
	if p.level != "" {
		if err := snapshot.CheckLevel(p.level); err != nil {
			return usageError{err}
		}
	}
	if err := checkFormat(p.format, report.ImpactFormats); err != nil {
		return usageError{err}
	}
	base := policyFlags{policy: p.baseline}
	edited := policyFlags{policy: p.policy, data: p.data, rules: p.rules}
	basePol, baseCriteria, err := base.loadPolicies(ctx)
	if err != nil {
		return err
	}
	editPol, editCriteria, err := edited.loadPolicies(ctx)
	if err != nil {
		return err
	}
	ids := criterionIDs(editCriteria)
	for id := range criterionIDs(baseCriteria) {
		ids[id] = true
	}
	inputs, err := readInputs(paths, nil, ids, p.level)
	if err != nil {
		return err
	}
	before, err := evalAll(ctx, newQueries(basePol), inputs)
	if err != nil {
		return err
	}
	after, err := evalAll(ctx, newQueries(editPol), inputs)
	if err != nil {
		return err
	}
	im, err := report.NewImpact(policyName(p.baseline, "the embedded policies"), policyName(p.policy, "the embedded policies")+dataName(p.data)+rulesName(p.rules), before, after)
	if err != nil {
		return err
	}
	if p.output == "" {
		return report.WriteImpact(e.stdout, p.format, im)
	}
	var buf bytes.Buffer
	if err := report.WriteImpact(&buf, p.format, im); err != nil {
		return err
	}
	if err := os.WriteFile(p.output, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write impact: %w", err)
	}
	return nil
}

func policyName(path, otherwise string) string {
	if path == "" {
		return otherwise
	}
	return path
}

func rulesName(key string) string {
	if key == "" {
		return ""
	}
	return " under rule set " + key
}

func dataName(path string) string {
	if path == "" {
		return ""
	}
	return " with " + path
}
