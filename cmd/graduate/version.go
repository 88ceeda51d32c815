package main

import (
	"fmt"
	"strings"

	opaversion "github.com/open-policy-agent/opa/v1/version"
	"github.com/spf13/cobra"

	"github.com/graduate-dev/graduate/engine"
)

func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print graduate's version, the OPA version and the rule-set version",
		Args:  cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			p, err := engine.Embedded()
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "graduate %s\nOPA %s\nrules %s\nrule sets %s (--rules)\n", version, opaversion.Version, p.RuleSet(), strings.Join(p.RuleSets(), ", "))
			return nil
		},
	}
}
