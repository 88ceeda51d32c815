package history

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestActiveHandles(t *testing.T) {
	tests := []struct {
		name    string
		path    string
		section string
		content string
		want    []string // as written, sorted case-insensitively
		broken  bool     // the content cannot be parsed
	}{
		{
			name: "markdown table with a GitHub column of bare handles",
			path: "MAINTAINERS.md",
			content: `# Maintainers

| Name | GitHub | Company |
|------|--------|---------|
| Jane Doe | jdoe | Acme |
| Raj Patel | ` + "`rpatel`" + ` | Initech |
| Li Wei | [liwei](https://github.com/liwei) | Globex |
`,
			want: []string{"jdoe", "liwei", "rpatel"},
		},
		{
			name: "mentions and profile links, emeritus and reviewers left out",
			path: "MAINTAINERS.md",
			content: `# Maintainers

* Jane Doe (@jdoe), jane@acme.example
* [Sam Roe](https://github.com/SamRoe)
* The @example/maintainers team reviews; see https://github.com/example/widget

## Reviewers

* @reviewer-one

## Emeritus Maintainers

* @oldtimer

### Thanks

* @also-old

## Contact

Ask @jdoe or @newbie.
`,
			// @newbie is named in a Contact section, which lists no maintainers.
			want: []string{"jdoe", "SamRoe"},
		},
		{
			name:    "fenced code is not a list",
			path:    "MAINTAINERS.md",
			content: "# Maintainers\n\n- @alice\n\n```\n- @not-a-maintainer\n```\n",
			want:    []string{"alice"},
		},
		{
			name:    "a README section only",
			path:    "README.md",
			section: "Maintainers",
			content: "# Widget\n\nThanks to @contributor.\n\n## Maintainers\n\n- @alice\n\n### Alumni\n\n- @gone\n\n## License\n\n@lawyer\n",
			want:    []string{"alice"},
		},
		{
			name: "OWNERS: approvers, not reviewers or emeritus approvers",
			path: "OWNERS",
			content: `# See the OWNERS docs
approvers:
  - alice
  - "bob"   # lead
reviewers:
  - carol
emeritus_approvers:
  - dan
`,
			want: []string{"alice", "bob"},
		},
		{
			name: "OWNERS naming alias groups: groups are not people",
			path: "OWNERS",
			content: `filters:
  ".*":
    approvers:
      - approvers
      - sig-network-approvers
      - grace
`,
			want: []string{"grace"},
		},
		{
			name: "OWNERS_ALIASES",
			path: "OWNERS_ALIASES",
			content: `aliases:
  sig-storage-approvers:
    - alice
    - erin
  sig-storage-reviewers:
    - frank
`,
			want: []string{"alice", "erin"},
		},
		{
			name: "YAML list of people with github keys",
			path: "maintainers.yaml",
			content: `maintainers:
  - name: Alice Example
    github: alice
    company: Acme
  - name: Bob Example
    github: "@bob"
emeritus:
  - name: Carl
    github: carl
`,
			want: []string{"alice", "bob"},
		},
		{
			name:    "CODEOWNERS",
			path:    ".github/CODEOWNERS",
			content: "* @alice @example/core\n/docs/ @bob docs@example.com\n",
			want:    []string{"alice"}, // bob owns docs/ only
		},
		{
			name:    "a version that cannot be parsed",
			path:    "maintainers.yaml",
			content: "maintainers:\n - github: [alice\n",
			broken:  true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tc.path
			if tc.section != "" {
				doc += "#" + tc.section
			}
			got, ok := activeHandles(doc, []byte(tc.content))
			if ok == tc.broken {
				t.Errorf("activeHandles ok = %v, want %v", ok, !tc.broken)
			}
			var names []string
			for _, h := range got {
				names = append(names, h)
			}
			slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
			if !slices.Equal(names, tc.want) {
				t.Errorf("activeHandles = %q, want %q", names, tc.want)
			}
		})
	}
}

func TestDiffHandles(t *testing.T) {
	before := map[string]string{"alice": "alice", "bob": "Bob"}
	after := map[string]string{"alice": "Alice", "carol": "carol", "dan": "Dan"}
	added, removed := diffHandles(before, after)
	if !slices.Equal(added, []string{"carol", "Dan"}) || !slices.Equal(removed, []string{"Bob"}) {
		t.Errorf("diffHandles = %q, %q; want [carol Dan], [Bob]", added, removed)
	}
}

func TestSectionText(t *testing.T) {
	doc := "# Widget\n\n## Governance\n\nLazy consensus.\n\n### Votes\n\nMajority.\n\n## Install\n\nmake\n"
	tests := map[string]string{
		"Governance": "## Governance\n\nLazy consensus.\n\n### Votes\n\nMajority.\n\n",
		"governance": "## Governance\n\nLazy consensus.\n\n### Votes\n\nMajority.\n\n",
		"Votes":      "### Votes\n\nMajority.\n\n",
		"Missing":    "",
	}
	for section, want := range tests {
		if got := sectionText([]byte(doc), section); got != want {
			t.Errorf("sectionText(%q) = %q, want %q", section, got, want)
		}
	}
	if got := sectionText(nil, "Governance"); got != "" {
		t.Errorf("sectionText of no content = %q", got)
	}
}

func TestSignedByAuthor(t *testing.T) {
	tests := []struct {
		values []string
		email  string
		want   bool
	}{
		{[]string{"Jane Doe <jane@example.com>"}, "jane@example.com", true},
		{[]string{"Jane Doe <JANE@example.com>"}, "jane@example.com", true},
		{[]string{"Bot <bot@example.com>", "Jane <jane@example.com>"}, "jane@example.com", true},
		{[]string{"Joe <joe@example.com>"}, "jane@example.com", false},
		{[]string{"Joe <xjane@example.com>"}, "jane@example.com", false},
		{nil, "jane@example.com", false},
		{[]string{"Nobody <>"}, "", false},
	}
	for _, tc := range tests {
		if got := signedByAuthor(tc.values, tc.email); got != tc.want {
			t.Errorf("signedByAuthor(%q, %q) = %v, want %v", tc.values, tc.email, got, tc.want)
		}
	}
}

func TestCadence(t *testing.T) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	rel := func(tag string, daysAgo float64) release {
		v, ok := ParseVersion(tag)
		if !ok {
			t.Fatalf("%s is not a version", tag)
		}
		return release{tag: tag, date: now.Add(-time.Duration(daysAgo * float64(24*time.Hour))), version: v}
	}
	tests := []struct {
		name string
		rels []release // newest first
		want float64   // -1: nil
	}{
		{"none", nil, -1},
		{"one release", []release{rel("v1.0.0", 10)}, -1},
		{"pre-releases do not count", []release{rel("v1.1.0-rc.1", 5), rel("v1.0.0", 10)}, -1},
		{"two", []release{rel("v1.1.0", 10), rel("v1.0.0", 40)}, 30},
		{"odd number of gaps", []release{rel("v1.3.0", 0), rel("v1.2.0", 10), rel("v1.1.0", 40), rel("v1.0.0", 100)}, 30},
		{"even number of gaps", []release{rel("v1.2.0", 0), rel("v1.1.0", 10), rel("v1.0.0", 40)}, 20},
		{"older than two years left out", []release{rel("v1.1.0", 10), rel("v1.0.0", 40), rel("v0.9.0", 800)}, 30},
	}
	for _, tc := range tests {
		got := cadence(tc.rels, now)
		switch {
		case tc.want < 0 && got != nil:
			t.Errorf("%s: cadence = %v, want nil", tc.name, *got)
		case tc.want >= 0 && (got == nil || *got != tc.want):
			t.Errorf("%s: cadence = %v, want %v", tc.name, got, tc.want)
		}
	}
}
