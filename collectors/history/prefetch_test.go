package history

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// countingLog counts the calls that reach the Log it wraps.
type countingLog struct {
	Log
	commits, first, tags, depth, changes atomic.Int32
}

func (c *countingLog) FileChanges(ctx context.Context, paths []string) ([]FileChange, error) {
	c.changes.Add(1)
	return c.Log.FileChanges(ctx, paths)
}

func (c *countingLog) Commits(ctx context.Context, since, until time.Time) ([]Commit, error) {
	c.commits.Add(1)
	return c.Log.Commits(ctx, since, until)
}
func (c *countingLog) FirstCommit(ctx context.Context) (time.Time, error) {
	c.first.Add(1)
	return c.Log.FirstCommit(ctx)
}
func (c *countingLog) Tags(ctx context.Context) ([]Tag, error) { c.tags.Add(1); return c.Log.Tags(ctx) }
func (c *countingLog) Depth(ctx context.Context) (Depth, error) {
	c.depth.Add(1)
	return c.Log.Depth(ctx)
}

func TestPrefetch(t *testing.T) {
	now := mustTime(t, fixtureNow)
	since, until := Window(now)
	if !until.Equal(now) || !since.Equal(now.Add(-year)) {
		t.Fatalf("Window(%s) = %s, %s", now, since, until)
	}
	inside, older := Commit{Hash: "a", CommitDate: now.Add(-day)}, Commit{Hash: "b", CommitDate: now.Add(-2 * year)}
	log := &countingLog{Log: &fakeLog{commits: []Commit{inside, older}, first: now.Add(-3 * year), tags: []Tag{{Name: "v1.0.0"}}}}
	p := Prefetch(context.Background(), log, since, until)
	ctx := context.Background()
	// Collect's own calls are answered by the reads already made, each read once, the
	// file changes once their paths are known.
	src := Source{Repo: "o/r", MaintainerPaths: []string{"MAINTAINERS.md", "README.md#Maintainers"}, GovernancePaths: []string{"GOVERNANCE.md"}}
	p.StartChanges(src)
	p.StartChanges(Source{MaintainerPaths: []string{"OWNERS"}}) // only the first starts
	if _, err := p.changes(); err != nil || log.changes.Load() != 1 {
		t.Fatalf("StartChanges read %d times (%v), want once before anything asks", log.changes.Load(), err)
	}
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
	// Other bounds read the log again.
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
}
