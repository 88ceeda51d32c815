package github

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"path"
	"slices"

	"github.com/graduate-dev/graduate/collectors/repo"
)

// Tree is a repository read file by file through the API: its git tree once, then the
// blob of each file a reader opens. It suits a large repository of which one folder is
// read (cncf/toc's projects/<project>/), where the archive of the whole would cost more
// than the few files read; a blob never changes, so the cache answers a rerun.
type Tree struct {
	c           *Client
	owner, name string
	// Commit is the commit the tree is at.
	Commit string
	files  []string
	blobs  map[string]string // path → blob SHA
	sizes  map[string]int
}

// OpenTree describes a repository and reads the git tree of its default branch's
// head: three requests. A tree GitHub truncates (more than 100,000 entries) is an
// error rather than a partial list.
func (c *Client) OpenTree(ctx context.Context, owner, name string) (*Tree, error) {
	d, err := c.Describe(ctx, owner, name)
	if err != nil {
		return nil, err
	}
	t, _, err := c.api.Git.GetTree(ctx, owner, name, d.Commit, true)
	if err != nil {
		return nil, fmt.Errorf("read the tree of %s/%s: %w", owner, name, classify(err))
	}
	if t.GetTruncated() {
		return nil, fmt.Errorf("read the tree of %s/%s: GitHub truncated it", owner, name)
	}
	tr := &Tree{c: c, owner: owner, name: name, Commit: d.Commit, blobs: map[string]string{}, sizes: map[string]int{}}
	for _, e := range t.Entries {
		if e.GetType() != "blob" || e.GetMode() == "120000" { // files only, no symbolic links
			continue
		}
		tr.files = append(tr.files, e.GetPath())
		tr.blobs[e.GetPath()] = e.GetSHA()
		tr.sizes[e.GetPath()] = e.GetSize()
	}
	slices.Sort(tr.files)
	return tr, nil
}

// Name is OWNER/NAME.
func (t *Tree) Name() string { return t.owner + "/" + t.name }

// Files lists the tree's files, sorted.
func (t *Tree) Files(ctx context.Context) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return slices.Clone(t.files), nil
}

// ReadFile fetches a file's blob, with the size cap and binary check of a checkout.
func (t *Tree) ReadFile(ctx context.Context, p string) ([]byte, error) {
	clean := path.Clean(p)
	sha, ok := t.blobs[clean]
	if !ok {
		return nil, fmt.Errorf("read %s: %w", p, fs.ErrNotExist)
	}
	if t.sizes[clean] > repo.MaxFileSize {
		return nil, fmt.Errorf("read %s: %w (more than %d bytes)", p, repo.ErrTooLarge, repo.MaxFileSize)
	}
	b, _, err := t.c.api.Git.GetBlobRaw(ctx, t.owner, t.name, sha)
	if err != nil {
		return nil, fmt.Errorf("read %s of %s: %w", p, t.Name(), classify(err))
	}
	if len(b) > repo.MaxFileSize {
		return nil, fmt.Errorf("read %s: %w (more than %d bytes)", p, repo.ErrTooLarge, repo.MaxFileSize)
	}
	if bytes.IndexByte(b[:min(len(b), 8<<10)], 0) >= 0 {
		return nil, fmt.Errorf("read %s: %w", p, repo.ErrBinary)
	}
	return b, nil
}
