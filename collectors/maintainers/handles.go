package maintainers

import (
	"path"
	"sort"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

// ActiveHandles returns the GitHub handles of the people one maintainers file lists as
// active maintainers, as the file writes them, each once (compared case-insensitively),
// in the order the file lists them. It reads the file alone, with the parsers Collect
// uses: the people of other sections (emeritus, reviewers, adopters, ...) are left out,
// as are people listed without a handle, and no pointer to another file is followed.
//
// p is the file's slash path, whose base name chooses the parser as Collect's does
// (MAINTAINERS.md, MAINTAINERS, maintainers.yaml, .toml, OWNERS, CODEOWNERS), and any
// other Markdown file such as a README; OWNERS_ALIASES lists the members of its approver
// and maintainer aliases. A path with a heading, "README.md#Maintainers", reads only the
// section under that heading (no handles when there is none).
//
// An OWNERS file names OWNERS_ALIASES groups as if they were people; without that file,
// a name that reads as a group ("approvers", "sig-network-approvers") is left out.
//
// The error says why a YAML, TOML, OWNERS or OWNERS_ALIASES file could not be parsed.
func ActiveHandles(p string, content []byte) ([]string, error) {
	file, section, _ := strings.Cut(p, "#")
	base := strings.ToLower(path.Base(file))
	src := source{path: file}
	text := string(content)
	var (
		entries []entry
		err     error
	)
	switch {
	case section != "":
		// The section is found as the documents collector found its heading: reading
		// HTML comments as prose.
		kept, ok := markdown.SectionOnly(text, section)
		if !ok {
			return nil, nil
		}
		entries = parseMarkdown(src, kept, false)
	case base == "owners_aliases":
		entries, err = aliasEntries(src, text)
	case base == "owners":
		// Without OWNERS_ALIASES, parseOwners leaves alias-group names out.
		entries, err = parseContent(src, formatOwners, text, nil)
	case base == "codeowners":
		entries, err = parseContent(src, formatCodeowners, text, nil)
	default:
		entries, err = parseContent(src, formatOf(base), text, nil)
	}
	if err != nil {
		return nil, err
	}
	var out []string
	seen := map[string]bool{}
	for _, e := range entries {
		if e.status != statusActive || e.person.GitHub == nil {
			continue
		}
		h := *e.person.GitHub
		if k := strings.ToLower(h); !seen[k] {
			seen[k] = true
			out = append(out, h)
		}
	}
	return out, nil
}

// aliasEntries reads an OWNERS_ALIASES file: the members of each alias whose name says
// they are maintainers ("sig-storage-approvers"), in the order of the file's lines.
func aliasEntries(src source, content string) ([]entry, error) {
	al, err := parseAliases(src, content)
	if err != nil || al == nil {
		return nil, err
	}
	var out []entry
	for name, members := range al.members {
		if classify(name) != statusActive {
			continue
		}
		for _, m := range members {
			out = append(out, newEntry(src, m.line, record{github: m.handle}, statusActive))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].person.Source.Line < out[j].person.Source.Line })
	return out, nil
}
