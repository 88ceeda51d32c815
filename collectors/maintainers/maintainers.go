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

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// Source is the collection-error source of the facts this package collects.
const Source = "maintainers"

// maxHops bounds how many pointer files are followed one after another.
const maxHops = 4

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

// source names a file for locations.
type source struct {
	repo string
	path string
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

func newEntry(src source, line int, rec record, st status) entry {
	return entry{
		person: snapshot.Person{
			GitHub:         optional(rec.github),
			Name:           optional(rec.name),
			Company:        optional(rec.company),
			Email:          optional(rec.email),
			Responsibility: optional(rec.responsibility),
			Source:         snapshot.Location{Repo: src.repo, Path: src.path, Line: line},
		},
		status: st,
	}
}

// class is the kind of file a list comes from, in the order the merge prefers them as a
// person's source.
type class int

const (
	classList       class = iota // MAINTAINERS*, maintainers.*
	classOwners                  // OWNERS, OWNERS.md
	classCodeowners              // CODEOWNERS
	classSteering                // STEERING*.md, steering-committee.md
)

// format is how a file is parsed.
type format int

const (
	formatMarkdown format = iota
	formatText            // MAINTAINERS without extension, .txt: plain lines, or TOML
	formatYAML            // also JSON
	formatTOML
	formatOwners
	formatCodeowners
	formatCSV
)

// candidate is one file to read.
type candidate struct {
	repo    int // index into the repositories
	path    string
	class   class
	format  format
	dirRank int
	hops    int // pointers followed to reach it
}

// dirRanks are the directories a maintainers file is looked for in, by preference.
var dirRanks = map[string]int{"": 0, ".github": 1, "docs": 2, "governance": 3, "community": 4}

// roleRanks order repositories for the merge.
var roleRanks = map[string]int{snapshot.RoleMain: 0, snapshot.RoleCommunity: 1, snapshot.RoleOther: 2, snapshot.RoleWebsite: 3}

// formatOf returns how to parse a maintainers file, by its lower-case base name.
func formatOf(base string) format {
	switch path.Ext(base) {
	case ".md", ".markdown":
		return formatMarkdown
	case ".yaml", ".yml", ".json":
		return formatYAML
	case ".toml":
		return formatTOML
	case ".csv":
		return formatCSV
	}
	return formatText
}

// fileClass returns how a file takes part: its class, format and directory rank; ok is
// false when it is not a maintainers file. community allows a governance/ or community/ directory, for a community repository.
func fileClass(p string, community bool) (class, format, int, bool) {
	if strings.Count(p, "/") > 1 || repo.IsVendored(p) {
		return 0, 0, 0, false
	}
	lp := strings.ToLower(p)
	dir, base := path.Split(lp)
	dir = strings.TrimSuffix(dir, "/")
	rank, ok := dirRanks[dir]
	if !ok || (rank >= 3 && !community) {
		return 0, 0, 0, false
	}
	switch base {
	case "maintainers", "maintainers.txt", "maintainers.md", "maintainers.markdown",
		"maintainers.yaml", "maintainers.yml", "maintainers.json", "maintainers.toml", "maintainers.csv":
		return classList, formatOf(base), rank, true
	case "owners":
		return classOwners, formatOwners, rank, dir == ""
	case "owners.md":
		return classOwners, formatMarkdown, rank, true
	case "codeowners":
		return classCodeowners, formatCodeowners, rank, rank <= 2
	case "steering-committee.md", "steering_committee.md":
		return classSteering, formatMarkdown, rank, true
	}
	if strings.HasPrefix(base, "steering") && (strings.HasSuffix(base, ".md") || strings.HasSuffix(base, ".markdown")) {
		return classSteering, formatMarkdown, rank, true
	}
	return 0, 0, 0, false
}

// codeownersOrder is where GitHub looks for CODEOWNERS, in order: it uses the first
// file it finds and ignores the others, so only that one names owners.
var codeownersOrder = map[string]int{".github": 0, ".": 1, "docs": 2}

// effectiveCodeowners drops every CODEOWNERS candidate but the one GitHub uses.
func effectiveCodeowners(cands []candidate) []candidate {
	best := -1
	for i, c := range cands {
		if c.class != classCodeowners {
			continue
		}
		if best < 0 || codeownersOrder[strings.ToLower(path.Dir(c.path))] < codeownersOrder[strings.ToLower(path.Dir(cands[best].path))] {
			best = i
		}
	}
	out := cands[:0]
	for i, c := range cands {
		if c.class != classCodeowners || i == best {
			out = append(out, c)
		}
	}
	return out
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
	results []fileResult
	errs    []snapshot.CollectionError
}

// Collect reads the maintainers of a project from its repositories. It returns an error
// only when ctx ends or a repository's files cannot be listed; a file that cannot be
// read or parsed, or a pointer that cannot be followed, is a collection error in the
// result, and then Maintainers is nil.
func Collect(ctx context.Context, repos []Repository) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c := &collector{
		repos:   repos,
		files:   make([][]string, len(repos)),
		index:   make([]map[string]string, len(repos)),
		aliased: make([]string, len(repos)),
		cands:   make([][]candidate, len(repos)),
		aliases: make([]*aliases, len(repos)),
		read:    map[[2]string]bool{},
	}
	var all []candidate
	for i, r := range repos {
		files, err := r.Repo.Files(ctx)
		if err != nil {
			return nil, fmt.Errorf("list files of %s: %w", r.Repo.Name(), err)
		}
		c.files[i] = files
		for _, p := range files {
			if !strings.Contains(p, "/") && strings.EqualFold(p, "OWNERS_ALIASES") {
				c.aliased[i] = p
			}
			if cl, f, rank, ok := fileClass(p, r.Role == snapshot.RoleCommunity); ok {
				c.cands[i] = append(c.cands[i], candidate{repo: i, path: p, class: cl, format: f, dirRank: rank})
			}
		}
		c.cands[i] = effectiveCodeowners(c.cands[i])
		all = append(all, c.cands[i]...)
	}
	sort.SliceStable(all, func(a, b int) bool { return c.less(all[a], all[b]) })
	for _, cand := range all {
		if err := c.parse(ctx, cand); err != nil {
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
	var list *snapshot.Maintainers
	if len(c.errs) == 0 {
		sort.SliceStable(c.results, func(a, b int) bool { return c.less(c.results[a].cand, c.results[b].cand) })
		list = merge(c.results)
		if len(list.Active) == 0 && len(list.Emeritus) == 0 {
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
		res.Maintainers = list
	}
	return res, nil
}

// readDocuments reads, as a last resort, the maintainer documents the documents
// collector found that Collect does not look for itself: README sections and files such
// as maintainer.md or docs/OWNERS, in a format it parses. Errors are recorded as for
// any file.
func (c *collector) readDocuments(ctx context.Context) error {
	for i, r := range c.repos {
		for _, d := range r.Documents {
			if d.URL != "" {
				continue
			}
			file, section, _ := strings.Cut(d.Path, "#")
			if section != "" {
				if err := c.readSection(ctx, i, file, section); err != nil {
					return err
				}
				continue
			}
			if _, ok := c.fileIndex(i)[strings.ToLower(file)]; !ok {
				continue
			}
			base := strings.ToLower(path.Base(file))
			f, known := formatOf(base), true
			switch {
			case base == "owners":
				f = formatOwners
			case base == "codeowners":
				f = formatCodeowners
			default:
				switch path.Ext(base) {
				case "", ".txt", ".md", ".markdown", ".yaml", ".yml", ".json", ".toml", ".csv":
				default:
					known = false // .rst, .adoc: not parsed
				}
			}
			if !known {
				continue
			}
			if err := c.parse(ctx, candidate{repo: i, path: file, class: classSteering, format: f, dirRank: len(dirRanks)}); err != nil {
				return err
			}
		}
	}
	return nil
}

// readSection reads the people listed in one section of a Markdown file, with their
// lines in the whole file.
func (c *collector) readSection(ctx context.Context, i int, file, section string) error {
	key := [2]string{c.name(i), file + "#" + section}
	if c.read[key] {
		return nil
	}
	c.read[key] = true
	content, ok, err := c.text(ctx, i, file)
	if err != nil || !ok {
		return err
	}
	kept, found := markdown.SectionOnly(content, section)
	if !found {
		return nil
	}
	src := source{repo: c.name(i), path: file}
	// The section is named as the documents collector names it; its people keep the file.
	cand := candidate{repo: i, path: key[1], class: classSteering, format: formatMarkdown, dirRank: len(dirRanks)}
	c.results = append(c.results, fileResult{cand: cand, entries: parseMarkdown(src, kept, false)})
	return nil
}

// documents are the maintainer documents of the project, for the error that says none
// of them names anyone Collect could read: the files it read, then the documents the
// documents collector found.
func (c *collector) documents() []snapshot.Location {
	var out []snapshot.Location
	for _, r := range c.results {
		out = append(out, snapshot.Location{Repo: c.name(r.cand.repo), Path: r.cand.path})
	}
	for _, r := range c.repos {
		for _, d := range r.Documents {
			d.Repo = r.Repo.Name()
			out = append(out, d)
		}
	}
	return out
}

// deadEnds records an error for each file whose pointers were followed but lead to no
// one: to files that list no one either, around a cycle of pointers, or further than
// maxHops pointers. The list it stands for is not known.
func (c *collector) deadEnds() {
	at := map[[2]string]int{}
	for i, r := range c.results {
		at[[2]string{c.name(r.cand.repo), r.cand.path}] = i
	}
	const (
		visiting = 1 + iota
		yes
		no
	)
	memo := make([]int, len(c.results))
	var reaches func(i int) bool
	reaches = func(i int) bool {
		switch memo[i] {
		case visiting, no:
			return false
		case yes:
			return true
		}
		memo[i] = visiting
		ok := len(c.results[i].entries) > 0
		for _, t := range c.results[i].targets {
			if j, found := at[t]; found && !ok {
				ok = reaches(j)
			}
		}
		memo[i] = no
		if ok {
			memo[i] = yes
		}
		return ok
	}
	for i, r := range c.results {
		if len(r.entries) > 0 || !r.resolved || reaches(i) {
			continue
		}
		c.fail("%s/%s points only to files that list no one, back to itself, or on through more than %d pointers", c.name(r.cand.repo), r.cand.path, maxHops)
	}
}

// less orders files as the merge prefers them as a person's source: MAINTAINERS lists
// (main repository first, then community, other, website), OWNERS, CODEOWNERS,
// steering-committee pages; within those by repository, directory and path.
func (c *collector) less(a, b candidate) bool {
	ka := [4]int{int(a.class), roleRanks[c.repos[a.repo].Role], a.repo, a.dirRank}
	kb := [4]int{int(b.class), roleRanks[c.repos[b.repo].Role], b.repo, b.dirRank}
	for i := range ka {
		if ka[i] != kb[i] {
			return ka[i] < kb[i]
		}
	}
	return a.path < b.path
}

func (c *collector) name(i int) string { return c.repos[i].Repo.Name() }

// fail records a collection error.
func (c *collector) fail(format string, args ...any) {
	c.errs = append(c.errs, snapshot.CollectionError{Source: Source, Error: fmt.Sprintf(format, args...)})
}

// text reads a file; ok is false (and an error recorded) when it cannot be read. Only
// the end of ctx is returned as an error.
func (c *collector) text(ctx context.Context, i int, p string) (string, bool, error) {
	b, err := c.repos[i].Repo.ReadFile(ctx, p)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return "", false, ctxErr
		}
		c.fail("read %s/%s: %s", c.name(i), p, strings.TrimPrefix(err.Error(), "read "+p+": "))
		return "", false, nil
	}
	return string(b), true, nil
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
	src := source{repo: c.name(cand.repo), path: cand.path}
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
	r := fileResult{cand: cand, entries: entries}
	// OWNERS and CODEOWNERS list handles or nothing; other files may say where the list
	// is, when they list no active maintainer themselves.
	if !slices.ContainsFunc(r.entries, func(e entry) bool { return e.status != statusEmeritus }) && cand.format != formatOwners && cand.format != formatCodeowners {
		r.pointers = findPointers(cand.path, content)
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
		return parseOwners(src, content, al)
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

// follow resolves the pointers of the i-th file read, when it lists no active
// maintainer: no one, or only emeriti (cert-manager's MAINTAINERS.md lists its emeriti
// and points to maintainers.csv for the current ones). One pointer that leads into the
// project is enough; when none does, each is a collection error.
func (c *collector) follow(ctx context.Context, i int) error {
	r := c.results[i]
	if len(r.pointers) == 0 || slices.ContainsFunc(r.entries, func(e entry) bool { return e.status != statusEmeritus }) {
		return nil
	}
	var (
		failed  []string
		targets [][2]string
	)
	resolved := false
	for _, p := range r.pointers {
		leads, msg := c.resolve(r.cand, p)
		if msg != "" {
			failed = append(failed, msg)
			continue
		}
		resolved = true
		for _, target := range leads {
			targets = append(targets, [2]string{c.name(target.repo), target.path})
			if target.hops <= maxHops {
				if err := c.parse(ctx, target); err != nil {
					return err
				}
			}
		}
	}
	// c.results may have grown: write back by index.
	c.results[i].targets, c.results[i].resolved = targets, resolved
	if !resolved {
		seen := map[string]bool{}
		for _, m := range failed {
			if !seen[m] {
				seen[m] = true
				c.fail("%s", m)
			}
		}
	}
	return nil
}

// resolve finds where a pointer leads: the files to read (a repository's own maintainers
// files, already read, when it names the repository or a directory), or a message saying
// why it cannot be followed.
func (c *collector) resolve(from candidate, p pointer) ([]candidate, string) {
	where := fmt.Sprintf("%s/%s:%d points to %s", c.name(from.repo), from.path, p.line, p.written)
	notProject := where + ", which is not one of the project's repositories"
	switch {
	case p.community:
		for i, r := range c.repos {
			if r.Role == snapshot.RoleCommunity {
				return c.inRepo(from, i, "", where)
			}
		}
		return nil, notProject
	case p.outside:
		return nil, where + ", which is outside " + c.name(from.repo)
	case p.rel != "":
		return c.inRepo(from, from.repo, p.rel, where)
	case p.url != nil:
		repoName, fp, ok := githubRepoPath(p.url)
		if !ok {
			return nil, notProject
		}
		i := c.repoByName(repoName)
		if i < 0 {
			return nil, notProject
		}
		return c.inRepo(from, i, fp, where)
	}
	return nil, notProject
}

// inRepo resolves a pointer into repository i: to the file at fp, to the maintainers
// files under the directory fp, or (fp "") to the repository's maintainers files.
func (c *collector) inRepo(from candidate, i int, fp, where string) ([]candidate, string) {
	fp = strings.Trim(fp, "/")
	index := c.fileIndex(i)
	if actual, ok := index[strings.ToLower(fp)]; ok && fp != "" {
		if i == from.repo && actual == from.path {
			return []candidate{from}, "" // a link to itself: nothing more to read
		}
		cl, f, rank, ok := fileClass(actual, true)
		if !ok {
			cl, f, rank = classList, formatOf(strings.ToLower(path.Base(actual))), len(dirRanks)
		}
		return []candidate{{repo: i, path: actual, class: cl, format: f, dirRank: rank, hops: from.hops + 1}}, ""
	}
	dir := strings.ToLower(fp)
	exists := dir == ""
	var found []candidate
	for _, cand := range c.cands[i] {
		if (dir == "" || strings.HasPrefix(strings.ToLower(cand.path), dir+"/")) && !(i == from.repo && cand.path == from.path) {
			found = append(found, cand)
		}
	}
	if len(found) > 0 {
		return found, ""
	}
	if !exists {
		for lp := range index {
			if strings.HasPrefix(lp, dir+"/") {
				exists = true
				break
			}
		}
	}
	if !exists {
		return nil, fmt.Sprintf("%s, which does not exist in %s", where, c.name(i))
	}
	return nil, fmt.Sprintf("%s, where %s holds no maintainers file", where, c.name(i))
}

// fileIndex returns repository i's files by lower-case path, so that a pointer written
// in another case than the file's still finds it.
func (c *collector) fileIndex(i int) map[string]string {
	if c.index[i] == nil {
		c.index[i] = make(map[string]string, len(c.files[i]))
		for _, p := range c.files[i] {
			c.index[i][strings.ToLower(p)] = p
		}
	}
	return c.index[i]
}

// repoByName returns the index of the repository with the GitHub owner/name, or -1.
func (c *collector) repoByName(ownerName string) int {
	bare := -1
	for i, r := range c.repos {
		if u := repo.GitHubName(r.URL); u != "" && strings.EqualFold(u, ownerName) {
			return i
		}
		if n := r.Repo.Name(); strings.EqualFold(n, ownerName) {
			return i
		} else if !strings.Contains(n, "/") && strings.EqualFold(n, path.Base(ownerName)) && bare < 0 {
			bare = i
		}
	}
	return bare
}

// merged is one person over every source.
type merged struct {
	p  snapshot.Person
	st status
}

// merge combines the files' people, in preference order: one entry per person (by
// GitHub handle, case-insensitively, else by name, else by address), details filled from
// later sources, active when any source of the same class lists them as active.
//
// The best class of file that lists anyone is the project's maintainer list: when a
// MAINTAINERS file names people, the approvers of OWNERS, CODEOWNERS and steering pages
// only fill in details of people it lists. KubeVirt's code repository, for one, keeps
// maintainers who stepped down (emeritus in its MAINTAINERS.md) as OWNERS approvers; a
// TOC reviewer reads the MAINTAINERS file.
func merge(results []fileResult) *snapshot.Maintainers {
	top := classSteering + 1
	for _, r := range results {
		if len(r.entries) > 0 && r.cand.class < top {
			top = r.cand.class
		}
	}
	var all []*merged
	byHandle := map[string]*merged{}
	byName := map[string]*merged{}
	byEmail := map[string]*merged{}
	norm := func(s *string) string {
		if s == nil {
			return ""
		}
		return strings.ToLower(strings.Join(strings.Fields(*s), " "))
	}
	for _, r := range results {
		for _, e := range r.entries {
			h, n, m := norm(e.person.GitHub), norm(e.person.Name), norm(e.person.Email)
			var cur *merged
			switch {
			case h != "" && byHandle[h] != nil:
				cur = byHandle[h]
			case n != "" && byName[n] != nil && (h == "" || byName[n].p.GitHub == nil):
				cur = byName[n]
			case h == "" && n == "" && m != "" && byEmail[m] != nil:
				cur = byEmail[m]
			}
			if cur == nil && r.cand.class > top {
				continue // a lesser list does not add people to the maintainer list
			}
			if cur == nil {
				cur = &merged{p: e.person, st: e.status}
				all = append(all, cur)
			} else {
				fill(&cur.p.GitHub, e.person.GitHub)
				fill(&cur.p.Name, e.person.Name)
				fill(&cur.p.Company, e.person.Company)
				fill(&cur.p.Email, e.person.Email)
				fill(&cur.p.Responsibility, e.person.Responsibility)
				if e.status == statusActive && cur.st != statusActive && r.cand.class == top {
					// The place that lists them as active is the evidence for it.
					cur.st, cur.p.Source = statusActive, e.person.Source
				}
			}
			if h := norm(cur.p.GitHub); h != "" && byHandle[h] == nil {
				byHandle[h] = cur
			}
			if n := norm(cur.p.Name); n != "" && byName[n] == nil {
				byName[n] = cur
			}
			if m := norm(cur.p.Email); m != "" && byEmail[m] == nil {
				byEmail[m] = cur
			}
		}
	}
	out := &snapshot.Maintainers{Active: []snapshot.Person{}, Emeritus: []snapshot.Person{}}
	for _, m := range all {
		if m.st == statusEmeritus {
			out.Emeritus = append(out.Emeritus, m.p)
		} else {
			out.Active = append(out.Active, m.p)
		}
	}
	sortPeople(out.Active)
	sortPeople(out.Emeritus)
	return out
}

func fill(dst **string, src *string) {
	if *dst == nil && src != nil {
		*dst = src
	}
}

// sortPeople orders people by lower-case handle, then name, then source.
func sortPeople(ps []snapshot.Person) {
	low := func(s *string) string {
		if s == nil {
			return ""
		}
		return strings.ToLower(*s)
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if x, y := low(a.GitHub), low(b.GitHub); x != y {
			return x < y
		}
		if x, y := low(a.Name), low(b.Name); x != y {
			return x < y
		}
		if a.Source.Repo != b.Source.Repo {
			return a.Source.Repo < b.Source.Repo
		}
		if a.Source.Path != b.Source.Path {
			return a.Source.Path < b.Source.Path
		}
		return a.Source.Line < b.Source.Line
	})
}
