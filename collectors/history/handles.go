package history

import (
	"path"
	"regexp"
	"strings"
	"unicode"
)

var (
	atxRe = regexp.MustCompile(`^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
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
	// aliasNameRe matches the names Kubernetes-style OWNERS files give OWNERS_ALIASES
	// groups ("approvers", "sig-network-approvers"): groups, not people. Changes to the
	// groups' members are in OWNERS_ALIASES, whose history is not read here.
	aliasNameRe = regexp.MustCompile(`(?i)(^|-)(approvers|reviewers|maintainers|owners|admins|leads|emeritus_approvers)$`)
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
		indent   int
		excluded bool // former maintainers or reviewers
		owners   bool // a key that lists maintainers
	}
	var stack []key
	in := false // whether list items under the current keys are maintainers
	included := func() bool { return in }
	restate := func() {
		in = false
		for _, k := range stack {
			if k.excluded {
				in = false
				return
			}
			in = in || k.owners
		}
	}
	for l := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		if m := yamlItemRe.FindStringSubmatch(l); m != nil {
			if included() && !aliasNameRe.MatchString(m[2]) {
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
		stack = append(stack, key{
			indent:   indent,
			excluded: formerRe.MatchString(name) || reviewersRe.MatchString(name),
			owners:   ownersKeyRe.MatchString(name),
		})
		restate()
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
		if m := atxHeading(l); m != nil {
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
			if i+1 < len(ls) && isSeparator(ls[i+1]) {
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
			if ghCol >= 0 && !isSeparator(l) {
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
		mentions(l, add)
		profileLinks(l, add)
	}
}

// handleChar reports whether c may appear in a GitHub handle.
func handleChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
}

// handleAt returns the handle starting at l[i], or "" when there is none: it starts with
// a letter or digit and is at most 39 characters.
func handleAt(l string, i int) (string, int) {
	j := i
	for j < len(l) && handleChar(l[j]) {
		j++
	}
	if j == i || l[i] == '-' || j-i > 39 {
		return "", j
	}
	return l[i:j], j
}

// mentions adds each @handle on the line, except email addresses (a word character
// before the @) and teams (@org/team).
func mentions(l string, add func(string)) {
	for i := strings.IndexByte(l, '@'); i >= 0; {
		prev := byte(' ')
		if i > 0 {
			prev = l[i-1]
		}
		h, end := handleAt(l, i+1)
		emailLike := handleChar(prev) || strings.IndexByte("._%+", prev) >= 0
		if h != "" && !emailLike && (end >= len(l) || l[end] != '/') {
			add(h)
		}
		next := strings.IndexByte(l[i+1:], '@')
		if next < 0 {
			return
		}
		i += 1 + next
	}
}

// profileLinks adds the account of each link to a GitHub profile on the line; a link to
// a repository (github.com/owner/repo) names no maintainer.
func profileLinks(l string, add func(string)) {
	const host = "github.com/"
	lower := strings.ToLower(l)
	for off := 0; ; {
		k := strings.Index(lower[off:], host)
		if k < 0 {
			return
		}
		start := off + k + len(host)
		h, end := handleAt(l, start)
		off = start
		if h == "" {
			continue
		}
		if end < len(l) && l[end] == '/' {
			end++ // a trailing slash, as long as nothing follows it
		}
		if end == len(l) || strings.IndexByte(")\t \"'>]|#?", l[end]) >= 0 {
			add(h)
		}
	}
}

// atxHeading returns the marks and text of an ATX heading line, or nil; the cheap test
// first, since most lines are not headings.
func atxHeading(l string) []string {
	t := strings.TrimLeft(l, " ")
	if t == "" || t[0] != '#' {
		return nil
	}
	return atxRe.FindStringSubmatch(l)
}

// headingText is a heading's text without Markdown markup and surrounding punctuation.
func headingText(s string) string {
	s = linkTextRe.ReplaceAllString(s, "$1")
	s = strings.NewReplacer("**", "", "__", "", "`", "").Replace(s)
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// isSeparator reports whether l is the line under a Markdown table's header: pipes,
// dashes, colons and spaces, with at least one run of two dashes.
func isSeparator(l string) bool {
	if !strings.Contains(l, "--") {
		return false
	}
	for i := 0; i < len(l); i++ {
		if strings.IndexByte("|-: \t", l[i]) < 0 {
			return false
		}
	}
	return true
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
