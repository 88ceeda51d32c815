package history

import (
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"
)

// bigRepoSources opens the repositories scripts/gen-bigrepo.sh wrote to $GRADUATE_BIGREPO
// (and its -community sibling), or skips the test when the variable is not set.
func bigRepoSources(tb testing.TB) []Source {
	tb.Helper()
	dir := os.Getenv("GRADUATE_BIGREPO")
	if dir == "" {
		tb.Skip("GRADUATE_BIGREPO is not set: run scripts/gen-bigrepo.sh DIR and set it to DIR")
	}
	var sources []Source
	for _, r := range []struct{ name, dir string }{{"big", dir}, {"big-community", dir + "-community"}} {
		if _, err := os.Stat(r.dir); err != nil {
			continue
		}
		g, err := NewGit(r.dir)
		if err != nil {
			tb.Fatal(err)
		}
		sources = append(sources, Source{
			Repo:            r.name,
			Log:             g,
			MaintainerPaths: []string{"MAINTAINERS.md", "OWNERS"},
			GovernancePaths: []string{"GOVERNANCE.md", "README.md#Governance"},
		})
	}
	return sources
}

// TestCollectBigRepo collects the generated repository's history once, checks that the
// facts are there, and logs them with the time taken; run it under /usr/bin/time -v to
// see the peak memory.
func TestCollectBigRepo(t *testing.T) {
	sources := bigRepoSources(t)
	start := time.Now()
	h, errs, err := Collect(context.Background(), sources, time.Now(), nil)
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) > 0 || h == nil {
		t.Fatalf("collection errors: %v", errs)
	}
	if h.FirstCommitAt == nil || *h.CommitsLastYear == 0 || *h.AuthorsLastYear == 0 || h.DCO.SignedOff == 0 ||
		*h.ReleasesLastYear == 0 || len(h.MaintainerChanges) == 0 || *h.GovernanceCommits == 0 {
		b, _ := json.Marshal(h)
		t.Fatalf("facts missing from the generated repository: %s", b)
	}
	h.Releases, h.MaintainerChanges = h.Releases[:3], h.MaintainerChanges[:3]
	b, _ := json.MarshalIndent(h, "", "  ")
	t.Logf("history collected in %v:\n%s", took, b)
}

func BenchmarkCollectBigRepo(b *testing.B) {
	sources := bigRepoSources(b)
	now := time.Now()
	for b.Loop() {
		if _, errs, err := Collect(context.Background(), sources, now, nil); err != nil || len(errs) > 0 {
			b.Fatal(err, errs)
		}
	}
}
