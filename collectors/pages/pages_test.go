package pages

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
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
	if len(got.Kinds["roadmap"]) != 1 || got.Kinds["roadmap"][0].URL != links[0].URL || got.Kinds["roadmap"][0].Text != "Lantern Roadmap" || got.Kinds["roadmap"][0].Via.Line != 3 {
		t.Errorf("roadmap pages = %+v, want the organisation's ROADMAP.md", got.Kinds["roadmap"])
	}
	if n := hits.Load(); n != 2 {
		t.Errorf("%d requests, want 2: another owner's file is not fetched", n)
	}
}

func TestOutlineUnits(t *testing.T) {
	o := outlineOf([]byte(`<html><head><style>p { color: red }</style></head><body>
	<h2>Release cadence</h2><p>A minor release is cut <b>every three months</b>.</p>
	<ul><li>Patch releases as needed.</li></ul><script>document.write("<p>not text</p>")</script>
	<table><tr><td>v1.4</td><td>supported</td></tr></table></body></html>`))
	want := []string{"A minor release is cut every three months.", "Patch releases as needed.", "v1.4", "supported"}
	if !slices.Equal(o.units, want) {
		t.Errorf("units = %q, want %q", o.units, want)
	}
	m := markdownOutline([]byte("---\ntitle: x\n---\n# Releases\n\nWe release every\nsix weeks.\n\n```\nnot: prose\n```\n- [Support](https://x.example) for two minors\n"))
	if want := []string{"We release every six weeks.", "Support for two minors"}; !slices.Equal(m.units, want) {
		t.Errorf("markdown units = %q, want %q", m.units, want)
	}
}

// TestReadTopics reads what the project's own pages state: a page linked as the release
// process, whose sentences state topics read in release documents, and a page linked
// for one topic. A sentence that says the topic is stated elsewhere states nothing.
func TestReadTopics(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/docs/releases/":
			w.Write([]byte(`<html><head><title>Release process</title></head><body>
			<h1>Release process</h1><p>A minor release is cut every three months.</p>
			<p>Release candidates are tagged vX.Y.Z-rc.N before the final release.</p></body></html>`))
		case "/docs/support/":
			w.Write([]byte(`<html><body><h1>Versions</h1><p>We support the last three minor releases.</p></body></html>`))
		case "/docs/pointer/":
			w.Write([]byte(`<html><body><h1>Versions</h1><p>Supported versions are listed on <a href="/x">the other site</a>; see there.</p></body></html>`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	v, err := documents.DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	links := []snapshot.LinkOut{
		{Topic: "release_process", Repo: "o/p", Path: "README.md", Line: 7, URL: site.URL + "/docs/releases/"},
		{Topic: "release_support", Repo: "o/p", Path: "RELEASES.md", Line: 3, URL: site.URL + "/docs/support/"},
		{Topic: "release_support", Repo: "o/p", Path: "RELEASES.md", Line: 4, URL: site.URL + "/docs/pointer/"},
	}
	u, _ := url.Parse(site.URL)
	c := web.New(web.Options{CacheDir: t.TempDir(), RetryWait: time.Millisecond})
	got := Read(context.Background(), c, links, Sites{Hosts: []string{u.Hostname()}}, v)
	if len(got.Kinds["release_process"]) != 1 {
		t.Errorf("release process pages = %+v, want one", got.Kinds["release_process"])
	}
	place := func(ls []snapshot.Location) []string {
		var out []string
		for _, l := range ls {
			out = append(out, l.Path+" "+l.How+" "+l.Text)
		}
		return out
	}
	for topic, want := range map[string][]string{
		"release_expectations": {"/docs/releases/ sentence A minor release is cut every three months."},
		"release_prerelease":   {"/docs/releases/ sentence Release candidates are tagged vX.Y.Z-rc.N before the final release."},
		"release_support":      {"/docs/support/ sentence We support the last three minor releases."},
	} {
		if g := place(got.Topics[topic]); !slices.Equal(g, want) {
			t.Errorf("%s = %q, want %q", topic, g, want)
		}
	}
	if l := got.Topics["release_support"]; len(l) == 1 && (l[0].Via == nil || l[0].Via.Line != 3 || l[0].URL != site.URL+"/docs/support/") {
		t.Errorf("support statement's link and page = %+v", l[0])
	}
	if got := Read(context.Background(), nil, links, Sites{Hosts: []string{u.Hostname()}}, v); len(got.Kinds)+len(got.Topics) != 0 {
		t.Errorf("without a client (offline) = %+v, want nothing", got)
	}
}
