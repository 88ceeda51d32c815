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
// The reads end with ctx: a caller that never asks for them cancels ctx to stop them,
// then calls Wait, so that no read outlives it. A call that waits for one returns when
// its own context ends, too.
func Prefetch(ctx context.Context, log Log, since, until time.Time) *Prefetched {
	p := &Prefetched{Log: log, since: since, until: until}
	p.depth = start(&p.reads, func() (Depth, error) { return log.Depth(ctx) })
	p.commits = start(&p.reads, func() ([]Commit, error) { return log.Commits(ctx, since, until) })
	p.first = start(&p.reads, func() (time.Time, error) { return log.FirstCommit(ctx) })
	p.tags = start(&p.reads, func() ([]Tag, error) { return log.Tags(ctx) })
	return p
}

// Prefetched is a Log whose reads were started in advance.
type Prefetched struct {
	Log          // Blobs, and what was not started, read when asked
	since, until time.Time
	depth        result[Depth]
	commits      result[[]Commit]
	first        result[time.Time]
	tags         result[[]Tag]
	reads        sync.WaitGroup // every read started, StartChanges' too
	mu           sync.Mutex
	paths        []string // the files whose changes were started, once StartChanges ran
	changes      result[[]FileChange]
}

// StartChanges starts reading the changes to the maintainer and governance documents
// of s (its MaintainerPaths and GovernancePaths; its Log is not used), the files
// Collect asks about for a source with those paths, as soon as the documents have said
// which they are. The read ends with ctx. Only the first call starts one.
func (p *Prefetched) StartChanges(ctx context.Context, s Source) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.changes != nil {
		return
	}
	paths := specFiles(documentSpecs(s))
	p.paths = paths
	p.changes = start(&p.reads, func() ([]FileChange, error) { return p.Log.FileChanges(ctx, paths) })
}

// Wait returns once every read started in advance has returned: at once after their
// context ended, since a read ends with it (git's process is killed and waited for).
func (p *Prefetched) Wait() { p.reads.Wait() }

func (p *Prefetched) FileChanges(ctx context.Context, paths []string) ([]FileChange, error) {
	p.mu.Lock()
	changes, started := p.changes, p.paths
	p.mu.Unlock()
	if changes == nil || !slices.Equal(paths, started) {
		return p.Log.FileChanges(ctx, paths)
	}
	return changes(ctx)
}

func (p *Prefetched) Depth(ctx context.Context) (Depth, error) { return p.depth(ctx) }

func (p *Prefetched) Commits(ctx context.Context, since, until time.Time) ([]Commit, error) {
	if !since.Equal(p.since) || !until.Equal(p.until) {
		return p.Log.Commits(ctx, since, until)
	}
	return p.commits(ctx)
}

func (p *Prefetched) FirstCommit(ctx context.Context) (time.Time, error) { return p.first(ctx) }

func (p *Prefetched) Tags(ctx context.Context) ([]Tag, error) { return p.tags(ctx) }

// result waits for what a read started in advance returned, or for ctx to end.
type result[T any] func(ctx context.Context) (T, error)

// start runs read in its own goroutine, counted in reads.
func start[T any](reads *sync.WaitGroup, read func() (T, error)) result[T] {
	var (
		v    T
		err  error
		done = make(chan struct{})
	)
	reads.Go(func() {
		defer close(done)
		v, err = read()
	})
	return func(ctx context.Context) (T, error) {
		select {
		case <-done:
			return v, err
		case <-ctx.Done():
			var zero T
			return zero, ctx.Err()
		}
	}
}
