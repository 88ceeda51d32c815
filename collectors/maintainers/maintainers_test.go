package maintainers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/internal/golden"

	"gopkg.in/yaml.v3"

	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// fixtureRepo is one repository of a fixture case, as its repos.yaml names it.
type fixtureRepo struct {
	Dir  string `yaml:"dir"`
	Role string `yaml:"role"`
	Name string `yaml:"name"`
	URL  string `yaml:"url"`
}

// loadTree reads a directory into an in-memory repository.
func loadTree(t *testing.T, name, dir string) *repo.Memory {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return repo.NewMemory(name, files)
}

// loadCase returns the repositories of testdata/<name>: those repos.yaml lists, else the
// one repository in main/.
func loadCase(t *testing.T, name string) []Repository {
	t.Helper()
	dir := filepath.Join("testdata", name)
	specs := []fixtureRepo{{Dir: "main", Role: snapshot.RoleMain, Name: "example/" + name}}
	if b, err := os.ReadFile(filepath.Join(dir, "repos.yaml")); err == nil {
		specs = nil
		if err := yaml.Unmarshal(b, &specs); err != nil {
			t.Fatalf("parse %s/repos.yaml: %v", dir, err)
		}
	}
	var out []Repository
	for _, s := range specs {
		out = append(out, Repository{Repo: loadTree(t, s.Name, filepath.Join(dir, s.Dir)), Role: s.Role, URL: s.URL})
	}
	return out
}

// validate checks a result's maintainers against the snapshot schema.
func validate(t *testing.T, v *snapshot.Validator, res *Result) {
	t.Helper()
	snap := snapshot.Snapshot{
		SchemaVersion:    snapshot.SchemaVersion,
		CollectedAt:      time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		Maintainers:      res.Maintainers,
		CollectionErrors: res.Errors,
	}
	b, err := json.Marshal(snap)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.Decode(b); err != nil {
		t.Errorf("snapshot with these maintainers does not validate: %v", err)
	}
}

func TestCollectGolden(t *testing.T) {
	v, err := snapshot.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	cases := 0
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "fuzz" { // testdata/fuzz holds go test's fuzz corpus
			continue
		}
		cases++
		t.Run(e.Name(), func(t *testing.T) {
			res, err := Collect(context.Background(), loadCase(t, e.Name()), "")
			if err != nil {
				t.Fatal(err)
			}
			validate(t, v, res)
			golden.JSON(t, filepath.Join("testdata", e.Name(), "golden.json"), res)
		})
	}
	if cases < 10 {
		t.Fatalf("found %d fixture cases, want at least 10", cases)
	}
}

// handles returns the handles (or names, for people without one) of a list, in order.
func handles(ps []snapshot.Person) []string {
	out := []string{}
	for _, p := range ps {
		switch {
		case p.GitHub != nil:
			out = append(out, *p.GitHub)
		case p.Name != nil:
			out = append(out, "name:"+*p.Name)
		case p.Email != nil:
			out = append(out, "email:"+*p.Email)
		}
	}
	return out
}

func str(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// collectFiles runs Collect over one in-memory main repository.
func collectFiles(t *testing.T, files map[string]string) *Result {
	t.Helper()
	res, err := Collect(context.Background(), []Repository{{Repo: repo.NewMemory("acme/widget", files), Role: snapshot.RoleMain}}, "")
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// OpenSSF Security Insights gives the maintainers' addresses a MAINTAINERS.md of names
// and employers leaves out; its security champions are no maintainers, and the places a
// version 1 file links are not followed as a list's pointers would be (kubewarden's led
// to a SECURITY.md whose address names the maintainers).
func TestCollectSecurityInsights(t *testing.T) {
	main := repo.NewMemory("acme/widget", map[string]string{
		"SECURITY-INSIGHTS.yml": "header:\n  schema-version: 1.0.0\nproject-lifecycle:\n  core-maintainers:\n    - https://github.com/acme/community?tab=readme-ov-file#maintainers\nvulnerability-reporting:\n  security-policy: https://github.com/acme/community/blob/main/SECURITY.md\n  email-contact: widget-maintainers@lists.acme.example\n",
	})
	community := repo.NewMemory("acme/community", map[string]string{
		"MAINTAINERS.md": "# Maintainers\n\n- Ada Byron (Acme)\n- Bob Stone (Initech)\n",
		"SECURITY-INSIGHTS.yml": "header:\n  schema-version: 2.2.0\nproject:\n  administrators:\n    - name: Ada Byron\n      email: ada@acme.example\n" +
			"repository:\n  core-team:\n    - name: Bob Stone\n      email: bob@initech.example\n  security:\n    champions:\n      - name: Carol Wu\n        email: carol@acme.example\n",
		"SECURITY.md": "# Security\n\nYou can disclose it by emailing\n[widget-maintainers@lists.acme.example](mailto:widget-maintainers@lists.acme.example)\nin an unencrypted message.\n",
	})
	res, err := Collect(context.Background(), []Repository{{Repo: main, Role: snapshot.RoleMain}, {Repo: community, Role: snapshot.RoleCommunity}}, "")
	if err != nil {
		t.Fatal(err)
	}
	if res.Maintainers == nil {
		t.Fatalf("Maintainers is nil: %v", res.Errors)
	}
	var got []string
	for _, p := range res.Maintainers.Active {
		got = append(got, fmt.Sprintf("%s %s %s", deref(p.Name), deref(p.Company), deref(p.Email)))
	}
	want := []string{"Ada Byron Acme ada@acme.example", "Bob Stone Initech bob@initech.example"}
	if !slices.Equal(got, want) {
		t.Errorf("active = %q, want %q", got, want)
	}
	// Beside no list, the file is no list: a README's maintainers section is read,
	// and with nothing else nobody is a maintainer.
	insights := "header:\n  schema-version: 2.2.0\nproject:\n  administrators:\n    - name: Ada Byron\n      email: ada@acme.example\n" +
		"repository:\n  security:\n    champions:\n      - name: Carol Wu\n        email: carol@acme.example\n"
	res, err = Collect(context.Background(), []Repository{{Repo: repo.NewMemory("acme/widget", map[string]string{
		"README.md":             "# Widget\n\n## Maintainers\n\n| Name | GitHub |\n|---|---|\n| Dan Ode | @dode |\n| Eve Park | @epark |\n",
		"SECURITY-INSIGHTS.yml": insights,
	}), Role: snapshot.RoleMain, Documents: []snapshot.Location{{Path: "README.md#Maintainers", Line: 3, How: "section"}}}}, "")
	if err != nil {
		t.Fatal(err)
	}
	if res.Maintainers == nil {
		t.Fatalf("Maintainers is nil beside a README section: %v", res.Errors)
	}
	if got := handles(res.Maintainers.Active); !slices.Equal(got, []string{"dode", "epark"}) {
		t.Errorf("active = %q, want the README's maintainers", got)
	}
	res = collectFiles(t, map[string]string{"SECURITY-INSIGHTS.yml": insights})
	if res.Maintainers != nil && len(res.Maintainers.Active) > 0 {
		t.Errorf("active = %q, want no one from a Security Insights file alone", handles(res.Maintainers.Active))
	}
}

func TestCollectFiles(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		active   []string
		emeritus []string
		nilList  bool // Maintainers must be nil (with an error)
	}{
		{
			name:   "no maintainers file",
			files:  map[string]string{"README.md": "# Widget\n\nMaintained by @someone.\n"},
			active: []string{}, emeritus: []string{},
		},
		{
			// A definition by roles whose holders graduate cannot find: the list is
			// unknown, not the people the document happens to list.
			name: "maintainers defined as the holders of a role nobody lists",
			files: map[string]string{
				"MAINTAINERS.md": "# Maintainers\n\nOur maintainers are defined as the following:\n\n* [Area Owners](./ROLES.md#area-owner)\n\n| Maintainer | Company |\n|---|---|\n| @abyron | Contoso |\n",
				"ROLES.md":       "# Roles\n\n## Area owner\n\nOwns an area of the code.\n",
			},
			nilList: true,
		},
		{
			// One list, two teams: emeritus of one, a maintainer of the other. The
			// rule is the merge's, so it holds for every format.
			name: "active and emeritus in one list (YAML): active",
			files: map[string]string{
				"MAINTAINERS.yaml": "storage:\n  maintainers: [abyron]\n  emeritus: [cbabbage]\nnetwork:\n  maintainers: [cbabbage]\n  emeritus: [abyron]\n",
			},
			active: []string{"abyron", "cbabbage"}, emeritus: []string{},
		},
		{
			// The pointer could only have filled in details of the people listed.
			name: "a lesser file's pointer that leads nowhere, beside a list",
			files: map[string]string{
				"MAINTAINERS.md": "# Maintainers\n\n| Name | GitHub | Affiliation |\n|---|---|---|\n| Ada Byron | @abyron | Contoso |\n",
				"OWNERS.md":      "# Owners\n\nThe owners are listed in [CODEOWNERS](./CODEOWNERS).\n",
			},
			active: []string{"abyron"}, emeritus: []string{},
		},
		{
			name: "the maintainer list's own pointer that leads nowhere, beside approvers",
			files: map[string]string{
				"MAINTAINERS.md": "# Maintainers\n\nThe maintainers are listed in [the governance repository](https://github.com/acme/governance/blob/main/MAINTAINERS.md).\n",
				"OWNERS":         "approvers: [abyron]\n",
			},
			nilList: true,
		},
		{
			// Read as "not collected": a list in a format the parsers miss looks the same.
			name:    "file listing no one",
			files:   map[string]string{"MAINTAINERS.md": "# Maintainers\n\nTo be announced.\n"},
			nilList: true,
		},
		{
			name:    "CODEOWNERS naming only teams",
			files:   map[string]string{".github/CODEOWNERS": "* @acme/maintainers\n/docs/ @acme/docs\n"},
			nilList: true,
		},
		{
			name:    "OWNERS naming only alias groups, without OWNERS_ALIASES",
			files:   map[string]string{"OWNERS": "approvers:\n  - widget-approvers\nreviewers:\n  - widget-reviewers\n"},
			nilList: true,
		},
		{
			name: "pointer cycle",
			files: map[string]string{
				"MAINTAINERS.md":      "See [docs/MAINTAINERS.md](docs/MAINTAINERS.md) for the maintainers.\n",
				"docs/MAINTAINERS.md": "The maintainers are listed in [MAINTAINERS.md](../MAINTAINERS.md).\n",
				"CODEOWNERS":          "* @jdoe\n",
			},
			nilList: true,
		},
		{
			name: "pointer chain longer than maxHops",
			files: map[string]string{
				"MAINTAINERS.md": "The maintainers are listed in [docs/team/a.md](docs/team/a.md).\n",
				"docs/team/a.md": "The maintainers are listed in [b.md](b.md).\n",
				"docs/team/b.md": "The maintainers are listed in [c.md](c.md).\n",
				"docs/team/c.md": "The maintainers are listed in [d.md](d.md).\n",
				"docs/team/d.md": "The maintainers are listed in [e.md](e.md).\n",
				"docs/team/e.md": "The maintainers are listed in [f.md](f.md).\n",
				"docs/team/f.md": "- Ada Byron (@abyron)\n",
			},
			nilList: true,
		},
		{
			name: "pointer chain of maxHops",
			files: map[string]string{
				"MAINTAINERS.md": "The maintainers are listed in [docs/team/a.md](docs/team/a.md).\n",
				"docs/team/a.md": "The maintainers are listed in [b.md](b.md).\n",
				"docs/team/b.md": "The maintainers are listed in [c.md](c.md).\n",
				"docs/team/c.md": "- Ada Byron (@abyron)\n",
			},
			active: []string{"abyron"}, emeritus: []string{},
		},
		{
			name: "vendored and nested maintainers files are not the project's",
			files: map[string]string{
				"vendor/MAINTAINERS":          "Jo Bloggs <jo@example.com> (@jbloggs)\n",
				"third_party/x/MAINTAINERS":   "Jo Bloggs <jo@example.com> (@jbloggs)\n",
				"pkg/widget/MAINTAINERS.md":   "- Jo Bloggs (@jbloggs)\n",
				"node_modules/y/OWNERS":       "approvers: [jbloggs]\n",
				"docs/community/CODEOWNERS":   "* @jbloggs\n",
				".github/OWNERS":              "approvers: [jbloggs]\n",
				"governance/MAINTAINERS.md":   "- Jo Bloggs (@jbloggs)\n", // only in a community repository
				"docs/MAINTAINERS.md":         "- Ada Byron (@abyron)\n",
				".github/maintainers.yml":     "maintainers: [cbabbage]\n",
				"Maintainers.TXT":             "Grace Brewster <grace@example.com> (@gbrewster)\n",
				"STEERING-COMMITTEE.md":       "### Dora Explorer\n\n- GitHub: dexplorer\n",
				"docs/steering.md":            "## Members\n\n### Eli Whitney\nAffiliation: Gin Co\n",
				"maintainers.go":              "package maintainers // @nobody\n",
				"docs/MAINTAINERS-GUIDE.md":   "- Jo Bloggs (@jbloggs)\n",
				"examples/MAINTAINERS.sample": "Jo Bloggs <jo@example.com> (@jbloggs)\n",
			},
			// The MAINTAINERS lists name people, so the steering pages add no one.
			active:   []string{"abyron", "cbabbage", "gbrewster"},
			emeritus: []string{},
		},
		{
			name: "unreadable file makes the list unknown",
			files: map[string]string{
				"MAINTAINERS.md":  "- Ada Byron (@abyron)\n",
				".github/OWNERS":  "ignored",
				"MAINTAINERS.txt": "Bad\x00binary",
			},
			nilList: true,
		},
		{
			name:    "invalid YAML makes the list unknown",
			files:   map[string]string{"MAINTAINERS.md": "- Ada Byron (@abyron)\n", "MAINTAINERS.yaml": "maintainers: [\n"},
			nilList: true,
		},
		{
			name:    "invalid TOML makes the list unknown",
			files:   map[string]string{"MAINTAINERS.toml": "[people.x\nName = 1\n"},
			nilList: true,
		},
		{
			name:    "unreadable OWNERS_ALIASES makes the list unknown",
			files:   map[string]string{"OWNERS": "approvers: [core-team]\n", "OWNERS_ALIASES": "aliases:\n\x00"},
			nilList: true,
		},
		{
			name: "OWNERS filters: only the catch-all filter names approvers",
			files: map[string]string{"OWNERS": `filters:
  ".*":
    approvers: ["@everywhere"]
    emeritus_approvers: [gone]
  "\\.md$":
    approvers: [docsonly]
`},
			active: []string{"everywhere"}, emeritus: []string{"gone"},
		},
		{
			name: "CODEOWNERS: the last catch-all line wins",
			files: map[string]string{"CODEOWNERS": `* @first
/api/ @apiowner
* @second jo@example.com @org/team
`},
			active: []string{"email:jo@example.com", "second"}, emeritus: []string{},
		},
		{
			name: "only the CODEOWNERS file GitHub uses counts",
			files: map[string]string{
				"CODEOWNERS":         "* @stale\n",
				"docs/CODEOWNERS":    "* @docsstale\n",
				".github/CODEOWNERS": "* @current\n",
			},
			active: []string{"current"}, emeritus: []string{},
		},
		{
			name: "root CODEOWNERS before docs/",
			files: map[string]string{
				"CODEOWNERS":      "* @root\n",
				"docs/CODEOWNERS": "* @docs\n",
			},
			active: []string{"root"}, emeritus: []string{},
		},
		{
			name: "an OWNERS approver the MAINTAINERS file lists as emeritus stays emeritus",
			files: map[string]string{
				"MAINTAINERS.md": "- Cy Babbage (@cbabbage)\n\n## Emeritus\n\n- Ada Byron (@abyron)\n",
				"OWNERS":         "approvers: [ABYRON, newcomer]\n",
			},
			active: []string{"cbabbage"}, emeritus: []string{"abyron"},
		},
		{
			// Emeritus is never active: the other list keeping her is recorded (still_listed).
			name: "active in one maintainers list, emeritus in another: emeritus",
			files: map[string]string{
				"MAINTAINERS.md":         "## Emeritus\n\n- Ada Byron (@abyron)\n",
				".github/MAINTAINERS.md": "- Ada Byron (@ABYRON)\n",
			},
			active: []string{}, emeritus: []string{"abyron"},
		},
		{
			// istio's org/emeritus.yaml beside the CODEOWNERS that names the active:
			// a list of former maintainers alone leaves the active ones where they are.
			name: "a list of former maintainers only does not drop the active people of CODEOWNERS",
			files: map[string]string{
				"MAINTAINERS.md": "## Emeritus\n\n- Ada Byron (@abyron)\n",
				"CODEOWNERS":     "* @cbabbage @dexplorer\n",
			},
			active: []string{"cbabbage", "dexplorer"}, emeritus: []string{"abyron"},
		},
		{
			// opentelemetry: the process document links the workflow that applies it.
			name: "a pointer into a CI workflow is not followed",
			files: map[string]string{
				"MAINTAINERS.md":                 "# Maintainers\n\nThe maintainers are listed in [the workflow](.github/workflows/emeritus.yml).\n",
				".github/workflows/emeritus.yml": "name: Move to emeritus\njobs:\n  move:\n    steps:\n      - name: Checkout repo\n      - name: Set up Python\n",
				"CODEOWNERS":                     "* @cbabbage\n",
			},
			active: []string{"cbabbage"}, emeritus: []string{},
		},
		{
			name: "OWNERS approvers are the maintainers when no MAINTAINERS file lists anyone",
			files: map[string]string{
				"MAINTAINERS.md": "# Maintainers\n\nSee the OWNERS file.\n",
				"OWNERS":         "approvers: [abyron, cbabbage]\nreviewers: [dexplorer]\n",
			},
			active: []string{"abyron", "cbabbage"}, emeritus: []string{},
		},
		{
			name:   "MAINTAINERS without extension holding TOML",
			files:  map[string]string{"MAINTAINERS": "# People\n\n[people.jdoe]\nName = \"Jo Doe\"\nGitHub = \"jdoe\"\n"},
			active: []string{"jdoe"}, emeritus: []string{},
		},
		{
			name: "pointer to a repository outside the project",
			files: map[string]string{
				"MAINTAINERS.md": "The maintainers are listed in https://github.com/acme/community/blob/main/MAINTAINERS.md\n",
				"CODEOWNERS":     "* @jdoe\n",
			},
			nilList: true,
		},
		{
			name:    "pointer to a community repository the project does not name",
			files:   map[string]string{"MAINTAINERS": "See MAINTAINERS in the community repo.\n"},
			nilList: true,
		},
		{
			name: "pointer to a file in the same repository",
			files: map[string]string{
				"MAINTAINERS.md":         "# Maintainers\n\nMaintainers are listed in [the team page](docs/team/people.md).\n",
				"docs/team/people.md":    "- Ada Byron (@abyron)\n",
				"docs/team/unrelated.md": "- Jo Bloggs (@jbloggs)\n",
			},
			active: []string{"abyron"}, emeritus: []string{},
		},
		{
			name:    "pointer to a file that does not exist",
			files:   map[string]string{"MAINTAINERS.md": "The maintainers are listed in [people.md](docs/people.md).\n"},
			nilList: true,
		},
		{
			name:    "pointer out of the repository",
			files:   map[string]string{"docs/MAINTAINERS.md": "Moved to [../../community/MAINTAINERS.md](../../community/MAINTAINERS.md).\n"},
			nilList: true,
		},
		{
			name:    "a file pointing to itself lists no one",
			files:   map[string]string{"MAINTAINERS.md": "The maintainers are listed in [this file](MAINTAINERS.md).\n"},
			nilList: true,
		},
		{
			name: "pointer chain within the repository",
			files: map[string]string{
				"MAINTAINERS.md":      "See [docs/MAINTAINERS.md](docs/MAINTAINERS.md) for the maintainers.\n",
				"docs/MAINTAINERS.md": "Moved to [team.md](team.md), which lists the maintainers.\n",
				"docs/team.md":        "- Ada Byron (@abyron)\n",
			},
			active: []string{"abyron"}, emeritus: []string{},
		},
		// Bad input: an error or an unknown list, never a crash, never an empty list.
		{
			// Read leniently: a short row lacks a field, a long one has a field more;
			// each still names its person, and nothing is lost.
			name:   "bad input: a CSV with ragged rows",
			files:  map[string]string{"maintainers.csv": "name,github,company\nAda Byron,abyron\nGrace Hopper,ghopper,Fabrikam,extra\n"},
			active: []string{"abyron", "ghopper"}, emeritus: []string{},
		},
		{
			name:    "bad input: a YAML alias bomb",
			files:   map[string]string{"MAINTAINERS.yaml": aliasBomb},
			nilList: true,
		},
		{
			name:    "bad input: a table with no column naming people",
			files:   map[string]string{"MAINTAINERS.md": "# Maintainers\n\n| Area | Notes |\n|---|---|\n| storage | weekly sync |\n"},
			nilList: true,
		},
		{
			// A name column without handles still names people: names, not an empty list.
			name:   "a table with names and no handle column",
			files:  map[string]string{"MAINTAINERS.md": "# Maintainers\n\n| Name | Company |\n|---|---|\n| Ada Byron | Contoso |\n"},
			active: []string{"name:Ada Byron"}, emeritus: []string{},
		},
		{
			name: "bad input: a file that is all pointers, none of them into the project",
			files: map[string]string{"MAINTAINERS.md": "# Maintainers\n\nSee [the website](https://example.org/team) for the maintainers.\n" +
				"The maintainers are also listed in [the foundation's list](https://github.com/other/foundation/blob/main/maintainers.csv).\n"},
			nilList: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := collectFiles(t, tt.files)
			if tt.nilList {
				if res.Maintainers != nil {
					t.Errorf("Maintainers = %v, want nil", res.Maintainers)
				}
				if len(res.Errors) == 0 {
					t.Error("no collection error for an unknown list")
				}
				for _, e := range res.Errors {
					if e.Source != Source {
						t.Errorf("error source %q, want %q", e.Source, Source)
					}
				}
				return
			}
			if len(res.Errors) != 0 {
				t.Fatalf("errors: %v", res.Errors)
			}
			if res.Maintainers == nil {
				t.Fatal("Maintainers is nil")
			}
			if got := handles(res.Maintainers.Active); strings.Join(got, ",") != strings.Join(tt.active, ",") || res.Maintainers.Active == nil {
				t.Errorf("active = %q, want %q", got, tt.active)
			}
			if got := handles(res.Maintainers.Emeritus); strings.Join(got, ",") != strings.Join(tt.emeritus, ",") || res.Maintainers.Emeritus == nil {
				t.Errorf("emeritus = %q, want %q", got, tt.emeritus)
			}
		})
	}
}

func TestCollectErrorMessages(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{
			name:  "unresolved URL",
			files: map[string]string{"MAINTAINERS.md": "# Maintainers\n\nThe maintainers are listed in https://github.com/acme/community/blob/main/MAINTAINERS.md\n"},
			want:  "acme/widget/MAINTAINERS.md:3 points to https://github.com/acme/community/blob/main/MAINTAINERS.md, which is not one of the project's repositories",
		},
		{
			name:  "community repository",
			files: map[string]string{"MAINTAINERS": "See MAINTAINERS in the community repo.\n"},
			want:  "acme/widget/MAINTAINERS:1 points to the community repository, which is not one of the project's repositories",
		},
		{
			name:  "missing file",
			files: map[string]string{"MAINTAINERS.md": "Maintainers are listed in [people](docs/people.md).\n"},
			want:  "acme/widget/MAINTAINERS.md:1 points to docs/people.md, which does not exist in acme/widget",
		},
		{
			// The link is no pointer: the file is reported as listing no one, not as
			// pointing outside the project.
			name:  "a link to a code of conduct",
			files: map[string]string{"MAINTAINERS.md": "# Maintainers\n\nAll maintainers follow the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).\n"},
			want:  "acme/widget/MAINTAINERS.md names no maintainer graduate could read (team or alias names, a README section, or a format it does not parse)",
		},
		{
			name:  "pointer to a file listing no one",
			files: map[string]string{"MAINTAINERS": "To be announced.\n", "MAINTAINERS.md": "The maintainers are listed in [MAINTAINERS](MAINTAINERS).\n"},
			want:  "acme/widget/MAINTAINERS.md points only to files that list no one, back to itself, or on through more than 4 pointers",
		},
		{
			name:  "binary file",
			files: map[string]string{"MAINTAINERS": "\x00"},
			want:  "read acme/widget/MAINTAINERS: binary file",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := collectFiles(t, tt.files)
			if len(res.Errors) != 1 || res.Errors[0].Error != tt.want || res.Errors[0].Source != Source {
				t.Errorf("errors = %+v, want one %q", res.Errors, tt.want)
			}
			if res.Maintainers != nil {
				t.Errorf("Maintainers = %+v, want nil", res.Maintainers)
			}
		})
	}
}

// failingRepo is a repository whose listing fails.
type failingRepo struct{ repo.Repo }

func (failingRepo) Files(context.Context) ([]string, error) { return nil, errors.New("disk on fire") }

func TestCollectFailures(t *testing.T) {
	mem := repo.NewMemory("acme/widget", map[string]string{"MAINTAINERS.md": "- Ada Byron (@abyron)\n"})
	if _, err := Collect(context.Background(), []Repository{{Repo: failingRepo{mem}, Role: snapshot.RoleMain}}, ""); err == nil || !strings.Contains(err.Error(), "list files of acme/widget: disk on fire") {
		t.Errorf("err = %v, want a listing error", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Collect(ctx, []Repository{{Repo: mem, Role: snapshot.RoleMain}}, ""); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	res, err := Collect(context.Background(), nil, "")
	if err != nil || res.Maintainers == nil || len(res.Maintainers.Active) != 0 || res.Errors == nil {
		t.Errorf("no repositories: %+v, %v; want empty lists", res, err)
	}
}

// cancelOnRead cancels its context when a file is read, as a caller giving up midway.
type cancelOnRead struct {
	repo.Repo
	cancel context.CancelFunc
}

func (c cancelOnRead) ReadFile(ctx context.Context, p string) ([]byte, error) {
	c.cancel()
	return c.Repo.ReadFile(ctx, p)
}

func TestCollectCancelledWhileReading(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	mem := repo.NewMemory("acme/widget", map[string]string{"MAINTAINERS.md": "- Ada Byron (@abyron)\n"})
	_, err := Collect(ctx, []Repository{{Repo: cancelOnRead{mem, cancel}, Role: snapshot.RoleMain}}, "")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestMergeDetails(t *testing.T) {
	res := collectFiles(t, map[string]string{
		"MAINTAINERS.md": "| Name | GitHub | Company |\n|--|--|--|\n| Ada Byron | @ABYRON | |\n| Jo Bloggs | | Acme |\n",
		"OWNERS":         "approvers:\n  - abyron\n",
		"STEERING.md":    "### Ada Byron\n- GitHub: abyron\n- Company: Analytical Engines\n\n### Jo Bloggs\n- GitHub: jbloggs\n- Company: Other Co\n",
	})
	if res.Maintainers == nil {
		t.Fatalf("errors: %v", res.Errors)
	}
	got := res.Maintainers.Active
	if len(got) != 2 {
		t.Fatalf("active = %q, want two people", handles(got))
	}
	ada, jo := got[0], got[1]
	if str(ada.GitHub) != "ABYRON" || str(ada.Company) != "Analytical Engines" || ada.Source.Path != "MAINTAINERS.md" || ada.Source.Line != 3 {
		t.Errorf("Ada = %s %s %+v; want the handle as first written, the company filled in, the MAINTAINERS.md line", str(ada.GitHub), str(ada.Company), ada.Source)
	}
	if str(jo.GitHub) != "jbloggs" || str(jo.Company) != "Acme" || jo.Source.Path != "MAINTAINERS.md" || jo.Source.Line != 4 {
		t.Errorf("Jo = %s %s %+v; want matched by name, handle filled, first company kept", str(jo.GitHub), str(jo.Company), jo.Source)
	}
}

func TestRepoByName(t *testing.T) {
	mk := func(name, url string) Repository {
		return Repository{Repo: repo.NewMemory(name, nil), Role: snapshot.RoleOther, URL: url}
	}
	c := &collector{repos: []Repository{
		mk("main", "https://github.com/Acme/Widget"),
		mk("acme/community", ""),
		mk("website", ""),
	}}
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"acme/widget", 0},
		{"ACME/community", 1},
		{"acme/website", 2},
		{"other/community", -1},
		{"acme/missing", -1},
	} {
		if got := c.repoByName(tt.in); got != tt.want {
			t.Errorf("repoByName(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestPointerResolution(t *testing.T) {
	community := map[string]string{
		"MAINTAINERS.md":             "- Ada Byron (@ada)\n",
		"governance/maintainers.yml": "maintainers: [bob]\n",
		"meetings/notes.md":          "# Notes\n",
		"people/team.md":             "- Carol Wu (@carol)\n",
	}
	tests := []struct {
		name      string
		pointer   string
		community map[string]string
		active    string
		err       string
	}{
		{
			name:    "raw file URL",
			pointer: "The maintainers are listed in https://raw.githubusercontent.com/acme/community/main/people/team.md",
			active:  "ada,bob,carol",
		},
		{
			name:    "a directory holding a maintainers file",
			pointer: "Maintainers are listed in https://github.com/acme/community/tree/main/governance",
			active:  "ada,bob",
		},
		{
			name:    "a directory holding none",
			pointer: "Maintainers are listed in https://github.com/acme/community/tree/main/meetings",
			err:     "acme/widget/MAINTAINERS.md:1 points to https://github.com/acme/community/tree/main/meetings, where acme/community holds no maintainers file",
		},
		{
			name:      "a repository holding none",
			pointer:   "See the [community repository](https://github.com/acme/community) for the maintainers.",
			community: map[string]string{"README.md": "# Community\n"},
			err:       "acme/widget/MAINTAINERS.md:1 points to https://github.com/acme/community, where acme/community holds no maintainers file",
		},
		{
			name:      "the community repository by role",
			pointer:   "The maintainers are listed in the community repository.",
			community: map[string]string{"OWNERS": "approvers: [dan]\n"},
			active:    "dan",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := community
			if tt.community != nil {
				files = tt.community
			}
			res, err := Collect(context.Background(), []Repository{
				{Repo: repo.NewMemory("acme/widget", map[string]string{"MAINTAINERS.md": tt.pointer + "\n"}), Role: snapshot.RoleMain},
				{Repo: repo.NewMemory("acme/community", files), Role: snapshot.RoleCommunity},
			}, "")
			if err != nil {
				t.Fatal(err)
			}
			if tt.err != "" {
				if res.Maintainers != nil || len(res.Errors) != 1 || res.Errors[0].Error != tt.err {
					t.Errorf("got %+v, %+v; want no list and the error %q", res.Maintainers, res.Errors, tt.err)
				}
				return
			}
			if res.Maintainers == nil {
				t.Fatalf("errors: %+v", res.Errors)
			}
			if got := strings.Join(handles(res.Maintainers.Active), ","); got != tt.active {
				t.Errorf("active = %q, want %q", got, tt.active)
			}
		})
	}
}

// A community repository's MEMBERS.md with roles adds the maintainers of the
// repositories the main repository's list leaves out; its reviewers and alumni are not
// maintainers, and neither is a member whose row or section names no maintainer's
// role.
func TestMembersFile(t *testing.T) {
	main := map[string]string{"MAINTAINERS.md": "# Maintainers\n\nThe maintainers of `acme/widget`.\n\n| Name | GitHub |\n|---|---|\n| Ada Byron | @ada |\n"}
	members := "# Members\n\n## Organization\n\n| Member | GitHub ID | Role |\n|---|---|---|\n| Ada Byron | @ada | Organization Maintainer |\n\n## widget-addon\n\n| Member | GitHub ID | Role |\n|---|---|---|\n| Bob Ng | @bob | Repository Maintainer |\n| Carol Wu | @carol | Repository Reviewer |\n\n## Alumni\n\n| Member | GitHub ID | Role |\n|---|---|---|\n| Dan Ito | @dan | Organization Maintainer |\n"
	tests := []struct {
		name      string
		community map[string]string
		mainFiles map[string]string
		active    string
		emeritus  string
	}{
		{name: "members with roles", community: map[string]string{"MEMBERS.md": members}, active: "ada,bob", emeritus: "dan"},
		{name: "members without roles", community: map[string]string{"MEMBERS.md": "# Members\n\nMaintainers are listed in MAINTAINERS.md.\n\n- Bob Ng (@bob)\n- Carol Wu (@carol)\n"}, active: "ada"},
		{name: "a member's role is no maintainer's", community: map[string]string{"MEMBERS.md": "# Members\n\n| Member | GitHub ID | Role |\n|---|---|---|\n| Bob Ng | @bob | Organization Member |\n| Carol Wu | @carol | Repository Maintainer |\n"}, active: "ada,carol"},
		{name: "an emeritus role outside an alumni section", community: map[string]string{"MEMBERS.md": "# Members\n\n| Member | GitHub ID | Role |\n|---|---|---|\n| Bob Ng | @bob | Emeritus Maintainer |\n"}, active: "ada", emeritus: "bob"},
		{name: "a section of maintainers", community: map[string]string{"MEMBERS.md": "# Members\n\n## Maintainers\n\n- Bob Ng (@bob)\n\n## Members\n\n- Carol Wu (@carol)\n"}, active: "ada,bob"},
		// Only a community repository's: a code repository's MEMBERS.md may list anyone.
		{name: "in the main repository", community: map[string]string{"README.md": "# Community\n"}, mainFiles: map[string]string{"MEMBERS.md": members}, active: "ada"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := maps.Clone(main)
			maps.Copy(files, tt.mainFiles)
			res, err := Collect(context.Background(), []Repository{
				{Repo: repo.NewMemory("acme/widget", files), Role: snapshot.RoleMain},
				{Repo: repo.NewMemory("acme/community", tt.community), Role: snapshot.RoleCommunity},
			}, "")
			if err != nil {
				t.Fatal(err)
			}
			if res.Maintainers == nil {
				t.Fatalf("errors: %+v", res.Errors)
			}
			if got := strings.Join(handles(res.Maintainers.Active), ","); got != tt.active {
				t.Errorf("active = %q, want %q", got, tt.active)
			}
			if got := strings.Join(handles(res.Maintainers.Emeritus), ","); got != tt.emeritus {
				t.Errorf("emeritus = %q, want %q", got, tt.emeritus)
			}
		})
	}
}

func TestCollectDocuments(t *testing.T) {
	readme := "# Widget\n\nA widget.\n\n## Maintainers\n\n| Name | GitHub | Company |\n|---|---|---|\n| Ada Byron | @abyron | Engines Ltd |\n| Cy Babbage | @cbabbage | |\n\n## License\n\n- Apache-2.0 (@nobody)\n"
	tests := []struct {
		name    string
		files   map[string]string
		docs    []snapshot.Location
		active  []string
		lines   []int
		wantErr string // the one collection error, when the list is unknown
	}{
		{
			name:   "README section read when no file lists anyone",
			files:  map[string]string{"README.md": readme},
			docs:   []snapshot.Location{{Repo: "acme/widget", Path: "README.md#Maintainers", Line: 5}},
			active: []string{"abyron", "cbabbage"}, lines: []int{9, 10},
		},
		{
			name:   "README section not read when a maintainers file lists people",
			files:  map[string]string{"README.md": readme, "MAINTAINERS": "Jo Bloggs <jo@example.com> (@jbloggs)\n"},
			docs:   []snapshot.Location{{Repo: "acme/widget", Path: "MAINTAINERS", Line: 1}, {Repo: "acme/widget", Path: "README.md#Maintainers", Line: 5}},
			active: []string{"jbloggs"}, lines: []int{1},
		},
		{
			name:   "a maintainers file Collect does not look for",
			files:  map[string]string{"docs/maintainer.md": "- Ada Byron (@abyron)\n"},
			docs:   []snapshot.Location{{Repo: "acme/widget", Path: "docs/maintainer.md", Line: 1}},
			active: []string{"abyron"}, lines: []int{1},
		},
		{
			name:    "README section naming no one",
			files:   map[string]string{"README.md": "# Widget\n\n## Maintainers\n\nAsk on Slack.\n"},
			docs:    []snapshot.Location{{Repo: "acme/widget", Path: "README.md#Maintainers", Line: 3}},
			wantErr: "acme/widget/README.md#Maintainers names no maintainer graduate could read (team or alias names, a README section, or a format it does not parse)",
		},
		{
			name:    "reStructuredText list",
			files:   map[string]string{"MAINTAINERS.rst": "Maintainers\n===========\n\n* Ada Byron (abyron)\n"},
			docs:    []snapshot.Location{{Repo: "acme/widget", Path: "MAINTAINERS.rst", Line: 1}},
			wantErr: "acme/widget/MAINTAINERS.rst names no maintainer graduate could read (team or alias names, a README section, or a format it does not parse)",
		},
		{
			name:    "README link to another repository's list, and team-only CODEOWNERS",
			files:   map[string]string{"README.md": "See [MAINTAINERS](https://github.com/acme/community/blob/main/MAINTAINERS.md).\n", "CODEOWNERS": "* @acme/maintainers\n"},
			docs:    []snapshot.Location{{Repo: "acme/widget", Path: "CODEOWNERS", Line: 1}, {Repo: "acme/widget", Path: "README.md", Line: 1, URL: "https://github.com/acme/community/blob/main/MAINTAINERS.md"}},
			wantErr: "acme/widget/CODEOWNERS, acme/widget/README.md:1 (a link to https://github.com/acme/community/blob/main/MAINTAINERS.md) name no maintainer graduate could read (team or alias names, a README section, or a format it does not parse)",
		},
		{
			name:   "no maintainers document anywhere",
			files:  map[string]string{"README.md": "# Widget\n"},
			active: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Collect(context.Background(), []Repository{{Repo: repo.NewMemory("acme/widget", tt.files), Role: snapshot.RoleMain, Documents: tt.docs}}, "")
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantErr != "" {
				if res.Maintainers != nil || len(res.Errors) != 1 || res.Errors[0] != (snapshot.CollectionError{Source: Source, Error: tt.wantErr}) {
					t.Errorf("result = %+v, %+v; want no list and the error %q", res.Maintainers, res.Errors, tt.wantErr)
				}
				return
			}
			if len(res.Errors) != 0 || res.Maintainers == nil {
				t.Fatalf("result = %+v, %+v; want a list", res.Maintainers, res.Errors)
			}
			if got := handles(res.Maintainers.Active); strings.Join(got, ",") != strings.Join(tt.active, ",") {
				t.Errorf("active = %q, want %q", got, tt.active)
			}
			for i, p := range res.Maintainers.Active {
				if i < len(tt.lines) && p.Source.Line != tt.lines[i] {
					t.Errorf("%s read from line %d, want %d", handles(res.Maintainers.Active)[i], p.Source.Line, tt.lines[i])
				}
			}
		})
	}
}

// aliasBomb is a YAML document whose aliases expand to millions of nodes.
const aliasBomb = `a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
maintainers: [*g,*g,*g,*g,*g,*g,*g,*g,*g]
`

// TestSectionRoles: what a section's heading or prose says of its people's role. A
// section whose prose says they hold no maintainer's rights lists no maintainers,
// whatever its table holds; the project's leads, listed beside a group's maintainers,
// are maintainers, a group's approvers there are not.
func TestSectionRoles(t *testing.T) {
	tests := []struct {
		name, file, list, active, emeritus string
	}{
		{
			name: "no approval rights", file: "MAINTAINERS.md", active: "ada",
			list: "# Maintainers\n\n## Quarry Committers\n\n| Maintainer | Email | Employer |\n|---|---|---|\n| [Ada Byron](https://github.com/ada) | ada@example.com | Engines Ltd |\n\n" +
				"## Community Managers\n\nThis group represents the project for administrative duties. No approval rights.\n\n| Name | GitHub ID | Responsibilities |\n|---|---|---|\n| Bob Ng | [bob](https://github.com/bob) | Representative |\n",
		},
		{
			name: "emeriti hold no rights and stay emeriti", file: "MAINTAINERS.md", active: "ada", emeritus: "bob",
			list: "# Maintainers\n\n- Ada Byron (@ada)\n\n## Emeritus\n\nEmeritus maintainers do not have merge rights.\n\n- Bob Ng (@bob)\n",
		},
		{
			name: "the project's leads", file: "OWNERS.md", active: "ada,bob,carol",
			list: "# Maintainers\n\n## Leads\n\n- Ada Byron (@ada)\n  project lead\n- Bob Ng (@bob)\n\n## AWS Provider Maintainers\n\n- Carol Wu (@carol)\n\n## Docs approvers\n\n- Dan Ito (@dan)\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Collect(context.Background(), []Repository{{Repo: repo.NewMemory("acme/widget", map[string]string{tt.file: tt.list}), Role: snapshot.RoleMain}}, "")
			if err != nil || res.Maintainers == nil {
				t.Fatal(err, res.Errors)
			}
			if got := strings.Join(handles(res.Maintainers.Active), ","); got != tt.active {
				t.Errorf("active = %q, want %q", got, tt.active)
			}
			if got := strings.Join(handles(res.Maintainers.Emeritus), ","); got != tt.emeritus {
				t.Errorf("emeritus = %q, want %q", got, tt.emeritus)
			}
		})
	}
}

func TestRecordedList(t *testing.T) {
	members := "# Community members\n\n## Governance committee\n\n- [Ada Byron](https://github.com/ada), Engines Ltd\n- [Bob Ng](https://github.com/bob), Looms Inc\n\n## Docs\n\n- [Carol Wu](https://github.com/carol), Mills plc\n\n## Governance committee emeritus\n\n- [Dan Ito](https://github.com/dan)\n"
	tests := []struct {
		name     string
		record   string // the record's link
		noOwners bool   // no CODEOWNERS beside the record's list
		// deadPointer adds a MAINTAINERS.md that only points to a file that is gone
		deadPointer bool
		extraOwner  string // another CODEOWNERS owner
		active      string // handles, then Ada's company
		company     string
	}{
		// Without the record a members page is no list: CODEOWNERS is the best one.
		{name: "not recorded", active: "ada,erin"},
		// The record's list joins the project's best list and fills in its details.
		{name: "the recorded section", record: "https://github.com/acme/community/blob/main/community-members.md#governance-committee", active: "ada,bob,erin", company: "Engines Ltd"},
		{name: "the recorded file, whole", record: "https://github.com/acme/community/blob/main/Community-Members.md", active: "ada,bob,carol,erin", company: "Engines Ltd"},
		{name: "the recorded section alone", record: "https://github.com/acme/community/blob/main/community-members.md#governance-committee", noOwners: true, active: "ada,bob", company: "Engines Ltd"},
		{name: "an anchor no heading has", record: "https://github.com/acme/community/blob/main/community-members.md#steering", active: "ada,erin"},
		{name: "a file the repository lacks", record: "https://github.com/acme/community/blob/main/MEMBERS.md", active: "ada,erin"},
		// A file of another repository, or a page that is no file, names nothing here.
		{name: "another repository's file", record: "https://github.com/other/community/blob/main/community-members.md", active: "ada,erin"},
		{name: "a website page", record: "https://acme.example/community/members/", active: "ada,erin"},
		// A former committee member in the record's list who is still in CODEOWNERS is
		// active, whichever is read first.
		{name: "a former committee member", record: "https://github.com/acme/community/blob/main/community-members.md", active: "ada,bob,carol,dan,erin", company: "Engines Ltd", extraOwner: "@dan"},
		// A pointer that leads nowhere does not make the record's list unknown.
		{name: "beside a dead pointer", record: "https://github.com/acme/community/blob/main/community-members.md#governance-committee", deadPointer: true, active: "ada,bob,erin", company: "Engines Ltd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			community := map[string]string{"community-members.md": members, "CODEOWNERS": "* @ada @erin\n"}
			if tt.noOwners {
				delete(community, "CODEOWNERS")
			}
			if tt.extraOwner != "" {
				community["CODEOWNERS"] = "* @ada @erin " + tt.extraOwner + "\n"
			}
			if tt.deadPointer {
				community["MAINTAINERS.md"] = "# Maintainers\n\nSee [MAINTAINERS](https://github.com/acme/community/blob/main/docs/MAINTAINERS.md).\n"
			}
			res, err := Collect(context.Background(), []Repository{
				{Repo: repo.NewMemory("acme/community", community), Role: snapshot.RoleCommunity, URL: "https://github.com/acme/community"},
			}, tt.record)
			if err != nil {
				t.Fatal(err)
			}
			if res.Maintainers == nil {
				t.Fatalf("errors: %+v", res.Errors)
			}
			if got := strings.Join(handles(res.Maintainers.Active), ","); got != tt.active {
				t.Errorf("active = %q, want %q", got, tt.active)
			}
			if got := res.Maintainers.Active[0].Company; (got == nil) != (tt.company == "") || got != nil && *got != tt.company {
				t.Errorf("Ada's company = %v, want %q", got, tt.company)
			}
		})
	}
}

func TestRanksOnly(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Approver", true},
		{"Core Maintainer", true},
		{"Organization Maintainer", true},
		{"Repository Maintainer", true},
		{"Reviewer, Approver", true},
		{"Approver - CD, Rollouts", false},
		{"Release manager", false},
		{"Security lead", false},
		{"Approver; Website", false},
		{"", false},
	} {
		if got := ranksOnly(tc.in); got != tc.want {
			t.Errorf("ranksOnly(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
