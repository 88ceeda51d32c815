package web

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"github.com/graduate-dev/graduate/internal/atomicfile"
)

// cache keeps each fetched body with what revalidates it, a file pair per URL. A nil
// cache keeps nothing. A cache that cannot be read or written is treated as empty: the
// document is fetched again, never taken from a broken copy.
type cache struct {
	dir string
}

// meta is what the cache keeps beside a body.
type meta struct {
	URL          string    `json:"url"`
	Final        string    `json:"final"`
	ContentType  string    `json:"content_type"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Fetched      time.Time `json:"fetched"`
}

func (m meta) response(body []byte) *Response {
	return &Response{Final: m.Final, Body: body, ContentType: m.ContentType, Cached: true, Fetched: m.Fetched}
}

// path returns the files of url's entry.
func (c *cache) path(url string) string {
	sum := sha256.Sum256([]byte(url))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:16]))
}

// load returns url's entry and body; ok is false when there is none.
func (c *cache) load(url string) (m meta, body []byte, ok bool) {
	if c == nil {
		return meta{}, nil, false
	}
	p := c.path(url)
	b, err := os.ReadFile(p + ".json")
	if err != nil || json.Unmarshal(b, &m) != nil || m.URL != url {
		return meta{}, nil, false
	}
	body, err = os.ReadFile(p + ".body")
	if err != nil {
		return meta{}, nil, false
	}
	return m, body, true
}

// store writes url's entry, and its body unless body is nil (a revalidated entry keeps
// the body it has). Each file is written beside its place and renamed into it, so that
// a reader never sees half of one.
func (c *cache) store(url string, m meta, body []byte) {
	if c == nil {
		return
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return
	}
	p := c.path(url)
	if body != nil && atomicfile.WriteFile(p+".body", body) != nil {
		return
	}
	if b, err := json.Marshal(m); err == nil {
		_ = atomicfile.WriteFile(p+".json", b)
	}
}
