package adopters

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

// FuzzParse feeds any text to every adopters parser (Markdown with its tables, lists
// and logo walls, YAML, JSON): none may panic, and every adopter read must have a name
// and a line of the file.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*/repo/*")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("<a href=\"https://x.example\"><img alt=\"\" src=\"\"></a><img alt='y'>")
	f.Add("| ![a](b) | c |\n|---|---|\n| [![X](x.png)](https://x.example) | Vendor |\n")
	f.Fuzz(func(t *testing.T, content string) {
		lines := len(markdown.Lines(content))
		for _, p := range []string{"ADOPTERS.md", "adopters.yaml", "adopters.json"} {
			found, err := Parse(p, []byte(content))
			if err != nil {
				continue
			}
			for _, a := range found {
				if strings.TrimSpace(a.Name) == "" {
					t.Errorf("%s: an adopter with no name", p)
				}
				if a.Source.Line < 1 || (lines > 0 && a.Source.Line > lines) {
					t.Errorf("%s: line %d outside the file's %d lines", p, a.Source.Line, lines)
				}
			}
		}
	})
}
