package adopters

import (
	"net/url"
	"path"
	"regexp"
	"strings"
)

var (
	// anchorRe matches an HTML link, across lines: its attributes and its content.
	anchorRe = regexp.MustCompile(`(?is)<a\b([^>]*)>(.*?)</a\s*>`)
	// imgTagRe matches an HTML image tag.
	imgTagRe = regexp.MustCompile(`(?is)<img\b[^>]*>`)
	// mdLogoRe matches a Markdown image, optionally linked: [![alt](src)](href).
	mdLogoRe = regexp.MustCompile(`(\[)?!\[([^\]]*)\]\(([^)\s]*)[^)]*\)(?:\]\(([^)\s]*)[^)]*\))?`)
	// logoWordsRe matches the words an image's alt text adds to the organisation's name.
	logoWordsRe = regexp.MustCompile(`(?i)[\s_-]*\b(logo(type)?|icon|image|img|banner)\b[\s_-]*`)
	// badgeRe matches images that are badges or decoration, not an organisation's logo.
	badgeRe = regexp.MustCompile(`(?i)(shields\.io|badge|/badges?/|travis-ci|codecov|goreportcard|spacer|blank\.(png|gif))`)
)

// attrRes match the attributes a logo is read from, by name.
var attrRes = map[string]*regexp.Regexp{
	"alt": attrRe("alt"), "title": attrRe("title"), "href": attrRe("href"), "src": attrRe("src"),
}

func attrRe(name string) *regexp.Regexp {
	return regexp.MustCompile(`(?is)\b` + name + `\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`)
}

// attr returns the value of the HTML attribute name (alt, title, href or src) in attrs,
// unquoted; "" if absent.
func attr(attrs, name string) string {
	m := attrRes[name].FindStringSubmatch(attrs)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1] + m[2] + m[3])
}

// logoName names the organisation a logo stands for: its alt (or title) text, else the
// host of the page it links to, else the image's file name; each without "logo" and
// with a URL reduced to its host. ok is false for a badge or an image that names no one.
func logoName(alt, href, src string) (string, bool) {
	if badgeRe.MatchString(src) || badgeRe.MatchString(href) {
		return "", false
	}
	for _, c := range []string{alt, hostOf(href), fileStem(src)} {
		c = strings.TrimSpace(logoWordsRe.ReplaceAllString(hostOf(c), " "))
		if name, ok := cleanName(c); ok {
			return name, true
		}
	}
	return "", false
}

// hostOf returns the host of an absolute http(s) URL or a bare domain ("www.acme.io"),
// without "www."; any other text unchanged.
func hostOf(s string) string {
	t := strings.TrimSpace(s)
	if !strings.Contains(t, "://") && strings.HasPrefix(strings.ToLower(t), "www.") {
		t = "https://" + t
	}
	u, err := url.Parse(t)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return s
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// fileStem returns an image file's name without directories and extension.
func fileStem(src string) string {
	if src == "" {
		return ""
	}
	base := path.Base(strings.SplitN(src, "?", 2)[0])
	return strings.NewReplacer("-", " ", "_", " ").Replace(strings.TrimSuffix(base, path.Ext(base)))
}

// logo is one organisation a logo names, at the line its tag starts on (1-based).
type logo struct {
	name string
	line int
}

// htmlLogos returns the logos of the HTML in the text lines of a document (prose[i]
// false for lines in code, front matter or comments): each image, linked or not, is one
// organisation. Tags may span lines, as logo walls usually do.
func htmlLogos(ls []string, prose []bool) []logo {
	var b strings.Builder
	starts := make([]int, len(ls)) // byte offset of each line in the joined text
	for i, l := range ls {
		starts[i] = b.Len()
		if prose[i] {
			b.WriteString(l)
		}
		b.WriteByte('\n')
	}
	text := b.String()
	if !strings.Contains(strings.ToLower(text), "<img") {
		return nil
	}
	lineAt := func(off int) int {
		lo, hi := 0, len(starts)-1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if starts[mid] <= off {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		return lo + 1
	}
	var out []logo
	inAnchor := map[int]bool{} // offsets of images read through their link
	for _, m := range anchorRe.FindAllStringSubmatchIndex(text, -1) {
		inner := text[m[4]:m[5]]
		img := imgTagRe.FindStringIndex(inner)
		if img == nil {
			continue
		}
		inAnchor[m[4]+img[0]] = true
		tag := inner[img[0]:img[1]]
		alt := attr(tag, "alt")
		if alt == "" {
			alt = attr(tag, "title")
		}
		if alt == "" {
			alt = cleanText(inner) // a caption beside the image
		}
		if name, ok := logoName(alt, attr(text[m[2]:m[3]], "href"), attr(tag, "src")); ok {
			out = append(out, logo{name: name, line: lineAt(m[0])})
		}
	}
	for _, m := range imgTagRe.FindAllStringIndex(text, -1) {
		if inAnchor[m[0]] {
			continue
		}
		tag := text[m[0]:m[1]]
		alt := attr(tag, "alt")
		if alt == "" {
			alt = attr(tag, "title")
		}
		if name, ok := logoName(alt, "", attr(tag, "src")); ok {
			out = append(out, logo{name: name, line: lineAt(m[0])})
		}
	}
	return out
}

// markdownLogos returns the organisations a line of Markdown images names (a paragraph
// of linked logos): each image, by its alt text, its link's host or its file name.
func markdownLogos(l string) []string {
	var out []string
	for _, m := range mdLogoRe.FindAllStringSubmatch(l, -1) {
		if name, ok := logoName(m[2], m[4], m[3]); ok {
			out = append(out, name)
		}
	}
	return out
}
