package maintainers

import (
	"context"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// class is the kind of file a list comes from, in the order the merge prefers them as a
// person's source.
type class int

const (
	classDefined    class = iota // the holders of the roles a maintainer document defines as its maintainers
	classList                    // MAINTAINERS*, maintainers.*
	classOwners                  // OWNERS, OWNERS.md
	classCodeowners              // CODEOWNERS
	classSteering                // STEERING*.md, steering-committee.md
	classDetails                 // data files beside a structured list: details of its people only
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
	// recorded is set for the list the foundation's record names: it ranks with the
	// best list the project keeps otherwise (recordedRank).
	recorded bool
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

// namedListRe matches the stem of a file named for a list of maintainers with a prefix
// or suffix ("CORE-MAINTAINERS", "flux-project-maintainers.yaml",
// "maintainers_list.csv") or of former ones ("project-emeriti.yaml").
var namedListRe = regexp.MustCompile(`^(?:[a-z0-9]+[-_])*(?:maintainers|emeriti|emeritus)(?:[-_][a-z0-9]+)*$`)

// namedList reports whether a lower-case base name is such a list, in a format the
// parsers read, and not a document about the role ("maintainers-guide.md").
func namedList(base string) bool {
	ext := path.Ext(base)
	switch ext {
	case "", ".txt", ".md", ".markdown", ".yaml", ".yml", ".json", ".toml", ".csv":
	default:
		return false
	}
	stem := strings.TrimSuffix(base, ext)
	ws := words(stem)
	return namedListRe.MatchString(stem) && !anyIn(ws, topicWords) && !anyIn(ws, set("guide", "handbook", "checklist", "playbook", "policy", "ladder", "move", "moving", "to", "becoming", "process", "how"))
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
	if !ok && community && namedList(base) {
		// A community repository keeps lists in folders of its own ("project/").
		return classList, formatOf(base), len(dirRanks), true
	}
	if !ok || (rank >= 3 && !community) {
		return 0, 0, 0, false
	}
	if namedList(base) && !strings.HasPrefix(base, "maintainers.") && base != "maintainers" {
		return classList, formatOf(base), rank, true
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
	case "members.md":
		// An organisation's members with their roles (kedacore/governance's MEMBERS.md:
		// "Organization Maintainer", "Repository Reviewer"): a community repository's
		// list, whose people are maintainers only where their role says so
		// (source.byRole).
		return classList, formatMarkdown, rank, community
	case "security-insights.yml", "security-insights.yaml":
		// OpenSSF Security Insights: the administrators and core team by name and
		// address, details of the people a maintainer list names (never more people:
		// a security champion is no maintainer).
		return classDetails, formatYAML, rank, true
	case "teams.md":
		// The maintainers of each team under its heading ("## Platform Team").
		return classList, formatMarkdown, rank, true
	case "steering-committee.md", "steering_committee.md":
		return classSteering, formatMarkdown, rank, true
	}
	if strings.HasPrefix(base, "steering") && (strings.HasSuffix(base, ".md") || strings.HasSuffix(base, ".markdown")) {
		return classSteering, formatMarkdown, rank, true
	}
	return 0, 0, 0, false
}

// membersFile reports whether p is a members list (MEMBERS.md).
func membersFile(p string) bool {
	return strings.EqualFold(path.Base(p), "members.md")
}

// codeownersDirs are where GitHub looks for CODEOWNERS, in order: it uses the first
// file it finds and ignores the others, so only that one names owners.
var codeownersDirs = []string{".github", ".", "docs"}

// codeownersRank is a CODEOWNERS file's place in that order, by its folder.
func codeownersRank(file string) int {
	return max(slices.Index(codeownersDirs, strings.ToLower(path.Dir(file))), 0)
}

// ReadCodeowners returns the CODEOWNERS file GitHub uses in r, and its content; ok is
// false when r has none that can be read.
func ReadCodeowners(ctx context.Context, r repo.Repo) (file string, content []byte, ok bool) {
	for _, dir := range codeownersDirs {
		file = path.Join(dir, "CODEOWNERS")
		if b, err := r.ReadFile(ctx, file); err == nil {
			return file, b, true
		}
	}
	return "", nil, false
}

// effectiveCodeowners drops every CODEOWNERS candidate but the one GitHub uses.
func effectiveCodeowners(cands []candidate) []candidate {
	best := -1
	for i, c := range cands {
		if c.class != classCodeowners {
			continue
		}
		if best < 0 || codeownersRank(c.path) < codeownersRank(cands[best].path) {
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

// readRecorded adds the file the CNCF's record links as the project's list, when it is
// a file of the repositories that is no maintainers file by name: a whole file as a
// candidate list, a Markdown file's anchored section read at once, as a list.
func (c *collector) readRecorded(ctx context.Context) error {
	u, err := url.Parse(strings.TrimSpace(c.record))
	if c.record == "" || err != nil {
		return nil
	}
	name, file, ok := githubRepoPath(u)
	i := c.repoByName(name)
	if !ok || file == "" || i < 0 {
		return nil
	}
	file, ok = c.fileIndex(i)[strings.ToLower(file)]
	if !ok || slices.ContainsFunc(c.cands[i], func(cd candidate) bool { return strings.EqualFold(cd.path, file) }) {
		return nil
	}
	f := formatOf(strings.ToLower(path.Base(file)))
	if u.Fragment == "" || f != formatMarkdown {
		c.cands[i] = append(c.cands[i], candidate{repo: i, path: file, class: classList, format: f, dirRank: len(dirRanks), recorded: true})
		return nil
	}
	content, ok, err := c.text(ctx, i, file)
	if err != nil || !ok {
		return err
	}
	if section, ok := markdown.AnchorSection(content, u.Fragment); ok {
		return c.readSectionAs(ctx, i, file, section, classList, true)
	}
	return nil
}

// recordedRank gives the lists the foundation's record names the class of the best
// list the project keeps otherwise that names someone active: the record's list joins
// the project's maintainer list, filling in names and affiliations, and neither hides
// it (tekton's record names its governance committee; its maintainers are the OWNERS
// approvers) nor falls below it. Alone, it is a maintainers list.
func recordedRank(results []fileResult) {
	top := classDetails
	for _, r := range results {
		if !r.cand.recorded && r.cand.class < top && slices.ContainsFunc(r.entries, func(e entry) bool { return e.status != statusEmeritus }) {
			top = r.cand.class
		}
	}
	if top == classDetails {
		return // no list names anyone active: a data file of details is none
	}
	for i := range results {
		if results[i].cand.recorded {
			results[i].cand.class = top
		}
	}
}

// readSection reads the people listed in one section of a Markdown file, with their
// lines in the whole file.
func (c *collector) readSection(ctx context.Context, i int, file, section string) error {
	return c.readSectionAs(ctx, i, file, section, classSteering, false)
}

// readSectionAs is readSection for a list of class cl, the record's when recorded.
func (c *collector) readSectionAs(ctx context.Context, i int, file, section string, cl class, recorded bool) error {
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
	src := source{repo: c.name(i), path: file, def: c.def}
	// The section is named as the documents collector names it; its people keep the file.
	cand := candidate{repo: i, path: key[1], class: cl, format: formatMarkdown, dirRank: len(dirRanks), recorded: recorded}
	c.results = append(c.results, fileResult{cand: cand, entries: parseMarkdown(src, kept, false)})
	return nil
}

// documents are the maintainer documents of the project, for the error that says none
// of them names anyone Collect could read: the files it read, then the documents the
// documents collector found.
func (c *collector) documents() []snapshot.Location {
	var out []snapshot.Location
	for _, r := range c.results {
		if r.cand.class == classDetails {
			continue // a data file of details is no maintainer document
		}
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

// detailFiles adds, for a structured list kept in a folder of its own
// ("project/flux-project-maintainers.yaml"), the other data files of that folder
// ("project/rolodex.yaml": names, addresses, affiliations): they fill in details of the
// people the lists name, never add people.
func detailFiles(cands []candidate, files []string, i int) []candidate {
	dirs := map[string]bool{}
	listed := map[string]bool{}
	for _, c := range cands {
		listed[c.path] = true
		if c.class == classList && (c.format == formatYAML || c.format == formatTOML) && path.Dir(c.path) != "." {
			dirs[path.Dir(c.path)] = true
		}
	}
	for _, p := range files {
		if listed[p] || !dirs[path.Dir(p)] {
			continue
		}
		if f := formatOf(strings.ToLower(path.Base(p))); f == formatYAML || f == formatTOML {
			cands = append(cands, candidate{repo: i, path: p, class: classDetails, format: f, dirRank: len(dirRanks)})
		}
	}
	return cands
}
