package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/graduate-dev/graduate/engine"
	"github.com/graduate-dev/graduate/report"
	"github.com/graduate-dev/graduate/snapshot"
)

// criteriaFormats are the formats of the criteria catalogue.
var criteriaFormats = []string{"text", "json", "markdown"}

type criteriaParams struct {
	policy string
	format string
	level  string
	rules  string
}

func newCriteriaCmd(e *env) *cobra.Command {
	var p criteriaParams
	cmd := &cobra.Command{
		Use:   "criteria",
		Short: "List the criteria catalogue, generated from the policies' METADATA",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runCriteria(cmd.Context(), e, p)
		},
	}
	fs := cmd.Flags()
	addPolicyFlag(fs, &p.policy, "read")
	addFormatFlag(fs, &p.format, "text, json or markdown (the table docs/criteria.md holds)")
	addLevelFlag(fs, &p.level, "only the criteria that apply at this level")
	addRulesFlag(fs, &p.rules)
	return cmd
}

func runCriteria(ctx context.Context, e *env, p criteriaParams) error {
	if err := checkFormat(p.format, criteriaFormats); err != nil {
		return err
	}
	if p.level != "" {
		if err := snapshot.CheckLevel(p.level); err != nil {
			return err
		}
	}
	f := policyFlags{policy: p.policy, rules: p.rules}
	pol, criteria, err := f.loadPolicies(ctx)
	if err != nil {
		return err
	}
	if p.level != "" {
		criteria = slices.DeleteFunc(criteria, func(c engine.Criterion) bool { return c.Levels[p.level] == "not_applicable" })
	}
	if p.format == "markdown" {
		return report.WriteCatalog(e.stdout, criteria, pol.RuleSet())
	}
	if p.format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(criteria); err != nil {
			return fmt.Errorf("write criteria: %w", err)
		}
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSANDBOX\tINCUBATION\tGRADUATION\tDECIDED BY\tTITLE")
	for _, c := range criteria {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", c.ID, short(c.Levels["sandbox"]), short(c.Levels["incubation"]),
			short(c.Levels["graduation"]), strings.Join(c.DecidedBy, ","), c.Title)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write criteria: %w", err)
	}
	return nil
}

func short(level string) string {
	switch level {
	case "required":
		return "R"
	case "suggested":
		return "S"
	}
	return "-"
}
