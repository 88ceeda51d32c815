package github

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// maxArchive bounds the bytes an archive may unpack to.
const maxArchive = 4 << 30

// files returns a directory holding the repository's files at commit: the cached
// copy when there is one (a commit's files never change, so it costs no request),
// else its archive, fetched with one API request and unpacked. One archive stands for
// the git tree and every file the readers open: a document tree of a few hundred files
// read one by one would cost more requests than an anonymous client has in an hour.
// remove, when not nil, deletes a copy made outside the cache.
func (c *Client) files(ctx context.Context, owner, name, commit string) (dir string, remove func(), err error) {
	cached := cacheDir(c.opts.CacheDir, "files")
	if cached != "" {
		dir = filepath.Join(cached, owner, name, commit)
		if _, err := os.Stat(filepath.Join(dir, ".graduate-complete")); err == nil {
			c.meter.add(func(s *Stats) { s.FromCache++ })
			return filepath.Join(dir, "tree"), nil, nil
		}
	}
	if c.opts.Offline {
		return "", nil, fmt.Errorf("read the files of %s/%s at %s: %w", owner, name, short(commit), ErrOffline)
	}
	parent := cached
	if parent == "" {
		parent = os.TempDir()
	} else if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", nil, fmt.Errorf("make cache directory: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(filepath.Join(parent, owner, name, commit)), "unpack-*")
	if err != nil {
		if err := os.MkdirAll(parent, 0o755); err != nil {
			return "", nil, fmt.Errorf("make cache directory: %w", err)
		}
		if tmp, err = os.MkdirTemp(parent, "unpack-*"); err != nil {
			return "", nil, fmt.Errorf("make directory for %s/%s: %w", owner, name, err)
		}
	}
	if err := c.unpack(ctx, owner, name, commit, filepath.Join(tmp, "tree")); err != nil {
		os.RemoveAll(tmp)
		return "", nil, err
	}
	if cached == "" {
		return filepath.Join(tmp, "tree"), func() { os.RemoveAll(tmp) }, nil
	}
	if err := os.WriteFile(filepath.Join(tmp, ".graduate-complete"), []byte(commit+"\n"), 0o644); err != nil {
		os.RemoveAll(tmp)
		return "", nil, fmt.Errorf("write cache: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		// Another run put the same commit there first; theirs is as good.
		os.RemoveAll(tmp)
		if _, serr := os.Stat(filepath.Join(dir, ".graduate-complete")); serr != nil {
			return "", nil, fmt.Errorf("write cache: %w", err)
		}
	}
	return filepath.Join(dir, "tree"), nil, nil
}

// unpack fetches the tarball of commit and writes its files under dir.
func (c *Client) unpack(ctx context.Context, owner, name, commit, dir string) error {
	u := c.base.JoinPath("repos", owner, name, "tarball", commit)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fmt.Errorf("fetch the archive of %s/%s: %w", owner, name, err)
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	resp, err := c.archives.Do(req)
	if err != nil {
		return fmt.Errorf("fetch the archive of %s/%s: %w", owner, name, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("fetch the archive of %s/%s at %s: %w", owner, name, short(commit), statusError(resp))
	}
	if err := untar(resp.Body, dir); err != nil {
		return fmt.Errorf("unpack the archive of %s/%s at %s: %w", owner, name, short(commit), err)
	}
	return nil
}

// untar writes a gzipped tarball's files under dir, without its top directory (GitHub
// names it owner-name-sha). An entry that would land outside dir is an error; a
// symbolic link is kept only when it stays inside the tree.
func untar(r io.Reader, dir string) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	var total int64
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if h.Typeflag == tar.TypeXGlobalHeader {
			continue
		}
		_, rel, _ := strings.Cut(strings.TrimPrefix(h.Name, "./"), "/")
		rel = strings.TrimSuffix(rel, "/")
		if rel == "" {
			continue
		}
		clean := path.Clean(rel)
		if path.IsAbs(rel) || clean == ".." || strings.HasPrefix(clean, "../") || strings.Contains(rel, `\`) {
			return fmt.Errorf("entry %q leaves the tree", h.Name)
		}
		target := filepath.Join(dir, filepath.FromSlash(clean))
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			total += h.Size
			if total > maxArchive {
				return fmt.Errorf("more than %d bytes", maxArchive)
			}
			if err := writeEntry(target, tr); err != nil {
				return err
			}
		case tar.TypeSymlink:
			to := path.Join(path.Dir(clean), h.Linkname)
			if path.IsAbs(h.Linkname) || to == ".." || strings.HasPrefix(to, "../") {
				continue
			}
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			if err := os.Symlink(h.Linkname, target); err != nil {
				return err
			}
		}
	}
}

func writeEntry(target string, r io.Reader) error {
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, werr := io.Copy(f, r)
	return errors.Join(werr, f.Close())
}

// short is a commit's short SHA.
func short(sha string) string { return sha[:min(len(sha), 12)] }
