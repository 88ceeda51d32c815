package history

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/graduate-dev/graduate/collectors/repo"
)

// ErrNoHistory is wrapped by NewGit for a directory that is not a git checkout.
var ErrNoHistory = errors.New("no git history (not a git checkout)")

// maxBlobSize is the largest blob Blobs returns; maintainer and governance documents
// are far smaller.
const maxBlobSize = 4 << 20

// Git is the history of a local git checkout, read with the git binary. It never
// touches the network and never writes to the repository.
type Git struct {
	dir string
}

// NewGit opens the history of the checkout at dir. A directory without a .git entry
// (a tarball, a copy) is an error wrapping ErrNoHistory: its history is not read from a
// repository that happens to enclose it.
func NewGit(dir string) (*Git, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", dir, err)
	}
	if _, err := os.Lstat(filepath.Join(abs, ".git")); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w", dir, ErrNoHistory)
		}
		return nil, fmt.Errorf("open git history of %s: %w", dir, err)
	}
	return &Git{dir: abs}, nil
}

// Dir returns the checkout's directory.
func (g *Git) Dir() string { return g.dir }

// command and run are git on this checkout, with the settings repo.GitCommand holds.
func (g *Git) command(ctx context.Context, args ...string) *exec.Cmd {
	return repo.GitCommand(ctx, g.dir, args...)
}

func (g *Git) run(ctx context.Context, what string, args ...string) ([]byte, error) {
	return repo.GitOutput(ctx, g.dir, what, args...)
}

// Commits returns the commits of HEAD committed in (since, until], newest first.
func (g *Git) Commits(ctx context.Context, since, until time.Time) ([]Commit, error) {
	out, err := g.run(ctx, "commits", "log",
		"--format=%H%x00%P%x00%ae%x00%at%x00%ct%x00%(trailers:key=Signed-off-by,valueonly,separator=%x1f)%x00%an%x00%s%x1e",
		// --since lets git stop walking once it is past the window; the exact bounds are
		// applied below.
		"--since="+since.Add(-time.Second).UTC().Format(time.RFC3339),
		"HEAD", "--")
	if err != nil {
		return nil, err
	}
	var commits []Commit
	for rec := range strings.SplitSeq(string(out), "\x1e") {
		rec = strings.TrimLeft(rec, "\n")
		if rec == "" {
			continue
		}
		f := strings.Split(rec, "\x00")
		if len(f) != 8 {
			return nil, fmt.Errorf("read commits of %s: unexpected git log record %q", g.dir, repo.FirstLine(rec))
		}
		at, err1 := unix(f[3])
		ct, err2 := unix(f[4])
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("read commits of %s: commit %s: %w", g.dir, f[0], err)
		}
		if !ct.After(since) || ct.After(until) {
			continue
		}
		c := Commit{Hash: f[0], AuthorEmail: f[2], AuthorName: f[6], Subject: f[7], AuthorDate: at, CommitDate: ct, Parents: len(strings.Fields(f[1]))}
		for v := range strings.SplitSeq(strings.TrimSpace(f[5]), "\x1f") {
			if v = strings.TrimSpace(v); v != "" {
				c.SignedOffBy = append(c.SignedOffBy, v)
			}
		}
		commits = append(commits, c)
	}
	return commits, nil
}

// FirstCommit returns the earliest author date among HEAD's root commits.
func (g *Git) FirstCommit(ctx context.Context) (time.Time, error) {
	out, err := g.run(ctx, "root commits", "log", "--max-parents=0", "--format=%at", "HEAD", "--")
	if err != nil {
		return time.Time{}, err
	}
	var first time.Time
	for l := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		t, err := unix(l)
		if err != nil {
			return time.Time{}, fmt.Errorf("read root commits of %s: %w", g.dir, err)
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
	}
	if first.IsZero() {
		return time.Time{}, fmt.Errorf("read root commits of %s: none found", g.dir)
	}
	return first, nil
}

// Tags returns the tags that name commits, directly or through an annotated tag.
func (g *Git) Tags(ctx context.Context) ([]Tag, error) {
	out, err := g.run(ctx, "tags", "for-each-ref",
		"--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(committerdate:unix)%00%(taggerdate:unix)%00%(*objecttype)%00%(*objectname)%00%(*committerdate:unix)",
		"refs/tags")
	if err != nil {
		return nil, err
	}
	var tags []Tag
	for l := range strings.SplitSeq(string(out), "\n") {
		if l == "" {
			continue
		}
		f := strings.Split(l, "\x00")
		if len(f) != 8 {
			return nil, fmt.Errorf("read tags of %s: unexpected for-each-ref line %q", g.dir, l)
		}
		t := Tag{Name: f[0]}
		var date string
		switch {
		case f[1] == "commit":
			t.Commit, date = f[2], f[3]
		case f[1] == "tag" && f[5] == "commit":
			t.Commit, date = f[6], f[4]
			if date == "" {
				date = f[7] // an annotated tag without a tagger line
			}
		default:
			continue // a tag of a tree or a blob, or of another tag: not a release
		}
		if t.Date, err = unix(date); err != nil {
			return nil, fmt.Errorf("read tags of %s: tag %s: %w", g.dir, t.Name, err)
		}
		tags = append(tags, t)
	}
	return tags, nil
}

// FileChanges returns the non-merge commits of HEAD that changed paths, newest first.
func (g *Git) FileChanges(ctx context.Context, paths []string) ([]FileChange, error) {
	if len(paths) == 0 {
		return nil, nil
	}
	args := []string{"log", "-z", "--raw", "--no-abbrev", "--no-renames", "--no-merges", "--no-textconv", "--no-ext-diff",
		"--format=%H %ct %an", "HEAD", "--"}
	out, err := g.run(ctx, "file history", append(args, paths...)...)
	if err != nil {
		return nil, err
	}
	var (
		changes []FileChange
		commit  string
		date    time.Time
		author  string
	)
	tokens := strings.Split(string(out), "\x00")
	for i := 0; i < len(tokens); i++ {
		tok := strings.TrimLeft(tokens[i], "\n")
		if tok == "" {
			continue
		}
		if !strings.HasPrefix(tok, ":") {
			h, rest, ok := strings.Cut(tok, " ")
			if !ok {
				return nil, fmt.Errorf("read file history of %s: unexpected git log header %q", g.dir, tok)
			}
			ct, name, _ := strings.Cut(rest, " ")
			author = name
			if date, err = unix(ct); err != nil {
				return nil, fmt.Errorf("read file history of %s: commit %s: %w", g.dir, h, err)
			}
			commit = h
			continue
		}
		// :old_mode new_mode old_blob new_blob status, then the path.
		f := strings.Fields(tok)
		if len(f) != 5 || i+1 >= len(tokens) || commit == "" {
			return nil, fmt.Errorf("read file history of %s: unexpected raw diff line %q", g.dir, tok)
		}
		i++
		changes = append(changes, FileChange{Commit: commit, Date: date, Author: author, Path: tokens[i], Before: blobID(f[2]), After: blobID(f[3])})
	}
	return changes, nil
}

// blobID turns git's all-zero id (no file on that side) into "".
func blobID(id string) string {
	if strings.Trim(id, "0") == "" {
		return ""
	}
	return id
}

// Blobs returns the contents of blobs, read through one git cat-file process.
func (g *Git) Blobs(ctx context.Context, ids []string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	cmd := g.command(ctx, "cat-file", "--batch")
	cmd.Stdin = strings.NewReader(strings.Join(ids, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("read blobs of %s: %w", g.dir, err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("read blobs of %s: %w", g.dir, err)
	}
	readErr := readBatch(bufio.NewReader(stdout), ids, out)
	if readErr != nil {
		_, _ = io.Copy(io.Discard, stdout)
	}
	waitErr := cmd.Wait()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if readErr != nil {
		return nil, fmt.Errorf("read blobs of %s: %w", g.dir, readErr)
	}
	if waitErr != nil {
		return nil, fmt.Errorf("read blobs of %s: %w: %s", g.dir, waitErr, repo.FirstLine(strings.TrimSpace(stderr.String())))
	}
	return out, nil
}

// readBatch reads git cat-file --batch answers, one per id, in order.
func readBatch(r *bufio.Reader, ids []string, out map[string][]byte) error {
	for _, id := range ids {
		header, err := r.ReadString('\n')
		if err != nil {
			return fmt.Errorf("blob %s: %w", id, err)
		}
		f := strings.Fields(header)
		if len(f) == 2 && f[1] == "missing" {
			return fmt.Errorf("blob %s is missing", id)
		}
		if len(f) != 3 {
			return fmt.Errorf("blob %s: unexpected cat-file header %q", id, strings.TrimSpace(header))
		}
		size, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil || size < 0 {
			return fmt.Errorf("blob %s: unexpected size %q", id, f[2])
		}
		if f[1] != "blob" {
			return fmt.Errorf("object %s is a %s, not a blob", id, f[1])
		}
		if size > maxBlobSize {
			return fmt.Errorf("blob %s is %d bytes, more than %d", id, size, maxBlobSize)
		}
		b := make([]byte, size+1) // the content and its closing newline
		if _, err := io.ReadFull(r, b); err != nil {
			return fmt.Errorf("blob %s: %w", id, err)
		}
		out[id] = b[:size]
	}
	return nil
}

// Depth reports whether the checkout is a shallow clone, and where its history stops.
func (g *Git) Depth(ctx context.Context) (Depth, error) {
	out, err := g.run(ctx, "repository depth", "rev-parse", "--is-shallow-repository", "--git-path", "shallow")
	if err != nil {
		return Depth{}, err
	}
	ls := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(ls) != 2 {
		return Depth{}, fmt.Errorf("read repository depth of %s: unexpected rev-parse output %q", g.dir, out)
	}
	if ls[0] != "true" {
		return Depth{}, nil
	}
	shallowFile := ls[1]
	if !filepath.IsAbs(shallowFile) {
		shallowFile = filepath.Join(g.dir, shallowFile)
	}
	b, err := os.ReadFile(shallowFile)
	if err != nil {
		return Depth{}, fmt.Errorf("read repository depth of %s: %w", g.dir, err)
	}
	cmd := g.command(ctx, "log", "--no-walk", "--format=%ct", "--stdin")
	cmd.Stdin = bytes.NewReader(b)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	dates, err := cmd.Output()
	if err != nil {
		if ctx.Err() != nil {
			return Depth{}, ctx.Err()
		}
		return Depth{}, fmt.Errorf("read shallow boundary of %s: %w: %s", g.dir, err, repo.FirstLine(strings.TrimSpace(stderr.String())))
	}
	d := Depth{Shallow: true}
	for l := range strings.SplitSeq(strings.TrimSpace(string(dates)), "\n") {
		t, err := unix(l)
		if err != nil {
			return Depth{}, fmt.Errorf("read shallow boundary of %s: %w", g.dir, err)
		}
		if t.After(d.Since) {
			d.Since = t
		}
	}
	return d, nil
}

// unix parses git's seconds since the epoch.
func unix(s string) (time.Time, error) {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("parse date %q: not seconds since the epoch", s)
	}
	return time.Unix(n, 0).UTC(), nil
}
