package adopters

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

// adopterTypes are the kinds of adopter a list names, lower-case words.
// ("Companies offering OpenFGA implementation services" lists consultancies.)
const adopterTypes = `(end ?users?|vendors?|integrations?|integrators?|(service |cloud |solution )?providers?|distributions?|distributors?|partners?|consultanc(y|ies)|consultants?|products?|platforms?|(open source |community )?projects?|hosting|(implementation|consulting|professional|support|managed) services)`

var (
	bulletRe   = regexp.MustCompile(`^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$`)
	checkboxRe = regexp.MustCompile(`^\[[ xX]\]\s+`)
	leadLinkRe = regexp.MustCompile(`^\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])`)
	htmlTagRe  = regexp.MustCompile(`<[^>]*>`)
	bareURLRe  = regexp.MustCompile(`^(?i)(https?://|www\.)\S+$`)
	emphasis   = strings.NewReplacer("**", "", "__", "", "`", "", "~~", "")
	// nameEnd is where a bullet's organisation name ends and its description starts.
	nameEnd = regexp.MustCompile(`\s+[-\x{2013}\x{2014}|]\s+|:\s|\s\(|:$`)

	// typeHeadingRe matches a heading that states what kind of adopter its section lists.
	typeHeadingRe = regexp.MustCompile(`\b` + adopterTypes + `\b`)
	// adoptersOfRe matches the start of a heading that says its section lists adopters of
	// something ("Adopters of Kubeflow Community Distribution", "End Users of Widget"):
	// what follows "of" is the product, whose name says nothing of the adopters' kind.
	adoptersOfRe = regexp.MustCompile(`^(?:\w+ )?(?:adopters|users) of `)
	// fileNameRe matches a cell or item that is a file's name ("ADOPTERS.md", a link to
	// a subproject's own list), not an organisation.
	fileNameRe = regexp.MustCompile(`(?i)^[\w.-]+\.(?:md|markdown|ya?ml|json|txt|rst|adoc)$`)
	// typeNameRe matches an item that names a kind of adopter, not an organisation: the
	// definitions of the types a list uses ("**End-User** (CNCF member) - Companies
	// ...", "**Another project** - an open source project that ...").
	typeNameRe = regexp.MustCompile(`^(?:the |an? )?(?:another |other |cncf )?` + adopterTypes + `$`)
	// skipHeadingRe matches a heading whose section tells readers how to add themselves
	// or points elsewhere, so its lists are not adopters.
	skipHeadingRe = regexp.MustCompile(`\b(how to|adding|add your|add yourself|contribut\w*|instructions?|updating|update this|submit\w*|templates?|examples?|format|case stud(y|ies)|blogs?|talks?|videos?|presentations?|resources|further reading|references|see also|links|logos?|notes?|requirements|guidelines|faq|eligibility)\b`)
	// instructionRe matches list text that addresses the reader rather than naming an
	// organisation.
	instructionRe = regexp.MustCompile(`\b(your|yourself|you|fork|pull request|please|submit|open a pr|create a pr)\b`)
)

// fieldItemRe matches a list item that states one detail of an adopter ("*Application*:
// service discovery", "**Environment:** AWS"), not an adopter.
// nameFieldRe matches the name line of an entry written as fields ("* N: Acme Corp",
// then "D: description", "L: link", "C: contacts").
var nameFieldRe = regexp.MustCompile(`^\s*(?:[-*]\s+)?N:\s+(\S.*)$`)

// exampleRe matches the name of a template's or an example's entry ("Name of user
// (company or individual)", "Flatcar Example User Inc.").
var exampleRe = regexp.MustCompile(`(?i)\bexample\b|\bname of\b|^(?:your|company|organi[sz]ation) name\b`)

// templateEntryRe matches the name a template gives its example entry ("Example
// Organization", "[example] Amazon, Inc."): an organisation named for an example is
// kept ("Example University Lab"), and so is a host ("northwind.example").
var templateEntryRe = regexp.MustCompile(`^(?:\[example\]|\(example\)|example,? (?:organi[sz]ations?|company|companies|co|corp|corporation|inc|ltd|llc|org|user|users|adopter|end user|enterprise)\b)`)

var fieldItemRe = regexp.MustCompile(`(?i)^[*_]{0,2}(application|applications|launched|cluster size|order of data size|operator|environments?|backups?|use cases?|usage|contact|website|url|industry|deployment|scale|location|versions?|since)[*_]{0,2}\s*:[*_]{0,2}\s`)

// maxNameWords is the longest bullet text, in words, taken for an organisation's name;
// longer text is a sentence.
const maxNameWords = 6

// section is an open heading: its level, the adopter type it states, and whether its
// lists are instructions rather than adopters.
type section struct {
	level int
	typ   string
	skip  bool
	// name and line are the heading's; named is set once the heading was taken as an
	// adopter (a section per adopter, its details listed under it).
	name  string
	line  int
	named bool
}

// parseMarkdown returns the adopters in a Markdown (or plain text) document.
func parseMarkdown(content string) []entry {
	ls, prose := proseLines(markdown.Lines(content))
	var (
		out        []entry
		stack      []section
		listIndent = -1 // indentation of the current list's items; deeper items are details
		logos      = map[int][]string{}
	)
	for _, l := range htmlLogos(ls, prose) {
		logos[l.line] = append(logos[l.line], l.name)
	}
	// addLogos adds the logos whose tags start on line i (0-based), unless skip.
	addLogos := func(i int, typ string, skip bool) {
		if skip {
			return
		}
		for _, name := range append(logos[i+1], markdownLogos(ls[i])...) {
			out = append(out, entry{name: name, typ: typ, line: i + 1})
		}
	}
	secLine := func() int {
		if len(stack) == 0 {
			return 0
		}
		return stack[len(stack)-1].line
	}
	lead := false // a bold organisation name opened the current paragraph group
	current := func() (typ string, skip bool) {
		for i := len(stack) - 1; i >= 0; i-- {
			skip = skip || stack[i].skip
			if typ == "" {
				typ = stack[i].typ
			}
		}
		return typ, skip
	}
	for i := 0; i < len(ls); i++ {
		if !prose[i] {
			continue
		}
		l := ls[i]
		if n, level, raw := markdown.HeadingAt(ls, prose, i); level > 0 {
			i += n - 1 // an underlined (setext) heading takes two lines
			for len(stack) > 0 && stack[len(stack)-1].level >= level {
				stack = stack[:len(stack)-1]
			}
			text := cleanText(raw)
			norm := normalize(text)
			s := section{level: level, skip: skipHeadingRe.MatchString(norm), name: text, line: i + 1}
			head := norm
			if loc := adoptersOfRe.FindStringIndex(norm); loc != nil {
				head = norm[:loc[1]] // "End Users of Widget": the kind is before "of"
			}
			if !s.skip && typeHeadingRe.MatchString(head) {
				s.typ = text
			}
			stack = append(stack, s)
			listIndent = -1
			lead = false
			continue
		}
		typ, skip := current()
		if end := markdown.TableEnd(ls, prose, i); end > 0 {
			if !skip {
				for _, e := range parseTable(ls, i, end, typ) {
					e.sec, e.table = secLine(), true
					out = append(out, e)
				}
			}
			i = end - 1
			listIndent = -1
			continue
		}
		if f := nameFieldRe.FindStringSubmatch(l); f != nil {
			// "* N: 1&1 Mail & Media", then "D:", "L:" and "C:" lines: a list kept in
			// the fields of Cilium's USERS.md (flatcar's ADOPTERS.md).
			if name, ok := cleanName(f[1]); ok && !skip && !exampleRe.MatchString(name) {
				out = append(out, entry{name: name, typ: typ, line: i + 1, sec: secLine(), bullet: true})
			}
			continue
		}
		m := bulletRe.FindStringSubmatch(l)
		if m == nil {
			if strings.TrimSpace(l) != "" && !startsIndented(l) {
				listIndent = -1 // a paragraph ends the list
			}
			if name, alone, ok := leadName(l); ok && !skip {
				// "**JD.com:** Harbor is the registry of ...", "**[Knative](...)**"
				out = append(out, entry{name: name, typ: typ, line: i + 1, sec: secLine(), bullet: true})
				// A name alone on its line heads a story: the lists under it are its
				// products or uses, not adopters.
				lead = alone
				continue
			}
			addLogos(i, typ, skip) // a wall of logos
			continue
		}
		if lead {
			continue // the products or uses of the organisation named above
		}
		indent := len(strings.ReplaceAll(m[1], "\t", "    "))
		if listIndent >= 0 && indent > listIndent {
			continue // a detail under the previous item
		}
		listIndent = indent
		if skip {
			continue
		}
		if fieldItemRe.MatchString(m[2]) {
			// "*Application*: ...", "Operator: ...": details of the organisation the
			// section's heading names.
			if n := len(stack); n > 0 && !stack[n-1].named && stack[n-1].typ == "" && stack[n-1].level > 1 {
				stack[n-1].named = true
				if name, ok := cleanName(stack[n-1].name); ok && len(strings.Fields(name)) <= maxNameWords {
					typ, _ := current()
					out = append(out, entry{name: name, typ: typ, line: stack[n-1].line})
				}
			}
			continue
		}
		if name, ok := bulletName(m[2]); ok {
			out = append(out, entry{name: name, typ: typ, line: i + 1, sec: secLine(), bullet: true})
		} else {
			addLogos(i, typ, false) // an item that is only a logo
		}
	}
	return tablesFirst(out)
}

// tablesFirst drops the list items and bold openings of a section that also holds an
// adopters table: the table is the list, and the items around it define terms
// ("**Production:** already running it").
func tablesFirst(es []entry) []entry {
	tabled := map[int]bool{}
	for _, e := range es {
		if e.table {
			tabled[e.sec] = true
		}
	}
	out := es[:0]
	for _, e := range es {
		if !(e.bullet && tabled[e.sec]) {
			out = append(out, e)
		}
	}
	return out
}

// leadRe matches a paragraph that opens with an organisation's name in bold, alone or
// before what it says of its use: "**JD.com:** Harbor is ...", "**[Knative](url)**",
// "**_[IBM Cloud](url)_** - offers ...".
var leadRe = regexp.MustCompile(`^\s*\*\*_?\s*(\[[^\]]+\]\([^)]*\)|[^*\[\]:]+?)\s*_?\s*(?::\s*\*\*|\*\*\s*(?::|\s[-\x{2013}\x{2014}]\s|$))`)

// leadName returns the organisation a bold paragraph opening names, and whether the
// name stands alone on its line.
func leadName(l string) (name string, alone bool, ok bool) {
	m := leadRe.FindStringSubmatchIndex(l)
	if m == nil {
		return "", false, false
	}
	name, ok = cleanName(l[m[2]:m[3]])
	if !ok || len(strings.Fields(name)) > maxNameWords || instructionRe.MatchString(strings.ToLower(name)) {
		return "", false, false
	}
	if typeHeadingRe.MatchString(normalize(name)) || noteWordRe.MatchString(normalize(name)) {
		return "", false, false // "**End-user**: ...", "**Note:** ...": a type defined, a remark
	}
	return name, strings.TrimSpace(l[m[1]:]) == "", true
}

// noteWordRe matches a bold opening that introduces a remark, not an organisation.
var noteWordRe = regexp.MustCompile(`^(note|notes|nb|disclaimer|important|warning|caution|tip|hint|update|updated|edit|reminder|info|todo)$`)

// startsIndented reports whether l continues a list item: it starts with whitespace.
func startsIndented(l string) bool {
	return l != "" && (l[0] == ' ' || l[0] == '\t')
}

// proseLines returns the lines of a document with HTML comments blanked, and which of
// them are text: not in a fenced code block, front matter or an HTML comment (where
// templates for new entries are often kept). A line that starts with a comment is not
// text even after the comment ends ("<!-- logo --> Acme"): GitHub renders it, to the
// line the comment closes on, as an HTML block, not as a list item or a table row.
func proseLines(raw []string) ([]string, []bool) {
	ls, prose := markdown.Text(raw)
	for i, l := range ls {
		if !prose[i] {
			continue
		}
		first := len(raw[i]) - len(strings.TrimLeft(raw[i], " \t"))
		if first < len(raw[i]) && (first >= len(l) || l[first] == ' ') {
			prose[i] = false // the first character was blanked: it is in a comment
		}
	}
	return ls, prose
}

// parseTable reads the table whose header is ls[head] and whose rows run to ls[end-1].
// sectionType is the type stated by the heading above the table, used for rows that
// state none.
func parseTable(ls []string, head, end int, sectionType string) []entry {
	header := cells(ls[head])
	nameCol, typeCol := tableColumns(header)
	if nameCol < 0 {
		return nil
	}
	var out []entry
	for i := head + 2; i < end; i++ {
		row := cells(ls[i])
		if nameCol >= len(row) {
			continue
		}
		name, ok := cleanName(row[nameCol])
		if !ok {
			// A cell that is only a logo names the organisation by it.
			names := markdownLogos(row[nameCol])
			if l := htmlLogos([]string{row[nameCol]}, []bool{true}); len(l) > 0 {
				names = append(names, l[0].name)
			}
			if len(names) == 0 {
				continue
			}
			name = names[0]
		}
		typ := sectionType
		if typeCol >= 0 && typeCol < len(row) {
			if t := cleanText(row[typeCol]); t != "" && !isPlaceholder(t) {
				typ = t
			}
		}
		out = append(out, entry{name: name, typ: typ, line: i + 1})
	}
	return out
}

// Column headers, lower-cased words only. Name headers are in order of preference.
var (
	nameHeaders = []string{"organization", "organisation", "company", "adopter", "end user", "user", "name", "project", "product", "vendor"}
	typeHeaders = []string{"type", "category", "kind", "segment", "classification"}
	// notNameRe matches headers of columns that never hold the organisation's name.
	notNameRe = regexp.MustCompile(`\b(logo|contact|email|description|use ?cases?|usage|details?|type|category|kind|segment|url|website|link|links|status|since|date|environment|scale|notes?|maintainers?)\b`)
)

// tableColumns returns the index of the column naming the organisation (-1 when no column
// can) and of the column stating its type (-1 when none does).
func tableColumns(header []string) (nameCol, typeCol int) {
	nameCol, typeCol = -1, -1
	best := len(nameHeaders)
	firstFree := -1
	for i, h := range header {
		norm := normalize(cleanText(h))
		if typeCol < 0 {
			for _, k := range typeHeaders {
				if hasWords(norm, k) {
					typeCol = i
					break
				}
			}
		}
		if notNameRe.MatchString(norm) && !strings.Contains(norm, "name") {
			continue
		}
		if strings.Contains(norm, "contact") || strings.Contains(norm, "logo") {
			continue // "Contact name", "Logo name"
		}
		if firstFree < 0 {
			firstFree = i
		}
		for rank, k := range nameHeaders[:best] {
			if hasWords(norm, k) || hasWords(norm, k+"s") {
				nameCol, best = i, rank
				break
			}
		}
	}
	if nameCol < 0 {
		nameCol = firstFree
	}
	if typeCol == nameCol {
		typeCol = -1
	}
	return nameCol, typeCol
}

// hasWords reports whether the space-separated words of k appear, in order and whole, in
// the normalised text norm.
func hasWords(norm, k string) bool {
	return norm == k || strings.HasPrefix(norm, k+" ") || strings.HasSuffix(norm, " "+k) || strings.Contains(norm, " "+k+" ")
}

// cells splits a table row into its cells, honouring escaped pipes. Unlike GitHub, it
// keeps a pipe inside a code span in its cell ("`a|b`"): in an adopters table such a
// pipe is part of what the row says (a command, a pattern), and a split there would
// move the type into the wrong column.
func cells(row string) []string {
	return markdown.Cells(escapeCodePipes(row))
}

// escapeCodePipes escapes the pipes inside code spans of a table row, except one that
// ends the row.
func escapeCodePipes(row string) string {
	row = strings.TrimSpace(row)
	if !strings.Contains(row, "`") {
		return row
	}
	var b strings.Builder
	code := false
	for i := 0; i < len(row); i++ {
		switch c := row[i]; {
		case c == '\\' && i+1 < len(row) && row[i+1] == '|':
			b.WriteString(`\|`)
			i++
		case c == '`':
			code = !code
			b.WriteByte(c)
		case c == '|' && code && i < len(row)-1:
			b.WriteString(`\|`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// bulletName returns the organisation a list item names, if it names one.
func bulletName(text string) (string, bool) {
	text = checkboxRe.ReplaceAllString(strings.TrimSpace(text), "")
	text = strings.TrimSpace(markdown.StripImages(text))
	text = strings.TrimSpace(emphasis.Replace(text))
	var raw string
	if m := leadLinkRe.FindStringSubmatch(text); m != nil {
		raw = m[1]
		if strings.TrimSpace(cleanText(raw)) == "" {
			// A logo link: the name, if any, follows it.
			return bulletName(strings.TrimLeft(text[len(m[0]):], " -:\u2013\u2014"))
		}
	} else {
		raw = text
		if loc := nameEnd.FindStringIndex(raw); loc != nil {
			raw = raw[:loc[0]]
		}
	}
	name, ok := cleanName(raw)
	if !ok || len(strings.Fields(name)) > maxNameWords {
		return "", false
	}
	if instructionRe.MatchString(strings.ToLower(name)) || typeNameRe.MatchString(normalize(name)) {
		return "", false
	}
	switch strings.ToLower(strings.Fields(name)[0]) {
	case "how", "why", "what", "see", "note", "for":
		return "", false
	}
	return name, true
}

// cleanName returns the organisation name a table cell or list item writes, without
// markup, or false when it names none: a logo only, a URL, a placeholder.
func cleanName(s string) (string, bool) {
	name := cleanText(s)
	name = strings.TrimRight(name, ":;,- \u2013\u2014")
	if name == "" || bareURLRe.MatchString(name) || fileNameRe.MatchString(name) || isPlaceholder(name) {
		return "", false
	}
	if !strings.ContainsFunc(name, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return "", false
	}
	return name, true
}

// cleanText removes Markdown and HTML markup from s and collapses its spaces.
func cleanText(s string) string {
	s = markdown.StripLinks(s)
	s = htmlTagRe.ReplaceAllString(s, "")
	s = emphasis.Replace(s)
	s = strings.Trim(strings.TrimSpace(s), "*_")
	return strings.Join(strings.Fields(s), " ")
}

// placeholders are names a template writes where an adopter's name goes.
var placeholders = map[string]bool{
	"company": true, "company name": true, "organization": true, "organisation": true,
	"organization name": true, "organisation name": true, "name": true, "adopter": true,
	"example": true, "tbd": true, "n/a": true,
	"na": true, "none": true, "todo": true, "your company": true, "your organization": true,
}

// isPlaceholder reports whether name is template text rather than an organisation.
func isPlaceholder(name string) bool {
	l := strings.ToLower(strings.TrimSpace(name))
	if placeholders[l] || placeholders[normalize(l)] {
		return true
	}
	if strings.ContainsAny(l, "<>{}") || strings.HasPrefix(l, "your ") || strings.HasPrefix(l, "...") {
		return true
	}
	if templateEntryRe.MatchString(l) {
		// ("1. [Example Organization](https://example.com) – `Example` has adopted":
		// the entry a template shows, not an adopter)
		return true
	}
	return strings.Contains(l, "add your") || strings.Contains(l, "add yourself") || strings.Contains(l, "your name")
}

// normalize lower-cases s and keeps only its words.
func normalize(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "'", ""))
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(f, " ")
}
