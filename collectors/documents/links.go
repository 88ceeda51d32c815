package documents

import (
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/collectors/repo"
)

var (
	refDefRe     = regexp.MustCompile(`^\s{0,3}\[([^\]]+)\]:\s*<?([^\s<>]+)`)
	refLinkRe    = regexp.MustCompile(`\[([^\[\]]+)\]\[([^\[\]]*)\]`)
	shortcutRe   = regexp.MustCompile(`\[([^\[\]]+)\]`)
	htmlLinkRe   = regexp.MustCompile(`(?i)<a\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>(.*?)</a>`)
	hrefRe       = regexp.MustCompile(`(?i)\bhref\s*=\s*["']([^"']+)["']`)
	rstLinkRe    = regexp.MustCompile("`([^`<]*)<([^>`]+)>`__?")
	adocLinkRe   = regexp.MustCompile(`(?:\blink:|\bxref:)?((?:https?://|\.{0,2}/)[^\s\[\]]*|[\w./-]+\.(?:adoc|md|html))\[([^\]]*)\]`)
	bareURLRe    = regexp.MustCompile("(?i)\\b(?:https?://|ircs?://|mailto:)[^\\s<>()\\[\\]\"'`]+")
	genericTexts = regexp.MustCompile(`^(?:here|this|link|this link|click here|see here|read more|more|more info|details|this page|this document|the document|see|url|page|here s how|find out more|learn more)?$`)
)

// referenceDefinitions maps each reference label ("[label]: target") of a Markdown
// document, lower-cased, to its target.
func referenceDefinitions(text []string, prose []bool) map[string]string {
	refs := map[string]string{}
	for i, l := range text {
		if !prose[i] {
			continue
		}
		if m := refDefRe.FindStringSubmatch(l); m != nil {
			refs[strings.ToLower(m[1])] = m[2]
		}
	}
	return refs
}

// linksOn returns the links written on one line, each once: Markdown inline, reference
// and shortcut links, HTML anchors, reStructuredText and AsciiDoc links, and bare URLs.
// Images are not links.
func linksOn(line string, f format, refs map[string]string) []link {
	// Most lines hold no link: nothing any of the expressions below could find.
	if !strings.ContainsAny(line, "[<`:") {
		return nil
	}
	if refDefRe.MatchString(line) {
		return nil
	}
	low := strings.ToLower(line)
	var out []link
	seen := map[string]bool{}
	add := func(text, target string) {
		target = strings.TrimRight(strings.TrimSpace(target), ".,;:!?*_")
		if target == "" || seen[target] {
			return
		}
		seen[target] = true
		out = append(out, link{text: strings.TrimSpace(displayText(text)), target: target})
	}
	switch f {
	case formatRST:
		for _, m := range rstLinkRe.FindAllStringSubmatch(line, -1) {
			add(m[1], m[2])
		}
	case formatAsciiDoc:
		for _, m := range adocLinkRe.FindAllStringSubmatch(line, -1) {
			add(m[2], m[1])
		}
	}
	// Each expression runs only on a line holding a string all its matches hold.
	if strings.Contains(low, "<a") {
		for _, m := range htmlLinkRe.FindAllStringSubmatch(line, -1) {
			add(m[2], m[1])
		}
	}
	if strings.Contains(low, "href") {
		for _, m := range hrefRe.FindAllStringSubmatch(line, -1) {
			add("", m[1])
		}
	}
	for _, l := range inlineLinks(line) {
		add(l.text, l.target)
	}
	for _, m := range refLinkRe.FindAllStringSubmatch(ifContains(line, "]["), -1) {
		label := m[2]
		if label == "" {
			label = m[1]
		}
		if t, ok := refs[strings.ToLower(label)]; ok {
			add(m[1], t)
		}
	}
	if len(refs) > 0 {
		for _, loc := range shortcutRe.FindAllStringSubmatchIndex(line, -1) {
			end := loc[1]
			if end < len(line) && (line[end] == '(' || line[end] == '[' || line[end] == ':') {
				continue
			}
			if loc[0] > 0 && line[loc[0]-1] == '!' {
				continue
			}
			label := line[loc[2]:loc[3]]
			if t, ok := refs[strings.ToLower(label)]; ok {
				add(label, t)
			}
		}
	}
	if strings.Contains(low, "://") || strings.Contains(low, "mailto:") {
		for _, u := range bareURLRe.FindAllString(markdown.StripImages(line), -1) {
			add("", u)
		}
	}
	return out
}

// ifContains returns line when it holds s, else "" (on which an expression that needs
// s finds nothing at once).
func ifContains(line, s string) string {
	if strings.Contains(line, s) {
		return line
	}
	return ""
}

// inlineLinks finds "[text](target)" links, each text taken to its matching bracket so
// that a badge inside a link ("[![alt](img)](target)") leaves the outer link whole. One
// pass with a stack of open brackets: a line of thousands of brackets costs no more
// than its length.
func inlineLinks(line string) []link {
	var (
		out  []link
		open []int
	)
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '[':
			open = append(open, i)
		case ']':
			if len(open) == 0 {
				continue
			}
			start := open[len(open)-1]
			open = open[:len(open)-1]
			if i+1 >= len(line) || line[i+1] != '(' || (start > 0 && line[start-1] == '!') {
				continue // no target, or an image
			}
			rest := line[i+2:]
			end := strings.IndexAny(rest, ") \t")
			if strings.HasPrefix(rest, "{{") {
				// A site generator's template ({{< ref "install" >}}, {{ site.url }}/about/)
				// holds spaces: it runs to the parenthesis after its closing braces.
				if c := strings.Index(rest, "}}"); c >= 0 {
					end = strings.IndexByte(rest[c:], ')')
					if end >= 0 {
						end += c
					}
				}
			}
			if end < 0 {
				end = len(rest)
			}
			out = append(out, link{text: markdown.StripImages(line[start+1 : i]), target: strings.Trim(rest[:end], "<>")})
		}
	}
	return out
}

// linkWords returns the text a link is classified by: its own text, or the text around
// it when its own says nothing ("here", a bare URL).
func linkWords(k link) string {
	t := normalize(k.text)
	if (genericTexts.MatchString(t) || strings.HasPrefix(t, "http")) && !emailRe.MatchString(k.inLine) {
		// (A sentence that gives an address to write to states something itself; it
		// does not describe its link.)
		t = normalize(k.inLine)
	}
	if m := wikiPageRe.FindStringSubmatch(k.target); m != nil {
		// A GitHub wiki page's name is its title: "[Release Support](.../wiki/Release-Schedule-&-Support)"
		// links the release schedule too.
		if title, err := url.PathUnescape(m[1]); err == nil {
			t += " " + normalize(strings.ReplaceAll(title, "-", " "))
		}
	}
	return t
}

// wikiPageRe matches a link to a page of a GitHub wiki, capturing the page's name.
var wikiPageRe = regexp.MustCompile(`(?i)^https?://github\.com/[^/\s]+/[^/\s]+/wiki/([^/?#\s]+)`)

// target is where a link points.
type target struct {
	repo   int    // index of the repository, -1 when outside the repositories read
	path   string // a file or folder in it; "" for its root
	anchor string
	url    string // the link as written, resolved to an absolute URL where it can be
}

// resolver resolves links between the repositories read.
type resolver struct {
	names []string // lower-case owner/name (or name) of each repository
	urls  []string // each repository's web address, when known
	// site maps a website page's path ("docs/operating/security") to the one document
	// of a content or docs tree that is its source, when exactly one is.
	site map[string]sitePage
}

// sitePage is the source of a website page: a document of repository repo.
type sitePage struct {
	repo int
	path string
	many bool // more than one document could be the page's source
}

// siteSourceExts are the extensions of the pages a website is built from: Markdown, and
// the MDX a Docusaurus site writes many of its pages in.
var siteSourceExts = map[string]bool{".md": true, ".markdown": true, ".mdx": true}

// indexSite records, for the Markdown documents under a content or docs tree, every
// website path they could be the source of (a Hugo or Docusaurus tree:
// website/content/en/docs/install.md is /docs/install/ and /en/docs/install/), each
// of at least two segments so that a page is told apart.
func (rs *resolver) indexSite(docs [][]*doc) {
	rs.site = map[string]sitePage{}
	for i, ds := range docs {
		for _, d := range ds {
			lp := strings.ToLower(d.path)
			ext := path.Ext(lp)
			if !d.text || !siteSourceExts[ext] || !strings.Contains("/"+lp, "/content/") && !strings.Contains("/"+lp, "/docs/") {
				continue
			}
			stem := strings.TrimSuffix(lp, ext)
			stem = strings.TrimSuffix(strings.TrimSuffix(stem, "/_index"), "/index")
			segs := strings.Split(stem, "/")
			for j := 0; j+2 <= len(segs); j++ {
				key := strings.Join(segs[j:], "/")
				if p, ok := rs.site[key]; ok && (p.repo != i || p.path != d.path) {
					rs.site[key] = sitePage{many: true}
					continue
				}
				rs.site[key] = sitePage{repo: i, path: d.path}
			}
		}
	}
}

// sitePageOf returns the document that is the source of a website page, by the page's
// path.
func (rs resolver) sitePageOf(urlPath string) (sitePage, bool) {
	key := strings.ToLower(strings.Trim(urlPath, "/"))
	key = strings.TrimSuffix(strings.TrimSuffix(key, ".html"), "/index")
	if strings.Count(key, "/") < 1 {
		return sitePage{}, false // a site's home page, or a page too short to be told apart
	}
	p, ok := rs.site[key]
	return p, ok && !p.many
}

// resolve returns the target of a link written in file from of repository r.
func (rs resolver) resolve(r int, from, raw string) (target, bool) {
	if strings.HasPrefix(raw, "{{") {
		return rs.resolveTemplate(r, from, raw)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return target{}, false
	}
	switch strings.ToLower(u.Scheme) {
	case "":
		if u.Host != "" {
			return target{}, false
		}
		p := u.Path
		if p == "" {
			return target{repo: r, path: from, anchor: u.Fragment, url: raw}, true
		}
		if strings.HasPrefix(p, "/") {
			p = path.Clean(strings.TrimPrefix(p, "/"))
		} else {
			p = path.Clean(path.Join(path.Dir(from), p))
		}
		if p == "." {
			p = ""
		}
		if strings.HasPrefix(p, "..") {
			return target{}, false
		}
		return target{repo: r, path: p, anchor: u.Fragment, url: rs.web(r, p, u.Fragment, raw)}, true
	case "http", "https":
	default:
		return target{}, false
	}
	host := strings.ToLower(u.Hostname())
	if host == "github.com" || host == "www.github.com" || host == "raw.githubusercontent.com" {
		parts := strings.Split(strings.Trim(u.Path, "/"), "/")
		if len(parts) >= 2 {
			i := rs.repoIndex(parts[0] + "/" + strings.TrimSuffix(parts[1], ".git"))
			if i >= 0 {
				rest := parts[2:]
				inRepo := func(parts []string) (target, bool) {
					// refs/heads/BRANCH or refs/tags/TAG name the revision in three parts.
					if len(parts) >= 3 && parts[0] == "refs" {
						parts = parts[3:]
					} else if len(parts) >= 1 {
						parts = parts[1:]
					}
					p := path.Clean(strings.Join(parts, "/"))
					if p == "." {
						p = ""
					}
					if strings.HasPrefix(p, "..") {
						return target{}, false
					}
					return target{repo: i, path: p, anchor: u.Fragment, url: raw}, true
				}
				switch {
				case host == "raw.githubusercontent.com" && len(rest) >= 1:
					return inRepo(rest)
				case len(rest) >= 2 && (rest[0] == "blob" || rest[0] == "tree" || rest[0] == "raw" || rest[0] == "edit"):
					return inRepo(rest[1:])
				case len(rest) == 0:
					if tab := u.Query().Get("tab"); strings.HasSuffix(tab, "-ov-file") && tab != "readme-ov-file" {
						// "?tab=contributing-ov-file#readme": the repository page's tab
						// showing its contributing guide, code of conduct or security
						// policy, or the organisation's default when it keeps none: not
						// the README. A file of its own is read by its name anyway.
						return target{repo: -1, url: raw}, true
					}
					return target{repo: i, path: "", anchor: u.Fragment, url: raw}, true
				}
				// issues, pulls, releases, wiki: pages of the repository, not files.
			}
		}
		return target{repo: -1, url: raw}, true
	}
	// A page of the project's website whose source is one of the documents read.
	if p, ok := rs.sitePageOf(u.Path); ok {
		return target{repo: p.repo, path: p.path, anchor: u.Fragment, url: raw}, true
	}
	return target{repo: -1, url: raw}, true
}

// The link templates a website's generator fills in when it builds the site: Hugo's
// {{< ref "path" >}} and {{< relref >}}, and Jekyll's {{ site.url }}/path,
// {{ site.baseurl }}/path and {{ "path" | relative_url }} (or a filter of that name).
var (
	hugoRefRe      = regexp.MustCompile(`^\{\{[<%]-?\s*(?:rel)?ref\s+(?:path=)?"([^"]+)"[^}]*[>%]\}\}$`)
	jekyllSiteRe   = regexp.MustCompile(`^\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}(/[^\s]*)$`)
	jekyllFilterRe = regexp.MustCompile(`^\{\{-?\s*["']([^"']+)["']\s*\|\s*\w*(?:relative|absolute)_url\s*-?\}\}$`)
)

// resolveTemplate resolves a link a site generator writes at build time to the page
// it names, when one of the documents read is that page's source. A Hugo reference
// names a page of the site's own content, so one not found is no link; a Jekyll path
// not found is a page of the site outside the repositories read, a link out as written.
func (rs resolver) resolveTemplate(r int, from, raw string) (target, bool) {
	if m := hugoRefRe.FindStringSubmatch(raw); m != nil {
		p, anchor, _ := strings.Cut(m[1], "#")
		if t, ok := rs.sitePath(r, from, p, anchor, strings.HasPrefix(p, ".")); ok {
			t.url = raw
			return t, true
		}
		return target{}, false
	}
	var p string
	if m := jekyllSiteRe.FindStringSubmatch(raw); m != nil {
		p = m[1]
	} else if m := jekyllFilterRe.FindStringSubmatch(raw); m != nil {
		p = m[1]
	} else {
		return target{}, false
	}
	p, anchor, _ := strings.Cut(p, "#")
	if t, ok := rs.sitePath(r, from, p, anchor, false); ok {
		t.url = raw
		return t, true
	}
	return target{repo: -1, url: raw}, true
}

// sitePath finds the page a site path names from file from: relative to from's folder
// when relative (Hugo's "../install"), else from the nearest folder above from that
// holds it (the site's content root: "/docs/install" from content/en/docs/start.md is
// content/en/docs/install.md), else anywhere in the site.
func (rs resolver) sitePath(r int, from, p, anchor string, relative bool) (target, bool) {
	if p == "" {
		return target{}, false
	}
	var tries []string
	dir := path.Dir(from)
	if relative {
		tries = append(tries, path.Join(dir, p))
	} else {
		for ; ; dir = path.Dir(dir) {
			tries = append(tries, path.Join(dir, p))
			if dir == "." || dir == "/" {
				break
			}
		}
		tries = append(tries, p)
	}
	for _, t := range tries {
		if siteSourceExts[strings.ToLower(path.Ext(t))] {
			t = strings.TrimSuffix(t, path.Ext(t)) // a Hugo reference may name the source file
		}
		if sp, ok := rs.sitePageOf(t); ok && sp.repo == r {
			return target{repo: sp.repo, path: sp.path, anchor: anchor}, true
		}
	}
	return target{}, false
}

// repoIndex returns the index of the repository named owner/name, or -1.
func (rs resolver) repoIndex(ownerName string) int {
	want := strings.ToLower(ownerName)
	for i, n := range rs.names {
		if n == want {
			return i
		}
	}
	return -1
}

// web returns the web address of a file of repository r, or raw when it has none.
func (rs resolver) web(r int, p, anchor, raw string) string {
	if rs.urls[r] == "" {
		return raw
	}
	u := strings.TrimSuffix(rs.urls[r], "/") + "/blob/HEAD/" + p
	if anchor != "" {
		u += "#" + anchor
	}
	return u
}

// newResolver names each repository as a GitHub link would: by its URL's owner/name,
// else by its own name.
func newResolver(names, urls []string) resolver {
	rs := resolver{urls: urls}
	for i, n := range names {
		if gh := repo.GitHubName(urls[i]); gh != "" {
			n = gh
		}
		rs.names = append(rs.names, strings.ToLower(n))
	}
	return rs
}
