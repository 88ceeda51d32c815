// Package markdown tells the collectors what a line of a Markdown document is, as GitHub
// renders it (GitHub Flavored Markdown): prose, or front matter, fenced code and HTML
// comments; an ATX or setext heading; a table's header, delimiter row and cells; and the
// text of a link. It builds no document tree. Each collector walks the lines itself, with
// its own rules for what the lines mean, and asks this package only what they are, so
// that the documents, adopters, maintainers and history collectors agree on it.
//
// Where GFM and a collector's reading differ on purpose, the collector says so where it
// calls this package; the functions here follow GFM except where their comments say.
package markdown

import (
	"regexp"
	"strings"
	"unicode"
)

// Lines splits content into its lines, without line ends ("\n" or "\r\n") or a leading
// byte-order mark. Content that ends with a line end has an empty last line.
func Lines(content string) []string {
	content = strings.TrimPrefix(content, "\ufeff")
	return strings.Split(strings.ReplaceAll(content, "\r\n", "\n"), "\n")
}

// Prose reports for each line whether it is prose: outside a front matter block at the
// top of the document and outside fenced code blocks. A fence's own lines are not prose.
// HTML comments are prose here; Text leaves them out.
func Prose(ls []string) []bool {
	_, prose, _ := scan(ls, false)
	return prose
}

// Fenced reports for each line whether it is inside a fenced code block: its content,
// not the fences. A collector that reads a list kept in a code block asks this.
func Fenced(ls []string) []bool {
	_, _, fenced := scan(ls, false)
	return fenced
}

// Text is Prose that also leaves out HTML comments. It returns each prose line with its
// comments blanked: replaced by as many spaces, so that columns stay where they were, or
// cut off at a "<!--" that does not close on the line. The line a comment opens on is
// prose up to the "<!--", and the line it closes on from after the "-->"; the lines
// between are not prose. A line that is not prose is "" in text.
func Text(ls []string) (text []string, prose []bool) {
	text, prose, _ = scan(ls, true)
	return text, prose
}

// scan implements Prose, Fenced and Text; text is nil unless comments.
func scan(ls []string, comments bool) (text []string, prose, fenced []bool) {
	prose, fenced = make([]bool, len(ls)), make([]bool, len(ls))
	if comments {
		text = make([]string, len(ls))
	}
	fence, comment := "", false
	// items holds the columns the open list items' contents start at, outermost first
	// (none outside a list), and base the column of the open fence's container: within a
	// list item, a fence is indented from the item's content ("  * Install" over
	// "    ```"), and a line left of that column ends the item and the fence in it, as
	// CommonMark's containers do; the item it is nested in stays open. A line that
	// continues a paragraph ends no item, however little it is indented (a lazy
	// continuation line). quote is the depth of block quotes the open fence is in, and
	// depth that of the line before; a fence ends with its block quote.
	var items []int
	base, quote, depth, para := 0, 0, 0, false
	for i := frontMatterEnd(ls); i < len(ls); i++ {
		l := ls[i]
		q, body := unquote(l, fence != "", quote)
		indent := len(body) - len(strings.TrimLeft(body, " "))
		blank := strings.TrimSpace(body) == ""
		if fence != "" && (q != quote || base > 0 && !blank && indent < base) {
			fence, base, quote = "", 0, 0
		}
		item := 0 // the content column of a list item that opens on this line
		if fence == "" && !blank {
			item = len(listItemRe.FindString(body))
			lazy := para && q <= depth && item == 0 && fenceMark(body) == "" && !strings.HasPrefix(strings.TrimLeft(body, " "), "#")
			if !lazy {
				if q != depth {
					items = items[:0]
				}
				for len(items) > 0 && indent < items[len(items)-1] {
					items = items[:len(items)-1]
				}
				depth = q
			}
			if item > 0 {
				items = append(items, item)
			}
		}
		if comments {
			if comment {
				end := strings.Index(l, "-->")
				if end < 0 {
					para = false
					continue
				}
				comment = false
				l = strings.Repeat(" ", end+3) + l[end+3:]
			}
			if fence == "" {
				l, comment = blankComments(l)
			}
		}
		in := 0
		switch {
		case fence != "":
			in = min(base, indent)
		case item > 0:
			// A fence may open on the item's own line ("- ``` go").
			in = item
		case len(items) > 0 && indent >= items[len(items)-1]:
			in = items[len(items)-1]
		}
		para = false
		if m := fenceMark(body[in:]); m != "" {
			switch {
			case fence == "":
				fence, base, quote = m, in, q
				continue
			case closesFence(body[in:], fence):
				fence, base, quote = "", 0, 0
				continue
			}
		}
		if fence != "" {
			fenced[i] = true
			continue
		}
		prose[i] = true
		para = !blank && !strings.HasPrefix(strings.TrimLeft(body, " "), "#")
		if comments {
			text[i] = l
		}
	}
	return text, prose, fenced
}

// unquote returns a line's depth of block quotes (its "> " markers) and the line after
// them, with the tabs that indent it expanded to spaces (a tab stop every four columns).
// Within a fenced code block (inFence), only the fence's own depth of markers is taken
// off: a ">" beyond it is the code's text.
func unquote(l string, inFence bool, fenceDepth int) (depth int, body string) {
	for !inFence || depth < fenceDepth {
		t := strings.TrimLeft(l, " ")
		if len(l)-len(t) > 3 || !strings.HasPrefix(t, ">") {
			break
		}
		l = strings.TrimPrefix(t[1:], " ")
		depth++
	}
	return depth, expandIndent(l)
}

// expandIndent returns l with the tabs among its leading blanks expanded to spaces, to
// the next multiple of four columns, as CommonMark reads indentation.
func expandIndent(l string) string {
	if !strings.Contains(l, "\t") {
		return l
	}
	col, n := 0, 0
	for ; n < len(l) && (l[n] == ' ' || l[n] == '\t'); n++ {
		if l[n] == '\t' {
			col += 4 - col%4
		} else {
			col++
		}
	}
	return strings.Repeat(" ", col) + l[n:]
}

// frontMatterEnd returns the index of the first line after a front matter block, which
// opens on the first line with "---" (YAML, closed by "---" or "...") or "+++" (TOML, as
// Hugo writes it, closed by "+++"); 0 when there is none or it never closes.
func frontMatterEnd(ls []string) int {
	if len(ls) == 0 {
		return 0
	}
	open := strings.TrimSpace(ls[0])
	if open != "---" && open != "+++" {
		return 0
	}
	for i := 1; i < len(ls); i++ {
		if t := strings.TrimSpace(ls[i]); t == open || open == "---" && t == "..." {
			return i + 1
		}
	}
	return 0
}

// listItemRe matches a list item's marker and the spaces after it: its length is the
// column the item's content starts at.
var listItemRe = regexp.MustCompile(`^ *(?:[-*+]|\d{1,9}[.)]) +`)

// fenceMark returns the run of backticks or tildes (three or more) that opens or
// closes a fenced code block on l (indented at most three spaces), else "". A backtick
// fence's info string holds no backtick, as CommonMark has it: "```Issues``` are a
// standard way of working" opens no block, its backticks are inline code.
func fenceMark(l string) string {
	t := strings.TrimLeft(l, " ")
	if len(l)-len(t) > 3 || len(t) < 3 || t[0] != '`' && t[0] != '~' {
		return ""
	}
	rest := strings.TrimLeft(t, t[:1])
	m := t[:len(t)-len(rest)]
	if len(m) < 3 || m[0] == '`' && strings.Contains(rest, "`") {
		return ""
	}
	return m
}

// closesFence reports whether l closes the block fence opened: a run of the same
// character, at least as long, and nothing after it ("```go" opens a block and closes
// none; "```" inside a "````" block is its text).
func closesFence(l, fence string) bool {
	m := fenceMark(l)
	return m != "" && m[0] == fence[0] && len(m) >= len(fence) && strings.TrimSpace(strings.TrimLeft(strings.TrimLeft(l, " "), m[:1])) == ""
}

// blankComments replaces each "<!-- ... -->" on l by spaces and cuts l at a "<!--" that
// does not close; open reports that one did not.
func blankComments(l string) (out string, open bool) {
	for {
		j := strings.Index(l, "<!--")
		if j < 0 {
			return l, false
		}
		k := strings.Index(l[j+4:], "-->")
		if k < 0 {
			return l[:j], true
		}
		end := j + 4 + k + 3
		l = l[:j] + strings.Repeat(" ", end-j) + l[end:]
	}
}

var atxRe = regexp.MustCompile(`^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)

// ATX returns the level (1 to 6) and the raw text of an ATX heading ("## Text ##"), or
// level 0 when line is none.
func ATX(line string) (level int, text string) {
	// Most lines are not headings: test the first character before the expression.
	if t := strings.TrimLeft(line, " "); t == "" || t[0] != '#' {
		return 0, ""
	}
	m := atxRe.FindStringSubmatch(line)
	if m == nil {
		return 0, ""
	}
	return len(m[1]), m[2]
}

// Underline returns the level of the setext heading that line underlines: 1 for a run of
// "=", 2 for a run of "-", indented at most three spaces and followed only by blanks; 0
// when line is no underline. Whether the line above can be a heading is SetextText's.
func Underline(line string) int {
	t := strings.TrimRight(line, " \t")
	u := strings.TrimLeft(t, " ")
	if u == "" || len(t)-len(u) > 3 {
		return 0
	}
	switch {
	case strings.Trim(u, "=") == "":
		return 1
	case strings.Trim(u, "-") == "":
		return 2
	}
	return 0
}

// SetextText reports whether line can be the text of a setext heading when the next line
// underlines it: it is not blank, does not start with "#", "|" or ">" (an ATX heading, a
// table row, a block quote), is no bullet list item and no underline itself.
//
// Unlike GFM, an ordered list item can be: "1. Introduction" over "====" is a numbered
// section title in documents written for other renderers. A caller that reads such a
// line as a list item tests for it itself.
func SetextText(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || strings.ContainsRune("#|>", rune(t[0])) {
		return false
	}
	if len(t) > 1 && strings.ContainsRune("-*+", rune(t[0])) && (t[1] == ' ' || t[1] == '\t') {
		return false
	}
	return Underline(t) == 0
}

// HeadingAt returns the heading that starts at line i: the lines it takes (1 for an ATX
// heading, 2 for a setext one, 0 when none starts there), its level and its raw text.
// Only prose lines are headings.
func HeadingAt(ls []string, prose []bool, i int) (n, level int, raw string) {
	if !prose[i] {
		return 0, 0, ""
	}
	if level, raw := ATX(ls[i]); level > 0 {
		return 1, level, raw
	}
	if i+1 < len(ls) && prose[i+1] && SetextText(ls[i]) {
		if level := Underline(ls[i+1]); level > 0 {
			return 2, level, strings.TrimSpace(ls[i])
		}
	}
	return 0, 0, ""
}

// Section returns the lines ls[start:end] of the section under the first heading whose
// text is name: from the heading to the next heading of the same or a higher level, or
// to the end. Heading texts are compared as HeadingText returns them, case-insensitively.
// ok is false when no heading has that text.
func Section(ls []string, prose []bool, name string) (start, end int, ok bool) {
	want := HeadingText(name)
	level := 0
	for i := 0; i < len(ls); i++ {
		n, lv, raw := HeadingAt(ls, prose, i)
		if n == 0 {
			continue
		}
		switch {
		case level == 0 && strings.EqualFold(HeadingText(raw), want):
			start, level = i, lv
		case level > 0 && lv <= level:
			return start, i, true
		}
		i += n - 1
	}
	if level == 0 {
		return 0, 0, false
	}
	return start, len(ls), true
}

var slugDropRe = regexp.MustCompile(`[^\p{L}\p{N}\- _]`)

// Slug is GitHub's anchor for a heading: lower case, punctuation dropped, spaces as "-".
func Slug(text string) string {
	s := strings.ToLower(strings.TrimSpace(text))
	s = slugDropRe.ReplaceAllString(s, "")
	return strings.ReplaceAll(s, " ", "-")
}

// AnchorSection returns the text of the heading whose GitHub anchor is anchor ("#"
// optional), for Section and SectionOnly; ok is false when no heading has it.
func AnchorSection(text, anchor string) (name string, ok bool) {
	anchor = strings.ToLower(strings.TrimPrefix(anchor, "#"))
	ls := Lines(text)
	prose := Prose(ls)
	for i := 0; i < len(ls); i++ {
		n, _, raw := HeadingAt(ls, prose, i)
		if n == 0 {
			continue
		}
		if h := HeadingText(raw); Slug(h) == anchor {
			return h, true
		}
		i += n - 1
	}
	return "", false
}

// SectionOnly returns text with every line outside the section under the heading name
// blanked, so that what is read from the section keeps its line numbers in the file;
// ok is false when text has no such heading.
func SectionOnly(text, name string) (string, bool) {
	ls := Lines(text)
	start, end, ok := Section(ls, Prose(ls), name)
	if !ok {
		return "", false
	}
	kept := make([]string, len(ls))
	copy(kept[start:end], ls[start:end])
	return strings.Join(kept, "\n"), true
}

var (
	imageRe     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	linkRe      = regexp.MustCompile(`\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])`)
	htmlTagRe   = regexp.MustCompile(`<[^>]*>`)
	shortcodeRe = regexp.MustCompile(`:[a-z0-9_+-]+:`)
	emphasis    = strings.NewReplacer("**", "", "__", "", "*", "", "`", "", "~~", "")
)

// StripImages removes inline ("![alt](src)") and reference ("![alt][ref]") images.
func StripImages(s string) string {
	if !strings.Contains(s, "![") {
		return s
	}
	return imageRe.ReplaceAllString(s, "")
}

// StripLinks removes images and replaces each inline ("[text](target)") or reference
// ("[text][ref]") link by its text.
func StripLinks(s string) string {
	s = StripImages(s)
	if !strings.Contains(s, "[") {
		return s
	}
	return linkRe.ReplaceAllString(s, "$1")
}

// HeadingText returns a heading's text as a reader sees it: links replaced by their
// text; images, HTML tags, emoji shortcodes (":rocket:") and emphasis marks removed;
// and anything but letters and digits trimmed from both ends, except a closing
// parenthesis or question mark ("Who uses it?"). Case is kept.
func HeadingText(raw string) string {
	s := StripLinks(raw)
	s = htmlTagRe.ReplaceAllString(s, "")
	s = shortcodeRe.ReplaceAllString(s, "")
	s = emphasis.Replace(s)
	return strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' && r != '?'
	})
}

var delimiterRe = regexp.MustCompile(`^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$`)

// DelimiterRow reports whether line is the delimiter row under a table's header, as GFM
// defines it: cells of an optional colon, one or more dashes and an optional colon,
// separated by pipes, with at least one pipe ("|---|:-:|", "|:-|:-|", "-|-").
func DelimiterRow(line string) bool {
	return strings.Contains(line, "|") && strings.Contains(line, "-") && delimiterRe.MatchString(line)
}

// TableEnd returns the index after the last row of the table whose header row is ls[i],
// or 0 when no table starts there: a prose line with a pipe, over a delimiter row. The
// table's rows are the prose lines with a pipe that follow. (GFM also takes a following
// line without a pipe as a one-cell row; tables in the files read here end at one.)
func TableEnd(ls []string, prose []bool, i int) int {
	if i+1 >= len(ls) || !prose[i] || !prose[i+1] || !strings.Contains(ls[i], "|") || !DelimiterRow(ls[i+1]) {
		return 0
	}
	end := i + 2
	for end < len(ls) && prose[end] && strings.Contains(ls[end], "|") {
		end++
	}
	return end
}

// Cells splits a table row into its cells, each trimmed of blanks. The pipes that open
// and close the row do not make cells; an escaped pipe ("\|") is a pipe in its cell.
func Cells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	if strings.HasSuffix(row, "|") && !strings.HasSuffix(row, `\|`) {
		row = row[:len(row)-1]
	}
	if !strings.Contains(row, `\|`) {
		cells := strings.Split(row, "|")
		for i, c := range cells {
			cells[i] = strings.TrimSpace(c)
		}
		return cells
	}
	var (
		out  []string
		cell strings.Builder
	)
	for i := 0; i < len(row); i++ {
		switch c := row[i]; {
		case c == '\\' && i+1 < len(row) && row[i+1] == '|':
			cell.WriteByte('|')
			i++
		case c == '|':
			out = append(out, strings.TrimSpace(cell.String()))
			cell.Reset()
		default:
			cell.WriteByte(c)
		}
	}
	return append(out, strings.TrimSpace(cell.String()))
}
