// Package history reads facts from a project's version-control history: how old the
// project is, how many commits and authors it had in the last year, how many of those
// commits are signed off, its release tags, and the commits that changed its maintainer
// and governance documents.
//
// The facts are computed from Log, a small read-only view of one repository's history,
// so that a local git checkout (Git) and, later, a repository read through an API can
// feed the same computation.
package history

import (
	"context"
	"time"
)

// Log is a repository's history, read-only. Every method may be called concurrently.
type Log interface {
	// Commits returns the commits reachable from the repository's head (its default
	// branch in a clone) whose committer date lies in (since, until], newest first.
	Commits(ctx context.Context, since, until time.Time) ([]Commit, error)
	// FirstCommit returns the earliest author date among the root commits reachable from
	// the head: when the repository's history starts.
	FirstCommit(ctx context.Context) (time.Time, error)
	// Tags returns every tag with the date it was made, in no particular order.
	Tags(ctx context.Context) ([]Tag, error)
	// FileChanges returns, newest first, one change for each non-merge commit reachable
	// from the head and each of paths that commit changed. paths are slash paths
	// relative to the repository root.
	FileChanges(ctx context.Context, paths []string) ([]FileChange, error)
	// Blobs returns the contents of the blobs named by id (FileChange.Before and After).
	Blobs(ctx context.Context, ids []string) (map[string][]byte, error)
	// Depth says whether the history is cut short, as in a shallow clone.
	Depth(ctx context.Context) (Depth, error)
}

// Commit is one commit's facts.
type Commit struct {
	Hash        string
	AuthorEmail string // as written, not lower-cased
	AuthorName  string
	// Subject is the first line of the message ("Merge pull request #12 from jdoe/fix").
	Subject    string
	AuthorDate time.Time
	CommitDate time.Time
	Parents    int
	// SignedOffBy holds the values of the commit message's Signed-off-by trailers.
	SignedOffBy []string
}

// Tag is one tag. Date is the tagger date of an annotated tag, else the date of the
// commit a lightweight tag names.
type Tag struct {
	Name   string
	Date   time.Time
	Commit string
}

// FileChange is a commit's change to one file. Before is empty when the commit created
// the file, After when it deleted it; otherwise both name blobs for Log.Blobs.
type FileChange struct {
	Commit string
	Date   time.Time // committer date
	Author string    // the commit's author, by name
	Path   string
	Before string
	After  string
}

// Depth describes how much of the history a Log holds.
type Depth struct {
	// Shallow is true when commits beyond a boundary are missing.
	Shallow bool
	// Since is the newest committer date among the boundary commits: commits after it
	// are all present, older ones may be missing. Zero when not shallow.
	Since time.Time
}
