package github

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/graduate-dev/graduate/internal/atomicfile"
)

// ErrOffline is the error for an API answer needed offline and not in the cache.
var ErrOffline = errors.New("offline, and not in the cache")

// keptHeaders are the response headers a cached answer keeps: what go-github reads
// from a 200 (the next page's link, the type) and what revalidates it.
var keptHeaders = []string{"Content-Type", "Link", "ETag", "Last-Modified"}

// notFoundTTL is how long a 404 is believed without asking again: GitHub gives a 404
// no ETag to revalidate it with, and an owner without a .github repository, or a
// branch without protection, is asked about on every run otherwise.
const notFoundTTL = time.Hour

// entry is one cached answer, kept in one file so that it is written whole or not at
// all. Status is 200, or 404 until Expires.
type entry struct {
	URL     string              `json:"url"`
	Accept  string              `json:"accept,omitempty"`
	Status  int                 `json:"status,omitempty"`
	Expires time.Time           `json:"expires,omitzero"`
	Header  map[string][]string `json:"header"`
	Body    []byte              `json:"body"`
}

// cacheTransport answers GET requests from an on-disk cache revalidated with
// conditional requests (If-None-Match, If-Modified-Since), and remembers a 404 for
// notFoundTTL: a 304 is turned into the cached 200, marked X-From-Cache as go-github expects so that it does not take the
// cached rate-limit headers for current ones. Offline it answers from the cache alone.
// The key is the URL and the Accept header, never the token: nothing of it is written.
// A cache that cannot be read or written is treated as empty.
type cacheTransport struct {
	next    http.RoundTripper
	dir     string
	offline bool
	meter   *meter
	now     func() time.Time
}

func (t *cacheTransport) path(req *http.Request) string {
	sum := sha256.Sum256([]byte(req.URL.String() + "\n" + req.Header.Get("Accept")))
	return filepath.Join(t.dir, hex.EncodeToString(sum[:16])+".json")
}

func (t *cacheTransport) load(req *http.Request) (entry, bool) {
	if t.dir == "" {
		return entry{}, false
	}
	b, err := os.ReadFile(t.path(req))
	var e entry
	if err != nil || json.Unmarshal(b, &e) != nil || e.URL != req.URL.String() {
		return entry{}, false
	}
	return e, true
}

func (t *cacheTransport) store(req *http.Request, resp *http.Response, body []byte) {
	notFound := resp.StatusCode == http.StatusNotFound
	if t.dir == "" || (!notFound && resp.Header.Get("ETag") == "" && resp.Header.Get("Last-Modified") == "") {
		return
	}
	e := entry{URL: req.URL.String(), Accept: req.Header.Get("Accept"), Status: resp.StatusCode, Header: map[string][]string{}, Body: body}
	if notFound {
		e.Expires = t.now().Add(notFoundTTL)
	}
	for _, h := range keptHeaders {
		if v := resp.Header.Values(h); len(v) > 0 {
			e.Header[h] = v
		}
	}
	b, err := json.Marshal(e)
	if err != nil || os.MkdirAll(t.dir, 0o755) != nil {
		return
	}
	_ = atomicfile.WriteFile(t.path(req), b)
}

// answer is the cached entry as a response to req: the 200 it revalidates, or the 404
// it remembers.
func (e entry) answer(req *http.Request) *http.Response {
	h := http.Header{}
	for k, v := range e.Header {
		h[k] = v
	}
	h.Set("X-From-Cache", "1")
	code := http.StatusOK
	if e.Status == http.StatusNotFound {
		code = e.Status
	}
	return &http.Response{
		Status: fmt.Sprintf("%d %s", code, http.StatusText(code)), StatusCode: code, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: h, Body: io.NopCloser(bytes.NewReader(e.Body)), ContentLength: int64(len(e.Body)), Request: req,
	}
}

func (t *cacheTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method != http.MethodGet {
		if t.offline {
			return nil, fmt.Errorf("%s %s: %w", req.Method, req.URL.Path, ErrOffline)
		}
		return t.next.RoundTrip(req)
	}
	e, cached := t.load(req)
	if cached && e.Status == http.StatusNotFound {
		if t.now().Before(e.Expires) {
			t.meter.add(func(s *Stats) { s.FromCache++ })
			return e.answer(req), nil
		}
		cached = false
	}
	if t.offline {
		if !cached {
			return nil, fmt.Errorf("get %s: %w", req.URL.Path, ErrOffline)
		}
		t.meter.add(func(s *Stats) { s.FromCache++ })
		return e.answer(req), nil
	}
	if cached {
		req = req.Clone(req.Context())
		if v := e.Header["ETag"]; len(v) > 0 {
			req.Header.Set("If-None-Match", v[0])
		}
		if v := e.Header["Last-Modified"]; len(v) > 0 {
			req.Header.Set("If-Modified-Since", v[0])
		}
	}
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if cached && resp.StatusCode == http.StatusNotModified {
		resp.Body.Close()
		return e.answer(req), nil
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusNotFound {
		return resp, nil
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", req.URL.Path, err)
	}
	t.store(req, resp, body)
	resp.Body = io.NopCloser(bytes.NewReader(body))
	return resp, nil
}
