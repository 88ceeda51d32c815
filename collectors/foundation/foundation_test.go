package foundation

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/collectors/web"
)

const recordFile = "testdata/project-maintainers.csv"

func TestRead(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		want    Want
		project string
		people  []string // group:github
		err     string
	}{
		{
			name:    "by name, with its groups",
			want:    Want{Name: "Lantern", Repos: []string{"lantern-dev/lantern"}},
			project: "Lantern",
			people:  []string{"Lantern:mira-okafor", "Lantern:tjansen", "Lantern:dkowal", "Steering Committee:lchen"},
		},
		{
			name:    "by the GitHub organisation its list links, when the name differs",
			want:    Want{Name: "lantern-project", Repos: []string{"lantern-dev/lantern", "lantern-dev/community"}},
			project: "Lantern",
			people:  []string{"Lantern:mira-okafor", "Lantern:tjansen", "Lantern:dkowal", "Steering Committee:lchen"},
		},
		{
			name:    "a name with a group word after it",
			want:    Want{Name: "Lighthouse"},
			project: "Lighthouse steering",
			people:  []string{"Lighthouse steering:abyron", "Lighthouse steering:ghopper", "Lighthouse maintainers:aturing"},
		},
		{
			name:    "a name with a parenthesis",
			want:    Want{Name: "quarry", Repos: []string{"quarry-dev/quarry"}},
			project: "Quarry (the batch scheduler)",
			people:  []string{"Quarry (the batch scheduler):ana-ruiz"},
		},
		{
			name: "not listed",
			want: Want{Name: "Beacon", Repos: []string{"beacon-dev/beacon"}},
			err:  `no project named "Beacon", and none whose list is in the GitHub organisation of beacon-dev/beacon`,
		},
		{
			name: "two projects of one organisation, neither named",
			want: Want{Name: "quarry-tools", Repos: []string{"quarry-dev/tools"}},
			err:  `project "quarry-tools" is listed 2 times (lines 10 and 11)`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cerr := Read(ctx, nil, recordFile, tt.want)
			if tt.err != "" {
				if cerr == nil || cerr.Source != Source || !strings.HasSuffix(cerr.Error, tt.err) {
					t.Fatalf("error = %+v, want one ending %q", cerr, tt.err)
				}
				return
			}
			if cerr != nil {
				t.Fatal(cerr.Error)
			}
			if got.Project != tt.project || got.Source.Path != filepath.Base(recordFile) || got.Source.Line == 0 {
				t.Errorf("project %q at %+v, want %q", got.Project, got.Source, tt.project)
			}
			var people []string
			for _, p := range got.People {
				people = append(people, p.Group+":"+p.GitHub)
			}
			if strings.Join(people, " ") != strings.Join(tt.people, " ") {
				t.Errorf("people = %v, want %v", people, tt.people)
			}
		})
	}
	got, _ := Read(ctx, nil, recordFile, Want{Name: "Lantern"})
	if p := got.People[2]; p.Name != "Dana Kowal" || p.Company != "Globex" || p.Line != 7 {
		t.Errorf("third person = %+v, want Dana Kowal of Globex at line 7, trimmed", p)
	}
	if got.Level != "Incubating" || got.List != "https://github.com/lantern-dev/community/blob/main/MAINTAINERS.md" {
		t.Errorf("level %q, list %q", got.Level, got.List)
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
	for _, tt := range []struct {
		name, src, err string
	}{
		{"a malformed row", write("bad.csv", ",Project,Maintainer Name,Company,Github Name\nGraduated,Lantern,\"Ada,Contoso,abyron\n"), "bad.csv: parse error on line 2"},
		{"no header", write("nohead.csv", "Graduated,Lantern,Ada,Contoso,abyron\n"), "no Project and Maintainer Name"},
		{"a person before any project", write("orphan.csv", ",Project,Maintainer Name,Company,Github Name\n,,Ada,Contoso,abyron\n"), "a person before any project"},
		{"a missing file", filepath.Join(dir, "none.csv"), "no such file"},
	} {
		if _, cerr := Read(context.Background(), nil, tt.src, Want{Name: "Lantern"}); cerr == nil || !strings.Contains(cerr.Error, tt.err) {
			t.Errorf("%s: %+v, want an error saying %q", tt.name, cerr, tt.err)
		}
	}
}

func TestReadURL(t *testing.T) {
	body, err := os.ReadFile(recordFile)
	if err != nil {
		t.Fatal(err)
	}
	var hits atomic.Int32
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(body)
	}))
	defer s.Close()
	c := web.New(web.Options{CacheDir: t.TempDir(), RetryWait: time.Millisecond})
	got, cerr := Read(context.Background(), c, s.URL+"/project-maintainers.csv", Want{Name: "Lantern"})
	if cerr != nil || got.Source.URL != s.URL+"/project-maintainers.csv" || len(got.People) != 4 {
		t.Fatalf("Read = %+v, %+v", got, cerr)
	}
	if _, cerr := Read(context.Background(), nil, s.URL+"/project-maintainers.csv", Want{Name: "Lantern"}); cerr == nil {
		t.Error("a URL without a client: want an error")
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}
