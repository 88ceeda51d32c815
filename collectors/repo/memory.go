package repo

import (
	"context"
	"fmt"
	"io/fs"
	"sort"
)

// Memory is a repository held in memory, for tests.
type Memory struct {
	name  string
	files map[string]string
}

// NewMemory returns a repository with the given files, keyed by slash path.
func NewMemory(name string, files map[string]string) *Memory {
	m := &Memory{name: name, files: make(map[string]string, len(files))}
	for p, c := range files {
		m.files[p] = c
	}
	return m
}

// Name returns the repository's name.
func (m *Memory) Name() string { return m.name }

// Files returns the file paths, sorted.
func (m *Memory) Files(ctx context.Context) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]string, 0, len(m.files))
	for p := range m.files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out, nil
}

// ReadFile returns a file's content, with the same size and binary checks as Local.
func (m *Memory) ReadFile(ctx context.Context, p string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c, err := cleanPath(p)
	if err != nil {
		return nil, err
	}
	s, ok := m.files[c]
	if !ok {
		return nil, fmt.Errorf("read %s: %w", p, fs.ErrNotExist)
	}
	b := []byte(s)
	if err := checkContent(p, b); err != nil {
		return nil, err
	}
	return b, nil
}
