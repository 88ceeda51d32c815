package history

import (
	"maps"
	"slices"
	"testing"
	"time"
)

// TestActiveHandles covers what history adds to maintainers.ActiveHandles, whose own
// tests cover the file formats: handles keyed case-insensitively, and a version that
// cannot be parsed or lists no one taken as unknown rather than as an empty list.
func TestActiveHandles(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		content string
		want    map[string]string // nil: ok is false
	}{
		{
			name:    "keyed lower-case, valued as written",
			doc:     "MAINTAINERS.md",
			content: "# Maintainers\n\n- Jane Doe (@JDoe)\n- Sam Roe (@samroe)\n",
			want:    map[string]string{"jdoe": "JDoe", "samroe": "samroe"},
		},
		{
			name:    "a README section",
			doc:     "README.md#Maintainers",
			content: "# Widget\n\n## Maintainers\n\n- @alice\n\n## License\n\n- @lawyer\n",
			want:    map[string]string{"alice": "alice"},
		},
		{
			name:    "a version that cannot be parsed",
			doc:     "maintainers.yaml",
			content: "maintainers:\n - github: [alice\n",
		},
		{
			name:    "a version that lists no one: a pointer",
			doc:     "MAINTAINERS.md",
			content: "The maintainers are listed in the community repository.\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := activeHandles(tc.doc, []byte(tc.content))
			if ok != (tc.want != nil) {
				t.Fatalf("activeHandles ok = %v, want %v", ok, tc.want != nil)
			}
			if !maps.Equal(got, tc.want) {
				t.Errorf("activeHandles = %q, want %q", got, tc.want)
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
		"Governance": "## Governance\n\nLazy consensus.\n\n### Votes\n\nMajority.",
		"governance": "## Governance\n\nLazy consensus.\n\n### Votes\n\nMajority.",
		"Votes":      "### Votes\n\nMajority.",
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
	// A section that moved, unchanged, is the same section.
	if moved := "# Widget\n\nNew intro.\n\n" + doc[len("# Widget\n\n"):]; sectionText([]byte(moved), "Votes") != sectionText([]byte(doc), "Votes") {
		t.Error("a section that only moved reads as changed")
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
		// An application and its chart, or three branches' patches, tagged on one day.
		{"releases of one day are one", []release{rel("v2.1.0", 10), rel("k8up-4.1.0", 10.01), rel("v2.0.0", 40), rel("v1.9.3", 40.01), rel("v1.8.7", 40.02)}, 30},
		// 23:52 and 00:14 the next day: one release, not one a day apart.
		{"across midnight", []release{rel("v2.1.0", 9.99), rel("k8up-4.1.0", 10.005), rel("v2.0.0", 39.99), rel("k8up-4.0.0", 40.005)}, 30},
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
