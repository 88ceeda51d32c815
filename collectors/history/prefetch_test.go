package history

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// countingLog counts the calls that reach the Log it wraps and names each on called,
// so that a test sees a read start before anything asks for it.
type countingLog struct {
	Log
	called                               chan string
	commits, first, tags, depth, changes atomic.Int32
	block                                chan struct{} // when not nil, FirstCommit waits for it
}

func (c *countingLog) note(name string, n *atomic.Int32) {
	n.Add(1)
	if c.called != nil {
		c.called <- name
	}
}

func (c *countingLog) Commits(ctx context.Context, since, until time.Time) ([]Commit, error) {
	c.note("commits", &c.commits)
	return c.Log.Commits(ctx, since, until)
}

func (c *countingLog) FirstCommit(ctx context.Context) (time.Time, error) {
	c.note("first", &c.first)
	if c.block != nil {
		<-c.block
	}
	return c.Log.FirstCommit(ctx)
}

func (c *countingLog) Tags(ctx context.Context) ([]Tag, error) {
	c.note("tags", &c.tags)
	return c.Log.Tags(ctx)
}

func (c *countingLog) Depth(ctx context.Context) (Depth, error) {
	c.note("depth", &c.depth)
	return c.Log.Depth(ctx)
}

func (c *countingLog) FileChanges(ctx context.Context, paths []string) ([]FileChange, error) {
	c.note("changes", &c.changes)
	return c.Log.FileChanges(ctx, paths)
}

// started waits for n reads to reach log, and fails the test after a while.
func started(t *testing.T, log *countingLog, n int) []string {
	t.Helper()
	var names []string
	for range n {
		select {
		case name := <-log.called:
			names = append(names, name)
		case <-time.After(10 * time.Second):
			t.Fatalf("reads started: %q, want %d before anything asks", names, n)
		}
	}
	slices.Sort(names)
	return names
}

func TestPrefetch(t *testing.T) {
	now := mustTime(t, fixtureNow)
	since, until := Window(now)
	if !until.Equal(now) || !since.Equal(now.Add(-year)) {
		t.Fatalf("Window(%s) = %s, %s", now, since, until)
	}
	ctx := context.Background()
	inside, older := Commit{Hash: "a", CommitDate: now.Add(-day)}, Commit{Hash: "b", CommitDate: now.Add(-2 * year)}
	log := &countingLog{Log: &fakeLog{commits: []Commit{inside, older}, first: now.Add(-3 * year), tags: []Tag{{Name: "v1.0.0"}}}, called: make(chan string, 8)}
	p := Prefetch(ctx, log, since, until)
	// The four reads that need nothing start at once, the file history once its paths
	// are known; only the first StartChanges starts one.
	if got := started(t, log, 4); !slices.Equal(got, []string{"commits", "depth", "first", "tags"}) {
		t.Errorf("started %q, want the commits, depth, first commit and tags", got)
	}
	src := Source{Repo: "o/r", MaintainerPaths: []string{"MAINTAINERS.md", "README.md#Maintainers"}, GovernancePaths: []string{"GOVERNANCE.md"}}
	p.StartChanges(ctx, src)
	p.StartChanges(ctx, Source{MaintainerPaths: []string{"OWNERS"}})
	if got := started(t, log, 1); !slices.Equal(got, []string{"changes"}) {
		t.Errorf("started %q, want the file history", got)
	}
	// Collect's own calls are answered by those reads: none reads again.
	src.Log = p
	h, errs, err := Collect(ctx, []Source{src}, now, nil)
	if err != nil || len(errs) != 0 {
		t.Fatalf("Collect: %v %v", err, errs)
	}
	if h.CommitsLastYear == nil || *h.CommitsLastYear != 1 || h.FirstCommitAt == nil || !h.FirstCommitAt.Equal(now.Add(-3*year)) {
		t.Errorf("history = %+v, want the prefetched commit and first commit", h)
	}
	for name, n := range map[string]int32{"commits": log.commits.Load(), "first": log.first.Load(), "tags": log.tags.Load(), "depth": log.depth.Load(), "changes": log.changes.Load()} {
		if n != 1 {
			t.Errorf("%s read %d times, want once", name, n)
		}
	}
	// Other bounds and other paths read the log again.
	got, err := p.Commits(ctx, now.Add(-3*year), until)
	if err != nil || !slices.ContainsFunc(got, func(c Commit) bool { return c.Hash == "b" }) || log.commits.Load() != 2 {
		t.Errorf("Commits over other bounds = %v, %v (%d reads), want the older commit too, read again", got, err, log.commits.Load())
	}
	if _, err := p.FileChanges(ctx, []string{"OWNERS"}); err != nil || log.changes.Load() != 2 {
		t.Errorf("FileChanges of other paths: %v (%d reads), want a read of its own", err, log.changes.Load())
	}
	// A read that failed fails when asked.
	bad := Prefetch(ctx, &fakeLog{err: errors.New("git: broken")}, since, until)
	if _, err := bad.FirstCommit(ctx); err == nil || err.Error() != "git: broken" {
		t.Errorf("FirstCommit of a broken log = %v, want its error", err)
	}
	// A caller whose context ends stops waiting for a read still under way.
	slow := &countingLog{Log: &fakeLog{}, block: make(chan struct{})}
	defer close(slow.block)
	ended, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Prefetch(ctx, slow, since, until).FirstCommit(ended); !errors.Is(err, context.Canceled) {
		t.Errorf("FirstCommit with an ended context = %v, want context.Canceled", err)
	}
}

// lingeringLog's reads run until their context ends and take a while to stop after
// it, as git does when it is killed; live counts the reads not yet returned.
type lingeringLog struct {
	Log
	live atomic.Int32
}

func (l *lingeringLog) linger(ctx context.Context) error {
	l.live.Add(1)
	defer l.live.Add(-1)
	<-ctx.Done()
	time.Sleep(50 * time.Millisecond)
	return ctx.Err()
}

func (l *lingeringLog) Commits(ctx context.Context, _, _ time.Time) ([]Commit, error) {
	return nil, l.linger(ctx)
}
func (l *lingeringLog) FirstCommit(ctx context.Context) (time.Time, error) {
	return time.Time{}, l.linger(ctx)
}
func (l *lingeringLog) Tags(ctx context.Context) ([]Tag, error)  { return nil, l.linger(ctx) }
func (l *lingeringLog) Depth(ctx context.Context) (Depth, error) { return Depth{}, l.linger(ctx) }
func (l *lingeringLog) FileChanges(ctx context.Context, _ []string) ([]FileChange, error) {
	return nil, l.linger(ctx)
}

// A caller that returns without asking cancels the reads and waits for them: none
// outlives it, the file history started from the documents' paths included.
func TestPrefetchWait(t *testing.T) {
	now := mustTime(t, fixtureNow)
	since, until := Window(now)
	log := &lingeringLog{}
	ctx, cancel := context.WithCancel(context.Background())
	p := Prefetch(ctx, log, since, until)
	p.StartChanges(ctx, Source{MaintainerPaths: []string{"MAINTAINERS.md"}})
	for deadline := time.Now().Add(10 * time.Second); log.live.Load() < 5; {
		if time.Now().After(deadline) {
			t.Fatalf("%d reads under way, want 5", log.live.Load())
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	p.Wait()
	if n := log.live.Load(); n != 0 {
		t.Errorf("%d reads still under way after Wait, want none", n)
	}
}
