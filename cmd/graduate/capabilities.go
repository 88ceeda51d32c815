package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/graduate-dev/graduate/engine"
)

func newCapabilitiesCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "capabilities",
		Short: "Print the OPA capabilities policies compile with (no network, no clock), for opa check --capabilities",
		Args:  cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			if err := enc.Encode(engine.Capabilities()); err != nil {
				return fmt.Errorf("write capabilities: %w", err)
			}
			return nil
		},
	}
}
