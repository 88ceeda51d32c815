package history

import (
	"context"
	"slices"
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
// answers those calls with what they returned. The file changes are read when asked,
// unless StartChanges started them; the blobs are read when asked. A call with other
// bounds or other paths reads log again.
//
// The reads end with ctx: a caller that never asks for them cancels ctx to stop them.
func Prefetch(ctx context.Context, log Log, since, until time.Time) *Prefetched {
	p := &Prefetched{Log: log, ctx: ctx, since: since, until: until}
	p.depth = start(func() (Depth, error) { return log.Depth(ctx) })
	p.commits = start(func() ([]Commit, error) { return log.Commits(ctx, since, until) })
	p.first = start(func() (time.Time, error) { return log.FirstCommit(ctx) })
	p.tags = start(func() ([]Tag, error) { return log.Tags(ctx) })
	return p
}

// Prefetched is a Log whose reads were started in advance.
type Prefetched struct {
	Log          // Blobs, and what was not started, read when asked
	ctx          context.Context
	since, until time.Time
	depth        func() (Depth, error)
	commits      func() ([]Commit, error)
	first        func() (time.Time, error)
	tags         func() ([]Tag, error)
	mu           sync.Mutex
	paths        []string // the files whose changes were started, once StartChanges ran
	changes      func() ([]FileChange, error)
}

// StartChanges starts reading the changes to the maintainer and governance documents
// of s (its MaintainerPaths and GovernancePaths; its Log is not used), the files
// Collect asks about for a source with those paths, as soon as the documents have said
// which they are. Only the first call starts a read.
func (p *Prefetched) StartChanges(s Source) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.changes != nil {
		return
	}
	p.paths = specFiles(documentSpecs(s))
	paths := p.paths
	p.changes = start(func() ([]FileChange, error) { return p.Log.FileChanges(p.ctx, paths) })
}

func (p *Prefetched) FileChanges(ctx context.Context, paths []string) ([]FileChange, error) {
	p.mu.Lock()
	changes, started := p.changes, p.paths
	p.mu.Unlock()
	if changes == nil || !slices.Equal(paths, started) {
		return p.Log.FileChanges(ctx, paths)
	}
	return changes()
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

func (p *Prefetched) Depth(context.Context) (Depth, error) { return p.depth() }

func (p *Prefetched) Commits(ctx context.Context, since, until time.Time) ([]Commit, error) {
	if !since.Equal(p.since) || !until.Equal(p.until) {
		return p.Log.Commits(ctx, since, until)
	}
	return p.commits()
}

func (p *Prefetched) FirstCommit(context.Context) (time.Time, error) { return p.first() }

func (p *Prefetched) Tags(context.Context) ([]Tag, error) { return p.tags() }
