package maintainers

import (
	"sort"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/snapshot"
)

func TestTitleScope(t *testing.T) {
	tests := []struct {
		title string
		want  string
	}{
		// A name before the role, as written.
		{"Widget Maintainers", "Widget"},
		// A rank or a clause cut short names nothing.
		{"Lead Maintainers", ""},
		{"Steering Committee and Maintainers", ""},
		{"widget maintainers", "widget"},
		{"The Widget Maintainers", "The Widget"},
		{"Gizmo Committers and Maintainers", "Gizmo"},
		{"Gizmo Owners", "Gizmo"},
		{"Sprocket Maintainers list", "Sprocket"},
		{"Acme Org Maintainers", "Acme Org"},
		{"sprocket project maintainers", "sprocket project"},
		// The scope after the role.
		{"Maintainers of the Widget project", "the Widget project"},
		{"Owners for acme-project", "acme-project"},
		{"Core Maintainers of this repository", "acme/widget"},
		{"Maintainers of this repo", "acme/widget"},
		{"List of Widget maintainers", "Widget"},
		// Titles that only name a list of people, or the project as a whole.
		{"Maintainers", ""},
		{"Current maintainers", ""},
		{"Core Maintainers", ""},
		{"Project Maintainers", ""},
		{"Our maintainers", ""},
		{"Team", ""},
		{"Current team", ""},
		{"Governance", ""},
		{"Maintainers and Reviewers", ""},
		{"Maintainers of this project", ""},
		{"Maintainers of the project", ""},
		{"Maintainers for all repositories", ""},
		// Titles about the role, or of another list.
		{"Becoming Maintainers", ""},
		{"Meet the Maintainers", ""},
		{"Notes for Maintainers", ""},
		{"Widget Emeritus Maintainers", ""},
		{"Maintainers of each subproject", ""},
		{"Widget Contributors", ""},
		{"Widget Maintainership Guidelines", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := titleScope(tt.title, "acme/widget"); got != tt.want {
				t.Errorf("titleScope(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

func TestSentenceScope(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"lists the maintainers of", "This document lists the maintainers of the acme/widget project.", "the acme/widget project"},
		{"where former ones are", "The list of previous maintainers is in EMERITUS.md.", ""},
		{"of what, cut short", "A list of the GitHub handles of maintainers is kept here.", ""},
		{"a date after the name", "This file lists the maintainers of Widget since 2019, in order.", ""},
		{"lists maintainers and committers", "This file lists the maintainers and committers of the Widget project. Committers are ...", "the Widget project"},
		{"section lists qualified maintainers", "This section lists the current active Maintainers of the Widget project. They guide ...", "the Widget project"},
		{"list of maintainers for", "This is the list of maintainers for all Widget repositories, in alphabetical order:", "all Widget repositories"},
		{"current list of maintainers", "This is the current list of maintainers for the Widget project. The maintainer role is described in GOVERNANCE.md.", "the Widget project"},
		{"official list of", "Official list of Widget Maintainers.", "Widget"},
		{"a list of qualified maintainers", "For a list of active Widget maintainers, please see the CODEOWNERS file.", "Widget"},
		{"maintainers group", "The current maintainers group for the Widget project is listed in maintainers.csv.", "the Widget project"},
		{"maintainers apply to", "Maintainers apply to all Widget repositories.", "all Widget repositories"},
		{"maintainers for this repository", "This page lists the steering committee, as well as maintainers and reviewers for this repository.", "acme/widget"},
		{"lists the maintainers of this repository", "This file lists the maintainers of this repository and their areas.", "acme/widget"},
		{"a name with a dot", "This is the list of maintainers for widget.example.org.", "widget.example.org"},
		{"the first sentence that states one", "Official list of Widget maintainers.\nThis is the list of maintainers for all Gizmo repositories.", "Widget"},
		// Sentences that state no scope.
		{"the project", "This document lists the maintainers of the project.", ""},
		{"this project", "This is the list of maintainers for this project.", ""},
		{"all repositories", "This is the list of maintainers for all repositories:", ""},
		{"a list of maintainers", "This is a list of maintainers.", ""},
		{"per part", "This file lists the maintainers of each subproject.", ""},
		{"of people", "This is a list of people who are Widget maintainers.", ""},
		{"a pointer alone", "The maintainers are listed in the community repository.", ""},
		{"a process", "See GOVERNANCE.md for how maintainers of the Widget project are chosen.", ""},
		{"a role", "Maintainers review and merge changes.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceScope(tt.text, "acme/widget"); got != tt.want {
				t.Errorf("sentenceScope(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// domains renders entries as "handle=responsibility" ("~" before an emeritus), sorted.
func domains(es []entry) string {
	var out []string
	for _, e := range es {
		s := str(e.person.GitHub) + "=" + str(e.person.Responsibility)
		if e.status == statusEmeritus {
			s = "~" + s
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func TestParseMarkdownScope(t *testing.T) {
	tests := []struct {
		name  string
		plain bool
		in    string
		want  string
	}{
		{
			name: "title",
			in:   "# Widget Maintainers\n\n| Maintainer | GitHub ID | Affiliation |\n|---|---|---|\n| Ada Byron | @ada | Acme |\n",
			want: "ada=Widget",
		},
		{
			name: "preamble sentence over the title",
			in:   "# Widget Maintainers\n\nThis document lists the maintainers of the `acme/widget` project.\n\n## Maintainers\n\n- Ada Byron (Acme) @ada\n",
			want: "ada=the acme/widget project",
		},
		{
			name: "preamble sentence over lines",
			in:   "# Maintainers\n\nThis is the current list of maintainers for the\nWidget project. The maintainer role is described in GOVERNANCE.md.\n\n- Ada Byron (Acme) @ada\n",
			want: "ada=the Widget project",
		},
		{
			name: "no title: the prose before the first heading",
			in:   "This file lists the maintainers and committers of the Widget project.\n\n## Maintainers\n\n- Ada Byron (Acme) @ada\n",
			want: "ada=the Widget project",
		},
		{
			name: "this repository",
			in:   "# Core Maintainers of this repository\n\n| Name | GitHub | Company |\n|---|---|---|\n| Ada Byron | @ada | Acme |\n",
			want: "ada=acme/widget",
		},
		{
			name: "a section's own intro over the title",
			in:   "# Widget Owners\n\n## Maintainers\n\nMaintainers apply to all Widget repositories.\n\n- Ada Byron (Acme) @ada\n\n## Approvers\n\n- Bob Stone (Acme) @bob\n",
			want: "ada=all Widget repositories",
		},
		{
			name: "a per-person column wins",
			in:   "# Widget Maintainers\n\n| Name | GitHub | Area | Company |\n|---|---|---|---|\n| Ada Byron | @ada | Storage | Acme |\n| Bob Stone | @bob | | Acme |\n",
			want: "ada=Storage bob=Widget",
		},
		{
			name: "a domains column is a per-person column, whatever its spelling",
			in:   "# Maintainers\n\n| Name | GitHub Handle | Domains of reponsibility | Affiliation |\n|---|---|---|---|\n| Ada Byron | @ada | Storage, operator | Acme |\n| Bob Stone | @bob | Governance | Initech |\n",
			want: "ada=Storage, operator bob=Governance",
		},
		{
			name: "an area heading wins",
			in:   "# Widget Maintainers\n\n## Storage\n\n- Ada Byron (Acme) @ada\n\n## Maintainers\n\n- Bob Stone (Acme) @bob\n",
			want: "ada=Storage bob=Widget",
		},
		{
			name: "emeritus sections are unaffected",
			in:   "# Widget Maintainers\n\n## Maintainers\n\n- Ada Byron (Acme) @ada\n\n## Emeritus Maintainers\n\n- Bob Stone (Acme) @bob\n",
			want: "ada=Widget ~bob=<nil>",
		},
		{
			name: "a generic title states no scope",
			in:   "# Maintainers\n\nThe maintainers of the project are listed below.\n\n## Current team\n\n- Ada Byron (Acme) @ada\n",
			want: "ada=<nil>",
		},
		{
			name: "a section named for the maintainers states no scope",
			in:   "# Project maintainers\n\n## Maintainers\n\n- Ada Byron (Acme) @ada\n",
			want: "ada=<nil>",
		},
		{
			name: "prose after the first person is no intro",
			in:   "# Maintainers\n\n- Ada Byron (Acme) @ada\n\nThis is the list of maintainers for all Widget repositories.\n\n- Bob Stone (Acme) @bob\n",
			want: "ada=<nil> bob=<nil>",
		},
		{
			name:  "plain text: a comment title",
			plain: true,
			in:    "# Widget maintainers\nAda Byron, Acme <ada@acme.example> (@ada)\n",
			want:  "ada=Widget",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := domains(parseMarkdown(testSrc, tt.in, tt.plain)); got != tt.want {
				t.Errorf("got\n  %s\nwant\n  %s", got, tt.want)
			}
		})
	}
}

func TestDomainsAt(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
		want string
		// scoped: the domain is the scope of the whole list, not an area
		scoped bool
	}{
		{
			name:   "the pointer's own sentence",
			in:     "# Maintainers\n\n## Active Maintainers\n\nThe current maintainers group for the Widget project is listed in [maintainers.csv](maintainers.csv).\n",
			line:   5,
			want:   "the Widget project",
			scoped: true,
		},
		{
			name:   "the document's title",
			in:     "# Widget Maintainers list\n\nThe list is kept in the [governance repository](https://github.com/acme/governance/blob/main/MAINTAINERS).\n",
			line:   3,
			want:   "Widget",
			scoped: true,
		},
		{
			name: "an area heading",
			in:   "# Widget Maintainers\n\n## Storage\n\nIts maintainers are listed in [storage/MAINTAINERS.md](storage/MAINTAINERS.md).\n",
			line: 5,
			want: "Storage",
		},
		{
			name: "former maintainers",
			in:   "# Widget Maintainers\n\n## Emeritus\n\nFormer maintainers are listed in [EMERITUS.md](EMERITUS.md).\n",
			line: 5,
			want: "",
		},
		{
			name: "no scope stated",
			in:   "# Maintainers\n\nThe maintainers are listed in [maintainers.csv](maintainers.csv).\n",
			line: 3,
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			domains, scoped := domainsAt(testSrc, tt.in, false, []int{tt.line})
			if got := domains[tt.line]; got != tt.want || scoped[tt.line] != tt.scoped {
				t.Errorf("domainsAt(line %d) = %q (scoped %v), want %q (scoped %v)", tt.line, got, scoped[tt.line], tt.want, tt.scoped)
			}
		})
	}
}

// A person listed twice keeps an area of their own from either list: the joined
// responsibility is the lists' scope only when every one stated is.
func TestFromListJoined(t *testing.T) {
	area, scope, rank := "storage", "the Widget project", "Organization Maintainer"
	tests := []struct {
		name string
		a, b snapshot.Person
		want bool
	}{
		{"scope and nothing", snapshot.Person{Responsibility: &scope, ResponsibilityFromList: true}, snapshot.Person{}, true},
		{"nothing and scope", snapshot.Person{}, snapshot.Person{Responsibility: &scope, ResponsibilityFromList: true}, true},
		{"scope and scope", snapshot.Person{Responsibility: &scope, ResponsibilityFromList: true}, snapshot.Person{Responsibility: &scope, ResponsibilityFromList: true}, true},
		{"scope and area", snapshot.Person{Responsibility: &scope, ResponsibilityFromList: true}, snapshot.Person{Responsibility: &area}, false},
		{"area and nothing", snapshot.Person{Responsibility: &area}, snapshot.Person{}, false},
		{"scope and rank", snapshot.Person{Responsibility: &scope, ResponsibilityFromList: true}, snapshot.Person{Responsibility: &rank}, true},
		{"rank and scope", snapshot.Person{Responsibility: &rank}, snapshot.Person{Responsibility: &scope, ResponsibilityFromList: true}, true},
		{"rank and area", snapshot.Person{Responsibility: &rank}, snapshot.Person{Responsibility: &area}, false},
		{"rank and rank", snapshot.Person{Responsibility: &rank}, snapshot.Person{Responsibility: &rank}, false},
	}
	for _, tt := range tests {
		if got := fromListJoined(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: fromListJoined = %v, want %v", tt.name, got, tt.want)
		}
	}
}
