package history

import (
	"context"
	"sync"
	"time"
)

// Window returns the bounds of the "last year" facts Collect computes as of now: the
// commits committed in (since, until].
func Window(now time.Time) (since, until time.Time) {
	now = now.UTC()
	return now.Add(-year), now
}

// Prefetch starts the reads of log that depend on nothing the other collectors find
// (how deep the history is, the commits of the window, the root commits, the tags), so
// that git walks the history while the documents are read, and returns a Log that
// answers those calls with what they returned. The file changes, which need the
// documents' paths, and the blobs are read when asked. A call with other bounds than
// the window's reads log again.
//
// The reads end with ctx: a caller that never asks for them cancels ctx to stop them.
func Prefetch(ctx context.Context, log Log, since, until time.Time) Log {
	p := &prefetched{Log: log, since: since, until: until}
	p.depth = start(func() (Depth, error) { return log.Depth(ctx) })
	p.commits = start(func() ([]Commit, error) { return log.Commits(ctx, since, until) })
	p.first = start(func() (time.Time, error) { return log.FirstCommit(ctx) })
	p.tags = start(func() ([]Tag, error) { return log.Tags(ctx) })
	return p
}

// prefetched is a Log whose window-independent reads were started in advance.
type prefetched struct {
	Log          // FileChanges and Blobs, read when asked
	since, until time.Time
	depth        func() (Depth, error)
	commits      func() ([]Commit, error)
	first        func() (time.Time, error)
	tags         func() ([]Tag, error)
}

// start runs read in its own goroutine and returns a function that waits for its
// result.
func start[T any](read func() (T, error)) func() (T, error) {
	var (
		v   T
		err error
		wg  sync.WaitGroup
	)
	wg.Go(func() { v, err = read() })
	return func() (T, error) {
		wg.Wait()
		return v, err
	}
}

func (p *prefetched) Depth(context.Context) (Depth, error) { return p.depth() }

func (p *prefetched) Commits(ctx context.Context, since, until time.Time) ([]Commit, error) {
	if !since.Equal(p.since) || !until.Equal(p.until) {
		return p.Log.Commits(ctx, since, until)
	}
	return p.commits()
}

func (p *prefetched) FirstCommit(context.Context) (time.Time, error) { return p.first() }

func (p *prefetched) Tags(context.Context) ([]Tag, error) { return p.tags() }
