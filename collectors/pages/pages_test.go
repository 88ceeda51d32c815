package pages

import (
	"slices"
	"testing"
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
