package documents

import (
	"slices"
	"strings"
)

// TopicRepository is the topic of a link out to another repository of the project's
// GitHub owner (its SDKs, its specification, its operator): what the project is made of
// beyond the repositories read, so that a count over those (of authors, of commits) is
// a lower bound.
const TopicRepository = "repository"

// linkRepositories records, as links out of topic TopicRepository, the links from the
// READMEs and the entry documents to the root of another repository of an owner of the
// repositories read. The owner's .github repository holds its default health files, not
// the project's work, and is left out.
func (pr *project) linkRepositories() {
	if !slices.ContainsFunc(pr.rs.names, func(n string) bool { return strings.Contains(n, "/") }) {
		return // no repository read is on GitHub: whose a repository is cannot be told
	}
	for _, ds := range pr.docs {
		for _, d := range ds {
			if d.p == nil || !d.readme && !pr.isEntry(d) {
				continue
			}
			for _, k := range d.p.links {
				t, ok := pr.rs.resolve(d.repo, d.path, k.target)
				if !ok || !pr.otherRepository(t) || strings.HasSuffix(strings.ToLower(strings.TrimSuffix(t.url, "/")), "/.github") {
					continue
				}
				pr.addLinkOut(TopicRepository, pr.loc(d, k.line), t.url, k.text)
			}
		}
	}
}
