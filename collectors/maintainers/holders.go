package maintainers

import (
	"context"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/snapshot"
)

// A maintainer document may define its maintainers as the holders of other roles, each
// linked to where the role is described or its holders are listed:
//
//	Knative maintainers are defined as the following:
//	* [Working Group Leads](./ROLES.md#working-group-lead)
//	* [Steering Committee Member](./STEERING-COMMITTEE.md#committee-members)
//
// Then the maintainers are those holders, not the people the document lists itself (an
// approvers table, say, which then only fills in details).

// roleListRe matches the sentence that opens such a definition.
var roleListRe = regexp.MustCompile(`(?i)\bmaintainers?\b[^.]*\b(?:are|is)\b[^.]*(?:defined as|as follows|the following)[^.]*:\s*$|\bmaintainers\s+are\s*:\s*$`)

// sentenceEndRe is the end of a sentence: a full stop before a capital letter, which
// "e.g. service desk access" is not.
var sentenceEndRe = regexp.MustCompile(`\.\s+\p{Lu}`)

// roleItem is one role of a definition: its text and the link it carries.
type roleItem struct {
	text, target string
}

// roleList is a definition of the maintainers as the holders of roles.
type roleList struct {
	from  candidate
	where snapshot.Location // the sentence that opens it
	items []roleItem
}

// findRoleList returns the definition in a maintainer document, if it has one: the
// sentence and the list items right after it, every one of them a link.
func findRoleList(content string) (line int, text string, items []roleItem) {
	ls, prose := markdown.Text(markdown.Lines(content))
	for i, l := range ls {
		if !prose[i] || !strings.HasSuffix(strings.TrimSpace(l), ":") {
			continue
		}
		// The sentence may start lines above: read the paragraph that ends here.
		para := []string{strings.TrimSpace(l)}
		for j := i - 1; j >= 0 && j >= i-6 && prose[j] && strings.TrimSpace(ls[j]) != "" && !listMarkerRe.MatchString(ls[j]); j-- {
			para = append([]string{strings.TrimSpace(ls[j])}, para...)
		}
		sentence := plainText(strings.Join(para, " "))
		loc := roleListRe.FindStringIndex(sentence)
		if loc == nil {
			continue
		}
		var found []roleItem
		for j := i + 1; j < len(ls); j++ {
			t := strings.TrimSpace(ls[j])
			if t == "" && len(found) == 0 {
				continue
			}
			if !prose[j] || !listMarkerRe.MatchString(ls[j]) {
				break
			}
			m := mdLinkRe.FindStringSubmatch(ls[j])
			if m == nil {
				return 0, "", nil // a list of roles that do not all say where they are
			}
			found = append(found, roleItem{text: plainText(m[1]), target: m[2]})
		}
		if len(found) > 0 {
			start := 0
			for _, m := range sentenceEndRe.FindAllStringIndex(sentence[:loc[0]], -1) {
				start = m[0] + 1
			}
			return i + 1, strings.TrimSpace(sentence[start:]), found
		}
	}
	return 0, "", nil
}

// titleWords are the words of a role that name the position, not the group it is held
// in ("Working Group Leads": "leads" of a "working group").
var titleWords = set("lead", "leads", "member", "members", "chair", "chairs", "cochair", "cochairs",
	"co", "maintainer", "maintainers", "owner", "owners", "approver", "approvers")

// readRoleList reads the holders of each role of a definition. A role whose holders
// cannot be found makes the list unknown: a collection error names it.
func (c *collector) readRoleList(ctx context.Context, rl roleList) error {
	i := rl.from.repo
	for _, it := range rl.items {
		p, ok := linkTarget(rl.from.path, it.target)
		if !ok || p.rel == "" {
			c.fail("%s/%s:%d defines the maintainers as the %s, linked to %s, outside %s", c.name(i), rl.from.path, rl.where.Line, it.text, it.target, c.name(i))
			continue
		}
		file, found := c.fileIndex(i)[strings.ToLower(p.rel)]
		if !found {
			c.fail("%s/%s:%d defines the maintainers as the %s, linked to %s, which does not exist", c.name(i), rl.from.path, rl.where.Line, it.text, it.target)
			continue
		}
		_, anchor, _ := strings.Cut(it.target, "#")
		entries, err := c.sectionHolders(ctx, i, file, anchor)
		if err != nil {
			return err
		}
		for k := range entries {
			if entries[k].person.Responsibility == nil {
				entries[k].person.Responsibility = optional(it.text) // "Steering Committee Members"
			}
		}
		where := file
		if !slices.ContainsFunc(entries, active) {
			entries, where, err = c.groupHolders(ctx, i, it.text)
			if err != nil {
				return err
			}
		}
		if !slices.ContainsFunc(entries, active) {
			c.fail("%s/%s:%d defines the maintainers as the %s; graduate found no list of them (read %s)", c.name(i), rl.from.path, rl.where.Line, it.text, file)
			continue
		}
		c.results = append(c.results, fileResult{
			cand:    candidate{repo: i, path: where, class: classDefined, format: formatMarkdown},
			entries: entries,
		})
	}
	return nil
}

func active(e entry) bool { return e.status == statusActive }

// sectionHolders reads the people of the section a role links to (all of the file
// without an anchor), and of the emeritus sections about the same role ("Emeritus
// Committee Members" beside "Committee members").
func (c *collector) sectionHolders(ctx context.Context, i int, file, anchor string) ([]entry, error) {
	content, ok, err := c.text(ctx, i, file)
	if err != nil || !ok {
		return nil, err
	}
	src := source{repo: c.name(i), path: file, def: c.def}
	if anchor == "" {
		return parseMarkdown(src, content, false), nil
	}
	name, ok := markdown.AnchorSection(content, anchor)
	if !ok {
		return nil, nil
	}
	kept, _ := markdown.SectionOnly(content, name)
	out := parseMarkdown(src, kept, false)
	ls := markdown.Lines(content)
	prose := markdown.Prose(ls)
	for j := range ls {
		n, _, raw := markdown.HeadingAt(ls, prose, j)
		if n == 0 {
			continue
		}
		h := markdown.HeadingText(raw)
		if classify(h) != statusEmeritus || !sharesWord(h, name) {
			continue
		}
		if kept, ok := markdown.SectionOnly(content, h); ok {
			for _, e := range parseMarkdown(src, kept, false) {
				e.status = statusEmeritus
				out = append(out, e)
			}
		}
	}
	return out, nil
}

// sharesWord reports whether two headings share a word that is not a role's status.
func sharesWord(a, b string) bool {
	for _, w := range words(a) {
		if !emeritusWords[w] && len(w) > 2 && slices.Contains(words(b), w) {
			return true
		}
	}
	return false
}

// groupHolders finds the holders of a role in the files named for the group it is held
// in ("Working Group Leads": files under working-groups/), in the tables whose person
// column is headed by the role's title ("Leads", "Emeritus Leads").
func (c *collector) groupHolders(ctx context.Context, i int, role string) ([]entry, string, error) {
	var group, title []string
	for _, w := range words(role) {
		if titleWords[w] {
			title = append(title, strings.TrimSuffix(w, "s"))
		} else {
			group = append(group, w)
		}
	}
	if len(group) == 0 || len(title) == 0 {
		return nil, "", nil
	}
	keys := []string{strings.Join(group, "-"), strings.Join(group, "_"), strings.Join(group, "")}
	var out []entry
	where := ""
	for _, p := range c.files[i] {
		lp := strings.ToLower(p)
		if path.Ext(lp) != ".md" || !slices.ContainsFunc(keys, func(k string) bool { return strings.Contains(lp, k) }) {
			continue
		}
		content, ok, err := c.text(ctx, i, p)
		if err != nil {
			return nil, "", err
		}
		if !ok {
			continue
		}
		found := titledTables(source{repo: c.name(i), path: p}, content, title[0])
		if len(found) > 0 && where == "" {
			where = p
		}
		out = append(out, found...)
	}
	return out, where, nil
}

// titledTables reads the tables of a document whose person column is headed by title
// ("Leads"): active, unless the column or the section says emeritus.
func titledTables(src source, content, title string) []entry {
	ls, prose := markdown.Text(markdown.Lines(content))
	var (
		out   []entry
		stack []frame
	)
	for i := 0; i < len(ls); i++ {
		if !prose[i] {
			continue
		}
		if n, level, raw := headingAt(ls, prose, i); level > 0 {
			for len(stack) > 0 && stack[len(stack)-1].level >= level {
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, frame{level: level, st: classify(heading(raw)), text: heading(raw)})
			i += n - 1
			continue
		}
		end := markdown.TableEnd(ls, prose, i)
		if end == 0 {
			continue
		}
		header := markdown.Cells(ls[i])
		base := mapColumns(header)
		st := statusActive
		for _, f := range stack {
			if f.st == statusEmeritus {
				st = statusEmeritus
			}
		}
		// The group the table is under ("## Serving") is what its people lead.
		area := ""
		for k := len(stack) - 1; k >= 0 && area == ""; k-- {
			if stack[k].st == statusUnknown && stack[k].level > 1 && !generic(stack[k].text) {
				area = stack[k].text
			}
		}
		// Each column headed by the role's title ("Leads", "Emeritus Leads") lists
		// people, with the status its header gives.
		for col, h := range header {
			ws := words(plainText(h))
			if !slices.Contains(ws, title) && !slices.Contains(ws, title+"s") {
				continue
			}
			cols, colSt := base, st
			cols.name = col
			if anyIn(ws, emeritusWords) {
				colSt = statusEmeritus
			}
			for k, row := range ls[i+2 : end] {
				if rec, ok := rowRecord(markdown.Cells(row), cols); ok {
					if rec.responsibility == "" {
						rec.responsibility = area
					}
					out = append(out, newEntry(src, i+k+3, rec, colSt))
				}
			}
		}
		i = end - 1
	}
	return out
}
