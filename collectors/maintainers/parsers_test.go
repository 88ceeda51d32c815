package maintainers

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// summary renders entries as "handle|name|company@line" (status prefix "~" for emeritus),
// sorted, so that table tests read as what a reviewer would check.
func summary(es []entry) string {
	var out []string
	for _, e := range es {
		p := e.person
		s := fmt.Sprintf("%s|%s|%s@%d", str(p.GitHub), str(p.Name), str(p.Company), p.Source.Line)
		if e.status == statusEmeritus {
			s = "~" + s
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

var testSrc = source{repo: "acme/widget", path: "MAINTAINERS.md"}

func TestParseMarkdown(t *testing.T) {
	tests := []struct {
		name  string
		plain bool
		in    string
		want  string
	}{
		{
			name: "table columns in any order and case, handles in every style",
			in: `| COMPANY | github username | full name | e-mail |
|---|---|---|---|
| Acme | [@ada](https://github.com/ada) | Ada Byron | ada@acme.example |
| - | @bob | Bob Stone | |
| Initech | carol | Carol Wu | |
| | https://github.com/dan | Dan Reyes | |`,
			want: "ada|Ada Byron|Acme@3 bob|Bob Stone|<nil>@4 carol|Carol Wu|Initech@5 dan|Dan Reyes|<nil>@6",
		},
		{
			name: "table without outer pipes, name cell linking the profile",
			in: `Name | Employer
--- | ---
[Ada Byron](https://github.com/ada) | Acme`,
			want: "ada|Ada Byron|Acme@3",
		},
		{
			name: "delimiter rows of one dash a cell, aligned or not",
			in: `| Name | GitHub | Company |
|:-|:-|-|
| Ada Byron | @ada | Acme |

| Name | GitHub |
| - | - |
| Bob Stone | @bob |`,
			want: "ada|Ada Byron|Acme@3 bob|Bob Stone|<nil>@7",
		},
		{
			name: "a dash line without a pipe is no delimiter row",
			in: `# Maintainers

| Name | GitHub |
-
| Ada Byron | @ada |`,
			want: "",
		},
		{
			name: "a Name-only table under a role heading lists people; elsewhere it does not",
			in: `# Project

| Name | Date |
|---|---|
| [Eve Hart](https://github.com/ehart) | 2024 |

## Emeritus Maintainers

| Name | Date of Retirement |
| ---- | ------------------ |
| [Ada Byron](https://github.com/ada) | 4 April, 2022 |`,
			want: "~ada|Ada Byron|<nil>@11",
		},
		{
			name: "a subproject table listing several handles in one cell",
			in: `| Subproject | Maintainers |
|---|---|
| CLI | @ada, @bob |`,
			want: "ada|<nil>|<nil>@3 bob|<nil>|<nil>@3",
		},
		{
			name: "status column and role column mark emeritus and reviewers",
			in: `| Name | GitHub | Role | Status |
|---|---|---|---|
| Ada Byron | ada | Maintainer | Active |
| Bob Stone | bob | Maintainer | Emeritus |
| Carol Wu | carol | Reviewer | |`,
			want: "ada|Ada Byron|<nil>@3 ~bob|Bob Stone|<nil>@4",
		},
		{
			name: "tables of adopters and meetings are not people",
			in: `| Organization | Contact | Use case |
|---|---|---|
| Big Bank | @bigbank | payments |

| Meeting | Time | Host |
|---|---|---|
| Community | 16:00 UTC | @ada |

| Name | Website |
|---|---|
| Big Bank | https://bank.example |`,
			want: "",
		},
		{
			name: "a table under an Adopters heading is not people even with a GitHub column",
			in: `## Adopters

| Name | GitHub |
|---|---|
| Big Bank | @bigbank |`,
			want: "",
		},
		{
			name: "sections: reviewers and triagers are not maintainers, alumni are emeritus",
			in: `# Widget

## Maintainers

- Ada Byron (@ada)

### Networking

- Bob Stone (@bob)

## Reviewers

- Carol Wu (@carol)

## Triage team

- Dan Reyes (@dan)

## Alumni

- Eve Park (@eve)

## Past Maintainers

* @frank`,
			want: "ada|Ada Byron|<nil>@5 bob|Bob Stone|<nil>@9 ~eve|Eve Park|<nil>@21 ~frank|<nil>|<nil>@25",
		},
		{
			name: "once a heading names maintainers, other top-level sections are not maintainers",
			in: `# Senior maintainers

* Ada Byron ([ada](https://github.com/ada)) (ada@acme.example)

# Maintainers

* Bob Stone ([bob](https://github.com/bob))

## Storage

* Carol Wu ([carol](https://github.com/carol))

# Security team

* Dan Reyes ([dan](https://github.com/dan))

# Friends of the project

* Eve Park ([eve](https://github.com/eve))`,
			want: "ada|Ada Byron|<nil>@3 bob|Bob Stone|<nil>@7 carol|Carol Wu|<nil>@11",
		},
		{
			name: "prose mentioning handles is not a person",
			in: `# Maintainers

Thanks to @ada for starting the project.
Please reach out to @bob or @carol on Slack.
If in doubt, ask @dan.

- Erin Moss (@erin)`,
			want: "erin|Erin Moss|<nil>@7",
		},
		{
			name: "paragraph record lines in Markdown",
			in: `# Maintainers

Ada Byron <ada@acme.example> (@ada)
Bob Stone, Initech <bob@initech.example>`,
			want: "<nil>|Bob Stone|Initech@4 ada|Ada Byron|<nil>@3",
		},
		{
			name: "name-only list items only under a heading that names the role",
			in: `## Maintainers

- Ada Byron, Acme
- Bob Stone (Initech)

## Goals

- Review Pull, Requests
- Fast Releases (Weekly)`,
			want: "<nil>|Ada Byron|Acme@3 <nil>|Bob Stone|Initech@4",
		},
		{
			name: "code blocks, comments and front matter are skipped",
			in:   "---\ntitle: Maintainers\n---\n<!-- - Old Entry (@old) -->\n```\n- Example Person (@example)\n```\n<!--\n| Name | GitHub |\n|--|--|\n| X | @x |\n-->\n- Ada Byron (@ada)",
			want: "ada|Ada Byron|<nil>@13",
		},
		{
			// One fence logic with the other collectors: "```" inside a "````" block is
			// its text, so the list the block keeps goes on after it.
			name: "a list kept in a code block whose fence is longer than a line in it",
			in:   "## Maintainers\n\n````\n```\n\"Ada Byron\",@ada,ada@example.org\n```\n````",
			want: "ada|Ada Byron|<nil>@5",
		},
		{
			name: "setext headings",
			in: `Maintainers
===========

* Ada Byron (@ada)

Emeritus
--------

* Bob Stone (@bob)`,
			want: "ada|Ada Byron|<nil>@4 ~bob|Bob Stone|<nil>@9",
		},
		{
			name: "a numbered entry over a rule is an entry, not a heading",
			in: `# Maintainers

1. Ada Byron (@ada)
---
2. Bob Stone (@bob)
• Carol Wu (@carol)
===`,
			want: "ada|Ada Byron|<nil>@3 bob|Bob Stone|<nil>@5 carol|Carol Wu|<nil>@6",
		},
		{
			name: "heading per person with key lines",
			in: `## Steering Committee

### Ada Byron

- **Affiliation**: Acme
- **GitHub**: [ada](https://github.com/ada)

### Bob Stone
Company: Initech
GitHub ID: @bob
Status: Emeritus

### Carol Wu (@carol)

Carol maintains the CLI.

## Getting help

### Mailing List
Email: widget@lists.example`,
			want: "ada|Ada Byron|Acme@3 carol|Carol Wu|<nil>@13 ~bob|Bob Stone|Initech@8",
		},
		{
			name: "headings naming a person with a role, and sections whose name looks like one",
			in: `# Steering Committee

### Ada Byron (Chair)
- GitHub: ada
- Company: Acme

### Bob Stone - Emeritus
- GitHub: bob

## Project Leads

- Carol Wu (@carol)

## Getting Help

- Dan Reyes (@dan)`,
			want: "ada|Ada Byron|Acme@3 carol|Carol Wu|<nil>@12 ~bob|Bob Stone|<nil>@7",
		},
		{
			name: "list item per person with key lines",
			in: `## Maintainers

- **Ada Byron**
  - GitHub: @ada
  - Company: Acme
- **Bob Stone**
  - GitHub: https://github.com/bob`,
			want: "ada|Ada Byron|Acme@3 bob|Bob Stone|<nil>@6",
		},
		{
			name: "handle lists with a role label",
			in: `Maintainers: @ada, @bob
Reviewers: @carol @dan
Emeritus: @eve, @frank`,
			want: "ada|<nil>|<nil>@1 bob|<nil>|<nil>@1 ~eve|<nil>|<nil>@3 ~frank|<nil>|<nil>@3",
		},
		{
			name:  "plain text: comment lines name roles, never people",
			plain: true,
			in: `# Format: Name, Company <email> (github: @handle)
# Maintainers
Ada Byron, Acme <ada@acme.example> (github: @ada)
Bob Stone <bob@example.com>

# Reviewers
Carol Wu <carol@example.com> (@carol)

# Emeritus
Dan Reyes <dan@example.com> (@dan)`,
			want: "<nil>|Bob Stone|<nil>@4 ada|Ada Byron|Acme@3 ~dan|Dan Reyes|<nil>@10",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary(parseMarkdown(testSrc, tt.in, tt.plain)); got != tt.want {
				t.Errorf("got\n  %s\nwant\n  %s", got, tt.want)
			}
		})
	}
}

func TestParseStructured(t *testing.T) {
	tests := []struct {
		name  string
		parse func(source, string) ([]entry, error)
		in    string
		want  string
	}{
		{
			name:  "YAML: top-level list, keys in any case, role per person",
			parse: parseYAML,
			in: `- Name: Ada Byron
  GITHUB: "@ada"
  Organization: Acme
- name: Bob Stone
  github_handle: bob
  status: emeritus
- name: Carol Wu
  github: carol
  role: reviewer
- jdoe`,
			want: "ada|Ada Byron|Acme@1 jdoe|<nil>|<nil>@10 ~bob|Bob Stone|<nil>@4",
		},
		{
			name:  "YAML: people keyed by handle under role keys; other string lists ignored",
			parse: parseYAML,
			in: `name: widget
labels: [bug, feature]
maintainers:
  ada:
    name: Ada Byron
    company: Acme
emeritus_maintainers:
  - "Bob Stone <bob@example.com> (@bob)"
reviewers: [carol]`,
			want: "ada|Ada Byron|Acme@4 ~bob|Bob Stone|<nil>@8",
		},
		{
			name:  "YAML: grouped by area",
			parse: parseYAML,
			in: `teams:
  storage:
    maintainers:
      - {name: Ada Byron, github: ada}
  cli:
    maintainers:
      - {name: Bob Stone, github: bob, active: false}`,
			want: "ada|Ada Byron|<nil>@4 ~bob|Bob Stone|<nil>@7",
		},
		{
			name:  "JSON through the YAML reader",
			parse: parseYAML,
			in:    `{"maintainers": [{"name": "Ada Byron", "github": "ada", "company": "Acme"}]}`,
			want:  "ada|Ada Byron|Acme@1",
		},
		{
			name:  "TOML: [maintainers.<handle>] tables",
			parse: parseTOML,
			in: `[maintainers.ada]
name = "Ada Byron"
company = "Acme"

[emeritus.bob]
name = "Bob Stone"`,
			want: "ada|Ada Byron|Acme@1 ~bob|Bob Stone|<nil>@5",
		},
		{
			name:  "TOML: people defined but listed in no role: all are maintainers",
			parse: parseTOML,
			in: `[people]
  [people.ada]
  Name = "Ada Byron"
  GitHub = "ada"
  [people.bob]
  Name = "Bob Stone"`,
			want: "ada|Ada Byron|<nil>@2 bob|Bob Stone|<nil>@5",
		},
		{
			name:  "TOML: only reviewers listed: no maintainers",
			parse: parseTOML,
			in: `[Org.Reviewers]
people = ["ada"]
[people.ada]
Name = "Ada Byron"`,
			want: "",
		},
		{
			name:  "TOML: ids listed without definitions are handles",
			parse: parseTOML,
			in: `[Org."Core maintainers"]
people = [
  "ada",
  "bob",
]`,
			want: "ada|<nil>|<nil>@3 bob|<nil>|<nil>@4",
		},
		{
			name:  "CODEOWNERS: comments of people, handle lists, and prose",
			parse: func(s source, c string) ([]entry, error) { return parseCodeowners(s, c), nil },
			in: `# Maintainers: @ada @bob
# Questions go to @carol, who triages issues.
# Storage: @dan
# Eve Park (@eve), Acme
/docs/ @docs-writer
* @ada @acme/core
`,
			want: "ada|<nil>|<nil>@1 ada|<nil>|<nil>@6 bob|<nil>|<nil>@1 eve|Eve Park|Acme@4",
		},
		{
			// k8gb's: under a comment naming affiliations, the text after the handles is
			// their employer, not a name.
			name:  "CODEOWNERS: affiliations in comments",
			parse: func(s source, c string) ([]entry, error) { return parseCodeowners(s, c), nil },
			in: `# All maintainers
* @ada @bob @carol

# Individual affiliations (for reference)
# @ada @bob - Acme Group Ltd
# @carol - Initech, Project Lead 2025-2026
`,
			want: "ada|<nil>|<nil>@2 ada|<nil>|Acme Group Ltd@5 bob|<nil>|<nil>@2 bob|<nil>|Acme Group Ltd@5 carol|<nil>|<nil>@2 carol|<nil>|Initech@6",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, err := tt.parse(testSrc, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(es); got != tt.want {
				t.Errorf("got\n  %s\nwant\n  %s", got, tt.want)
			}
		})
	}
}

func TestParseOwnersAliases(t *testing.T) {
	al, err := parseAliases(source{repo: "r", path: "OWNERS_ALIASES"}, "aliases:\n  core:\n    - ada\n    - '@bob'\n  empty: []\n")
	if err != nil {
		t.Fatal(err)
	}
	es, err := parseOwners(source{repo: "r", path: "OWNERS"}, "approvers:\n- core\n- carol\n- empty\nreviewers:\n- dan\n", al)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range es {
		got = append(got, fmt.Sprintf("%s@%s:%d", str(e.person.GitHub), e.person.Source.Path, e.person.Source.Line))
	}
	want := "ada@OWNERS_ALIASES:3 bob@OWNERS_ALIASES:4 carol@OWNERS:3"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
	// Without OWNERS_ALIASES, group names cannot be expanded and are not people.
	es, err = parseOwners(source{repo: "r", path: "OWNERS"}, "approvers:\n- approvers\n- sig-network-approvers\n- carol\n", nil)
	if err != nil || len(es) != 1 || str(es[0].person.GitHub) != "carol" {
		t.Errorf("OWNERS naming alias groups without OWNERS_ALIASES: %d entries, err %v; want carol alone", len(es), err)
	}
	if _, err := parseOwners(testSrc, "- just\n- a list\n", nil); err == nil {
		t.Error("an OWNERS file that is not a mapping parsed without error")
	}
	if _, err := parseAliases(testSrc, "[aliases]"); err == nil {
		t.Error("an OWNERS_ALIASES file that is not a mapping parsed without error")
	}
}

func TestFileClass(t *testing.T) {
	tests := []struct {
		path      string
		community bool
		want      string // class/format, "" when not a maintainers file
	}{
		{"MAINTAINERS", false, "1/1"},
		{"MAINTAINERS.md", false, "1/0"},
		{"maintainers.txt", false, "1/1"},
		{"MAINTAINERS.yaml", false, "1/2"},
		{".github/maintainers.yml", false, "1/2"},
		{"docs/MAINTAINERS.toml", false, "1/3"},
		{"OWNERS", false, "2/4"},
		{"OWNERS.md", false, "2/0"},
		{"docs/OWNERS.md", false, "2/0"},
		{"CODEOWNERS", false, "3/5"},
		{".github/CODEOWNERS", false, "3/5"},
		{"docs/CODEOWNERS", false, "3/5"},
		{"STEERING.md", false, "4/0"},
		{"steering-committee.md", false, "4/0"},
		{"docs/STEERING_COMMITTEE.md", false, "4/0"},
		{"governance/MAINTAINERS.md", true, "1/0"},
		{"community/steering-committee.md", true, "4/0"},
		{"Community/CODEOWNERS", true, ""},
		{"governance/MAINTAINERS.md", false, ""},
		{"pkg/OWNERS", false, ""},
		{".github/OWNERS", false, ""},
		{"OWNERS_ALIASES", false, ""},
		{"vendor/MAINTAINERS", false, ""},
		{"docs/team/MAINTAINERS.md", false, ""},
		{"MAINTAINERS.go", false, ""},
		{"steering.go", false, ""},
		{"CORE-MAINTAINERS", false, "1/1"},
		{"docs/maintainers_list.csv", false, "1/6"},
		{"project/flux-project-maintainers.yaml", true, "1/2"},
		{"project/project-emeriti.yaml", true, "1/2"},
		{"project/flux-project-maintainers.yaml", false, ""},
		{"docs/maintainers-guide.md", false, ""},
		{"maintainers-handbook.md", false, ""},
		// How one is moved to emeritus is a process, not the list.
		{"project/move-to-emeritus.md", true, ""},
		{"project/becoming-a-maintainer.md", true, ""},
		{"project/emeritus.md", true, "1/0"},
	}
	for _, tt := range tests {
		cl, f, _, ok := fileClass(tt.path, tt.community)
		got := ""
		if ok {
			got = fmt.Sprintf("%d/%d", cl, f)
		}
		if got != tt.want {
			t.Errorf("fileClass(%q, %v) = %q, want %q", tt.path, tt.community, got, tt.want)
		}
	}
}

func TestFindPointers(t *testing.T) {
	tests := []struct {
		path string
		in   string
		want string // "line:written" for each pointer, space separated
	}{
		{"MAINTAINERS.md", "The maintainers are listed in https://github.com/acme/community/blob/main/MAINTAINERS.md.",
			"1:https://github.com/acme/community/blob/main/MAINTAINERS.md"},
		{"MAINTAINERS", "See MAINTAINERS in the community repo.", "1:the community repository"},
		{"MAINTAINERS.md", "# Maintainers\n\nMoved to [the community repository](https://github.com/acme/community).",
			"3:https://github.com/acme/community"},
		{"docs/MAINTAINERS.md", "Our maintainers are listed in [the team page](team.md#current).", "1:team.md#current"},
		{"MAINTAINERS.md", "See [OWNERS](OWNERS) and the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).", "1:OWNERS"},
		{"MAINTAINERS.md", "Maintainers follow the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).", ""},
		{"MAINTAINERS.md", "Join our community at https://widget.example/community and say hello.", ""},
		{"MAINTAINERS.md", "The maintainers are listed at https://widget.example/about/maintainers.", "1:https://widget.example/about/maintainers"},
		{"MAINTAINERS.md", "Contact the maintainers at [maintainers@widget.example](mailto:maintainers@widget.example).", ""},
		{"MAINTAINERS.md", "```\nsee https://github.com/acme/community/blob/main/MAINTAINERS.md\n```", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range findPointers(tt.path, tt.in) {
			got = append(got, fmt.Sprintf("%d:%s", p.line, p.written))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("findPointers(%q, %q) = %q, want %q", tt.path, tt.in, strings.Join(got, " "), tt.want)
		}
	}
}

func TestLooksTOML(t *testing.T) {
	tests := map[string]bool{
		"# comment\n\n[Org]\n[Org.\"Core maintainers\"]\npeople = [\"a\"]\n": true,
		"[people.ada]\nName = \"Ada\"\n":                                     true,
		"[[maintainers]]\nname = \"Ada\"\n":                                  true,
		"# Maintainers\n\n- Ada Byron (@ada)\n":                              false,
		"[Ada Byron](https://github.com/ada)\n":                              false,
		"Ada Byron <ada@example.com>\n":                                      false,
	}
	for in, want := range tests {
		if got := looksTOML(in); got != want {
			t.Errorf("looksTOML(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestReadDefinition(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // nil: no definition
	}{
		{"A reviewer is a core maintainer within the project.", []string{"reviewer"}},
		{"For the purpose of governance, reviewers, approvers and leads are considered maintainers.", []string{"approver", "lead", "reviewer"}},
		{"Committers are also maintainers of the subprojects they own.", []string{"committer"}},
		{"Reviewers are not maintainers, and cannot approve.", nil},
		{"Reviewers are not maintainers. Approvers are maintainers.", []string{"approver"}},
		{"Maintainers are the people listed in MAINTAINERS.md.", nil},
		{"Reviewers help maintainers triage issues.", nil},
	}
	for _, tt := range tests {
		got := readDefinition(tt.sentence)
		var roles []string
		for r := range got {
			roles = append(roles, r)
		}
		slices.Sort(roles)
		if !slices.Equal(roles, tt.want) {
			t.Errorf("readDefinition(%q) = %v, want %v", tt.sentence, roles, tt.want)
		}
	}
}

func TestTitledTablesColumns(t *testing.T) {
	doc := "# Working groups\n\n## Storage\n\n| Leads | Emeritus Leads |\n|---|---|\n| Ada Byron (@abyron) | Alan Turing (@aturing) |\n"
	var got []string
	for _, e := range titledTables(testSrc, doc, "lead") {
		got = append(got, fmt.Sprintf("%s:%d:%s", *e.person.GitHub, e.status, *e.person.Responsibility))
	}
	want := []string{fmt.Sprintf("abyron:%d:Storage", statusActive), fmt.Sprintf("aturing:%d:Storage", statusEmeritus)}
	if !slices.Equal(got, want) {
		t.Errorf("titledTables = %v, want %v", got, want)
	}
}
