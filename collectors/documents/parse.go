package documents

import (
	"iter"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

// format is how a document marks its headings.
type format int

const (
	formatNone format = iota // no headings (CODEOWNERS, OWNERS: # starts a comment)
	formatMarkdown
	formatRST
	formatAsciiDoc
	formatComments // a list whose comments are its prose (SECURITY_CONTACTS: "# Defined below are ...")
)

// formatOf returns the markup of the file at p.
func formatOf(p string) format {
	n := splitName(p)
	switch {
	case n.ext == ".rst":
		return formatRST
	case n.ext == ".adoc" || n.ext == ".asciidoc":
		return formatAsciiDoc
	case n.ext == ".md" || n.ext == ".markdown" || n.ext == ".mdx" || n.ext == ".txt":
		return formatMarkdown
	case n.ext == "" && n.doc:
		switch n.stem {
		case "owners", "codeowners", "maintainers", "maintainer", "committers", "owners_aliases":
			return formatNone
		case "security_contacts":
			return formatComments
		}
		return formatMarkdown
	}
	return formatNone
}

// listsNames reports whether a file's lines that are not comments are names, one or
// two words each ("alice", "Bob Smith <bob@example.com>"): a list whose comments are its
// prose, not a Markdown document whose "# " lines are headings.
func listsNames(ls []string) bool {
	for _, l := range ls {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if len(strings.Fields(t)) > 3 {
			return false
		}
	}
	return true
}

// uncomment keeps the prose of a list whose comments say what it lists: each "# " line
// as text, every other line (the names listed) blank, so that lines keep their numbers.
func uncomment(ls []string) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		if t, ok := strings.CutPrefix(strings.TrimSpace(l), "#"); ok {
			out[i] = strings.TrimSpace(t)
		}
	}
	return out
}

// heading is a section heading of a document.
type heading struct {
	line  int    // 1-based
	level int    // 1 for a title
	text  string // as displayed: markup removed, case kept
	norm  string // what the vocabulary matches
}

// unit is a paragraph, a list item or a table row: the text a statement is read in.
type unit struct {
	line int // 1-based, where it starts
	text string
	norm string
	// sentences are norm cut at sentence ends: a statement's patterns must all match
	// one sentence, so that words of a long paragraph's different sentences do not
	// make one up.
	sentences []string
	links     []int // the links written in it, as indexes into parsed.links
	// navigation is set when the unit is little but links (a table of contents entry, a
	// list of links) or one code span (a command to type): it states nothing itself.
	navigation bool
	// item is set when the unit is a list item or a table row.
	item bool
	// lead is, for a list item or a table row, 1 + the index in units of the paragraph
	// that introduces its list ("patch releases may be created to resolve:"); 0 when
	// none does.
	lead int
}

// link is a link written in a document.
type link struct {
	line   int    // 1-based
	text   string // its text as displayed; "" for a bare URL
	target string // as written
	inLine string // the unit it is written in, as displayed, when it holds no other link
}

// parsed is a document as the reader uses it.
type parsed struct {
	title     string // the front matter's title, else the first heading
	titleLine int
	// draftLine is the line of the front matter's "draft: true" (1-based), 0 for none:
	// the page is not published.
	draftLine int
	headings  []heading
	units     []unit
	links     []link
	// proseChars counts the characters of prose outside headings, images and link
	// targets: a pointer file has few.
	proseChars int
	// code holds the lines that open or close a fenced code block: a README section of
	// installation commands is documentation, whatever little prose it has.
	code []int
	// images holds the lines that show an image or open a diagram drawn in text (a
	// mermaid or PlantUML block): an architecture diagram is an overview of its own.
	images []int
	// refs are the reference links' definitions, by lower-case label.
	refs map[string]string
}

var (
	adocRe      = regexp.MustCompile(`^(={1,6})[ \t]+(.+?)[ \t]*$`)
	numberingRe = regexp.MustCompile(`^(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+`)
	listItemRe  = regexp.MustCompile(`^\s{0,6}(?:[-*+]|\d{1,3}[.)]|\.{1,3}|#\.)\s+`)
	quoteRe     = regexp.MustCompile(`^\s{0,3}>\s?`)
	// diagramFenceRe opens a code block that draws a diagram ("```mermaid").
	diagramFenceRe = regexp.MustCompile("^(?:```+|~~~+)\\s*\\{?\\.?(?:mermaid|plantuml)\\b")
	frontTitleRe   = regexp.MustCompile(`^title\s*[:=]\s*["']?(.*?)["']?\s*$`)
	// frontDraftRe marks a page its site generator does not publish (Hugo's and
	// Docusaurus' "draft: true", Jekyll's "published: false").
	// A top-level key only: a nested "published: false" is some parameter's.
	frontDraftRe = regexp.MustCompile(`(?i)^(?:draft\s*[:=]\s*["']?true|published\s*[:=]\s*["']?false)["']?\s*(?:#.*)?$`)
	// sentenceEndRe ends a sentence: a full stop, question or exclamation mark with a
	// space after it (not the dots of "v1.2" or "docs.example.io"); a semicolon joins
	// clauses of one sentence.
	sentenceEndRe = regexp.MustCompile(`[.!?]\s+`)
	// htmlBlockRe is a tag that opens or closes an HTML block: a row, an item, a
	// paragraph, a line break.
	htmlBlockRe = regexp.MustCompile(`(?i)</?(?:tr|li|p|br|div|table)\b[^>]*>`)
	tagRe       = regexp.MustCompile(`<[^>]*>`)
)

// codeOnlyRe matches a text that is one inline code span.
var codeOnlyRe = regexp.MustCompile("^`[^`]+`[.:;,]?$")

// parse reads a document's headings, units and links.
func parse(content string, f format) *parsed {
	ls := markdown.Lines(content)
	d := &parsed{}
	if f == formatNone {
		return d
	}
	if f == formatComments {
		if listsNames(ls) {
			ls = uncomment(ls)
		}
		f = formatMarkdown // one written in Markdown is read as it is
	}
	fm := readFrontMatter(ls)
	if fm.title != "" {
		d.title, d.titleLine = fm.title, fm.titleLine
	}
	d.draftLine = fm.draftLine
	text, prose := markdown.Text(ls)
	refs := referenceDefinitions(text, prose)
	d.refs = refs
	var (
		cur      *unit
		curLines []string // cur's text, a line each, joined once at its end
		curLinks []int    // the links written in cur, as indexes into d.links
	)
	flush := func() {
		if cur != nil {
			full := strings.Join(curLines, " ")
			// The patterns read the whole paragraph; the snapshot quotes its start.
			cur.text = oneLine(full)
			shown := displayText(full)
			cur.norm = normalize(shown)
			// An HTML table's rows, list items and paragraphs end sentences, as a
			// Markdown table's rows do (a row's cells are read together).
			cur.sentences = sentences(displayText(htmlBlockRe.ReplaceAllString(full, ". ")))
			cur.links = curLinks
			rest := cur.norm
			for _, i := range curLinks {
				rest = strings.Replace(rest, normalize(d.links[i].text), "", 1)
				if d.links[i].text == "" {
					rest = strings.Replace(rest, normalize(d.links[i].target), "", 1) // a bare URL
				}
			}
			// A paragraph or item that is one code span is a command to type ("`slim build
			// --publish-port ... your-container-image-name`"): it states nothing either.
			cur.navigation = len(curLinks) > 0 && len(strings.Fields(rest)) <= 2 || codeOnlyRe.MatchString(strings.TrimSpace(full))
			if cur.norm != "" {
				d.units = append(d.units, *cur)
			}
			if len(curLinks) == 1 {
				d.links[curLinks[0]].inLine = displayText(cur.text)
			}
			cur, curLines, curLinks = nil, nil, nil
		}
	}
	for i := 0; i < len(ls); i++ {
		if !prose[i] {
			if t := strings.TrimSpace(ls[i]); strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
				d.code = append(d.code, i+1)
				if diagramFenceRe.MatchString(t) {
					d.images = append(d.images, i+1)
				}
			}
			flush()
			continue
		}
		l := text[i]
		if level, raw, n := headingAt(text, prose, i, f); level > 0 {
			flush()
			t := markdown.HeadingText(raw)
			if norm := normalize(t); norm != "" {
				d.headings = append(d.headings, heading{line: i + 1, level: level, text: t, norm: norm})
				// The first heading is the title, unless it is a section's heading
				// after the document's opening text ("## Architecture Overview" of
				// one feature, under a paragraph that introduces the feature); links
				// alone ("[Back to README](../README.md)") are no text.
				if d.title == "" && (level == 1 || !hasText(d.units)) {
					d.title, d.titleLine = t, i+1
				}
			}
			lks := linksOn(raw, f, refs)
			for _, k := range lks {
				k.line = i + 1
				if len(lks) == 1 {
					k.inLine = t
				}
				d.links = append(d.links, k)
			}
			i += n - 1
			continue
		}
		if strings.Contains(l, "![") || strings.Contains(strings.ToLower(l), "<img") || strings.HasPrefix(strings.TrimSpace(l), ".. image::") || strings.HasPrefix(strings.TrimSpace(l), "image::") {
			d.images = append(d.images, i+1)
		}
		t := strings.TrimSpace(l)
		if t == "" || refDefRe.MatchString(l) || markdown.DelimiterRow(l) || (f == formatRST && underline(l, f)) {
			flush()
			continue
		}
		t = quoteRe.ReplaceAllString(t, "")
		row := strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 2
		if row || listItemRe.MatchString(l) || cur == nil {
			flush()
			cur = &unit{line: i + 1, item: row || listItemRe.MatchString(l)}
		}
		if row {
			t = strings.Join(markdown.Cells(t), " | ")
		} else {
			t = listItemRe.ReplaceAllString(t, "")
		}
		curLines = append(curLines, t)
		for _, k := range linksOn(l, f, refs) {
			k.line = i + 1
			curLinks = append(curLinks, len(d.links))
			d.links = append(d.links, k)
		}
		d.proseChars += utf8.RuneCountInString(strings.TrimSpace(displayText(t)))
		if row {
			flush()
		}
	}
	flush()
	markLeadIns(d)
	return d
}

// hasText reports whether some unit is text, not only links.
func hasText(units []unit) bool {
	for _, u := range units {
		if !u.navigation {
			return true
		}
	}
	return false
}

// markLeadIns gives each list item and table row the paragraph that introduces its list:
// one that ends with a colon, with nothing but the list's items between them: no
// heading, code block or image.
func markLeadIns(d *parsed) {
	lead, h, c, im := 0, 0, 0, 0
	for i := range d.units {
		u := &d.units[i]
		for h < len(d.headings) && d.headings[h].line < u.line {
			h++
			lead = 0 // a heading ends what came before it
		}
		for c < len(d.code) && d.code[c] < u.line {
			c++
			lead = 0 // and so does a code block ("run the following:")
		}
		for im < len(d.images) && d.images[im] < u.line {
			im++
			lead = 0
		}
		if u.item {
			u.lead = lead
			continue
		}
		lead = 0
		if strings.HasSuffix(strings.TrimSpace(displayText(u.text)), ":") {
			lead = i + 1
		}
	}
}

// headingAt returns the level and raw text of the heading that starts at line i and the
// lines it takes (2 with its underline); level 0 when none starts there.
func headingAt(ls []string, prose []bool, i int, f format) (level int, raw string, lines int) {
	l := ls[i]
	if f == formatAsciiDoc {
		if m := adocRe.FindStringSubmatch(l); m != nil {
			return len(m[1]), m[2], 1
		}
	}
	if f != formatRST {
		if level, raw := markdown.ATX(l); level > 0 {
			return level, raw, 1
		}
	}
	// An underlined heading: Markdown setext (= or -) or reStructuredText, whose title
	// lines follow the same rules; a numbered title ("1. Scope") is one.
	if i+1 >= len(ls) || !prose[i+1] || !underline(ls[i+1], f) || !markdown.SetextText(l) || underline(l, f) {
		return 0, "", 0
	}
	level = 2
	if strings.TrimSpace(ls[i+1])[0] == '=' {
		level = 1
	}
	return level, strings.TrimSpace(l), 2
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

// frontMatter is what a document's YAML ("---") or TOML ("+++") front matter block
// says that the reader uses.
type frontMatter struct {
	title     string // its title, or ""
	titleLine int    // 1-based
	// draftLine is the line of its "draft: true" or "published: false" (1-based), 0 when
	// it has none: a site generator leaves the page out of the site it builds.
	draftLine int
}

// readFrontMatter reads the front matter block that opens ls, if any.
func readFrontMatter(ls []string) frontMatter {
	var fm frontMatter
	if len(ls) == 0 {
		return fm
	}
	open := strings.TrimSpace(ls[0])
	if open != "---" && open != "+++" {
		return fm
	}
	for i := 1; i < len(ls) && i < 40; i++ {
		t := strings.TrimSpace(ls[i])
		if t == open || t == "..." {
			return fm
		}
		if m := frontTitleRe.FindStringSubmatch(t); m != nil && fm.title == "" {
			fm.title, fm.titleLine = strings.TrimSpace(m[1]), i+1
		}
		if frontDraftRe.MatchString(strings.TrimRight(ls[i], " \t\r")) {
			fm.draftLine = i + 1
		}
	}
	// (a block never closed is no front matter: its title stands, as a first line's
	// would, but it marks nothing a draft)
	fm.draftLine = 0
	return fm
}

// displayText is a line of markup as a reader sees it: links replaced by their text,
// images, HTML tags and emphasis marks removed.
func displayText(s string) string {
	s = markdown.StripLinks(s)
	if strings.IndexByte(s, '<') >= 0 {
		s = tagRe.ReplaceAllString(s, " ")
	}
	if !strings.ContainsAny(s, "*_`~") {
		return s // (no mark to remove: the replacer costs more than the look)
	}
	return emphasisMarks.Replace(s)
}

var emphasisMarks = strings.NewReplacer("**", "", "__", "", "`", "", "~~", "")

// oneLine collapses runs of blanks and cuts the text at 200 characters.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= 200 {
		return s
	}
	r := []rune(s)
	return string(r[:199]) + "…"
}

// sentences cuts displayed text at sentence ends, normalized, leaving out empty ones: a
// statement's patterns must all match one of them.
func sentences(shown string) []string {
	var out []string
	for s := range splitSentences(shown) {
		if n := normalize(s); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// splitSentences yields the parts of s between sentence ends: a ".", "!" or "?"
// followed by white space (sentenceEndRe, by hand: it runs on every unit read).
func splitSentences(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := 0
		for i := 0; i < len(s); i++ {
			if c := s[i]; c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < len(s) && isSpace(s[j]) {
				j++
			}
			if j == i+1 {
				continue
			}
			if !yield(s[start:i]) {
				return
			}
			start, i = j, j-1
		}
		yield(s[start:])
	}
}

// isSpace is \s of Go's regular expressions: space, tab, newline, form feed, carriage
// return.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// Normalize is normalize, for the readers of other sources that judge text with the
// vocabulary's patterns (a web page's headings).
func Normalize(s string) string { return normalize(s) }

// normalize lower-cases s and keeps only its words, without leading section numbers:
// "3.2 Code-of-Conduct:" becomes "code of conduct". This is the text the vocabulary's
// patterns are matched against.
func normalize(s string) string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "'", "")
	s = strings.ReplaceAll(s, "\u2019", "")
	s = strings.TrimSpace(s)
	if s != "" && (s[0] >= '0' && s[0] <= '9' || s[0] == 'i' || s[0] == 'v' || s[0] == 'x') {
		s = numberingRe.ReplaceAllString(s, "") // (only a digit or a roman numeral opens a numbering)
	}
	return words(s)
}

// words joins the runs of letters and digits of s with single spaces, in one pass.
func words(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		word := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if !word {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
