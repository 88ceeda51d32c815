package maintainers

import (
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

// pointer is a line of a maintainers file that holds no one and says where the list is.
type pointer struct {
	line    int
	written string // the target as written: a URL, a path, or a phrase
	// One of these is set.
	url       *url.URL // an absolute http(s) URL
	rel       string   // a path in the same repository, relative to its root
	outside   bool     // a relative path that leaves the repository
	community bool     // "the community repository"
	// domain is what the pointing file gives the people of the list it points to: the
	// area or scope it states where the pointer stands ("The current maintainers group
	// for the Widget project is listed in maintainers.csv").
	domain string
	// domainFromList: domain is the scope the pointing file states for its whole list.
	domainFromList bool
}

// workflow reports whether the pointer leads into a repository's CI workflows.
func (p pointer) workflow() bool {
	where := p.rel
	if p.url != nil {
		where = p.url.Path
	}
	where = "/" + strings.TrimLeft(strings.ToLower(where), "/")
	return strings.Contains(where, "/.github/workflows/")
}

var (
	pointerVerbRe = regexp.MustCompile(`\b(see|listed|lists|list|found|find|moved|move|located|lives|live|kept|maintained|defined|documented|refer|referred|available|tracked|hosted|managed|published|stored|recorded)\b`)
	communityRe   = regexp.MustCompile(`\bcommunity\s+(?:repo|repository|repos|repositories)\b`)
	bareLinkRe    = regexp.MustCompile(`(?i)\bhttps?://[^\s<>()\[\]"'` + "`" + `]+`)
)

// mentionsList reports whether text speaks of a maintainers list.
func mentionsList(low string) bool {
	for _, w := range []string{"maintainer", "owners", "approvers", "steering", "emeritus"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// namesList reports whether a pointer's target names a maintainers file, or a
// repository on GitHub that keeps community documents. A link elsewhere counts only when
// its line says it is the list.
func (p pointer) namesList() bool {
	fileNamed := func(fp string) bool {
		low := strings.ToLower(fp)
		base := path.Base(low)
		return strings.Contains(low, "maintainer") || strings.HasPrefix(base, "owners") ||
			strings.HasPrefix(base, "steering")
	}
	switch {
	case p.rel != "":
		return fileNamed(p.rel)
	case p.url != nil:
		repoName, fp, ok := githubRepoPath(p.url)
		return ok && (fileNamed(fp) || strings.Contains(strings.ToLower(path.Base(repoName)), "community"))
	}
	return false
}

// docHosts publish documentation about file formats, never a project's list.
var docHosts = map[string]bool{"docs.github.com": true, "help.github.com": true, "github.blog": true}

// findPointers returns the lines of a file at filePath that point elsewhere for its
// maintainers: "see MAINTAINERS in the community repo", "The maintainers are listed in
// https://github.com/org/community/blob/main/MAINTAINERS.md", "moved to ..." (in a file
// of three lines or fewer, which speaks of its list without naming it).
func findPointers(filePath, content string) []pointer {
	ls, text := markdown.Text(markdown.Lines(content))
	// A file of a line or three is about its list whatever it says: "Moved to <URL>."
	short := 0
	for i, l := range ls {
		if text[i] && strings.TrimSpace(l) != "" {
			short++
		}
	}
	var out []pointer
	for i, l := range ls {
		if !text[i] || strings.TrimSpace(l) == "" {
			continue
		}
		low := strings.ToLower(l)
		mentions, verb := mentionsList(low) || short <= 3, pointerVerbRe.MatchString(low)
		var targets []string
		for _, m := range mdLinkRe.FindAllStringSubmatch(l, -1) {
			targets = append(targets, m[2])
		}
		for _, m := range bareLinkRe.FindAllString(mdLinkRe.ReplaceAllString(l, "$1"), -1) {
			targets = append(targets, strings.TrimRight(m, ".,;:!?*_"))
		}
		var best *pointer
		for _, t := range targets {
			p, ok := linkTarget(filePath, t)
			if !ok {
				continue
			}
			p.line = i + 1
			named := p.namesList()
			if !named && !(mentions && verb) {
				continue
			}
			if best == nil || (named && !best.namesList()) {
				best = &p
			}
		}
		if best != nil {
			out = append(out, *best)
			continue
		}
		if communityRe.MatchString(low) && (mentions || verb) {
			out = append(out, pointer{line: i + 1, written: "the community repository", community: true})
		}
	}
	return out
}

// linkTarget reads one link target; ok is false for targets that cannot hold a list
// (an anchor in the same file, a mail address, a GitHub profile).
func linkTarget(filePath, t string) (pointer, bool) {
	t = strings.TrimSpace(t)
	if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(strings.ToLower(t), "mailto:") {
		return pointer{}, false
	}
	if u, err := url.Parse(t); err == nil && u.Scheme != "" {
		if u.Scheme != "http" && u.Scheme != "https" || githubUser(t) != "" || docHosts[strings.ToLower(u.Hostname())] {
			return pointer{}, false
		}
		return pointer{written: t, url: u}, true
	}
	rel := t
	if j := strings.IndexAny(rel, "#?"); j >= 0 {
		rel = rel[:j]
	}
	if rel == "" {
		return pointer{}, false
	}
	var p string
	if strings.HasPrefix(rel, "/") {
		p = path.Clean(strings.TrimLeft(rel, "/"))
	} else {
		p = path.Join(path.Dir(filePath), rel)
	}
	if p == ".." || strings.HasPrefix(p, "../") {
		return pointer{written: t, outside: true}, true
	}
	return pointer{written: t, rel: p}, true
}

// githubRepoPath splits a GitHub URL into owner/name and the path it names in the
// repository ("" for the repository itself). ok is false for other hosts.
func githubRepoPath(u *url.URL) (repoName, filePath string, ok bool) {
	host := strings.ToLower(u.Hostname())
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	switch host {
	case "github.com", "www.github.com":
		if len(parts) < 2 || parts[0] == "" || parts[1] == "" {
			return "", "", false
		}
		repoName = parts[0] + "/" + strings.TrimSuffix(parts[1], ".git")
		// /owner/name/blob/<ref>/<path>, /tree/<ref>/<path>, /raw/<ref>/<path>
		if len(parts) >= 4 && (parts[2] == "blob" || parts[2] == "tree" || parts[2] == "raw" || parts[2] == "edit") {
			filePath = strings.Join(parts[4:], "/")
		}
		return repoName, filePath, true
	case "raw.githubusercontent.com":
		if len(parts) < 3 {
			return "", "", false
		}
		return parts[0] + "/" + parts[1], strings.Join(parts[3:], "/"), true
	}
	return "", "", false
}
