package documents

import (
	"regexp"
	"strings"
	"unicode"
)

// heading is a section heading of a document.
type heading struct {
	line  int    // 1-based
	level int    // 1 for a title
	text  string // as displayed: markup removed, case kept
	norm  string // lower case, words only: what the classifiers match
}

var (
	atxRe        = regexp.MustCompile(`^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
	adocRe       = regexp.MustCompile(`^(={1,6})[ \t]+(.+?)[ \t]*$`)
	fenceRe      = regexp.MustCompile("^ {0,3}(```|~~~)")
	imageRe      = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	linkTextRe   = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]`)
	htmlTagRe    = regexp.MustCompile(`<[^>]*>`)
	shortcodeRe  = regexp.MustCompile(`:[a-z0-9_+-]+:`)
	numberingRe  = regexp.MustCompile(`^(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+`)
	emphasisRepl = strings.NewReplacer("**", "", "__", "", "*", "", "`", "", "~~", "")
)

// format is how a document marks its headings.
type format int

const (
	formatNone format = iota // no headings (CODEOWNERS, OWNERS: # starts a comment)
	formatMarkdown
	formatRST
	formatAsciiDoc
)

// formatOf returns the heading syntax of the file at p.
func formatOf(p string) format {
	n := splitName(p)
	switch {
	case n.ext == ".rst":
		return formatRST
	case n.ext == ".adoc" || n.ext == ".asciidoc":
		return formatAsciiDoc
	case n.ext == ".md" || n.ext == ".markdown" || n.ext == ".txt":
		return formatMarkdown
	case n.ext == "" && n.doc:
		switch n.stem {
		case "owners", "codeowners", "security_contacts", "maintainers", "maintainer":
			return formatNone
		}
		return formatMarkdown
	}
	return formatNone
}

// lines splits content into lines without their line ends.
func lines(content string) []string {
	content = strings.ReplaceAll(content, "\r\n", "\n")
	return strings.Split(content, "\n")
}

// proseLines returns, for each line, whether it is prose: not inside a fenced code block or
// a front matter block.
func proseLines(ls []string) []bool {
	prose := make([]bool, len(ls))
	fence := ""
	start := 0
	if len(ls) > 0 && strings.TrimSpace(ls[0]) == "---" {
		for i := 1; i < len(ls); i++ {
			if t := strings.TrimSpace(ls[i]); t == "---" || t == "..." {
				start = i + 1
				break
			}
		}
	}
	for i := start; i < len(ls); i++ {
		if m := fenceRe.FindStringSubmatch(ls[i]); m != nil {
			switch {
			case fence == "":
				fence = m[1]
				continue
			case fence == m[1]:
				fence = ""
				continue
			}
		}
		prose[i] = fence == ""
	}
	return prose
}

// headings returns the headings of a document in the given format.
func headings(content string, f format) []heading {
	if f == formatNone {
		return nil
	}
	ls := lines(content)
	prose := proseLines(ls)
	var out []heading
	add := func(i, level int, raw string) {
		text := cleanHeading(raw)
		if norm := normalize(text); norm != "" {
			out = append(out, heading{line: i + 1, level: level, text: text, norm: norm})
		}
	}
	for i, l := range ls {
		if !prose[i] {
			continue
		}
		if f == formatAsciiDoc {
			if m := adocRe.FindStringSubmatch(l); m != nil {
				add(i, len(m[1]), m[2])
				continue
			}
		}
		if m := atxRe.FindStringSubmatch(l); m != nil && f != formatRST {
			add(i, len(m[1]), m[2])
			continue
		}
		// An underlined heading: Markdown setext (= or -) or reStructuredText.
		if i == 0 || !prose[i-1] || !underline(l, f) {
			continue
		}
		prev := strings.TrimSpace(ls[i-1])
		if prev == "" || strings.HasPrefix(prev, "#") || strings.HasPrefix(prev, "|") || strings.HasPrefix(prev, ">") ||
			strings.HasPrefix(prev, "- ") || strings.HasPrefix(prev, "* ") || underline(prev, f) {
			continue
		}
		level := 2
		if strings.TrimSpace(l)[0] == '=' {
			level = 1
		}
		add(i-1, level, prev)
	}
	return out
}

// underline reports whether l underlines the line above it.
func underline(l string, f format) bool {
	t := strings.TrimRight(l, " \t")
	if f == formatMarkdown {
		t = strings.TrimLeft(t, " ")
	}
	if t == "" {
		return false
	}
	chars := "=-"
	if f == formatRST {
		chars = "=-~^*+#\"'`:."
	}
	c := t[0]
	if !strings.ContainsRune(chars, rune(c)) {
		return false
	}
	if f == formatRST && len(t) < 3 {
		return false
	}
	return strings.Trim(t, string(c)) == ""
}

// cleanHeading removes Markdown and HTML markup and decoration from a heading's text.
func cleanHeading(s string) string {
	s = imageRe.ReplaceAllString(s, "")
	s = linkTextRe.ReplaceAllString(s, "$1$2")
	s = htmlTagRe.ReplaceAllString(s, "")
	s = shortcodeRe.ReplaceAllString(s, "")
	s = emphasisRepl.Replace(s)
	return strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' && r != '?'
	})
}

// normalize lower-cases s and keeps only its words, without leading section numbers:
// "3.2 Code-of-Conduct:" becomes "code of conduct".
func normalize(s string) string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "'", "")
	s = strings.ReplaceAll(s, "\u2019", "")
	s = numberingRe.ReplaceAllString(strings.TrimSpace(s), "")
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(f, " ")
}

var (
	inlineLinkRe = regexp.MustCompile(`\]\(\s*<?([^()\s<>]+)`)
	refLinkRe    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*<?([^\s<>]+)`)
	hrefRe       = regexp.MustCompile(`(?i)\bhref\s*=\s*["']([^"']+)["']`)
	rstLinkRe    = regexp.MustCompile("`[^`<]*<([^>`]+)>`_")
	bareURLRe    = regexp.MustCompile("(?i)\\b(?:https?://|ircs?://|mailto:)[^\\s<>()\\[\\]\"'`]+")
)

// links returns the link targets written on one line: Markdown inline and reference
// links, HTML href attributes, reStructuredText links and bare URLs, each once.
func links(line string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(u string) {
		u = strings.TrimRight(u, ".,;:!?*_")
		if u != "" && !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	for _, re := range []*regexp.Regexp{inlineLinkRe, refLinkRe, hrefRe, rstLinkRe, bareURLRe} {
		for _, m := range re.FindAllStringSubmatch(line, -1) {
			if len(m) > 1 {
				add(m[1])
			} else {
				add(m[0])
			}
		}
	}
	return out
}
