package web

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/graduate-dev/graduate/snapshot"
)

// Read reads a source given as a FILE or a URL: an http(s) URL through c (nil: an
// error, there is no network client), anything else as a local file. It returns the
// content, at most limit bytes, and where it was read (the URL, or the file's name).
func Read(ctx context.Context, c *Client, src string, limit int64) (body []byte, at snapshot.Location, err error) {
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		at = snapshot.Location{URL: src}
		if c == nil {
			return nil, at, fmt.Errorf("fetch %s: no network client", src)
		}
		resp, err := c.Get(ctx, src, limit)
		if err != nil {
			return nil, at, err
		}
		return resp.Body, at, nil
	}
	// The file's name, not where it lies on this machine: a snapshot, and the reasons
	// that quote it, read the same wherever it was collected.
	at = snapshot.Location{Path: filepath.Base(src)}
	if err := ctx.Err(); err != nil {
		return nil, at, err
	}
	f, err := os.Open(src)
	if err != nil {
		return nil, at, fmt.Errorf("read %s: %w", src, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, at, fmt.Errorf("read %s: %w", src, err)
	}
	if int64(len(b)) > limit {
		return nil, at, fmt.Errorf("read %s: %w (%d bytes)", src, ErrTooLarge, limit)
	}
	return b, at, nil
}
