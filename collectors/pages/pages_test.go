package pages

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/collectors/documents"
	"github.com/graduate-dev/graduate/collectors/web"
	"github.com/graduate-dev/graduate/snapshot"
)

func TestOutline(t *testing.T) {
	o := outlineOf([]byte(`<!doctype html><html><head><title>  Lantern
	Roadmap </title><script>var h1 = "<h1>not a heading</h1>";</script></head>
	<body><h1>Lantern <em>Roadmap</em></h1><h2>2027</h2><h4>small</h4><p>text</p><h3></h3></body></html>`))
	if o.title != "Lantern Roadmap" || !slices.Equal(o.headings, []string{"Lantern Roadmap", "2027"}) {
		t.Errorf("outline = %+v", o)
	}
	if o := outlineOf([]byte("not html at all <<<")); o.title != "" || len(o.headings) != 0 {
		t.Errorf("outline of text = %+v, want nothing", o)
	}
}

func TestOnHosts(t *testing.T) {
	hosts := []string{"www.lantern.example"}
	for host, want := range map[string]bool{
		"lantern.example":          true,
		"www.lantern.example":      true,
		"docs.lantern.example":     true,
		"notlantern.example":       false,
		"lantern.example.evil.org": false,
	} {
		if got := onHosts(host, hosts); got != want {
			t.Errorf("onHosts(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestReadOrganisationFiles(t *testing.T) {
	var hits atomic.Int32
	raw := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/lantern-dev/community/main/ROADMAP.md":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write([]byte("# Lantern Roadmap\n\n## 2027\n\n- Faster traces\n"))
		case "/lantern-dev/community/main/NOTES.md":
			w.Write([]byte("# Meeting notes\n"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer raw.Close()
	v, err := documents.DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	links := []snapshot.LinkOut{
		{Topic: "roadmap", Repo: "lantern-dev/lantern", Path: "README.md", Line: 3, URL: "https://github.com/lantern-dev/community/blob/main/ROADMAP.md"},
		{Topic: "roadmap", Repo: "lantern-dev/lantern", Path: "README.md", Line: 4, URL: "https://github.com/lantern-dev/community/blob/main/NOTES.md"},
		{Topic: "roadmap", Repo: "lantern-dev/lantern", Path: "README.md", Line: 5, URL: "https://github.com/someone-else/fork/blob/main/ROADMAP.md"},
	}
	c := web.New(web.Options{CacheDir: t.TempDir(), RetryWait: time.Millisecond})
	got := Read(context.Background(), c, links, Sites{Owners: []string{"lantern-dev"}, RawBase: raw.URL}, v)
	if len(got["roadmap"]) != 1 || got["roadmap"][0].URL != links[0].URL || got["roadmap"][0].Text != "Lantern Roadmap" || got["roadmap"][0].Via.Line != 3 {
		t.Errorf("roadmap pages = %+v, want the organisation's ROADMAP.md", got["roadmap"])
	}
	if n := hits.Load(); n != 2 {
		t.Errorf("%d requests, want 2: another owner's file is not fetched", n)
	}
}
