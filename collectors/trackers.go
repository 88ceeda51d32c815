package collectors

import (
	"context"
	"fmt"

	"github.com/graduate-dev/graduate/collectors/github"
	"github.com/graduate-dev/graduate/collectors/tracker"
	"github.com/graduate-dev/graduate/snapshot"
)

// maxTrackers is how many trackers one collection reads: a roadmap names one or two;
// a project that links dozens of boards is read for the first ones.
const maxTrackers = 10

// trackerURLs are the trackers the roadmaps hand their items to, first seen first: the
// documents' trackers, then the roadmap links out of the repositories, those the API
// at api can read.
func trackerURLs(snap *snapshot.Snapshot, api string) []string {
	var cands []string
	if snap.Documents != nil {
		for _, l := range snap.Documents.Roadmap {
			cands = append(cands, l.Tracker)
		}
	}
	if snap.Content != nil {
		for _, o := range snap.Content.LinksOut {
			if o.Topic == "roadmap" {
				cands = append(cands, o.URL)
			}
		}
	}
	host := github.WebHost(api)
	seen := map[string]bool{}
	var out []string
	for _, u := range cands {
		if _, ok := tracker.Parse(u, host); !ok || seen[u] || len(out) == maxTrackers {
			continue
		}
		seen[u] = true
		out = append(out, u)
	}
	return out
}

// readTrackers reads through the API the trackers the roadmaps hand their items to. A
// tracker that cannot be read is left out with a collection error, its roadmap judged
// as before; a rejected token or a cancelled run ends the collection.
func readTrackers(ctx context.Context, c *github.Client, snap *snapshot.Snapshot) ([]snapshot.GitHubTracker, []snapshot.CollectionError, error) {
	var (
		out  []snapshot.GitHubTracker
		errs []snapshot.CollectionError
	)
	for _, u := range trackerURLs(snap, c.URL()) {
		t, err := c.Tracker(ctx, u)
		if err != nil {
			if github.Fatal(ctx, err) {
				return nil, nil, fmt.Errorf("read the roadmaps' trackers: %w", err)
			}
			errs = append(errs, snapshot.CollectionError{Source: github.ErrorSource + ".trackers", Error: err.Error()})
			continue
		}
		out = append(out, t)
	}
	return out, errs, nil
}
