package web

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// server is an httptest server that counts the requests it answers.
type server struct {
	*httptest.Server
	hits atomic.Int32
}

func serve(t *testing.T, h http.HandlerFunc) *server {
	t.Helper()
	s := &server{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits.Add(1)
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func fast(o Options) Options {
	o.RetryWait = time.Millisecond
	return o
}

func TestConditionalCache(t *testing.T) {
	var agent atomic.Value
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		agent.Store(r.Header.Get("User-Agent"))
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"badge_level":"passing"}`))
	})
	dir := t.TempDir()
	c := New(fast(Options{CacheDir: dir, UserAgent: "graduate-test"}))
	ctx := context.Background()
	first, err := c.Get(ctx, s.URL+"/projects/1.json", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if first.Cached || string(first.Body) != `{"badge_level":"passing"}` || first.ContentType != "application/json" {
		t.Errorf("first fetch = %+v", first)
	}
	if agent.Load() != "graduate-test" {
		t.Errorf("User-Agent = %v", agent.Load())
	}
	second, err := c.Get(ctx, s.URL+"/projects/1.json", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if !second.Cached || string(second.Body) != string(first.Body) {
		t.Errorf("revalidated fetch = %+v, want the cached body", second)
	}
	if n := s.hits.Load(); n != 2 {
		t.Errorf("%d requests, want 2 (a fetch and a conditional request)", n)
	}
	// Offline: the cache answers, the server is not asked.
	off := New(Options{CacheDir: dir, Offline: true})
	third, err := off.Get(ctx, s.URL+"/projects/1.json", 1<<20)
	if err != nil || !third.Cached || string(third.Body) != string(first.Body) {
		t.Errorf("offline fetch = %+v, %v; want the cached body", third, err)
	}
	if _, err := off.Get(ctx, s.URL+"/projects/2.json", 1<<20); !errors.Is(err, ErrOffline) {
		t.Errorf("offline fetch of an uncached URL: %v, want ErrOffline", err)
	}
	if n := s.hits.Load(); n != 2 {
		t.Errorf("%d requests, want 2: offline must not reach the server", n)
	}
	// A broken cache entry is no entry: the document is fetched again.
	entries, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, e := range entries {
		os.WriteFile(e, []byte("{broken"), 0o644)
	}
	if _, err := c.Get(ctx, s.URL+"/projects/1.json", 1<<20); err != nil {
		t.Fatal(err)
	}
	if n := s.hits.Load(); n != 3 {
		t.Errorf("%d requests, want 3", n)
	}
}

func TestFaults(t *testing.T) {
	var flaky atomic.Int32
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/flaky":
			if flaky.Add(1) <= 2 {
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			w.Write([]byte("ok"))
		case "/down":
			w.WriteHeader(http.StatusBadGateway)
		case "/missing":
			http.NotFound(w, r)
		case "/big":
			w.Write([]byte(strings.Repeat("x", 2048)))
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/endless":
			for {
				if _, err := w.Write([]byte(strings.Repeat("y", 4096))); err != nil {
					return
				}
			}
		case "/drip":
			for i := 0; i < 100; i++ {
				if _, err := w.Write([]byte("z")); err != nil {
					return
				}
				w.(http.Flusher).Flush()
				time.Sleep(50 * time.Millisecond)
			}
		}
	})
	c := New(fast(Options{Timeout: 500 * time.Millisecond}))
	ctx := context.Background()
	tests := []struct {
		path  string
		check func(*Response, error) bool
		want  string
		hits  int32
	}{
		{"/flaky", func(r *Response, err error) bool { return err == nil && string(r.Body) == "ok" }, "retried into a success", 3},
		{"/down", func(_ *Response, err error) bool {
			var se *StatusError
			return errors.As(err, &se) && se.Code == http.StatusBadGateway
		}, "HTTP 502 after the retries", 3},
		{"/missing", func(_ *Response, err error) bool {
			var se *StatusError
			return errors.As(err, &se) && se.Code == http.StatusNotFound
		}, "HTTP 404, not retried", 1},
		{"/big", func(_ *Response, err error) bool { return errors.Is(err, ErrTooLarge) }, "ErrTooLarge", 1},
		{"/loop", func(_ *Response, err error) bool { return err != nil && strings.Contains(err.Error(), "redirects") }, "stopped after redirects", 6},
		{"/endless", func(_ *Response, err error) bool { return errors.Is(err, ErrTooLarge) }, "ErrTooLarge", 1},
		{"/drip", func(_ *Response, err error) bool { return err != nil && !errors.Is(err, ErrTooLarge) }, "a timeout", 1},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			before := s.hits.Load()
			r, err := c.Get(ctx, s.URL+tt.path, 1024)
			if !tt.check(r, err) {
				t.Errorf("Get(%s) = %+v, %v; want %s", tt.path, r, err, tt.want)
			}
			if n := s.hits.Load() - before; n != tt.hits {
				t.Errorf("Get(%s): %d requests, want %d", tt.path, n, tt.hits)
			}
		})
	}
}

func TestRead(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	small := filepath.Join(dir, "small.csv")
	big := filepath.Join(dir, "big.csv")
	os.WriteFile(small, []byte("a,b\n"), 0o644)
	os.WriteFile(big, []byte(strings.Repeat("x", 100)), 0o644)
	if b, at, err := Read(ctx, nil, small, 10); err != nil || at.Path != "small.csv" || string(b) != "a,b\n" {
		t.Errorf("Read(file) = %q, %+v, %v", b, at, err)
	}
	if _, _, err := Read(ctx, nil, big, 10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Read(big file) = %v, want ErrTooLarge", err)
	}
	if _, _, err := Read(ctx, nil, filepath.Join(dir, "none.csv"), 10); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Read(missing file) = %v, want not exist", err)
	}
	if _, at, err := Read(ctx, nil, "https://example.invalid/x.csv", 10); err == nil || at.URL == "" {
		t.Errorf("Read(URL) without a client = %+v, %v; want an error", at, err)
	}
}
