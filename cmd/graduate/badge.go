package main

import (
	"context"
	"errors"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

const badgeLong = `Judge one snapshot, as eval does, and write a shields.io endpoint badge of its
readiness at the level (https://shields.io/badges/endpoint-badge):

  {"schemaVersion":1,"label":"graduation","message":"41/50 required","color":"yellowgreen"}

The message counts the criteria required at the level that are met (passed, or waived
by a valid waiver). The colour is brightgreen when all are met, yellowgreen from 80%,
yellow from 50%, orange from 25%, else red. Publish the file where shields.io can read
it and show https://img.shields.io/endpoint?url=<its URL> in the README.

The badge is not a gate: graduate badge exits 0 when it wrote the badge, whatever the
readiness it shows (graduate eval and check are the gates), and 2 when the snapshot
could not be judged. graduate eval --format badge writes the same JSON with eval's
exit codes.`

func newBadgeCmd(e *env) *cobra.Command {
	var p evalParams
	cmd := &cobra.Command{
		Use:     "badge SNAPSHOT",
		Short:   "Write a shields.io endpoint badge of a snapshot's readiness at a level",
		Long:    badgeLong,
		Example: "  graduate collect . -o snapshot.json && graduate badge snapshot.json -o badge.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBadge(cmd.Context(), e, p, args[0])
		},
	}
	// eval's flags, but --format: the badge is the only format written.
	all := pflag.NewFlagSet("badge", pflag.ContinueOnError)
	p.register(all)
	all.VisitAll(func(f *pflag.Flag) {
		switch f.Name {
		case "format":
			return
		case "output":
			f.Usage = "write the badge to this file (badge.json) instead of stdout"
		}
		cmd.Flags().AddFlag(f)
	})
	return cmd
}

// runBadge judges the snapshot as eval does and writes its badge. A report that is not
// met is still a badge written, so exit 0.
func runBadge(ctx context.Context, e *env, p evalParams, path string) error {
	p.format = "badge"
	if err := runEval(ctx, e, p, []string{path}); err != nil && !errors.Is(err, errNotMet) {
		return err
	}
	return nil
}
