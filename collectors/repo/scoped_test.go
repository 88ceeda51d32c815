package repo

import (
	"context"
	"errors"
	"io/fs"
	"testing"
)

func TestScoped(t *testing.T) {
	r := Scoped(NewMemory("cncf/toc", map[string]string{
		"projects/lantern/gtr.md":       "# GTR",
		"projects/lantern-ui/review.md": "# Other",
		"projects/beacon/gtr.md":        "# Beacon",
		"README.md":                     "# TOC",
	}), "projects/lantern/")
	files, err := r.Files(context.Background())
	if err != nil || len(files) != 1 || files[0] != "projects/lantern/gtr.md" {
		t.Errorf("Files = %v, %v; want only projects/lantern/gtr.md", files, err)
	}
	if _, err := r.ReadFile(context.Background(), "projects/beacon/gtr.md"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile outside the scope: %v, want fs.ErrNotExist", err)
	}
	if b, err := r.ReadFile(context.Background(), "projects/lantern/gtr.md"); err != nil || string(b) != "# GTR" {
		t.Errorf("ReadFile = %q, %v", b, err)
	}
}
