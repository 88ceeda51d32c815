package web

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
)

// Read reads a source given as a FILE or a URL: an http(s) URL through c (nil: an
// error, there is no network client), anything else as a local file. It returns the
// content, at most limit bytes, and whether it came from the network.
func Read(ctx context.Context, c *Client, src string, limit int64) (body []byte, remote bool, err error) {
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		if c == nil {
			return nil, true, fmt.Errorf("fetch %s: no network client", src)
		}
		resp, err := c.Get(ctx, src, limit)
		if err != nil {
			return nil, true, err
		}
		return resp.Body, true, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	f, err := os.Open(src)
	if err != nil {
		return nil, false, fmt.Errorf("read %s: %w", src, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, false, fmt.Errorf("read %s: %w", src, err)
	}
	if int64(len(b)) > limit {
		return nil, false, fmt.Errorf("read %s: %w (%d bytes)", src, ErrTooLarge, limit)
	}
	return b, false, nil
}
