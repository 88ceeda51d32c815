package maintainers

import (
	"context"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// maxHops bounds how many pointer files are followed one after another.
const maxHops = 4

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
		c.unresolved = append(c.unresolved, unresolved{r.cand.class, fmt.Sprintf("%s/%s points only to files that list no one, back to itself, or on through more than %d pointers", c.name(r.cand.repo), r.cand.path, maxHops)})
	}
}

// unresolved is a pointer that could not be followed, from a file of a class.
type unresolved struct {
	class class
	msg   string
}

// settle makes the pointers that could not be followed collection errors, unless a
// better kind of file lists the maintainers: an OWNERS.md pointing to a CODEOWNERS that
// does not exist would only have filled in details of the people MAINTAINERS.md lists.
func (c *collector) settle() {
	top := classDetails
	for _, r := range c.results {
		if r.cand.recorded && slices.ContainsFunc(r.entries, active) {
			// The list the CNCF's record names lists people: a pointer elsewhere that
			// leads nowhere (emissary's community MAINTAINERS.md, to the file's old
			// place) does not make the list unknown.
			return
		}
		if r.cand.class < top && slices.ContainsFunc(r.entries, active) {
			top = r.cand.class
		}
	}
	for _, u := range c.unresolved {
		if u.class <= top {
			c.fail("%s", u.msg)
		}
	}
}

// follow resolves the pointers of the i-th file read, when it lists no active
// maintainer: no one, or only emeriti (cert-manager's MAINTAINERS.md lists its emeriti
// and points to maintainers.csv for the current ones). One pointer that leads into the
// project is enough; when none does, each is a collection error.
func (c *collector) follow(ctx context.Context, i int) error {
	r := c.results[i]
	if len(r.pointers) == 0 || r.cand.class == classDetails || slices.ContainsFunc(r.entries, func(e entry) bool { return e.status != statusEmeritus }) {
		// (A data file of details points nowhere a list is: a Security Insights file's
		// "security-policy: .../SECURITY.md" leads to a policy, not to maintainers.)
		return nil
	}
	var (
		failed  []string
		targets [][2]string
	)
	resolved := false
	for _, p := range r.pointers {
		if p.workflow() {
			// A workflow that moves maintainers to emeritus is code: its steps'
			// names ("Checkout repo") are no people, and the link no pointer to a list.
			continue
		}
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
		// The scope carries to a file of the same repository, or to the community
		// repository's list ("# Strimzi Maintainers list" pointing to the governance
		// repository's): a side repository's "Helm Chart Maintainers" pointing to the
		// main repository's list does not make that list the charts'.
		if len(leads) == 1 && p.domain != "" && (leads[0].repo == r.cand.repo || c.repos[leads[0].repo].Role == snapshot.RoleCommunity) {
			c.giveDomain(leads[0], p.domain, p.domainFromList)
		}
	}
	// c.results may have grown: write back by index.
	c.results[i].targets, c.results[i].resolved = targets, resolved
	if !resolved {
		seen := map[string]bool{}
		for _, m := range failed {
			if !seen[m] {
				seen[m] = true
				c.unresolved = append(c.unresolved, unresolved{r.cand.class, m})
			}
		}
	}
	return nil
}

// giveDomain gives the active people read from the file a pointer leads to, who have no
// responsibility of their own, the one the pointing file states for them (fromList when
// it is the scope of the pointing file's whole list).
func (c *collector) giveDomain(target candidate, domain string, fromList bool) {
	for _, r := range c.results {
		if r.cand.repo != target.repo || r.cand.path != target.path {
			continue
		}
		for k, e := range r.entries {
			if e.person.Responsibility == nil && e.status != statusEmeritus {
				r.entries[k].person.Responsibility = optional(domain)
				r.entries[k].person.ResponsibilityFromList = fromList
			}
		}
	}
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
			// A page of the project's website whose source is in one of its
			// repositories (a Hugo or Docusaurus tree): that file.
			if i, file, found := c.sitePage(p.url.Path); found {
				return c.inRepo(from, i, file, where)
			}
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

// sitePage finds the source of a website page by its URL path ("/docs/community/
// governance/") in the repositories: the one Markdown file whose path ends with that
// path plus ".md", "/index.md" or "/_index.md", under a content or docs tree. found is
// false when none does or more than one does.
func (c *collector) sitePage(urlPath string) (repoIndex int, file string, found bool) {
	p := strings.ToLower(strings.Trim(urlPath, "/"))
	if p == "" || strings.Count(p, "/") < 1 {
		return 0, "", false // a site's home page, or a page too short to be told apart
	}
	suffixes := []string{"/" + p + ".md", "/" + p + "/index.md", "/" + p + "/_index.md"}
	n := 0
	for i := range c.repos {
		for lp, actual := range c.fileIndex(i) {
			if !strings.Contains(lp, "content/") && !strings.Contains(lp, "docs/") {
				continue
			}
			for _, suf := range suffixes {
				if strings.HasSuffix(lp, suf) {
					repoIndex, file = i, actual
					n++
				}
			}
		}
	}
	return repoIndex, file, n == 1
}
