package repo

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// Local is a repository checked out on the local disk.
//
// When the directory holds a .git entry its files are those git lists as tracked or as
// untracked but not ignored (`git ls-files --cached --others --exclude-standard`): what
// is being written for the next commit counts, ignored and generated trees stay out.
// Otherwise the tree is walked. Either way vendored
// trees (vendor, node_modules, third_party) are left out, symlinks are kept only when they
// resolve to a regular file inside the root, and FIFOs, devices and sockets are never
// opened.
type Local struct {
	name string
	root string // absolute, symlinks resolved
	git  bool

	mu    sync.Mutex
	files []string // cached after the first successful Files call

	shallowMu    sync.Mutex
	shallowKnown bool // whether shallow was read from git
	shallow      bool // a shallow clone, whose oldest commit seems to add every file
}

// NewLocal opens the checkout at dir. An empty name becomes the directory's base name.
func NewLocal(name, dir string) (*Local, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", dir, err)
	}
	root, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, fmt.Errorf("open repository %s: %w", dir, err)
	}
	fi, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("open repository %s: %w", dir, err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("open repository %s: not a directory", dir)
	}
	if name == "" {
		name = filepath.Base(root)
	}
	_, err = os.Lstat(filepath.Join(root, ".git"))
	return &Local{name: name, root: root, git: err == nil}, nil
}

// Name returns the repository's name.
func (l *Local) Name() string { return l.name }

// Root returns the absolute directory the repository is read from.
func (l *Local) Root() string { return l.root }

// Files lists the repository's regular files as sorted slash paths.
func (l *Local) Files(ctx context.Context) ([]string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.files != nil {
		return append([]string(nil), l.files...), nil
	}
	var (
		files []string
		err   error
	)
	if l.git {
		files, err = l.gitFiles(ctx)
		if errors.Is(err, exec.ErrNotFound) {
			files, err = l.walkFiles(ctx)
		}
	} else {
		files, err = l.walkFiles(ctx)
	}
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	if files == nil {
		files = []string{}
	}
	l.files = files
	return append([]string(nil), files...), nil
}

// gitFiles lists the files git tracks or would add, keeping only those that are
// regular files now.
//
// A tracked file that git records as a regular file is checked with one lstat, after
// each of its folders was checked once to be a real folder (not a symlink): resolving
// every path's symlinks component by component cost more than the rest of the
// collection on a large tree. Symlinks, untracked files and anything whose kind changed
// since it was staged take the full resolution; submodules are never files.
func (l *Local) gitFiles(ctx context.Context) ([]string, error) {
	tracked, err := GitOutput(ctx, l.root, "files", "ls-files", "-z", "--stage", "--cached")
	if err != nil {
		return nil, err
	}
	others, err := GitOutput(ctx, l.root, "files", "ls-files", "-z", "--others", "--exclude-standard")
	if err != nil {
		return nil, err
	}
	realDirs := map[string]bool{"": true}
	var realDir func(d string) bool
	realDir = func(d string) bool {
		if ok, seen := realDirs[d]; seen {
			return ok
		}
		parent := path.Dir(d)
		if parent == "." {
			parent = ""
		}
		fi, err := os.Lstat(filepath.Join(l.root, filepath.FromSlash(d)))
		ok := realDir(parent) && err == nil && fi.IsDir()
		realDirs[d] = ok
		return ok
	}
	var files []string
	keep := func(p string, staged bool) {
		if p == "" || IsVendored(p) {
			return
		}
		full := filepath.Join(l.root, filepath.FromSlash(p))
		if staged {
			dir := path.Dir(p)
			if dir == "." {
				dir = ""
			}
			if fi, err := os.Lstat(full); err == nil && fi.Mode().IsRegular() && realDir(dir) {
				files = append(files, p)
				return
			}
		}
		if l.regular(full) {
			files = append(files, p)
		}
	}
	for _, entry := range strings.Split(string(tracked), "\x00") {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		// "<mode> <object> <stage>\t<path>"
		meta, p, ok := strings.Cut(entry, "\t")
		if !ok {
			continue
		}
		mode, _, _ := strings.Cut(meta, " ")
		switch mode {
		case "160000": // a submodule: another repository's commit, not a file
		case "100644", "100755":
			keep(p, true)
		default:
			keep(p, false)
		}
	}
	for _, p := range strings.Split(string(others), "\x00") {
		keep(p, false)
	}
	return dedupe(files), nil
}

// dedupe drops repeated paths (a file staged at several merge stages), keeping order.
func dedupe(files []string) []string {
	seen := make(map[string]bool, len(files))
	out := files[:0]
	for _, p := range files {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// walkFiles walks the tree without following symlinks.
func (l *Local) walkFiles(ctx context.Context) ([]string, error) {
	var files []string
	err := filepath.WalkDir(l.root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("walk %s: %w", p, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() {
			if p != l.root && skippedDirs[d.Name()] {
				return filepath.SkipDir
			}
			return nil
		}
		t := d.Type()
		if !t.IsRegular() && t&fs.ModeSymlink == 0 {
			return nil // FIFO, device, socket: never opened
		}
		if t&fs.ModeSymlink != 0 && !l.regular(p) {
			return nil
		}
		rel, err := filepath.Rel(l.root, p)
		if err != nil {
			return fmt.Errorf("relate %s to %s: %w", p, l.root, err)
		}
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return files, nil
}

// regular reports whether p is, or is a symlink that resolves inside the root to, a
// regular file.
func (l *Local) regular(p string) bool {
	_, err := l.resolve(p)
	return err == nil
}

// resolve follows p's symlinks (in any component) and returns the target when it is a
// regular file inside the root.
func (l *Local) resolve(p string) (string, error) {
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	if r != l.root && !strings.HasPrefix(r, l.root+string(filepath.Separator)) {
		return "", ErrNotRegular
	}
	fi, err := os.Lstat(r)
	if err != nil {
		return "", err
	}
	if !fi.Mode().IsRegular() {
		return "", ErrNotRegular
	}
	return r, nil
}

// ReadFile returns the content of the file at the slash path p.
func (l *Local) ReadFile(ctx context.Context, p string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c, err := cleanPath(p)
	if err != nil {
		return nil, err
	}
	target, err := l.resolve(filepath.Join(l.root, filepath.FromSlash(c)))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	// O_NONBLOCK: should the file have been swapped for a FIFO since the check above,
	// opening it still does not wait for a writer.
	f, err := os.OpenFile(target, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("read %s: %w", p, ErrNotRegular)
	}
	if fi.Size() > MaxFileSize {
		return nil, fmt.Errorf("read %s: %w (%d bytes, at most %d)", p, ErrTooLarge, fi.Size(), MaxFileSize)
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	if err := checkContent(p, b); err != nil {
		return nil, err
	}
	return b, nil
}

// Changed returns the day (YYYY-MM-DD) of the last commit that changed the content of
// the file at p, at the commit checked out, or "" when the checkout cannot tell: it has
// no git history, it is a shallow clone (whose oldest commit seems to add every file),
// or no commit has the file. A commit that only re-indents, re-wraps blank lines or
// moves the file changes no content ("a roadmap touched by a formatting sweep is as old
// as its words"): the file is followed across moves, and such commits are passed over.
// Of a file whose last maxChangeScan commits change no content, the oldest of them is
// given: the content is older, so the day is never too old. git is stopped at the
// first commit that changes content.
func (l *Local) Changed(ctx context.Context, p string) (string, error) {
	if !l.git {
		return "", nil
	}
	clean, err := cleanPath(p)
	if err != nil {
		return "", err
	}
	shallow, err := l.isShallow(ctx)
	if err != nil {
		return "", err
	}
	if shallow {
		return "", nil
	}
	if day, ok := l.contentChanged(ctx, clean); ok {
		return day, nil
	}
	// A history that cannot show a change before it fails (a blob missing from a
	// partial clone) is dated by its last commit.
	out, err := GitOutput(ctx, l.root, "the last change of "+clean, "log", "-1", "--format=%cs", "HEAD", "--", clean)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}

// contentChanged reads the file's history newest first, each commit with its patch
// ignoring whitespace, and returns the day of the first commit whose patch has a hunk,
// stopping git there; else the day of the oldest commit read. ok is false when git
// failed before it could tell.
func (l *Local) contentChanged(ctx context.Context, clean string) (day string, ok bool) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cmd := GitCommand(ctx, l.root, "log", "-n", strconv.Itoa(maxChangeScan), "--format="+commitMark+"%cs",
		"-w", "--ignore-blank-lines", "-p", "--follow", "HEAD", "--", clean)
	// A partial clone would fetch each missing blob from its remote to show a change;
	// it fails instead, and the last commit dates the file.
	cmd.Env = append(cmd.Env, "GIT_NO_LAZY_FETCH=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", false
	}
	if err := cmd.Start(); err != nil {
		return "", false
	}
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	found := false
	for sc.Scan() {
		line := sc.Text()
		if d, isCommit := strings.CutPrefix(line, commitMark); isCommit {
			day = strings.TrimSpace(d)
		} else if (strings.HasPrefix(line, "@@ ") || strings.HasPrefix(line, "Binary files ")) && day != "" {
			// A hunk, or a binary file's change (which has none).
			found = true
			break
		}
	}
	if found {
		cancel() // the answer is known: the rest of the log is not needed
		_ = cmd.Wait()
		return day, true
	}
	return day, cmd.Wait() == nil
}

// maxChangeScan is how many commits Changed reads back for one that changes content.
const maxChangeScan = 50

// commitMark starts each commit's line in Changed's log.
const commitMark = "\x01commit "

// isShallow reports whether the checkout is a shallow clone, asking git once; an error
// (git missing, a repository git refuses) is returned, not remembered.
func (l *Local) isShallow(ctx context.Context) (bool, error) {
	l.shallowMu.Lock()
	defer l.shallowMu.Unlock()
	if l.shallowKnown {
		return l.shallow, nil
	}
	out, err := GitOutput(ctx, l.root, "whether the history is shallow", "rev-parse", "--is-shallow-repository")
	if err != nil {
		return false, err
	}
	l.shallow, l.shallowKnown = strings.TrimSpace(string(out)) != "false", true
	return l.shallow, nil
}
