// Package pages reads the pages a project's documents link to on its own website, for
// the documents they stand for: a README that says "see our roadmap" and links
// roadmap.lantern.example makes the roadmap a link out of the repositories, which the
// criteria call unknown; the page read says whether it is one.
//
// It fetches only the project's own pages: on its website (the hosts it is given, from
// the CNCF landscape's homepage) and Markdown files in other repositories of its GitHub
// organisations (read raw). At most MaxPages of them, each at most 1 MiB, through the
// shared client (timeouts, cache, --offline). A page is a document of a kind when its
// title or one of its headings names that kind, by the vocabulary's title and link
// patterns: the same rules the documents reader applies to a file. A page that cannot
// be fetched leaves the link as it was.
package pages

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/graduate-dev/graduate/collectors/documents"
	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/collectors/web"
	"github.com/graduate-dev/graduate/snapshot"
)

// MaxPages bounds the pages read for one project.
const MaxPages = 20

const maxBytes = 1 << 20

// outline is what a page says it is: its title and headings, and what it says: the
// text of its paragraphs, list items and table cells (its units), as text.
type outline struct {
	title    string
	headings []string
	units    []string
}

// unitTags are the elements whose text is a unit, as a paragraph of a document is.
var unitTags = map[string]bool{"p": true, "li": true, "td": true, "th": true, "dd": true}

// outlineOf reads a page's title, h1-h3 headings and units with an HTML parser; the
// text of scripts and styles is none of them.
func outlineOf(body []byte) outline {
	var (
		o    outline
		in   string // the element whose text is being read: "title", "h1", "p", ...
		text strings.Builder
		skip int // depth inside script and style elements
	)
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return o
		case html.StartTagToken:
			name, _ := z.TagName()
			switch t := string(name); {
			case t == "script" || t == "style":
				skip++
			case in == "" && (t == "title" || t == "h1" || t == "h2" || t == "h3" || unitTags[t]):
				in = t
				text.Reset()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			t := string(name)
			if (t == "script" || t == "style") && skip > 0 {
				skip--
			}
			if in != "" && t == in {
				s := strings.Join(strings.Fields(text.String()), " ")
				switch {
				case in == "title":
					o.title = s
				case s == "":
				case unitTags[in]:
					o.units = append(o.units, s)
				default:
					o.headings = append(o.headings, s)
				}
				in = ""
			}
		case html.TextToken:
			if in != "" && skip == 0 {
				text.Write(z.Text())
			}
		}
	}
}

// names reports whether the page's title or a heading names kind k.
func (o outline) names(k *documents.Kind) (string, bool) {
	for _, s := range append([]string{o.title}, o.headings...) {
		n := documents.Normalize(s)
		if n == "" {
			continue
		}
		for _, p := range []*documents.Pattern{k.Title, k.Link} {
			if p != nil && p.MatchString(n) {
				return s, true
			}
		}
	}
	return "", false
}

// Sites are where the project's own pages are.
type Sites struct {
	// Hosts are its website's hosts (a subdomain of one is one too).
	Hosts []string
	// Owners are its GitHub organisations: a Markdown file in another of their
	// repositories is read raw, from RawBase.
	Owners []string
	// RawBase serves GitHub files raw (default https://raw.githubusercontent.com).
	RawBase string
}

// githubFileRe is a file on GitHub: owner, repository, ref and path.
var githubFileRe = regexp.MustCompile(`^https?://github\.com/([^/]+)/([^/]+)/blob/([^/]+)/(.+\.(?:md|markdown))$`)

// raw returns where to fetch a link's page: a Markdown file in one of the project's
// GitHub organisations, from RawBase, and whether it is Markdown; "" when the link is
// neither that nor on the project's website.
func (s Sites) raw(u *url.URL) (fetch string, markdown bool) {
	if m := githubFileRe.FindStringSubmatch(u.String()); m != nil && slices.ContainsFunc(s.Owners, func(o string) bool { return strings.EqualFold(o, m[1]) }) {
		base := s.RawBase
		if base == "" {
			base = "https://raw.githubusercontent.com"
		}
		return strings.TrimRight(base, "/") + "/" + m[1] + "/" + m[2] + "/" + m[3] + "/" + m[4], true
	}
	if onHosts(u.Hostname(), s.Hosts) {
		return u.String(), false
	}
	return "", false
}

// markdownOutline reads a Markdown file's first-level to third-level headings, and its
// paragraphs and list items as units (code blocks and front matter are neither).
func markdownOutline(body []byte) outline {
	var o outline
	var cur []string
	flush := func() {
		if s := strings.Join(strings.Fields(markdown.StripLinks(strings.Join(cur, " "))), " "); s != "" {
			o.units = append(o.units, s)
		}
		cur = nil
	}
	ls := markdown.Lines(string(body))
	prose := markdown.Prose(ls)
	for i, l := range ls {
		t := strings.TrimSpace(l)
		level, text := markdown.ATX(l)
		switch {
		case !prose[i] || t == "":
			flush()
		case level > 0:
			flush()
			if level <= 3 {
				o.headings = append(o.headings, markdown.HeadingText(text))
			}
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "| "):
			flush()
			cur = append(cur, strings.TrimLeft(t, "-*| "))
		default:
			cur = append(cur, t)
		}
	}
	flush()
	return o
}

// Found is what the pages read are: by document or artifact kind, the pages that are
// one, and by topic, the headings and sentences of pages that state it.
type Found struct {
	Kinds  map[string][]snapshot.Location
	Topics map[string][]snapshot.Location
}

// Read fetches the pages the links out name for a document or artifact kind or for a
// topic, when they are the project's own (on its website, or a Markdown file of its
// GitHub organisations), at most MaxPages. A page is of a kind when its title or a
// heading says so; it states a topic by the vocabulary's rules for documents, when the
// link named the topic or the page is of a kind the topic is read in. Each place is
// located by the page's host, path and URL, with the text it rests on and the link
// that led there.
func Read(ctx context.Context, c *web.Client, links []snapshot.LinkOut, sites Sites, v *documents.Vocabulary) Found {
	out := Found{Kinds: map[string][]snapshot.Location{}, Topics: map[string][]snapshot.Location{}}
	if c == nil || len(sites.Hosts)+len(sites.Owners) == 0 {
		return out
	}
	recorded := map[string]bool{} // topic, page and text already recorded
	hosts := sites.Hosts
	fetched := map[string]*outline{}
	down := map[string]bool{}
	for _, l := range links {
		k, tp := v.Kind(l.Topic), v.Topic(l.Topic)
		if k == nil && tp == nil || ctx.Err() != nil {
			continue
		}
		u, err := url.Parse(l.URL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
			continue
		}
		u.Fragment = ""
		page := u.String()
		fetch, isMarkdown := sites.raw(u)
		if fetch == "" {
			continue
		}
		o, seen := fetched[page]
		if !seen {
			if len(fetched) >= MaxPages {
				continue
			}
			fetched[page] = nil
			fu, _ := url.Parse(fetch)
			if down[fu.Host] {
				continue
			}
			resp, err := c.Get(ctx, fetch, maxBytes)
			if err != nil {
				var status *web.StatusError
				if !errors.As(err, &status) {
					down[fu.Host] = true // unreachable, or offline: not asked again this run
				}
				continue
			}
			var ol outline
			switch {
			case isMarkdown:
				ol = markdownOutline(resp.Body)
			case !strings.Contains(strings.ToLower(resp.ContentType), "html"):
				continue
			default:
				if f, err := url.Parse(resp.Final); err != nil || !onHosts(f.Hostname(), hosts) {
					continue // redirected off the project's website
				}
				ol = outlineOf(resp.Body)
			}
			o, fetched[page] = &ol, &ol
		}
		if o == nil {
			continue
		}
		via := &snapshot.Location{Repo: l.Repo, Path: l.Path, Line: l.Line}
		var kinds, want []string
		if k != nil {
			if text, ok := o.names(k); ok {
				out.Kinds[k.Name] = append(out.Kinds[k.Name], snapshot.Location{
					Repo: u.Hostname(), Path: u.EscapedPath(), URL: page, How: "page", Text: text, Via: via,
				})
				kinds = []string{k.Name}
			}
		} else {
			want = []string{tp.Name}
		}
		for topic, sts := range v.StatedOn(kinds, want, o.headings, o.units) {
			for _, st := range sts {
				if key := topic + "\x00" + page + "\x00" + st.Text; !recorded[key] {
					recorded[key] = true
					out.Topics[topic] = append(out.Topics[topic], snapshot.Location{
						Repo: u.Hostname(), Path: u.EscapedPath(), URL: page, How: st.How, Text: st.Text, Via: via,
					})
				}
			}
		}
	}
	return out
}

// onHosts reports whether host is one of hosts or a subdomain of one.
func onHosts(host string, hosts []string) bool {
	host = strings.ToLower(host)
	for _, h := range hosts {
		h = strings.ToLower(strings.TrimPrefix(h, "www."))
		if host == h || host == "www."+h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}
