package maintainers

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

// FuzzParsers feeds any text to every parser: none may panic, and every person read must
// carry a line of the file and a handle, a name or an address.
func FuzzParsers(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*/*/*")
	more, _ := filepath.Glob("testdata/*/*/.github/*")
	for _, p := range append(seeds, more...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("| a | b |\n|---|---|\n| [x](https://github.com/x) | @y, @z |\n")
	f.Add("### A B (@c)\n- GitHub: \n- Company: -\n")
	f.Add("* `tsdb`: A B (<a@x.org> / @ab), C D (c@x.org / @cd), E F (@ef)\n")
	f.Fuzz(func(t *testing.T, content string) {
		lines := len(markdown.Lines(content))
		check := func(kind string, es []entry) {
			for _, e := range es {
				p := e.person
				if p.Source.Line < 1 || p.Source.Line > lines {
					t.Errorf("%s: line %d outside the file's %d lines", kind, p.Source.Line, lines)
				}
				if p.GitHub == nil && p.Name == nil && p.Email == nil {
					t.Errorf("%s: a person with neither handle, name nor address", kind)
				}
				if p.GitHub != nil && (strings.HasPrefix(*p.GitHub, "@") || strings.ContainsAny(*p.GitHub, " /")) {
					t.Errorf("%s: handle %q is not a bare handle", kind, *p.GitHub)
				}
				if e.status != statusActive && e.status != statusEmeritus {
					t.Errorf("%s: status %d", kind, e.status)
				}
			}
		}
		check("markdown", parseMarkdown(testSrc, content, false))
		check("plain", parseMarkdown(testSrc, content, true))
		check("codeowners", parseCodeowners(testSrc, content))
		if es, err := parseYAML(testSrc, content); err == nil {
			check("yaml", es)
		}
		if es, err := parseOwners(testSrc, content, nil); err == nil {
			check("owners", es)
		}
		if es, err := parseTOML(testSrc, content); err == nil {
			check("toml", es)
		}
		findPointers("docs/MAINTAINERS.md", content)
	})
}
