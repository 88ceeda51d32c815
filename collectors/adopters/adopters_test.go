package adopters

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/internal/golden"

	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// TestCollectGolden reads each testdata/<format>/repo tree and compares the result with
// testdata/<format>/adopters.golden.json.
func TestCollectGolden(t *testing.T) {
	dirs, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no fixtures in testdata")
	}
	for _, d := range dirs {
		t.Run(d.Name(), func(t *testing.T) {
			r, err := repo.NewLocal("example/"+d.Name(), filepath.Join("testdata", d.Name(), "repo"))
			if err != nil {
				t.Fatal(err)
			}
			res, err := Collect(context.Background(), []repo.Repo{r}, nil)
			if err != nil {
				t.Fatal(err)
			}
			golden.JSON(t, filepath.Join("testdata", d.Name(), "adopters.golden.json"), res)
		})
	}
}

func TestCollect(t *testing.T) {
	tests := []struct {
		name      string
		repos     []repo.Repo
		wantNames []string // nil: Adopters must be nil
		wantErrs  []string // substrings, one per collection error
	}{
		{
			name:      "no adopters file: looked and found none",
			repos:     []repo.Repo{repo.NewMemory("a", map[string]string{"README.md": "# A\n"})},
			wantNames: []string{},
		},
		{
			// GFM needs only one dash per delimiter cell; KubeVirt's ADOPTERS.md uses ":-".
			name: "table whose delimiter row has single dashes, after a note",
			repos: []repo.Repo{repo.NewMemory("a", map[string]string{
				"ADOPTERS.md": "> Do you want to add yourself? Open a PR.\n\n# Adopters\n\n| Type | Name | Since |\n|:-|:-|:-|\n| End-user | Acme | 2021 |\n| Vendor | Globex | |\n\nA | B\n---\n",
			})},
			wantNames: []string{"Acme", "Globex"},
		},
		{
			name: "binary adopters file: not collected",
			repos: []repo.Repo{repo.NewMemory("a", map[string]string{
				"ADOPTERS.md": "- Acme\n\x00",
			})},
			wantErrs: []string{"a: read ADOPTERS.md: binary file"},
		},
		{
			name: "one unreadable file makes the whole list uncollected",
			repos: []repo.Repo{
				repo.NewMemory("a", map[string]string{"ADOPTERS.md": "- Acme\n"}),
				repo.NewMemory("b", map[string]string{"ADOPTERS.md": strings.Repeat("x", repo.MaxFileSize+1)}),
			},
			wantErrs: []string{"b: read ADOPTERS.md: file too large"},
		},
		{
			name:     "YAML that is not a list",
			repos:    []repo.Repo{repo.NewMemory("a", map[string]string{"ADOPTERS.yaml": "title: Adopters\n"})},
			wantErrs: []string{"a: parse ADOPTERS.yaml: line 1: no list of adopters"},
		},
		{
			name:     "YAML that does not parse",
			repos:    []repo.Repo{repo.NewMemory("a", map[string]string{"adopters.yml": "adopters: [\n"})},
			wantErrs: []string{"a: parse adopters.yml:"},
		},
		{
			name: "deduplicated across repositories, first kept",
			repos: []repo.Repo{
				repo.NewMemory("main", map[string]string{"ADOPTERS.md": "- Acme\n- Initech\n"}),
				repo.NewMemory("website", map[string]string{"docs/ADOPTERS.md": "- ACME\n- Globex\n"}),
			},
			wantNames: []string{"Acme", "Initech", "Globex"},
		},
		{
			name: "files elsewhere are not adopters files",
			repos: []repo.Repo{repo.NewMemory("a", map[string]string{
				"examples/ADOPTERS.md":   "- Acme\n",
				"docs/users/ADOPTERS.md": "- Initech\n",
				"ADOPTERS.html":          "<ul><li>Globex</li></ul>",
			})},
			wantNames: []string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Collect(context.Background(), tc.repos, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Errors) != len(tc.wantErrs) {
				t.Fatalf("errors = %v, want %d matching %q", res.Errors, len(tc.wantErrs), tc.wantErrs)
			}
			for i, e := range res.Errors {
				if e.Source != Source || !strings.Contains(e.Error, tc.wantErrs[i]) {
					t.Errorf("error %d = %+v, want source %q and %q", i, e, Source, tc.wantErrs[i])
				}
			}
			if tc.wantNames == nil {
				if res.Adopters != nil {
					t.Fatalf("adopters = %+v, want nil (not collected)", res.Adopters)
				}
				return
			}
			if res.Adopters == nil || res.Adopters.Entries == nil {
				t.Fatalf("adopters = %+v, want entries %q", res.Adopters, tc.wantNames)
			}
			var got []string
			for _, e := range res.Adopters.Entries {
				got = append(got, e.Name)
			}
			if strings.Join(got, "|") != strings.Join(tc.wantNames, "|") {
				t.Errorf("names = %q, want %q", got, tc.wantNames)
			}
		})
	}
}

func TestCollectCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Collect(ctx, []repo.Repo{repo.NewMemory("a", map[string]string{"ADOPTERS.md": "- Acme\n"})}, nil)
	if err == nil {
		t.Fatal("Collect with a cancelled context returned no error")
	}
}

func TestIsAdoptersFile(t *testing.T) {
	tests := map[string]bool{
		"ADOPTERS.md":                        true,
		"adopters.md":                        true,
		"Adopters.markdown":                  true,
		"ADOPTERS":                           true,
		"USERS.md":                           true,
		"users.yaml":                         true,
		"docs/users.md":                      false,
		".github/USERS.md":                   false,
		"docs/USERS":                         false,
		"ADOPTERS.yaml":                      true,
		"adopters.yml":                       true,
		"docs/adopters.md":                   true,
		"DOCS/Adopters.md":                   true,
		".github/ADOPTERS.md":                true,
		"site/ADOPTERS.md":                   false,
		"site/content/resources/adopters.md": true,
		"website/data/adopters.yml":          true,
		"website/content/en/USERS.md":        false,
		"site/content/vendor/adopters.md":    false,
		"docs/site/ADOPTERS.md":              false,
		"ADOPTERS.json":                      true,
		"ADOPTERS.png":                       false,
		"adopters-logos.md":                  false,
		"pkg/users/users.go":                 false,
		"users.go":                           false,
		"docs/adopters/index.md":             false,
		// A website repository's own tree.
		"content/en/ecosystem/adopters/index.md": true,
		"content/en/adopters.md":                 true,
		"data/adopters/1-widget-v2.yaml":         true,
		"data/adopters/logos/acme.png":           false,
		"content/en/docs/users.md":               false,
		"content/en/blog/adopters-survey.md":     false,
		"data/adopters.go":                       false,
		"content/en/adopters/acme-case-study.md": false,
		"content/en/adopters/_index.md":          true,
		"data/adopters/schema.json":              false,
		"data/adopters/README.md":                false,
		"data/testdata/adopters/x.yaml":          false,
		"data/adopters/flux-v1.json":             true,
	}
	for p, want := range tests {
		if got := IsAdoptersFile(p); got != want {
			t.Errorf("IsAdoptersFile(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestBulletName(t *testing.T) {
	tests := []struct {
		text string
		want string // "" means no adopter
	}{
		{"[Acme](https://acme.example) - rockets", "Acme"},
		{"[Acme Corp](https://acme.example)", "Acme Corp"},
		{"Acme: uses X for Y", "Acme"},
		{"Acme Inc. \u2013 payments", "Acme Inc."},
		{"**Acme** (Germany)", "Acme"},
		{"[ ] Acme", "Acme"},
		{"[![Acme logo](logo.png)](https://acme.example)", ""},
		{"[![](logo.png)](https://acme.example)", ""},
		{"[![](logo.png)](https://acme.example) Acme", "Acme"},
		{"Your Company - what you use it for", ""},
		{"[Add yourself here](https://example.com/edit)", ""},
		{"Fork the repository", ""},
		{"Open a pull request", ""},
		{"https://acme.example", ""},
		{"How Acme scaled to 1000 nodes", ""},
		{"We run it across all of our production clusters in three regions today", ""},
		{"<company> - <description>", ""},
		// A template's example entry, kept among the adopters it asks for.
		{"[Example Organization](https://example.com) \u2013 `Example` has adopted it for X and Y", ""},
		{"[example] Initech, Inc. - builds the project", ""},
		{"Example, Inc. - what it runs", ""},
		{"Example Corp", ""},
		{"Example University Lab - genome pipelines", "Example University Lab"},
		// The definitions of the types a list uses name no adopter.
		{"**End-User** (CNCF member) - Companies and organizations who are End-User members of the CNCF", ""},
		{"**Another project** - an open source project that leverages a CNCF project", ""},
		{"**Service Provider** - a Service Provider is an organization that repackages", ""},
		{"**Acme Cloud Provider** - runs it for its customers", "Acme Cloud Provider"},
		{"---", ""},
	}
	for _, tc := range tests {
		got, ok := bulletName(tc.text)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("bulletName(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestTableColumns(t *testing.T) {
	tests := []struct {
		header         string
		wantName, want int
	}{
		{"| Organization | Type | Description |", 0, 1},
		{"| Type | Company |", 1, 0},
		{"| Logo | Name | Contact name | Use case |", 1, -1},
		{"| contact | company name | kind |", 1, 2},
		{"| End User | Category |", 0, 1},
		{"| Adopter | Website |", 0, -1},
		{"| Foo | Bar |", 0, -1},
		{"| Logo | Description |", -1, -1},
		{"| Project | Organisation |", 1, -1},
	}
	for _, tc := range tests {
		name, typ := tableColumns(cells(tc.header))
		if name != tc.wantName || typ != tc.want {
			t.Errorf("tableColumns(%q) = %d, %d; want %d, %d", tc.header, name, typ, tc.wantName, tc.want)
		}
	}
}

func TestCells(t *testing.T) {
	tests := map[string][]string{
		"| a | b |":          {"a", "b"},
		"a | b":              {"a", "b"},
		`| a \| b | c |`:     {"a | b", "c"},
		"| `a|b` | c |":      {"`a|b`", "c"},
		"|  | [x](y) |":      {"", "[x](y)"},
		"| only |":           {"only"},
		"| trailing | \\| |": {"trailing", "|"},
	}
	for row, want := range tests {
		got := cells(row)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Errorf("cells(%q) = %q, want %q", row, got, want)
		}
	}
}

func TestParseMarkdownTypes(t *testing.T) {
	doc := `# Adopters

## End-User Organizations

- Acme

### Retail

- Initech

## Other

- Globex

## Vendors and Integrations

| Name | Type |
|------|------|
| Hooli | |
| Umbrella | Integration |

## Companies offering Widget implementation services

- Kilterset

## Adding your organization

- Open a pull request that adds a line above
- Stark Industries

## Adopters of Widget Community Distribution

| Component | Adopter List |
|---|---|
| Widget Hub | [ADOPTERS.md](https://github.com/widget/hub/blob/main/ADOPTERS.md) |

| Organization | Description of Use |
|---|---|
| Wayne Enterprises | Widget is our main platform. |

## End Users of Widget

- Tyrell

## Vendor users of Widget

- Cyberdyne
`
	want := []entry{
		{name: "Acme", typ: "End-User Organizations", line: 5},
		{name: "Initech", typ: "End-User Organizations", line: 9},
		{name: "Globex", line: 13},
		{name: "Hooli", typ: "Vendors and Integrations", line: 19},
		{name: "Umbrella", typ: "Integration", line: 20},
		{name: "Kilterset", typ: "Companies offering Widget implementation services", line: 24},
		// The heading names the product adopted, not a kind of adopter; a cell that is a
		// file's name points to another list.
		{name: "Wayne Enterprises", line: 39},
		{name: "Tyrell", typ: "End Users of Widget", line: 43},
		{name: "Cyberdyne", typ: "Vendor users of Widget", line: 47},
	}
	got := parseMarkdown(doc)
	if len(got) != len(want) {
		t.Fatalf("parseMarkdown = %+v, want %+v", got, want)
	}
	for i := range want {
		if g := got[i]; g.name != want[i].name || g.typ != want[i].typ || g.line != want[i].line {
			t.Errorf("entry %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestParseTypeAsWritten(t *testing.T) {
	got, err := Parse("ADOPTERS.md", []byte("| Company | Type |\n|---|---|\n| Acme | End-user |\n| Initech | |\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []snapshot.Adopter{
		{Name: "Acme", Type: ptr("End-user"), Source: snapshot.Location{Path: "ADOPTERS.md", Line: 3}},
		{Name: "Initech", Source: snapshot.Location{Path: "ADOPTERS.md", Line: 4}},
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if !bytes.Equal(g, w) {
		t.Errorf("Parse = %s, want %s", g, w)
	}
}

func ptr(s string) *string { return &s }

func TestCollectDocuments(t *testing.T) {
	readme := "# Widget\n\n## Adopters\n\n| Organization | Type |\n|---|---|\n| Acme Corp | End-user |\n| Globex | Vendor |\n\n## License\n\nApache-2.0\n"
	const unread = " no adopter graduate could read (a README section, or a format it does not parse)"
	tests := []struct {
		name    string
		files   map[string]string
		docs    []snapshot.Location
		want    []string // name:line
		wantErr string
	}{
		{
			name:  "README section table",
			files: map[string]string{"README.md": readme},
			docs:  []snapshot.Location{{Repo: "w", Path: "README.md#Adopters", Line: 3}},
			want:  []string{"Acme Corp:7", "Globex:8"},
		},
		{
			// Both are read; an organisation in both is counted once, where it comes first.
			name:  "README section read beside a file that lists adopters",
			files: map[string]string{"README.md": readme, "ADOPTERS.md": "- Initech\n- Acme Corp\n"},
			docs:  []snapshot.Location{{Repo: "w", Path: "ADOPTERS.md", Line: 1}, {Repo: "w", Path: "README.md#Adopters", Line: 3}},
			want:  []string{"Initech:1", "Acme Corp:2", "Globex:8"},
		},
		{
			name:    "README section listing no one",
			files:   map[string]string{"README.md": "# Widget\n\n## Adopters\n\nLantern runs in production at a few companies.\n"},
			docs:    []snapshot.Location{{Repo: "w", Path: "README.md#Adopters", Line: 3}},
			wantErr: "w/README.md#Adopters names" + unread,
		},
		{
			name:    "adopters file listing no one, and a README link",
			files:   map[string]string{"ADOPTERS.md": "# Adopters\n\nOpen a pull request to add your organisation.\n", "README.md": "See [ADOPTERS](https://example.org/ADOPTERS.md).\n"},
			docs:    []snapshot.Location{{Repo: "w", Path: "ADOPTERS.md", Line: 1}, {Repo: "w", Path: "README.md", Line: 1, URL: "https://example.org/ADOPTERS.md"}},
			wantErr: "w/ADOPTERS.md, w/README.md:1 (a link to https://example.org/ADOPTERS.md) name" + unread,
		},
		{
			name:    "adopters file listing no one, without documents",
			files:   map[string]string{"ADOPTERS.md": "# Adopters\n\nOpen a pull request to add your organisation.\n"},
			wantErr: "w/ADOPTERS.md names" + unread,
		},
		{
			name:  "no adopters document anywhere",
			files: map[string]string{"README.md": "# Widget\n"},
			want:  []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Collect(context.Background(), []repo.Repo{repo.NewMemory("w", tt.files)}, tt.docs)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantErr != "" {
				if res.Adopters != nil || len(res.Errors) != 1 || res.Errors[0] != (snapshot.CollectionError{Source: Source, Error: tt.wantErr}) {
					t.Errorf("result = %+v, %+v; want no list and the error %q", res.Adopters, res.Errors, tt.wantErr)
				}
				return
			}
			if res.Adopters == nil || len(res.Errors) != 0 {
				t.Fatalf("result = %+v, %+v; want a list", res.Adopters, res.Errors)
			}
			got := []string{}
			for _, a := range res.Adopters.Entries {
				got = append(got, fmt.Sprintf("%s:%d", a.Name, a.Source.Line))
				if a.Source.Repo != "w" || !slices.ContainsFunc(tt.docs, func(d snapshot.Location) bool { return strings.Split(d.Path, "#")[0] == a.Source.Path }) {
					t.Errorf("%s read from %+v", a.Name, a.Source)
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("adopters = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestBadYAML: a YAML adopters file whose aliases expand to millions of nodes is a
// collection error, not a hang and not an empty list.
func TestBadYAML(t *testing.T) {
	bomb := "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
	for c, prev := 'b', 'a'; c <= 'h'; c, prev = c+1, c {
		bomb += fmt.Sprintf("%c: &%c [%s]\n", c, c, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*%c,", prev), 9), ","))
	}
	bomb += "adopters: [*h]\n"
	res, err := Collect(context.Background(), []repo.Repo{repo.NewMemory("w", map[string]string{"ADOPTERS.yaml": bomb})}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Adopters != nil || len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Error, "ADOPTERS.yaml") {
		t.Errorf("result = %+v, %+v; want no list and an error naming ADOPTERS.yaml", res.Adopters, res.Errors)
	}
}

// TestParseBoldOpenings holds what a bold paragraph opening is: an adopter, a remark, a
// term defined beside a table; and that a logo's domain merges only with its own name.
// TestParseLayouts reads lists written in the less common layouts: bold openings,
// logos, and entries kept as fields under underlined headings.
func TestParseLayouts(t *testing.T) {
	for _, tt := range []struct {
		name, doc string
		want      []string
	}{
		{"a note before the list", "# Adopters\n\n**Note:** this list is kept by the maintainers.\n\n- Acme Corp\n- Globex\n", []string{"Acme Corp", "Globex"}},
		{"terms defined beside a table", "# Adopters\n\n**Production:** running it.\n\n**Evaluation:** trying it.\n\n| Organization | Stage |\n|---|---|\n| Acme | Production |\n", []string{"Acme"}},
		{"a story's name over its products", "## Stories\n\n**[Globex](https://globex.example)**\n\nGlobex built:\n\n1. [Router](https://github.com/globex/router): routes traffic.\n", []string{"Globex"}},
		{"a domain and a longer name of another organisation", `<a href="https://intel.com"><img alt="intel.com" src="i.png"></a>` + "\n\n- Intelligent Systems\n- Intel Cloud\n", []string{"intel.com", "Intelligent Systems"}},
		// akri's template: an empty table, then the notes on how the list is kept.
		{"notes and requirements under an empty list", "# Adopters\n\n| Organization | Usage |\n|---|---|\n\n### Requirements\n\n- Production use\n\n## Notes\n\n- Organizations are listed alphabetically\n- Links should be publicly accessible\n\n## Adopters List\n", nil},
		{"entries as fields, a template and an example under an underlined heading", "Who is using Quarry?\n====================\n\nAdding yourself as a user\n-------------------------\n\n    * N: Name of user (company or individual)\n      D: Description\n\nExample entry:\n\n    * N: Quarry Example User Inc.\n      D: Using Quarry\n\nUsers\n-----\n\n    * N: 1&1 Mail & Media (GMX, WEB.DE)\n      D: Runs Quarry on bare metal\n      C: someone [at] example [dot] com\n\n    * N: Globex\n      L: https://globex.example\n", []string{"1&1 Mail & Media (GMX, WEB.DE)", "Globex"}},
	} {
		got, err := Parse("ADOPTERS.md", []byte(tt.doc))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, a := range got {
			names = append(names, a.Name)
		}
		if !slices.Equal(names, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, names, tt.want)
		}
	}
}
