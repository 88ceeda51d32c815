package report

import (
	"testing"

	"github.com/graduate-dev/graduate/snapshot"
)

func TestWebURL(t *testing.T) {
	r := &Report{Repositories: []snapshot.Repository{
		{Name: "o/r", Role: "main", URL: "https://github.com/o/r/"},
		{Name: "o/git", URL: "https://github.com/o/git.git"},
		{Name: "o/ssh", URL: "git@github.com:o/ssh.git"},
		{Name: "o/local"},
		{Name: "o/pinned", URL: "https://github.com/o/pinned", Commit: "0123456789abcdef0123456789abcdef01234567"},
	}}
	cases := []struct {
		name string
		e    Evidence
		want string
	}{
		{"whole file", Evidence{Kind: "file", Repo: "o/r", Path: "GOVERNANCE.md", Line: 1}, "https://github.com/o/r/blob/HEAD/GOVERNANCE.md"},
		{"no line", Evidence{Kind: "file", Repo: "o/r", Path: "LICENSE"}, "https://github.com/o/r/blob/HEAD/LICENSE"},
		{"line in a rendered file", Evidence{Kind: "file", Repo: "o/r", Path: "docs/GOVERNANCE.md", Line: 40}, "https://github.com/o/r/blob/HEAD/docs/GOVERNANCE.md?plain=1#L40"},
		{"line in source", Evidence{Kind: "file", Repo: "o/r", Path: ".github/ISSUE_TEMPLATE/bug.yml", Line: 7}, "https://github.com/o/r/blob/HEAD/.github/ISSUE_TEMPLATE/bug.yml#L7"},
		{"README section", Evidence{Kind: "file", Repo: "o/r", Path: "README.md#Code of Conduct", Line: 52}, "https://github.com/o/r/blob/HEAD/README.md#code-of-conduct"},
		{"space in a path", Evidence{Kind: "file", Repo: "o/r", Path: "docs/Release Notes.md"}, "https://github.com/o/r/blob/HEAD/docs/Release%20Notes.md"},
		{".git trimmed", Evidence{Kind: "file", Repo: "o/git", Path: "ROADMAP.md", Line: 3}, "https://github.com/o/git/blob/HEAD/ROADMAP.md?plain=1#L3"},
		{"not a web URL", Evidence{Kind: "file", Repo: "o/ssh", Path: "README.md"}, ""},
		{"no URL", Evidence{Kind: "file", Repo: "o/local", Path: "README.md"}, ""},
		{"unknown repository", Evidence{Kind: "file", Repo: "x/y", Path: "README.md"}, ""},
		{"permalink at the commit read", Evidence{Kind: "file", Repo: "o/pinned", Path: "GOVERNANCE.md", Line: 12}, "https://github.com/o/pinned/blob/0123456789abcdef0123456789abcdef01234567/GOVERNANCE.md?plain=1#L12"},
		{"a commit", Evidence{Kind: "file", Repo: "o/pinned", Path: "MAINTAINERS.md", Line: 1, Commit: "4f1c2a9"}, "https://github.com/o/pinned/commit/4f1c2a9"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := r.webURL(tc.e); got != tc.want {
				t.Errorf("webURL = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestHeadingAnchor(t *testing.T) {
	for heading, want := range map[string]string{
		"Roadmap":                   "roadmap",
		"Code of Conduct":           "code-of-conduct",
		"Release process (v2.0)":    "release-process-v20",
		"  Adopters & Users  ":      "adopters--users",
		"Sécurité":                  "sécurité",
		"maintainer_lifecycle-used": "maintainer_lifecycle-used",
	} {
		if got := headingAnchor(heading); got != want {
			t.Errorf("headingAnchor(%q) = %q, want %q", heading, got, want)
		}
	}
}

func TestLocalEvidence(t *testing.T) {
	main := snapshot.Repository{Name: "o/main", Role: "main"}
	community := snapshot.Repository{Name: "o/community", Role: "community"}
	c := Criterion{Evidence: []Evidence{
		{Kind: "attestation", URL: "https://example.org"},
		{Kind: "file", Repo: "o/community", Path: "MAINTAINERS.md", Line: 3},
		{Kind: "file", Repo: "o/main", Path: "README.md#Maintainers", Line: 20},
	}}
	cases := []struct {
		name  string
		repos []snapshot.Repository
		c     Criterion
		file  string
		line  int
		ok    bool
	}{
		{"first evidence in the main repository", []snapshot.Repository{community, main}, c, "README.md", 20, true},
		{"main is the first repository without a role", []snapshot.Repository{{Name: "o/community"}, {Name: "o/main"}}, c, "MAINTAINERS.md", 3, true},
		{"no repositories named: any file", nil, c, "MAINTAINERS.md", 3, true},
		{"evidence only elsewhere", []snapshot.Repository{main, community}, Criterion{Evidence: c.Evidence[:2]}, "", 0, false},
		{"no evidence", []snapshot.Repository{main}, Criterion{}, "", 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := &Report{Repositories: tc.repos}
			file, line, ok := r.localEvidence(tc.c)
			if file != tc.file || line != tc.line || ok != tc.ok {
				t.Errorf("localEvidence = %q, %d, %v; want %q, %d, %v", file, line, ok, tc.file, tc.line, tc.ok)
			}
		})
	}
}
