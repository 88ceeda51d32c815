package documents

import (
	"net/url"
	"strings"
)

// TopicRepository is the topic of a link out to another repository of the project's
// GitHub owner (its SDKs, its specification, its operator): what the project is made of
// beyond the repositories read, so that a count over those (of authors, of commits) is
// a lower bound.
const TopicRepository = "repository"

// linkRepositories records, as links out of topic TopicRepository, the links from the
// READMEs and the entry documents to the root of a GitHub repository of an owner of the
// repositories read that is not one of them. The owner's .github repository holds its
// default health files, not the project's work, and is left out.
func (pr *project) linkRepositories() {
	owners := map[string]bool{}
	for _, n := range pr.rs.names {
		if o, _, ok := strings.Cut(n, "/"); ok {
			owners[o] = true
		}
	}
	if len(owners) == 0 {
		return // no repository read is on GitHub: whose a repository is cannot be told
	}
	for _, ds := range pr.docs {
		for _, d := range ds {
			if d.p == nil || !d.readme && !pr.isEntry(d) {
				continue
			}
			for _, k := range d.p.links {
				t, ok := pr.rs.resolve(d.repo, d.path, k.target)
				if !ok || t.repo >= 0 || !repoRootRe.MatchString(t.url) {
					continue
				}
				u, err := url.Parse(t.url)
				if err != nil {
					continue
				}
				owner, name, _ := strings.Cut(strings.ToLower(strings.Trim(u.Path, "/")), "/")
				if !owners[owner] || name == ".github" {
					continue
				}
				pr.addLinkOut(TopicRepository, pr.loc(d, k.line), t.url, k.text)
			}
		}
	}
}
