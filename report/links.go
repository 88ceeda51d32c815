package report

import (
	"fmt"
	"net/url"
	"path"
	"strings"
	"unicode"

	"github.com/graduate-dev/graduate/snapshot"
)

// repository returns the report's repository of that name.
func (r *Report) repository(name string) (snapshot.Repository, bool) {
	for _, repo := range r.Repositories {
		if repo.Name == name {
			return repo, true
		}
	}
	return snapshot.Repository{}, false
}

// mainRepository is the repository a CI job checks out and annotates: the one whose
// role is main, else the first.
func (r *Report) mainRepository() (snapshot.Repository, bool) {
	for i, repo := range r.Repositories {
		if snapshot.RoleAt(i, repo.Role) == snapshot.RoleMain {
			return repo, true
		}
	}
	if len(r.Repositories) > 0 {
		return r.Repositories[0], true
	}
	return snapshot.Repository{}, false
}

// splitSection splits an evidence path into its file and, for a README section
// (README.md#<heading>), the heading.
func splitSection(p string) (file, heading string) {
	file, heading, _ = strings.Cut(p, "#")
	return file, heading
}

// localEvidence is where a criterion's evidence lies in the main repository: the first
// file evidence there, as a repository-relative file and a line (0 when none). Formats
// that annotate one repository (sarif, github) place a result there. When the report
// names no repositories, any file evidence is taken to be in the one checked.
func (r *Report) localEvidence(c Criterion) (file string, line int, ok bool) {
	main, known := r.mainRepository()
	for _, e := range c.Evidence {
		if e.Kind != "file" || e.Path == "" {
			continue
		}
		if known && e.Repo != main.Name {
			continue
		}
		file, _ = splitSection(e.Path)
		if file == "" {
			continue
		}
		return file, e.Line, true
	}
	return "", 0, false
}

// webURL is the web page of a file evidence (GitHub's blob form, at the commit the
// snapshot read, else the default branch's HEAD) or of a commit evidence, or "" when
// the snapshot gives its repository no http(s) URL.
//
// A README section links to the heading's anchor; a line links to the line, with
// ?plain=1 for files GitHub renders (markdown and the like), where #L anchors only work
// in the source view. Line 1 links to the file itself: collectors record line 1 for a
// document found as a whole.
func (r *Report) webURL(e Evidence) string {
	repo, ok := r.repository(e.Repo)
	if !ok {
		return ""
	}
	base := strings.TrimSuffix(strings.TrimSuffix(repo.URL, "/"), ".git")
	if u, err := url.Parse(base); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return ""
	}
	file, heading := splitSection(e.Path)
	if file == "" {
		return ""
	}
	if e.Commit != "" {
		return base + "/commit/" + url.PathEscape(e.Commit)
	}
	segments := strings.Split(file, "/")
	for i, s := range segments {
		segments[i] = url.PathEscape(s)
	}
	// A permalink at the commit read, so that the line still says what it said; HEAD
	// only when the snapshot does not know the commit.
	ref := "HEAD"
	if repo.Commit != "" {
		ref = url.PathEscape(repo.Commit)
	}
	link := base + "/blob/" + ref + "/" + strings.Join(segments, "/")
	switch {
	case heading != "":
		link += "#" + headingAnchor(heading)
	case e.Line > 1 && rendered(file):
		link += fmt.Sprintf("?plain=1#L%d", e.Line)
	case e.Line > 1:
		link += fmt.Sprintf("#L%d", e.Line)
	}
	return link
}

// rendered reports whether GitHub shows a file rendered rather than as source.
func rendered(file string) bool {
	switch strings.ToLower(path.Ext(file)) {
	case ".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".rst", ".adoc", ".asciidoc", ".asc", ".org", ".textile", ".rdoc", ".mediawiki", ".wiki", ".creole", ".pod":
		return true
	}
	return false
}

// headingAnchor is the anchor GitHub gives a markdown heading: lower case, punctuation
// dropped, spaces turned into hyphens.
func headingAnchor(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(h)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
