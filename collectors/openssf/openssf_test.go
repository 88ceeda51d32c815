package openssf

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/collectors/web"
	"github.com/graduate-dev/graduate/snapshot"
)

// site answers as the badge site's API does, counting requests: a project document
// with an ETag, a 304 to a request that holds it.
func site(t *testing.T, hits *atomic.Int32) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/projects/3203.json":
			if r.Header.Get("If-None-Match") == `W/"p3203"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.Header().Set("ETag", `W/"p3203"`)
			w.Write([]byte(`{"id":3203,"name":"kubevirt","badge_level":"passing","tiered_percentage":107,"crypto_weaknesses_status":"Met"}`))
		case "/projects/3204.json":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body>Sign in</body></html>"))
		case "/projects/3205.json":
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"id":3205,"badge_level":"platinum"}`))
		case "/projects/3206.json":
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"id":9999,"badge_level":"gold"}`))
		case "/projects/3207.json":
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"id":3207,`))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func TestFetch(t *testing.T) {
	var hits atomic.Int32
	s := site(t, &hits)
	c := web.New(web.Options{CacheDir: t.TempDir(), RetryWait: time.Millisecond})
	ctx := context.Background()

	o := &snapshot.OpenSSF{ProjectID: 3203}
	if err := Fetch(ctx, c, s.URL, o); err != nil {
		t.Fatal(err)
	}
	if o.BadgeLevel != "passing" || o.TieredPercentage == nil || *o.TieredPercentage != 107 || o.URL != s.URL+"/projects/3203" {
		t.Errorf("badge = %+v", o)
	}
	again := &snapshot.OpenSSF{ProjectID: 3203}
	if err := Fetch(ctx, c, s.URL, again); err != nil || again.BadgeLevel != "passing" {
		t.Errorf("second fetch = %+v, %v", again, err)
	}
	if n := hits.Load(); n != 2 {
		t.Errorf("%d requests, want 2 (the second a conditional request answered 304)", n)
	}

	for _, tt := range []struct {
		id   int
		want string
	}{
		{3204, "returned text/html, not JSON"},
		{3205, "states no badge level the API defines"},
		{3206, "is not that project's document"},
		{3207, "decode"},
		{4040, "HTTP 404"},
	} {
		o := &snapshot.OpenSSF{ProjectID: tt.id}
		err := Fetch(ctx, c, s.URL, o)
		if err == nil || err.Source != Source || !strings.Contains(err.Error, tt.want) {
			t.Errorf("project %d: %+v, want an error saying %q", tt.id, err, tt.want)
		}
		if o.BadgeLevel != "" {
			t.Errorf("project %d: badge level %q set despite the error", tt.id, o.BadgeLevel)
		}
	}

	// Offline: the cached answer serves; an uncached project is an error, not a level.
	off := web.New(web.Options{CacheDir: t.TempDir(), Offline: true})
	if err := Fetch(ctx, off, s.URL, &snapshot.OpenSSF{ProjectID: 3203}); err == nil || !strings.Contains(err.Error, "offline") {
		t.Errorf("offline with an empty cache: %+v, want an error saying offline", err)
	}
	if err := Fetch(ctx, nil, s.URL, &snapshot.OpenSSF{ProjectID: 3203}); err == nil {
		t.Error("no client: want an error")
	}
	if err := Fetch(ctx, c, s.URL, &snapshot.OpenSSF{}); err != nil {
		t.Errorf("no project id: %+v, want nothing to do", err)
	}
}
