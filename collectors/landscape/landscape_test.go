package landscape

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const file = "testdata/landscape.yml"

func TestRead(t *testing.T) {
	ctx := context.Background()
	l, cerr := Read(ctx, nil, file, Want{Name: "lantern-dev", Repos: []string{"lantern-dev/community"}})
	if cerr != nil {
		t.Fatal(cerr.Error)
	}
	if l.Name != "Lantern" || l.Maturity != "incubating" || l.Accepted != "2023-03-14" || l.Incubating != "2025-02-01" || l.Graduated != "" {
		t.Errorf("entry = %+v", l)
	}
	if l.Homepage != "https://lantern.example/" || l.MailingList != "https://lists.lantern.example/dev" || l.Chat != "https://cloud-native.slack.com/archives/C0LANTERN" {
		t.Errorf("entry = %+v", l)
	}
	if len(l.Repositories) != 3 || l.Source.Path != filepath.Base(file) || l.Source.Line != 9 {
		t.Errorf("repositories %v at %+v, want 3 at line 9", l.Repositories, l.Source)
	}
	if b, cerr := Read(ctx, nil, file, Want{Name: "Beacon"}); cerr != nil || b.Graduated != "2022-11-30" {
		t.Errorf("by name: %+v, %+v", b, cerr)
	}
	// Its main repository picks Beacon among the projects of its organisation, and its
	// second listing in another category (no maturity) does not count.
	if b, cerr := Read(ctx, nil, file, Want{Name: "beacon", Main: "beacon-dev/beacon", Repos: []string{"beacon-dev/spec", "beacon-dev/beacon"}}); cerr != nil || b.Name != "Beacon" {
		t.Errorf("by main repository: %+v, %+v", b, cerr)
	}
	for _, tt := range []struct {
		want Want
		err  string
	}{
		{Want{Name: "Lighthouse", Repos: []string{"lighthouse-dev/lighthouse"}}, `no item for "Lighthouse"`},
		{Want{Name: "Quarry"}, `"Quarry" is listed twice, as different items`},
	} {
		if _, cerr := Read(ctx, nil, file, tt.want); cerr == nil || cerr.Source != Source || !strings.Contains(cerr.Error, tt.err) {
			t.Errorf("%+v: %+v, want an error saying %q", tt.want, cerr, tt.err)
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bomb := "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nlandscape: [*g]\n"
	for _, tt := range []struct{ name, src, err string }{
		{"YAML that does not parse", write("bad.yml", "landscape:\n  - category: [\n"), "bad.yml: yaml:"},
		{"an alias bomb (aliases are not followed)", write("bomb.yml", bomb), "not a landscape.yml"},
		{"an alias bomb in an item", write("item-bomb.yml", strings.Replace(bomb, "landscape: [*g]", "landscape:\n  - item:\n    name: Lantern\n    repo_url: *g", 1)), "decode the item at line"},
		{"HTML where YAML was expected", write("page.yml", "<html><body>Sign in</body></html>\n"), "not a landscape.yml"},
		{"a missing file", filepath.Join(dir, "none.yml"), "no such file"},
	} {
		if _, cerr := Read(context.Background(), nil, tt.src, Want{Name: "Lantern"}); cerr == nil || !strings.Contains(cerr.Error, tt.err) {
			t.Errorf("%s: %+v, want an error saying %q", tt.name, cerr, tt.err)
		}
	}
}
