package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/graduate-dev/graduate/snapshot"
)

type checkParams struct {
	policyFlags
	sourceFlags
}

func newCheckCmd(e *env) *cobra.Command {
	var p checkParams
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Collect a project's facts and judge them in one step",
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd.Context(), e, p, args, time.Now)
		},
	}
	p.policyFlags.register(cmd.Flags())
	p.sourceFlags.register(cmd.Flags())
	return cmd
}

func runCheck(ctx context.Context, e *env, p checkParams, args []string, now func() time.Time) error {
	if err := p.validate(); err != nil {
		return err
	}
	pol, criteria, err := p.loadPolicies(ctx)
	if err != nil {
		return err
	}
	specs, cfg, err := resolveProject(p.sourceFlags, p.config, args, func() (map[string]bool, error) { return criterionIDs(criteria), nil })
	if err != nil {
		return err
	}
	if now, err = p.clock(now); err != nil {
		return err
	}
	if err := p.checkSources(); err != nil {
		return err
	}
	// Compile the level's query while collecting.
	q := newQueries(pol)
	q.start(ctx, levelFor(p.level, cfg, nil))
	snap, err := collectRepos(ctx, e, specs, cfg, pol.Data(), pol.Origin, p.sourceFlags, now)
	if err != nil {
		return err
	}
	doc, err := snapshotDocument(snap)
	if err != nil {
		return err
	}
	// The report names what was read by its main repository, not a local path.
	name := ""
	for i, r := range snap.Repositories {
		if snapshot.RoleAt(i, r.Role) == snapshot.RoleMain {
			name = r.Name
			break
		}
	}
	return p.judge(ctx, e, q, []evalInput{{name: name, doc: doc, level: levelFor(p.level, cfg, doc)}})
}

// snapshotDocument turns a collected snapshot into the validated JSON form policies read.
func snapshotDocument(snap *snapshot.Snapshot) (map[string]any, error) {
	raw, err := json.Marshal(snap)
	if err != nil {
		return nil, fmt.Errorf("encode snapshot: %w", err)
	}
	v, err := snapshot.NewValidator()
	if err != nil {
		return nil, err
	}
	doc, err := v.Decode(raw)
	if err != nil {
		return nil, errors.Join(errors.New("collected snapshot does not match its schema"), err)
	}
	return doc, nil
}
