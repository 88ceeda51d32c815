// Package parallel runs one function over many indexes with one call per CPU at a time:
// the single worker pool the policy engine, the evaluation of many snapshots and the
// documents reader share.
package parallel

import (
	"context"
	"runtime"

	"golang.org/x/sync/errgroup"
)

// Each calls fn for every index in 0..n-1, at most one call per CPU at a time, and
// returns the first error a call returned, else ctx's error. Once a call fails or ctx
// is done, no further call starts.
func Each(ctx context.Context, n int, fn func(i int) error) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i := range n {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error { return fn(i) })
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}
