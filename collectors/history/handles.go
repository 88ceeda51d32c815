package history

import (
	"path"
	"regexp"
	"strings"
	"unicode"
)

var (
	atxRe = regexp.MustCompile(`^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
	// mentionRe matches @handle not preceded by a word character (so not an email
	// address) and not followed by "/" (a team, @org/team).
	mentionRe = regexp.MustCompile(`(?:^|[^A-Za-z0-9._%+-])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\b(/)?`)
	// profileRe matches a link to a GitHub profile (not to a repository).
	profileRe = regexp.MustCompile(`(?i)github\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/?(?:[)\s"'>\]|#?]|$)`)
	// formerRe matches a heading or key under which people are no longer maintainers.
	formerRe = regexp.MustCompile(`(?i)emeritus|alumni|former|retired|inactive|\bpast\b|previous|hall of fame`)
	// reviewersRe matches a heading or key that lists reviewers, who are not maintainers.
	reviewersRe = regexp.MustCompile(`(?i)reviewer`)
	// ownersKeyRe matches OWNERS-style keys that list maintainers.
	ownersKeyRe = regexp.MustCompile(`(?i)approver|maintainer|owner|lead|admin|chair|member`)
	yamlKeyRe   = regexp.MustCompile(`^(\s*)(?:-\s+)?([A-Za-z0-9_.-]+)\s*:\s*(.*)$`)
	yamlItemRe  = regexp.MustCompile(`^(\s*)-\s+["']?@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))["']?\s*(?:#.*)?$`)
	linkTextRe  = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	handleRe    = regexp.MustCompile(`^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$`)
	separatorRe = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
)

// notUsers are GitHub paths that are not accounts.
var notUsers = map[string]bool{
	"orgs": true, "apps": true, "sponsors": true, "features": true, "topics": true, "marketplace": true,
	"settings": true, "login": true, "notifications": true, "about": true, "enterprise": true, "pricing": true,
}

// activeHandles returns the GitHub handles a maintainers document lists as current
// maintainers, keyed by their lower-cased form and valued as written. section, when not
// empty, limits a Markdown document to the section under that heading. Handles under
// headings or keys for former maintainers (emeritus, alumni, ...) or reviewers are left
// out, so that moving someone to emeritus is a removal.
func activeHandles(p string, content []byte, section string) map[string]string {
	out := map[string]string{}
	add := func(h string) {
		if k := strings.ToLower(h); !notUsers[k] {
			if _, ok := out[k]; !ok {
				out[k] = h
			}
		}
	}
	text := strings.ReplaceAll(string(content), "\r\n", "\n")
	base := strings.ToLower(path.Base(p))
	ext := path.Ext(base)
	if strings.HasPrefix(base, "owners") || ext == ".yaml" || ext == ".yml" {
		yamlHandles(text, add)
		return out
	}
	markdownHandles(text, section, add)
	return out
}

// yamlHandles reads OWNERS files and YAML maintainer lists line by line: list items and
// github/handle values under keys that name maintainers.
func yamlHandles(text string, add func(string)) {
	type key struct {
		indent int
		name   string
	}
	var stack []key
	included := func() bool {
		in := false
		for _, k := range stack {
			if formerRe.MatchString(k.name) || reviewersRe.MatchString(k.name) {
				return false
			}
			if ownersKeyRe.MatchString(k.name) {
				in = true
			}
		}
		return in
	}
	for l := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		if m := yamlItemRe.FindStringSubmatch(l); m != nil {
			if included() {
				add(m[2])
			}
			continue
		}
		m := yamlKeyRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		indent := len(m[1])
		name := strings.ToLower(m[2])
		switch name {
		case "github", "handle", "login", "username", "github_handle", "githubid", "github_id":
			if h := handleRe.FindStringSubmatch(strings.Trim(strings.TrimSpace(m[3]), `"'`)); h != nil && included() {
				add(h[1])
			}
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(l), "-") {
			continue // a key of a list item's mapping: name: Jane
		}
		for len(stack) > 0 && stack[len(stack)-1].indent >= indent {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, key{indent: indent, name: name})
	}
}

// markdownHandles reads @handles, GitHub profile links and cells of a GitHub column,
// outside fenced code and outside sections for former maintainers.
func markdownHandles(text, section string, add func(string)) {
	type heading struct {
		level  int
		former bool
	}
	var (
		stack   []heading
		fence   string
		inScope = section == ""
		scopeLv = 0
		ghCol   = -1 // the table column holding handles, in the current table
	)
	ls := strings.Split(text, "\n")
	for i, l := range ls {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			switch {
			case fence == "":
				fence = t[:3]
			case strings.HasPrefix(t, fence):
				fence = ""
			}
			continue
		}
		if fence != "" {
			continue
		}
		if m := atxRe.FindStringSubmatch(l); m != nil {
			level := len(m[1])
			text := headingText(m[2])
			if section != "" {
				switch {
				case strings.EqualFold(text, headingText(section)):
					inScope, scopeLv = true, level
				case inScope && level <= scopeLv:
					inScope = false
				}
			}
			for len(stack) > 0 && stack[len(stack)-1].level >= level {
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, heading{level: level, former: formerRe.MatchString(text) || reviewersRe.MatchString(text) && !strings.Contains(strings.ToLower(text), "maintainer")})
			ghCol = -1
			continue
		}
		if !inScope {
			continue
		}
		former := false
		for _, h := range stack {
			former = former || h.former
		}
		if former {
			continue
		}
		if strings.Contains(l, "|") {
			if i+1 < len(ls) && separatorRe.MatchString(ls[i+1]) && strings.Contains(ls[i+1], "-") {
				ghCol = -1
				for j, c := range tableCells(l) {
					n := strings.ToLower(c)
					if strings.Contains(n, "github") || strings.Contains(n, "handle") || strings.Contains(n, "username") {
						ghCol = j
						break
					}
				}
				continue
			}
			if ghCol >= 0 && !separatorRe.MatchString(l) {
				if cs := tableCells(l); ghCol < len(cs) {
					cell := strings.TrimSpace(linkTextRe.ReplaceAllString(cs[ghCol], "$1"))
					cell = strings.Trim(cell, "`*_ ")
					if h := handleRe.FindStringSubmatch(cell); h != nil {
						add(h[1])
					}
				}
			}
		} else {
			ghCol = -1
		}
		for _, m := range mentionRe.FindAllStringSubmatch(l, -1) {
			if m[2] == "" {
				add(m[1])
			}
		}
		for _, m := range profileRe.FindAllStringSubmatch(l, -1) {
			add(m[1])
		}
	}
}

// headingText is a heading's text without Markdown markup and surrounding punctuation.
func headingText(s string) string {
	s = linkTextRe.ReplaceAllString(s, "$1")
	s = strings.NewReplacer("**", "", "__", "", "`", "").Replace(s)
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// tableCells splits a Markdown table row into trimmed cells.
func tableCells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|")
	cs := strings.Split(row, "|")
	for i := range cs {
		cs[i] = strings.TrimSpace(cs[i])
	}
	return cs
}
