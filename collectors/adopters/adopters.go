// Package adopters reads the organisations a project lists as using it from its adopters
// files (ADOPTERS.md, USERS.md, ADOPTERS.yaml, ...): Markdown tables, bullet lists under
// headings that may state the adopters' type, and YAML lists.
//
// It records what the files say and where, one entry per organisation: the name as
// written, the type when the file states one (a table column, a YAML key, or the heading
// of the section the entry sits in), and the line of the entry. It does not judge
// whether an adopter counts.
package adopters

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// Source is the collection-error source for adopters facts.
const Source = "adopters"

// Result is what Collect found.
type Result struct {
	// Adopters is nil when an adopters file could not be read, or the project's
	// adopters documents list no one the parser could read: the list would be
	// incomplete, so the fact is not collected. Entries is empty, not nil, when no
	// adopters document exists.
	Adopters *snapshot.Adopters `json:"adopters"`
	// Errors names each adopters file that could not be read, with Source "adopters".
	Errors []snapshot.CollectionError `json:"errors,omitempty"`
}

// entry is one adopter as a parser found it, before deduplication.
type entry struct {
	name string
	typ  string // "" when the source states none
	line int
	// sec is the line of the heading of the section it was read in (0: none); table
	// and bullet say whether it was a table row, or a list item or bold opening: a
	// section that holds an adopters table holds its adopters there, and its lists say
	// something else.
	sec           int
	table, bullet bool
}

// Collect reads the adopters files of every repository, in the order given and, within
// a repository, in path order; an organisation listed twice (in any case) is kept where
// it first appears. It returns an error only when ctx ends.
//
// docs are the adopters documents the documents collector found, Repo naming the
// repository: files, README sections ("README.md#Adopters") and README links. The
// README sections are read with the same parser, after the files. When still no
// one is read although an adopters document exists, the list is not known (it may sit in
// a section or format the parser does not read): Adopters is nil, with an error naming
// the documents. With no adopters document anywhere, the list is empty.
func Collect(ctx context.Context, repos []repo.Repo, docs []snapshot.Location) (*Result, error) {
	res := &Result{}
	entries := []snapshot.Adopter{}
	seen := orgSet{}
	var read []snapshot.Location // each adopters file read
	add := func(r repo.Repo, found []snapshot.Adopter) {
		for _, e := range found {
			if !seen.add(e.Name) {
				continue
			}
			e.Source.Repo = r.Name()
			entries = append(entries, e)
		}
	}
	for _, r := range repos {
		files, err := r.Files(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			res.Errors = append(res.Errors, snapshot.CollectionError{
				Source: Source,
				Error:  fmt.Sprintf("%s: list files: %v", r.Name(), err),
			})
			continue
		}
		for _, p := range files {
			if !IsAdoptersFile(p) {
				continue
			}
			b, err := r.ReadFile(ctx, p)
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				res.Errors = append(res.Errors, snapshot.CollectionError{
					Source: Source,
					Error:  fmt.Sprintf("%s: %v", r.Name(), err),
				})
				continue
			}
			read = append(read, snapshot.Location{Repo: r.Name(), Path: p})
			found, err := Parse(p, b)
			if err != nil {
				res.Errors = append(res.Errors, snapshot.CollectionError{
					Source: Source,
					Error:  fmt.Sprintf("%s: %v", r.Name(), err),
				})
				continue
			}
			add(r, found)
		}
	}
	if len(res.Errors) > 0 {
		return res, nil
	}
	{
		// README sections are read beside the files: an organisation listed in both
		// is counted once.
		for _, d := range docs {
			file, section, _ := strings.Cut(d.Path, "#")
			if section == "" || d.URL != "" {
				continue
			}
			for _, r := range repos {
				if r.Name() != d.Repo {
					continue
				}
				found, err := readSection(ctx, r, file, section)
				if err != nil {
					if ctx.Err() != nil {
						return nil, ctx.Err()
					}
					res.Errors = append(res.Errors, snapshot.CollectionError{Source: Source, Error: fmt.Sprintf("%s: %v", r.Name(), err)})
					continue
				}
				add(r, found)
			}
		}
		if len(res.Errors) > 0 {
			return res, nil
		}
	}
	if len(entries) == 0 {
		if len(read)+len(docs) > 0 {
			res.Errors = append(res.Errors, snapshot.Unread(Source, "adopter", "a README section, or a format it does not parse", append(read, docs...)))
			return res, nil
		}
	}
	res.Adopters = &snapshot.Adopters{Entries: entries}
	return res, nil
}

// readSection returns the adopters listed in one section of a Markdown file, with their
// lines in the whole file; none when the file has no such section.
func readSection(ctx context.Context, r repo.Repo, file, section string) ([]snapshot.Adopter, error) {
	b, err := r.ReadFile(ctx, file)
	if err != nil {
		return nil, err
	}
	kept, ok := markdown.SectionOnly(string(b), section)
	if !ok {
		return nil, nil
	}
	return Parse(file, []byte(kept))
}

// siteTree reports whether a directory holds a website's pages or data ("site/content/
// resources", "website/data"): its adopters page is the project's list.
//
// A website repository's own pages and data are at its root ("content/en/adopters",
// "data/adopters"): a code repository's root-level content/ or data/ holds a site's
// files as well.
func siteTree(dir string) bool {
	parts := strings.Split(dir, "/")
	if parts[0] == "content" || parts[0] == "data" {
		return true
	}
	if len(parts) < 2 {
		return false
	}
	switch parts[0] {
	case "site", "website", "web", "docs", "www":
	default:
		return false
	}
	return slices.Contains(parts[1:], "content") || slices.Contains(parts[1:], "data")
}

// siteAdopters reports whether the file base in a site tree's directory dir is its
// adopters page or data: "adopters.md" anywhere in the tree; in a folder named adopters,
// its index page ("content/en/ecosystem/adopters/index.md") or a data file
// ("data/adopters/flux-v2.yaml"), not the case studies or schemas beside them.
func siteAdopters(dir, base string) bool {
	if !siteTree(dir) || slices.ContainsFunc(strings.Split(dir, "/"), repo.IsTestTree) {
		return false
	}
	ext := path.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	switch {
	case stem == "adopters":
		return true
	case path.Base(dir) != "adopters":
		return false
	case slices.Contains(strings.Split(dir, "/"), "data"):
		return (ext == ".yaml" || ext == ".yml" || ext == ".json") && !strings.Contains(stem, "schema")
	}
	return stem == "index" || stem == "_index"
}

// adopterStems are the base names, without extension and lower-cased, of adopters files.
var adopterStems = map[string]bool{"adopters": true, "users": true}

// adopterExts are the extensions an adopters file may have.
var adopterExts = map[string]bool{"": true, ".md": true, ".markdown": true, ".txt": true, ".yaml": true, ".yml": true, ".json": true}

// IsAdoptersFile reports whether the slash path p names an adopters file, in any case,
// as Markdown, text, YAML or JSON: ADOPTERS in the root, docs/ or .github/, and USERS in the
// root only, since docs/users.md is as often a user guide ("Download the binary") as a
// list of organisations; and an adopters page or data file of a website, kept in the
// repository or its own ("site/content/resources/adopters.md", "website/data/adopters.yml",
// "content/en/ecosystem/adopters/index.md").
func IsAdoptersFile(p string) bool {
	dir, base := path.Split(strings.ToLower(p))
	dir = strings.TrimSuffix(dir, "/")
	switch {
	case dir == "", dir == "docs", dir == ".github":
	case siteAdopters(dir, base):
		return adopterExts[path.Ext(base)] && !repo.IsVendored(p)
	default:
		return false
	}
	ext := path.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	if stem == "users" && dir != "" {
		return false
	}
	return adopterExts[ext] && adopterStems[stem]
}

// Parse returns the adopters listed in the file at the slash path p, each with its
// path and line; Source.Repo is left for the caller. A YAML file that does not parse is
// an error.
func Parse(p string, content []byte) ([]snapshot.Adopter, error) {
	var (
		found []entry
		err   error
	)
	switch strings.ToLower(path.Ext(p)) {
	case ".yaml", ".yml", ".json": // YAML reads JSON too
		found, err = parseYAML(content)
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", p, err)
		}
	default:
		found = parseMarkdown(string(content))
	}
	out := make([]snapshot.Adopter, 0, len(found))
	seen := orgSet{}
	for _, e := range found {
		if !seen.add(e.name) {
			continue
		}
		a := snapshot.Adopter{Name: e.name, Source: snapshot.Location{Path: p, Line: e.line}}
		if e.typ != "" {
			t := e.typ
			a.Type = &t
		}
		out = append(out, a)
	}
	return out, nil
}

// orgSet holds the organisations counted so far.
type orgSet struct {
	keys    map[string]bool
	domains []string // keys of names written as domains
}

// add counts an organisation, and reports false when it was counted already: under a
// name with the same key, or under a domain its name starts with (a logo's "snapp.ir"
// and a story's "SnappCloud").
func (s *orgSet) add(name string) bool {
	if s.keys == nil {
		s.keys = map[string]bool{}
	}
	key := orgKey(name)
	if s.keys[key] {
		return false
	}
	_, domain := domainKey(name)
	for _, d := range s.domains {
		if sameOrg(d, key) {
			return false
		}
	}
	if domain && len(key) >= 4 {
		for k := range s.keys {
			if sameOrg(key, k) {
				return false
			}
		}
		s.domains = append(s.domains, key)
	}
	s.keys[key] = true
	return true
}

// orgSuffixes are the words a name adds to its organisation's domain ("SnappCloud" for
// snapp.ir, "Acme Inc" for acme.com).
var orgSuffixes = []string{"cloud", "inc", "labs", "lab", "hq", "io", "tech", "technologies", "technology", "group", "corp", "corporation", "company", "co", "ai", "dev", "software", "systems", "gmbh", "ltd", "llc"}

// sameOrg reports whether name (a key) is the organisation of the domain key d: d alone,
// or d and one word a name adds ("snapp" and "snappcloud"; not "intel" and
// "intelligentsystems").
func sameOrg(d, name string) bool {
	rest, ok := strings.CutPrefix(name, d)
	return ok && (rest == "" || slices.Contains(orgSuffixes, rest))
}

// domainKey returns a name written as a domain without its top-level domain, and
// whether it was one.
func domainKey(name string) (string, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	if m := domainRe.FindStringSubmatch(n); m != nil {
		return m[1], true
	}
	return n, false
}

// domainRe matches a name written as a domain ("knative.dev", "www.jd.com").
var domainRe = regexp.MustCompile(`^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*?)\.[a-z]{2,24}$`)

// orgKey is what two names of one organisation share: its letters and digits, lower
// case, without the top-level domain of a name written as a domain, so that a logo's
// "knative.dev" and a story's "Knative" are one adopter.
func orgKey(name string) string {
	n, _ := domainKey(name)
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, n)
}
