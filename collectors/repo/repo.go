// Package repo is a read-only view of one repository's files, so that the same detectors
// can read a local checkout, an in-memory tree in tests, or (later) a repository read
// through the GitHub API.
package repo

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path"
	"strings"
)

// MaxFileSize is the largest file ReadFile returns; a larger one is an error wrapping
// ErrTooLarge.
const MaxFileSize = 1 << 20

// sniffSize is how much of a file is searched for a NUL byte to call it binary.
const sniffSize = 8 << 10

var (
	// ErrTooLarge is wrapped by ReadFile for a file larger than MaxFileSize.
	ErrTooLarge = errors.New("file too large")
	// ErrBinary is wrapped by ReadFile for a file with a NUL byte in its first 8 KiB.
	ErrBinary = errors.New("binary file")
	// ErrNotRegular is wrapped by ReadFile for anything that is not a regular file inside
	// the repository: a directory, a FIFO, a device, a socket, or a symlink leading out.
	ErrNotRegular = errors.New("not a regular file in the repository")
	// ErrBadPath is wrapped by ReadFile for a path that is absolute or leaves the root.
	ErrBadPath = errors.New("path outside the repository")
)

// Repo is a read-only view of one repository.
type Repo interface {
	// Name is how locations name the repository, e.g. "kubevirt/kubevirt" or a
	// directory's base name.
	Name() string
	// Files lists the repository's files (never directories) as slash-separated paths
	// relative to its root, sorted.
	Files(ctx context.Context) ([]string, error)
	// ReadFile returns a file's content. A file larger than MaxFileSize is an error
	// wrapping ErrTooLarge, a binary one an error wrapping ErrBinary.
	ReadFile(ctx context.Context, path string) ([]byte, error)
}

// skippedDirs are directory names whose trees hold other projects' files.
var skippedDirs = map[string]bool{
	".git":         true,
	"vendor":       true,
	"node_modules": true,
	"third_party":  true,
}

// IsVendored reports whether a slash path lies in a tree that holds other projects' files
// (vendor, node_modules, third_party) or in git's own directory.
func IsVendored(p string) bool {
	dir, _ := path.Split(p)
	for _, seg := range strings.Split(strings.TrimSuffix(dir, "/"), "/") {
		if skippedDirs[seg] {
			return true
		}
	}
	return false
}

// IsTestTree reports whether a folder name (lower-case) holds tests' data, not the
// project's documents or lists: testdata/, fixtures/, golden/, a mock's or a snapshot
// test's folder.
func IsTestTree(seg string) bool {
	switch seg {
	case "testdata", "fixtures", "__fixtures__", "__snapshots__", "test-fixtures", "golden", "__mocks__":
		return true
	}
	return false
}

// cleanPath checks that p is a relative slash path that stays inside the root and
// returns its clean form.
func cleanPath(p string) (string, error) {
	if p == "" || strings.HasPrefix(p, "/") || strings.Contains(p, "\\") {
		return "", fmt.Errorf("check path %q: %w", p, ErrBadPath)
	}
	c := path.Clean(p)
	if c == "." || c == ".." || strings.HasPrefix(c, "../") {
		return "", fmt.Errorf("check path %q: %w", p, ErrBadPath)
	}
	return c, nil
}

// checkContent applies the size cap and the binary sniff to content already read.
func checkContent(p string, b []byte) error {
	if len(b) > MaxFileSize {
		return fmt.Errorf("read %s: %w (more than %d bytes)", p, ErrTooLarge, MaxFileSize)
	}
	if bytes.IndexByte(b[:min(len(b), sniffSize)], 0) >= 0 {
		return fmt.Errorf("read %s: %w", p, ErrBinary)
	}
	return nil
}
