package documents

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

// heading is a section heading of a document.
type heading struct {
	line  int    // 1-based
	level int    // 1 for a title
	text  string // as displayed: markup removed, case kept
	norm  string // lower case, words only: what the classifiers match
}

var (
	adocRe      = regexp.MustCompile(`^(={1,6})[ \t]+(.+?)[ \t]*$`)
	numberingRe = regexp.MustCompile(`^(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+`)
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

// proseLines returns, for each line, whether it is prose: outside fenced code and front
// matter. Unlike the adopters and maintainers readers (markdown.Text), it reads HTML
// comments as prose: the documents facts have always included the headings and links
// written in them, and sharing the Markdown reader was not to change them.
func proseLines(ls []string) []bool { return markdown.Prose(ls) }

// headings returns the headings of a document in the given format.
func headings(content string, f format) []heading {
	if f == formatNone {
		return nil
	}
	ls := markdown.Lines(content)
	prose := proseLines(ls)
	var out []heading
	add := func(i, level int, raw string) {
		text := markdown.HeadingText(raw)
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
		if f != formatRST {
			if level, raw := markdown.ATX(l); level > 0 {
				add(i, level, raw)
				continue
			}
		}
		// An underlined heading: Markdown setext (= or -) or reStructuredText, whose
		// title lines follow the same rules; a numbered title ("1. Scope") is one.
		if i == 0 || !prose[i-1] || !underline(l, f) || !markdown.SetextText(ls[i-1]) || underline(ls[i-1], f) {
			continue
		}
		level := 2
		if strings.TrimSpace(l)[0] == '=' {
			level = 1
		}
		add(i-1, level, strings.TrimSpace(ls[i-1]))
	}
	return out
}

// underline reports whether l underlines the line above it.
func underline(l string, f format) bool {
	if f == formatMarkdown {
		return markdown.Underline(l) > 0
	}
	t := strings.TrimRight(l, " \t")
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
