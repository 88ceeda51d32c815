// Package maintainers reads a project's maintainers from the files its repositories keep
// them in (MAINTAINERS lists in Markdown, plain text, YAML or TOML, OWNERS and
// OWNERS_ALIASES, CODEOWNERS, steering-committee pages), follows files that only say
// where the list is, and merges what it finds into one list of active and one of
// emeritus maintainers, each person with the file and line they were read from.
//
// It records what the files say; the policies judge it. When the list cannot be known
// (a file that cannot be read or parsed, a pointer to a place outside the project), the
// result says so with a collection error and no list, never an empty one.
package maintainers

import (
	"context"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// Source is the collection-error source of the facts this package collects.
const Source = "maintainers"

// Repository is one repository of the project, as the collector sees it.
type Repository struct {
	Repo repo.Repo
	// Role is main, community, website or other (snapshot.RoleMain, ...).
	Role string
	// URL is where the repository lives, when known; pointers to it are matched by its
	// owner/name.
	URL string
	// Documents are the repository's maintainer documents as the documents collector
	// found them: files, README sections ("README.md#Maintainers") and README links.
	// When no maintainers file lists anyone, the sections and the files Collect does not
	// look for (maintainer.md, docs/OWNERS) are read too; when still no one is read, the
	// documents are named in the collection error that says the list is unknown.
	Documents []snapshot.Location
}

// Result is what Collect found.
type Result struct {
	// Maintainers is nil when the maintainers could not be determined (a file that
	// could not be read or parsed, a pointer that leads outside the project); else
	// Active and Emeritus are non-nil, possibly empty, slices.
	Maintainers *snapshot.Maintainers `json:"maintainers"`
	// Errors say why Maintainers is nil, each with Source "maintainers"; never nil.
	Errors []snapshot.CollectionError `json:"errors"`
}

// source names a file for locations, with what the project's documents say of who its
// maintainers are (nil when they say nothing).
type source struct {
	repo string
	path string
	def  *definition
	// byRole is set for a members list (MEMBERS.md): only the people whose row or
	// section names a maintainer's role are maintainers, not every member.
	byRole bool
}

// entry is one person read from one place, and what that place says of their role.
type entry struct {
	person snapshot.Person
	status status
}

func optional(s string) *string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	return &s
}

// ranksOnly reports whether a responsibility names only ranks ("Approver" in a
// Project Roles column, "Core Maintainer"), each of its comma- or semicolon-separated
// parts: the snapshot says so, and the policies decide what a rank is worth.
func ranksOnly(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) == 0 {
		return false
	}
	for _, part := range parts {
		if !rankOnly(part) {
			return false
		}
	}
	return true
}

func newEntry(src source, line int, rec record, st status) entry {
	resp := optional(rec.responsibility)
	return entry{
		person: snapshot.Person{
			GitHub:                 optional(rec.github),
			Name:                   optional(rec.name),
			Company:                optional(rec.company),
			Email:                  optional(rec.email),
			Responsibility:         resp,
			ResponsibilityFromList: rec.fromList && resp != nil,
			Chat:                   optional(rec.chat),
			Source:                 snapshot.Location{Repo: src.repo, Path: src.path, Line: line},
		},
		status: st,
	}
}

// fileResult is what one file gave.
type fileResult struct {
	cand     candidate
	entries  []entry
	pointers []pointer
	// targets are the files its pointers lead to, once followed.
	targets [][2]string
	// resolved is true when a pointer was followed (no error was recorded for them).
	resolved bool
}

// collector holds one Collect call's state.
type collector struct {
	repos   []Repository
	files   [][]string          // per repository, as listed
	index   []map[string]string // per repository: lower-case path -> path, built when a pointer needs it
	aliased []string            // per repository: the root OWNERS_ALIASES path, or ""
	cands   [][]candidate       // per repository
	aliases []*aliases          // per repository, once read
	read    map[[2]string]bool  // repo name, path: parsed already
	// contents are the files read, by repo name and path.
	contents map[[2]string]string
	record   string      // the list the CNCF's maintainer record links, or ""
	def      *definition // the project's own definition of its maintainers, if any
	roles    *roleList   // the maintainers defined as the holders of roles, if they are
	results  []fileResult
	// unresolved are the pointers that could not be followed, settled into errors once
	// every file is read.
	unresolved []unresolved
	errs       []snapshot.CollectionError
}

// Collect reads the maintainers of a project from its repositories. It returns an error
// only when ctx ends or a repository's files cannot be listed; a file that cannot be
// read or parsed, or a pointer that cannot be followed, is a collection error in the
// result, and then Maintainers is nil. record is the list the CNCF's maintainer record
// links for the project ("https://github.com/o/community/blob/main/members.md#tc"), or
// "": that file of the repositories, whatever it is called, is read as a maintainers
// list too, the section alone where the link names an anchor.
func Collect(ctx context.Context, repos []Repository, record string) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c := &collector{
		repos:    repos,
		files:    make([][]string, len(repos)),
		index:    make([]map[string]string, len(repos)),
		aliased:  make([]string, len(repos)),
		cands:    make([][]candidate, len(repos)),
		aliases:  make([]*aliases, len(repos)),
		read:     map[[2]string]bool{},
		contents: map[[2]string]string{},
		record:   record,
	}
	var all []candidate
	for i, r := range repos {
		files, err := r.Repo.Files(ctx)
		if err != nil {
			return nil, fmt.Errorf("list files of %s: %w", r.Repo.Name(), err)
		}
		c.files[i] = files
		if r.Role == snapshot.RoleWebsite {
			// A website repository's OWNERS or MAINTAINERS name who approves changes to
			// the site, not the project's maintainers.
			continue
		}
		for _, p := range files {
			if !strings.Contains(p, "/") && strings.EqualFold(p, "OWNERS_ALIASES") {
				c.aliased[i] = p
			}
			if cl, f, rank, ok := fileClass(p, r.Role == snapshot.RoleCommunity); ok {
				c.cands[i] = append(c.cands[i], candidate{repo: i, path: p, class: cl, format: f, dirRank: rank})
			}
		}
		c.cands[i] = detailFiles(effectiveCodeowners(c.cands[i]), files, i)
		all = append(all, c.cands[i]...)
	}
	if err := c.define(ctx); err != nil {
		return nil, err
	}
	c.lists()
	if err := c.readRecorded(ctx); err != nil {
		return nil, err
	}
	all = all[:0]
	for i := range repos {
		all = append(all, c.cands[i]...)
	}
	sort.SliceStable(all, func(a, b int) bool { return c.less(all[a], all[b]) })
	for _, cand := range all {
		if err := c.parse(ctx, cand); err != nil {
			return nil, err
		}
	}
	if c.roles != nil {
		if err := c.readRoleList(ctx, *c.roles); err != nil {
			return nil, err
		}
	}
	// Follow the pointers of files that list no one; a followed file may point on.
	for i := 0; i < len(c.results); i++ {
		if err := c.follow(ctx, i); err != nil {
			return nil, err
		}
	}
	c.deadEnds()
	c.settle()
	var list *snapshot.Maintainers
	if len(c.errs) == 0 {
		recordedRank(c.results)
		sort.SliceStable(c.results, func(a, b int) bool { return c.less(c.results[a].cand, c.results[b].cand) })
		list = merge(c.results)
		if len(list.Active) == 0 {
			// Nobody active in the files (none, or a list of former maintainers
			// only): the documents' sections are read too.
			if err := c.readDocuments(ctx); err != nil {
				return nil, err
			}
			sort.SliceStable(c.results, func(a, b int) bool { return c.less(c.results[a].cand, c.results[b].cand) })
			list = merge(c.results)
		}
		if len(list.Active) == 0 && len(list.Emeritus) == 0 {
			if docs := c.documents(); len(docs) > 0 {
				c.errs = append(c.errs, snapshot.Unread(Source, "maintainer", "team or alias names, a README section, or a format it does not parse", docs))
			}
		}
	}
	res := &Result{Errors: c.errs}
	if res.Errors == nil {
		res.Errors = []snapshot.CollectionError{}
	}
	if len(c.errs) == 0 {
		switch {
		case c.roles != nil:
			list.Definition = &c.roles.where
		case c.def != nil:
			list.Definition = c.def.where
		}
		res.Maintainers = list
	}
	return res, nil
}

func (c *collector) name(i int) string { return c.repos[i].Repo.Name() }

// fail records a collection error.
func (c *collector) fail(format string, args ...any) {
	c.errs = append(c.errs, snapshot.CollectionError{Source: Source, Error: fmt.Sprintf(format, args...)})
}

// text reads a file; ok is false (and an error recorded) when it cannot be read. Only
// the end of ctx is returned as an error.
func (c *collector) text(ctx context.Context, i int, p string) (string, bool, error) {
	content, err := c.content(ctx, i, p)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return "", false, ctxErr
		}
		c.fail("read %s/%s: %s", c.name(i), p, strings.TrimPrefix(err.Error(), "read "+p+": "))
		return "", false, nil
	}
	return content, true, nil
}

// content reads a file once: the definition pass and the parsers read the same
// maintainer documents.
func (c *collector) content(ctx context.Context, i int, p string) (string, error) {
	key := [2]string{c.name(i), p}
	if s, ok := c.contents[key]; ok {
		return s, nil
	}
	b, err := c.repos[i].Repo.ReadFile(ctx, p)
	if err != nil {
		return "", err
	}
	c.contents[key] = string(b)
	return string(b), nil
}

// parse reads one file and records what it gave.
func (c *collector) parse(ctx context.Context, cand candidate) error {
	key := [2]string{c.name(cand.repo), cand.path}
	if c.read[key] {
		return nil
	}
	c.read[key] = true
	content, ok, err := c.text(ctx, cand.repo, cand.path)
	if err != nil || !ok {
		return err
	}
	src := source{repo: c.name(cand.repo), path: cand.path, def: c.def, byRole: membersFile(cand.path)}
	var al *aliases
	if cand.format == formatOwners {
		if al, err = c.ownersAliases(ctx, cand.repo); err != nil {
			return err
		}
	}
	entries, err := parseContent(src, cand.format, content, al)
	if err != nil {
		c.fail("parse %s/%s: %v", src.repo, src.path, err)
		return nil
	}
	if classify(strings.TrimSuffix(path.Base(cand.path), path.Ext(cand.path))) == statusEmeritus {
		for k := range entries {
			entries[k].status = statusEmeritus // EMERITUS, project-emeriti.yaml: everyone in it
		}
	}
	r := fileResult{cand: cand, entries: entries}
	if cand.format == formatOwners && namesMaintainers(content) {
		r.cand.class = classList
	}
	if cand.class == classList && cand.format == formatMarkdown && c.roles == nil {
		if line, text, items := findRoleList(content); len(items) > 0 {
			c.roles = &roleList{from: cand, items: items, where: snapshot.Location{
				Repo: src.repo, Path: src.path, Line: line, How: "statement", Text: text,
			}}
		}
	}
	// OWNERS and CODEOWNERS list handles or nothing; other files may say where the list
	// is, when they list no active maintainer themselves.
	if !slices.ContainsFunc(r.entries, func(e entry) bool { return e.status != statusEmeritus }) && cand.format != formatOwners && cand.format != formatCodeowners {
		r.pointers = findPointers(cand.path, content)
		pointerDomains(src, cand.format, content, r.pointers)
	}
	c.results = append(c.results, r)
	return nil
}

// parseContent reads the people of one file in format f. al expands the alias groups an
// OWNERS file names; with nil, each name is read as a handle.
func parseContent(src source, f format, content string, al *aliases) ([]entry, error) {
	switch f {
	case formatMarkdown:
		return parseMarkdown(src, content, false), nil
	case formatText:
		if looksTOML(content) {
			return parseTOML(src, content)
		}
		return parseMarkdown(src, content, true), nil
	case formatYAML:
		return parseYAML(src, content)
	case formatTOML:
		return parseTOML(src, content)
	case formatOwners:
		es, err := parseOwners(src, content, al)
		if err != nil {
			// Some projects keep OWNERS as plain lines of people, not Prow's YAML.
			if plain := parseMarkdown(src, content, true); len(plain) > 0 {
				return plain, nil
			}
		}
		return es, err
	case formatCodeowners:
		return parseCodeowners(src, content), nil
	case formatCSV:
		return parseCSV(src, content)
	}
	return nil, nil
}

// ownersAliases reads the root OWNERS_ALIASES of a repository, once; nil when there is
// none or it could not be read (an error is then recorded).
func (c *collector) ownersAliases(ctx context.Context, i int) (*aliases, error) {
	if c.aliases[i] != nil {
		return c.aliases[i], nil
	}
	c.aliases[i] = &aliases{}
	p := c.aliased[i]
	if p == "" {
		return nil, nil
	}
	content, ok, err := c.text(ctx, i, p)
	if err != nil || !ok {
		return nil, err
	}
	al, err := parseAliases(source{repo: c.name(i), path: p}, content)
	if err != nil {
		c.fail("parse %s/%s: %v", c.name(i), p, err)
		return nil, nil
	}
	c.aliases[i] = al
	return al, nil
}
