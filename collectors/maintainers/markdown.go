package maintainers

import (
	"cmp"
	"encoding/csv"
	"regexp"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

var (
	kvRe       = regexp.MustCompile(`^([A-Za-z][A-Za-z _-]{0,30}?)\s*:\s*(.*)$`)
	trailColon = regexp.MustCompile(`[:\s]+$`)
	// quotedRowRe matches a line of quoted, comma-separated fields.
	quotedRowRe = regexp.MustCompile(`^"[^"]*"(\s*,\s*"[^"]*")+$`)
)

// frame is an open section: its heading level, what its heading says of the status of
// the people in it, and which role it names.
type frame struct {
	level int
	st    status
	kind  sectionKind
	title bool   // the document's first heading, at level 1: its title
	text  string // the heading's text
	intro *intro // the prose the section opens with
}

// block is a person whose details follow on "Key: value" lines, under a heading or a
// list item naming them.
type block struct {
	line     int
	rec      record
	st       status
	fromItem bool
	details  bool // a key line was read
}

// mdParser reads a Markdown or plain-text maintainers list.
type mdParser struct {
	src     source
	plain   bool   // plain text: a line outside a list is a record too
	def     status // the status of a person under no heading that says otherwise
	stack   []frame
	pending *block
	out     []entry
	kinds   []sectionKind // per entry of out: the role its section names
	level   int           // the level of the last Markdown heading, for label lines
	headed  bool          // a heading was read
	csv     *columns      // in plain text, the columns a comment gave quoted rows
	csvN    int           // how many columns it names
	root    intro         // the prose before the first heading
	// at are the lines whose responsibility domainsAt asks for, and domains what the
	// file gives a person there.
	at      map[int]bool
	domains map[int]string
	scoped  map[int]bool // the domain there is the list's scope, not an area
}

// parseMarkdown reads the people of a Markdown (or plain-text, when plain) file: tables,
// record lines and list items, and heading-per-person blocks, each under the role its
// sections name.
func parseMarkdown(src source, content string, plain bool) []entry {
	p := &mdParser{src: src, plain: plain, def: statusActive}
	p.read(content)
	return p.own()
}

// domainsAt returns the responsibility a Markdown (or plain-text) file gives a person it
// would list at each of lines (1-based): the area or the scope stated for the section
// that line is in, as emitAs gives it. A line in a section of former maintainers or of
// another role gets none. scoped says which of them is the scope the file states for
// its whole list rather than an area.
func domainsAt(src source, content string, plain bool, lines []int) (domains map[int]string, scoped map[int]bool) {
	p := &mdParser{src: src, plain: plain, def: statusActive, at: map[int]bool{}, domains: map[int]string{}, scoped: map[int]bool{}}
	for _, n := range lines {
		p.at[n] = true
	}
	p.read(content)
	return p.domains, p.scoped
}

// read reads the file's lines into p.out.
func (p *mdParser) read(content string) {
	raw := markdown.Lines(content)
	ls, text := markdown.Text(raw)
	// Once a heading names the maintainers, people under no such heading ("Friends of
	// the project", "Security team") are not maintainers by default.
	for i := range ls {
		if _, level, raw := headingAt(ls, text, i); level > 0 {
			if _, person := personHeading(raw, heading(raw)); !person && classify(heading(raw)) == statusActive {
				p.def = statusNone
				break
			}
		}
	}
	fenced := markdown.Fenced(raw)
	for i := 0; i < len(ls); i++ {
		if !text[i] {
			if fenced[i] {
				p.fencedLine(i+1, raw[i])
			}
			continue
		}
		l := ls[i]
		trimmed := strings.TrimSpace(l)
		if trimmed == "" {
			p.intro().end()
			continue
		}
		if n, level, raw := headingAt(ls, text, i); level > 0 {
			p.heading(i+1, level, raw)
			i += n - 1
			continue
		}
		if end := markdown.TableEnd(ls, text, i); end > 0 {
			p.intro().end()
			p.table(i, ls[i:end])
			i = end - 1
			continue
		}
		p.line(i+1, l)
	}
	p.flush()
}

// emit records a person read at line n, under the open sections' status st. In a
// section the file names for its maintainers, a role below maintainer written for one
// person ("Reviewer - Rollouts" in a Maintainers table) does not take them out of the
// list: the section is the project's own definition.
func (p *mdParser) emit(n int, rec record, st status) {
	p.emitAs(n, rec, st, p.kind())
}

// emitAs is emit for a person whose list names their role itself (a table whose person
// column is headed "Maintainer").
func (p *mdParser) emitAs(n int, rec record, st status, kind sectionKind) {
	if p.src.byRole && kind != kindMaintainers {
		// A members list's people are maintainers only where their role says so.
		if st, ok := roleText(rec.responsibility); !ok || (st != statusActive && st != statusEmeritus) {
			return
		}
	}
	if rec.responsibility == "" {
		rec.responsibility = p.domain()
	}
	if rec.role == statusNone && (kind == kindMaintainers || p.src.def.promotes(rec.responsibility)) {
		rec.role = statusUnknown
	}
	s := worse(st, rec.role)
	if s == statusNone {
		return
	}
	// Someone is listed: the prose of the open sections so far is their intro. A
	// maintainer with no area of their own has the scope it states for the whole list.
	for i := range p.stack {
		p.stack[i].intro.close(p.src.repo)
	}
	p.root.close(p.src.repo)
	if rec.responsibility == "" && s != statusEmeritus {
		rec.responsibility = p.scope()
		rec.fromList = rec.responsibility != ""
	}
	p.out = append(p.out, newEntry(p.src, n, rec, s))
	p.kinds = append(p.kinds, kind)
}

// scope returns the scope the open sections state for their whole list: the innermost
// that states one, in the prose it opens with, else (the document's title) in its
// text; else the prose before the first heading.
func (p *mdParser) scope() string {
	for i := len(p.stack) - 1; i >= 0; i-- {
		f := p.stack[i]
		if s := f.intro.stated(p.src.repo); s != "" {
			return s
		}
		if f.title {
			if s := titleScope(f.text, p.src.repo); s != "" {
				return s
			}
		}
	}
	return p.root.stated(p.src.repo)
}

// intro returns the intro of the innermost open section.
func (p *mdParser) intro() *intro {
	if len(p.stack) == 0 {
		return &p.root
	}
	return p.stack[len(p.stack)-1].intro
}

// push opens a section.
func (p *mdParser) push(f frame) {
	f.intro = &intro{}
	p.stack = append(p.stack, f)
}

// role reads a heading: the status of the people under it and the role it names. A
// role the project's documents count as maintainers ("A reviewer is a core maintainer")
// is one.
func (p *mdParser) role(text string) (status, sectionKind) {
	st, kind := classify(text), kindOf(text)
	if st != statusEmeritus && p.src.def.promotes(text) {
		return statusActive, kindDefined
	}
	return st, kind
}

// domain returns the area the open sections give everyone in them: the innermost
// heading that names neither a role nor a topic ("Platform Team", "pkg/storage"), below
// the document's title.
func (p *mdParser) domain() string {
	for i := len(p.stack) - 1; i >= 0; i-- {
		f := p.stack[i]
		if f.title || f.text == "" {
			continue
		}
		if f.kind == kindUnnamed && f.st == statusUnknown && !generic(f.text) {
			return f.text
		}
	}
	return ""
}

// genericWords name a list of people, not an area of the project.
var genericWords = set("roles", "role", "members", "member", "people", "team", "teams", "list",
	"lists", "current", "active", "overview", "governance", "project", "projects", "organization",
	"organisation", "org", "community", "contributors", "the", "our", "of", "and", "table", "who",
	"contacts", "names", "directory", "summary", "details", "all")

// generic reports whether a heading only names a list of people ("Members", "Current
// team"), not an area.
func generic(text string) bool {
	for _, w := range words(text) {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

// kind returns the role the innermost open section that names one names.
func (p *mdParser) kind() sectionKind {
	for i := len(p.stack) - 1; i >= 0; i-- {
		if k := p.stack[i].kind; k != kindUnnamed {
			return k
		}
	}
	return kindUnnamed
}

// own applies the file's own definition of its maintainers: once a section named for
// the maintainers lists someone active, the active people of sections named for other
// roles (approvers, committers, the steering committee, directors, release
// coordinators) are not maintainers.
func (p *mdParser) own() []entry {
	defined := false
	for i, e := range p.out {
		defined = defined || (p.kinds[i] == kindMaintainers && e.status == statusActive)
	}
	if !defined {
		return p.out
	}
	out := p.out[:0]
	for i, e := range p.out {
		if p.kinds[i] != kindOtherRole || e.status != statusActive {
			out = append(out, e)
		}
	}
	return out
}

// noRightsRe matches prose saying a section's people hold no maintainer's rights.
// (Not "are no longer maintainers": an emeritus section says that of its people.)
var noRightsRe = regexp.MustCompile(`(?i)\bno (?:approval|approver|merge|maintainer|write|commit) (?:rights|permissions|privileges|access)\b|\bdo(?:es)? not have (?:approval|merge|maintainer|write|commit) (?:rights|permissions|privileges|access)\b`)

// placeholderHandles are what a format or header line writes where a handle goes
// ("Name, <Email>, @GitHubHandle, Type").
var placeholderHandles = set("handle", "github", "username", "user", "githubhandle", "github_handle", "github-handle", "githubid", "github_id", "yourhandle", "you", "me", "name")

// fencedLine reads a line of a code block under a heading that names a role: some
// projects keep their list there, a person a line ('"Jane Doe",@jdoe,jane@example.org').
// Only a line naming a handle is a person.
func (p *mdParser) fencedLine(n int, l string) {
	st, explicit := p.status()
	if !explicit || st == statusNone {
		return
	}
	rec, ok := parseRecord(strings.TrimSpace(l), modeItem, false)
	if !ok || rec.github == "" || placeholderHandles[strings.ToLower(rec.github)] {
		return
	}
	p.emit(n, rec, st)
}

// headingAt returns the heading starting at 0-based line i: the lines it takes, its
// level (0 when there is none) and its raw text.
func headingAt(ls []string, text []bool, i int) (n, level int, raw string) {
	n, level, raw = markdown.HeadingAt(ls, text, i)
	// markdown takes a numbered line over an underline for a numbered section title; in
	// a list of people "1. Jane Doe (@jdoe)" (or "• Jane Doe") is an entry.
	if n == 2 && listMarkerRe.MatchString(raw) {
		return 0, 0, ""
	}
	return n, level, raw
}

// heading returns a heading's text without markup or a trailing colon.
func heading(raw string) string {
	return trailColon.ReplaceAllString(plainText(strings.ReplaceAll(raw, "\\|", "|")), "")
}

// status returns the status the open sections give, and whether a heading named the
// role (which allows name-only list items).
func (p *mdParser) status() (status, bool) {
	for i := len(p.stack) - 1; i >= 0; i-- {
		if st := p.stack[i].st; st != statusUnknown {
			return st, st != statusNone
		}
	}
	return p.def, false
}

func (p *mdParser) heading(line, level int, raw string) {
	p.flush()
	text := heading(raw)
	if p.plain && strings.Count(raw, ",") >= 2 {
		// "# GitHub ID, Name, Email address": the columns of the quoted rows below.
		cols := mapColumns(strings.Split(raw, ","))
		if cols.github >= 0 || cols.name >= 0 {
			p.csv, p.csvN = &cols, strings.Count(raw, ",")+1
		}
	}
	if p.plain && classify(text) == statusUnknown {
		return // a comment ("# Format: ...") that names no role leaves the section as it is
	}
	p.level = level
	for len(p.stack) > 0 && p.stack[len(p.stack)-1].level >= level {
		p.stack = p.stack[:len(p.stack)-1]
	}
	parent, _ := p.status()
	// A heading that names a person ("Jane Doe (Chair)", "Jane Doe (@jdoe)") opens a
	// block their details may follow; it says nothing of the section's role.
	if rec, ok := personHeading(raw, text); ok && !p.plain && parent != statusNone {
		p.push(frame{level: level, st: statusUnknown})
		if st := worse(parent, rec.role); st != statusNone {
			p.pending = &block{line: line, rec: rec, st: st, details: rec.github != ""}
		}
		return
	}
	st, kind := p.role(text)
	if kind == kindOtherRole && p.kind() == kindMaintainers && !p.stack[len(p.stack)-1].title {
		kind = kindMaintainers // "### Approvers" inside "## Core Maintainers" is a part of it
	}
	p.push(frame{level: level, st: st, kind: kind, title: level == 1 && !p.headed, text: text})
	p.headed = true
}

// personHeading reads a heading as a person: a handle with a name or without a role
// word, or a name followed only by role words. In plain text a "#" line is a comment,
// which may name a role but not a person.
func personHeading(raw, text string) (record, bool) {
	if rec, ok := parseRecord(raw, modeItem, false); ok && rec.github != "" {
		if rec.name != "" || classify(text) == statusUnknown {
			return rec, true
		}
		return record{}, false
	}
	var texts []string
	for _, it := range tokenize(raw) {
		if it.kind != itemText {
			return record{}, false
		}
		texts = append(texts, it.text)
	}
	if len(texts) == 0 || !nameLike(texts[0]) || len(strings.Fields(texts[0])) < 2 {
		return record{}, false
	}
	if _, role := roleText(texts[0]); role || classify(texts[0]) != statusUnknown {
		return record{}, false // "Project Leads", "Becoming a maintainer": a section
	}
	rec := record{name: texts[0]}
	for _, t := range texts[1:] {
		st, ok := roleText(t)
		if !ok {
			return record{}, false
		}
		rec.role = worse(rec.role, st)
		if rec.responsibility != "" {
			rec.responsibility += ", "
		}
		rec.responsibility += t
	}
	if rec.role == statusActive {
		rec.role = statusUnknown // "(Chair)": the section says whether they still are
	}
	return rec, true
}

// flush emits the pending person block when it stated who the person is.
func (p *mdParser) flush() {
	b := p.pending
	p.pending = nil
	// A name and an address alone could be a "Getting help" section's contact line.
	if b == nil || !b.details || (b.rec.github == "" && b.rec.company == "") {
		return
	}
	if st := worse(b.st, b.rec.role); st != statusNone {
		p.emit(b.line, b.rec, st)
	}
}

// line reads one line outside tables and headings.
func (p *mdParser) line(n int, l string) {
	content, list := cleanLine(l)
	if !list && p.label(content) {
		return
	}
	if !list {
		p.intro().add(plainText(content))
		if len(p.stack) > 0 && p.stack[len(p.stack)-1].st != statusEmeritus && noRightsRe.MatchString(content) {
			// "This group represents the project for administrative duties. ... No
			// approval rights.": the section's people are no maintainers. (Emeriti have
			// none either, and stay emeriti.)
			p.stack[len(p.stack)-1].st = statusNone
		}
	}
	st, explicit := p.status()
	if p.at[n] && st == statusActive {
		area := p.domain()
		p.domains[n] = cmp.Or(area, p.scope())
		p.scoped[n] = area == "" && p.domains[n] != ""
	}
	if p.csv != nil && (quotedRowRe.MatchString(strings.TrimSpace(l)) || p.plain && !list && strings.Count(l, ",") == p.csvN-1 && !strings.ContainsAny(l, "|<>@")) {
		// "dmcgowan","Derek McGowan","derek@example.org","": a row of the comment's
		// columns; so is "bpradipt, Pradipta Banerjee, Redhat" in a plain file, with as
		// many fields as the comment names.
		r := csv.NewReader(strings.NewReader(strings.TrimSpace(l)))
		r.TrimLeadingSpace = true
		if cells, err := r.Read(); err == nil && st != statusNone {
			if rec, ok := rowRecord(cells, *p.csv); ok {
				p.emit(n, rec, st)
			}
		}
		return
	}
	if strings.HasPrefix(content, ">") {
		content = strings.TrimSpace(strings.TrimLeft(content, ">"))
	}
	if m := kvRe.FindStringSubmatch(content); m != nil {
		if field := kvField(m[1]); field != "" {
			if p.pending != nil {
				p.pending.set(field, m[2])
			}
			return
		}
	}
	if p.pending != nil && p.pending.fromItem {
		p.flush()
	}
	if st == statusNone || strings.HasPrefix(content, "|") {
		return
	}
	mode := modeParagraph
	if list || p.plain {
		mode = modeItem
	}
	if people := splitPeople(content); len(people) > 1 {
		// "`k8s`: Jane Doe (<jane@example.org> / @jdoe), John Roe (... / @jroe)"
		area, _ := areaLabel(content)
		for _, part := range people {
			if rec, ok := parseRecord(part, modeItem, false); ok && rec.github != "" {
				if rec.responsibility == "" {
					rec.responsibility = area
				}
				p.emit(n, rec, st)
			}
		}
		return
	}
	rec, ok := parseRecord(content, mode, list && explicit)
	if !ok {
		// Handles alone: several on a line, or one under a heading that names the role.
		if hs, label, ok := parseHandles(content); ok || (explicit && len(hs) == 1) {
			for _, h := range hs {
				p.emit(n, record{github: h, role: label}, st)
			}
			return
		}
		// Former maintainers are often listed by name alone ("Retired maintainers:
		// - Jane Doe"); they count for no criterion as active, so a name is enough.
		if list && explicit && st == statusEmeritus && nameLike(content) && len(strings.Fields(content)) <= 4 {
			p.emit(n, record{name: content}, st)
			return
		}
		// A list item holding only a name may be followed by its details; so may a
		// line of a plain-text file ("  Jane Doe" over "    Email: ...").
		if (list || p.plain) && nameLike(content) && len(strings.Fields(content)) >= 2 {
			p.flush()
			p.pending = &block{line: n, rec: record{name: content}, st: st, fromItem: true}
		}
		return
	}
	if p.pending != nil && !p.pending.fromItem {
		if p.pending.rec.github != "" {
			p.flush() // "### Jane Doe (@jdoe)" with a list of her areas below
		} else {
			p.pending = nil // the heading was a section, not a person
		}
	}
	p.emit(n, rec, st)
}

// personEndRe is the end of one person's parenthesised details, before the next person.
var personEndRe = regexp.MustCompile(`\)\s*(?:,|;|\band\b)\s*`)

// splitPeople splits a line naming several people, each with a parenthesised handle
// ("Jane Doe (@jdoe), John Roe (@jroe)"), into one part per person, without a leading
// area label; one part when it names one.
func splitPeople(content string) []string {
	if strings.Count(content, "@") < 2 || !personEndRe.MatchString(content) {
		return nil
	}
	_, rest := areaLabel(content)
	var parts []string
	from := 0
	for _, loc := range personEndRe.FindAllStringIndex(rest, -1) {
		parts = append(parts, rest[from:loc[0]+1])
		from = loc[1]
	}
	parts = append(parts, rest[from:])
	for _, part := range parts {
		if len(atHandleRe.FindAllString(part, -1)) != 1 {
			return nil // not one handle a person: a different shape
		}
	}
	return parts
}

// areaLabel splits "`tsdb`: Jane Doe (...)" into the area and the rest.
func areaLabel(content string) (area, rest string) {
	if m := areaLabelRe.FindStringSubmatch(content); m != nil {
		return plainText(m[1]), content[len(m[0]):]
	}
	return "", content
}

// areaLabelRe is a leading "`area`:" or "area:" before a list of people.
var areaLabelRe = regexp.MustCompile("^\\s*(`[^`]+`(?:\\s+and related [^:]+)?|[A-Za-z][\\w /.-]{0,40}):\\s+")

// label reads a line that names the role of the list below it ("General maintainers:",
// "Retired maintainers:", "v3 release coordinators:") as a heading one level below the
// last Markdown heading, and reports whether it was one.
func (p *mdParser) label(content string) bool {
	if !strings.HasSuffix(content, ":") || strings.ContainsAny(content, "@<[(") || len(strings.Fields(content)) > 8 {
		return false
	}
	text := heading(content)
	st, kind := p.role(text)
	if (st == statusUnknown && kind == kindUnnamed) || (st == statusNone && anyIn(words(text), topicWords)) {
		return false
	}
	p.flush()
	level := p.level + 1
	for len(p.stack) > 0 && p.stack[len(p.stack)-1].level >= level {
		p.stack = p.stack[:len(p.stack)-1]
	}
	p.push(frame{level: level, st: st, kind: kind})
	return true
}

// kvField returns the record field a "Key:" label names, or "".
func kvField(key string) string {
	switch strings.Join(words(key), " ") {
	case "github", "github id", "github handle", "github username", "github user", "github account", "gh", "handle":
		return "github"
	case "affiliation", "company", "employer", "organization", "organisation", "org", "affiliations":
		return "company"
	case "email", "e mail", "mail":
		return "email"
	case "role", "roles", "responsibilities", "responsibility", "area", "areas", "domain", "domains", "focus", "scope":
		return "responsibility"
	case "status":
		return "status"
	case "name", "full name":
		return "name"
	}
	return ""
}

// set records one "Key: value" detail of a person block.
func (b *block) set(field, value string) {
	value = strings.TrimSpace(value)
	if blank(plainText(value)) {
		return
	}
	b.details = true
	switch field {
	case "github":
		if h := handleOf(value); h != "" && b.rec.github == "" {
			b.rec.github = h
		} else if b.rec.github == "" {
			for _, it := range tokenize(value) {
				if it.kind == itemHandle {
					b.rec.github = it.text
					break
				}
			}
		}
	case "company":
		if b.rec.company == "" {
			b.rec.company = plainText(value)
		}
	case "email":
		if m := emailRe.FindString(value); m != "" && b.rec.email == "" {
			b.rec.email = strings.TrimPrefix(m, "mailto:")
		}
	case "responsibility":
		if b.rec.responsibility == "" {
			b.rec.responsibility = plainText(value)
		}
		if st, ok := roleText(value); ok && st != statusActive {
			b.rec.role = worse(b.rec.role, st)
		}
	case "status":
		b.rec.role = worse(b.rec.role, roleStatus(value))
	case "name":
		if b.rec.name == "" || b.fromItem {
			b.rec.name = plainText(value)
		}
	}
}

// columns are the indexes of a table's columns by the field they hold; -1 is absent.
type columns struct {
	name, github, company, email, resp, status int
	// maintainers is true when the person column is headed "Maintainer(s)".
	maintainers bool
}

// mapColumns reads a table's header row.
func mapColumns(header []string) columns {
	c := columns{-1, -1, -1, -1, -1, -1, false}
	assign := func(dst *int, i int) bool {
		if *dst < 0 {
			*dst = i
			return true
		}
		return false
	}
	for i, h := range header {
		ws := words(plainText(h))
		switch {
		case anyIn(ws, set("github", "gh", "handle", "handles", "username", "login", "profile")):
			assign(&c.github, i)
		case anyIn(ws, set("email", "mail")):
			assign(&c.email, i)
		case anyIn(ws, set("company", "companies", "employer", "employers", "affiliation", "affiliations",
			"organization", "organisation", "org", "corporation")):
			assign(&c.company, i)
		case anyIn(ws, set("status", "state")):
			assign(&c.status, i)
		case anyIn(ws, set("responsibilities", "responsibility", "area", "areas", "domain", "domains", "scope", "role", "roles",
			"focus", "component", "components", "subproject", "subprojects", "expertise", "position", "title")):
			assign(&c.resp, i)
		case anyIn(ws, set("name", "names", "maintainer", "maintainers", "member", "members", "person",
			"who", "people", "approver", "approvers", "fullname")):
			if assign(&c.name, i) {
				c.maintainers = anyIn(ws, set("maintainer", "maintainers"))
			}
		}
	}
	return c
}

// table reads a table whose first line is the header, at 0-based line start.
func (p *mdParser) table(start int, rows []string) {
	p.flush()
	st, named := p.status()
	cols := mapColumns(markdown.Cells(rows[0]))
	// A Name column alone is a list of people under a heading that names a role
	// ("## Emeritus Maintainers" over | Name | Date of Retirement |); elsewhere it needs
	// a column only people tables have.
	people := cols.github >= 0 || (cols.name >= 0 && (named || cols.company >= 0 || cols.email >= 0 || cols.resp >= 0))
	if st == statusNone || !people {
		return
	}
	for k, row := range rows[2:] {
		for _, rec := range rowRecords(markdown.Cells(row), cols) {
			if cols.maintainers && p.kind() != kindUnnamed {
				p.emitAs(start+k+3, rec, st, kindMaintainers)
			} else {
				p.emit(start+k+3, rec, st)
			}
		}
	}
}

// rowRecords reads one table row: one person, or several when the person cell lists
// only handles ("| Storage | @a, @b |").
func rowRecords(cells []string, c columns) []record {
	for _, i := range []int{c.github, c.name} {
		if i < 0 || i >= len(cells) {
			continue
		}
		hs, _, ok := parseHandles(cells[i])
		if !ok {
			continue
		}
		var out []record
		for _, h := range hs {
			rest := append([]string(nil), cells...)
			rest[i] = "@" + h
			if c.github >= 0 && c.github != i && c.github < len(rest) {
				rest[c.github] = ""
			}
			if c.name >= 0 && c.name != i && c.name < len(rest) {
				rest[c.name] = ""
			}
			if c.company >= 0 && c.company < len(rest) {
				rest[c.company] = "" // one employer cell cannot be every listed person's
			}
			if rec, ok := rowRecord(rest, c); ok {
				out = append(out, rec)
			}
		}
		return out
	}
	if rec, ok := rowRecord(cells, c); ok {
		return []record{rec}
	}
	return nil
}

// rowRecord reads one table row as a person.
func rowRecord(cells []string, c columns) (record, bool) {
	cell := func(i int) string {
		if i < 0 || i >= len(cells) {
			return ""
		}
		return cells[i]
	}
	var rec record
	if nc := cell(c.name); nc != "" {
		var texts []string
		for _, it := range tokenize(strings.ReplaceAll(nc, "<br>", ",")) {
			switch it.kind {
			case itemHandle:
				if rec.github == "" {
					rec.github = it.text
				}
			case itemEmail:
				if rec.email == "" {
					rec.email = it.text
				}
			case itemName:
				if rec.name == "" {
					rec.name = it.text
				}
			case itemText:
				if !keyword(it.text) {
					texts = append(texts, it.text)
				}
			}
		}
		if rec.name == "" && len(texts) > 0 {
			rec.name, texts = texts[0], texts[1:]
			if len(texts) > 0 && companyLike(texts[0]) && c.company < 0 {
				rec.company, texts = texts[0], texts[1:]
			}
			// "王芳 (Wang Fang)": the rest of the cell is part of the name as written.
			for _, t := range texts {
				rec.name += " (" + t + ")"
			}
		}
	}
	if gc := cell(c.github); gc != "" {
		if h := handleOf(gc); h != "" {
			rec.github = h
		} else {
			for _, it := range tokenize(gc) {
				if it.kind == itemHandle {
					rec.github = it.text
					break
				}
			}
		}
	}
	if ec := cell(c.email); ec != "" {
		if m := emailRe.FindString(ec); m != "" {
			rec.email = strings.TrimPrefix(m, "mailto:")
		}
	}
	if cc := plainText(cell(c.company)); !blank(cc) {
		rec.company = cc
	}
	if rc := plainText(cell(c.resp)); !blank(rc) {
		rec.responsibility = rc
		if st, ok := roleText(rc); ok && st != statusActive {
			rec.role = st
		}
	}
	if sc := plainText(cell(c.status)); !blank(sc) {
		rec.role = worse(rec.role, roleStatus(sc))
	}
	rec.name = strings.TrimSpace(plainText(rec.name))
	if blank(rec.name) {
		rec.name = ""
	}
	if rec.github == "" {
		if rec.name == "" || notNames[strings.ToLower(rec.name)] || prose(rec.name) {
			return record{}, false
		}
	}
	return rec, true
}
