package maintainers

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// record is one person as a line or a cell states them; an empty field is not stated.
type record struct {
	github         string
	name           string
	company        string
	email          string
	responsibility string
	// fromList: responsibility is the scope the list states for everyone in it.
	fromList bool
	chat     string // "slack: jdoe"
	// role is what the record says of the person's role beyond its section: it can make
	// an entry emeritus, or no maintainer at all (a reviewer).
	role status
}

var (
	handleRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,38}$`)
	// mdLinkRe is an inline Markdown link: text and target.
	mdLinkRe = regexp.MustCompile(`\[([^\[\]]*)\]\(\s*<?([^()\s<>]*)>?(?:\s+"[^"]*")?\s*\)`)
	// bareURLRe is a URL written out.
	bareURLRe = regexp.MustCompile(`(?i)\bhttps?://[^\s<>()\[\]"'` + "`" + `,]+`)
	// emailRe is an email address, bare or in angle brackets.
	emailRe = regexp.MustCompile(`(?i)(?:mailto:)?\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b`)
	// atHandleRe is an @handle or @org/team, not part of an email or a path.
	atHandleRe = regexp.MustCompile(`(^|[^A-Za-z0-9_.@/` + "`" + `-])@([A-Za-z0-9][A-Za-z0-9_-]{0,38})(/[A-Za-z0-9_.-]+)?`)
	// githubKeyRe is a handle given with a key: "github: @jdoe", "GitHub ID: jdoe".
	githubKeyRe = regexp.MustCompile(`(?i)\b(?:github(?:[ _-]?(?:id|handle|user(?:name)?|account))?|gh)\s*:\s*@?([A-Za-z0-9][A-Za-z0-9_-]{0,38})\b`)
	// companyKeyRe is an employer given with a key.
	companyKeyRe = regexp.MustCompile(`(?i)\b(?:company|employer|affiliation|organi[sz]ation)\s*:\s*([^,;()|\x00]+)`)
	// emailKeyRe is the key before an address already taken out.
	emailKeyRe = regexp.MustCompile(`(?i)\be-?mail\s*:\s*`)
	// socialKeyRe is a chat or social account, which says nothing the snapshot keeps.
	// Its value runs to the next delimiter: a Slack display name has spaces ("slack:
	// Leigh Capili)").
	socialKeyRe = regexp.MustCompile(`(?i)\b((?:(?:cncf|k8s|kubernetes)\s+)?(?:slack|twitter|discord|irc|matrix|mastodon|linkedin|wechat|telegram|bluesky|keybase|gitter|zulip))(?:\s+(?:id|handle))?\s*:\s*([^\s,;()|<>][^,;()|<>]*)`)
	// listMarkerRe is a list item's marker, with an optional task box.
	listMarkerRe = regexp.MustCompile(`^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?`)
	breakRe      = regexp.MustCompile(`(?i)\s*(?:<br\s*/?>|\\)\s*$`)
	emphasisRepl = strings.NewReplacer("**", "", "__", "", "`", "", "~~", "")
)

// githubPaths are first path segments of github.com that are not accounts.
var githubPaths = map[string]bool{
	"orgs": true, "sponsors": true, "features": true, "topics": true, "about": true,
	"pricing": true, "settings": true, "marketplace": true, "apps": true, "collections": true,
	"enterprise": true, "login": true, "join": true, "explore": true, "notifications": true,
	"issues": true, "pulls": true, "search": true, "site": true, "security": true,
	"trending": true, "users": true, "contact": true, "readme": true, "team": true,
}

// githubUser returns the account a github.com profile URL names, or "".
func githubUser(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	if host != "github.com" && host != "www.github.com" {
		return ""
	}
	p := strings.Trim(u.Path, "/")
	if p == "" || strings.Contains(p, "/") || githubPaths[strings.ToLower(p)] || !handleRe.MatchString(p) {
		return ""
	}
	return p
}

// handleOf reads a cell or value that should hold one GitHub handle: "jdoe", "@jdoe",
// "[@jdoe](https://github.com/jdoe)", "https://github.com/jdoe". It returns "" for
// anything else.
func handleOf(s string) string {
	s = strings.TrimSpace(emphasisRepl.Replace(s))
	if m := mdLinkRe.FindStringSubmatch(s); m != nil && strings.TrimSpace(mdLinkRe.ReplaceAllString(s, "")) == "" {
		if h := githubUser(m[2]); h != "" {
			return h
		}
		s = m[1]
	}
	if h := githubUser(s); h != "" {
		return h
	}
	s = strings.TrimPrefix(strings.TrimSpace(s), "@")
	if handleRe.MatchString(s) && !strings.HasSuffix(s, "-") {
		return s
	}
	return ""
}

// blank reports whether a stated value says nothing: empty or a dash.
func blank(s string) bool {
	switch strings.TrimSpace(s) {
	case "", "-", "--", "\u2013", "\u2014":
		return true
	}
	return false
}

// plainText removes Markdown markup from a cell or value, keeping link texts.
func plainText(s string) string {
	s = mdLinkRe.ReplaceAllString(s, "$1")
	s = emphasisRepl.Replace(s)
	s = breakRe.ReplaceAllString(s, "")
	return strings.Join(strings.Fields(s), " ")
}

// itemKind is what a piece of a record line is.
type itemKind byte

const (
	itemText     itemKind = 't'
	itemHandle   itemKind = 'h'
	itemTeam     itemKind = 'g' // @org/team: an owner, but not a person
	itemEmail    itemKind = 'e'
	itemName     itemKind = 'n' // the text of a link to a GitHub profile
	itemCompany  itemKind = 'c' // a value given with a company key
	itemDropped  itemKind = 'x' // a URL: said, but not kept
	itemChat     itemKind = 's' // a chat or social account, "slack: jdoe"
	placeholder0          = '\x00'
)

type item struct {
	kind itemKind
	text string
	// label: a text that ended with a colon ("Questions:"), which names what follows.
	label bool
}

// lineMode is how much structure a line needs before it is read as a person.
type lineMode int

const (
	// modeItem: a list item, a line of a plain-text list, a comment line.
	modeItem lineMode = iota
	// modeParagraph: a line of Markdown prose, which must look like a record throughout.
	modeParagraph
)

// tokenize takes a line apart into texts and identifiers, in order. Identifiers are
// replaced by placeholders first, so that separators inside them (a URL's "-", an
// email's ".") do not split the line.
func tokenize(s string) []item {
	var ids []item
	put := func(k itemKind, text string) string {
		ids = append(ids, item{kind: k, text: text})
		return string(placeholder0) + strconv.Itoa(len(ids)-1) + string(placeholder0)
	}
	// Most lines hold no link, address or key: each expression runs only on a line that
	// holds a string every match of it holds, which is far cheaper to look for.
	replace := func(lit string, re *regexp.Regexp, f func(string) string) {
		if strings.Contains(s, lit) {
			s = re.ReplaceAllStringFunc(s, f)
		}
	}
	s = strings.ReplaceAll(s, string(placeholder0), "")
	replace("](", mdLinkRe, func(m string) string {
		sm := mdLinkRe.FindStringSubmatch(m)
		text, target := strings.TrimSpace(sm[1]), sm[2]
		if h := githubUser(target); h != "" {
			t := strings.TrimPrefix(text, "@")
			if t == "" || strings.EqualFold(t, h) || strings.EqualFold(text, target) {
				return put(itemHandle, h)
			}
			return put(itemName, text) + " " + put(itemHandle, h)
		}
		if strings.HasPrefix(strings.ToLower(target), "mailto:") {
			addr := put(itemEmail, strings.TrimPrefix(target[len("mailto:"):], "//"))
			if emailRe.MatchString(text) {
				return addr
			}
			return text + " " + addr
		}
		if emailRe.MatchString(text) && strings.TrimSpace(emailRe.ReplaceAllString(text, "")) == "" {
			return put(itemEmail, strings.TrimPrefix(strings.ToLower(text), "mailto:"))
		}
		return text
	})
	replace("://", bareURLRe, func(m string) string {
		m = strings.TrimRight(m, ".;:")
		if h := githubUser(m); h != "" {
			return put(itemHandle, h)
		}
		return put(itemDropped, m)
	})
	replace("@", emailRe, func(m string) string {
		return put(itemEmail, strings.TrimPrefix(strings.TrimPrefix(m, "mailto:"), "MAILTO:"))
	})
	replace(":", emailKeyRe, func(string) string { return "" })
	replace(":", socialKeyRe, func(m string) string {
		sm := socialKeyRe.FindStringSubmatch(m)
		return put(itemChat, strings.ToLower(sm[1])+": "+strings.TrimSpace(sm[2]))
	})
	replace(":", githubKeyRe, func(m string) string {
		return put(itemHandle, githubKeyRe.FindStringSubmatch(m)[1])
	})
	replace(":", companyKeyRe, func(m string) string {
		return put(itemCompany, strings.TrimSpace(companyKeyRe.FindStringSubmatch(m)[1]))
	})
	replace("@", atHandleRe, func(m string) string {
		sm := atHandleRe.FindStringSubmatch(m)
		if sm[3] != "" {
			return sm[1] + put(itemTeam, sm[2]+sm[3])
		}
		return sm[1] + put(itemHandle, strings.TrimRight(sm[2], "-_"))
	})

	var out []item
	var buf strings.Builder
	flush := func() {
		raw := strings.TrimSpace(buf.String())
		t := strings.TrimFunc(raw, func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("*_:•·-\u2013\u2014/&+=\"'", r)
		})
		if t != "" {
			out = append(out, item{kind: itemText, text: t, label: strings.HasSuffix(raw, ":")})
		}
		buf.Reset()
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == placeholder0:
			j := i + 1
			for j < len(rs) && rs[j] != placeholder0 {
				j++
			}
			flush()
			if n, err := strconv.Atoi(string(rs[i+1 : min(j, len(rs))])); err == nil && n < len(ids) {
				out = append(out, ids[n])
			}
			i = j
		case strings.ContainsRune(",;|()[]<>{}", r):
			flush()
		case r == ':' && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])):
			buf.WriteRune(r) // kept so that flush marks the text as a label
			flush()
		case (r == '-' || r == '\u2013' || r == '\u2014') && (i == 0 || unicode.IsSpace(rs[i-1])) && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])):
			flush()
		default:
			buf.WriteRune(r)
		}
	}
	flush()
	return out
}

// cleanLine removes a list marker, emphasis and a trailing hard break from a line.
func cleanLine(s string) (string, bool) {
	list := false
	if loc := listMarkerRe.FindStringIndex(s); loc != nil {
		s, list = s[loc[1]:], true
	}
	s = emphasisRepl.Replace(s)
	s = breakRe.ReplaceAllString(s, "")
	return strings.TrimSpace(s), list
}

// parseRecord reads one line as a person. ok is false when the line does not state one
// person: no handle or address, more than one handle, or prose around them. allowNameOnly
// accepts "Jane Doe, Example Corp" without handle or address, for a list under a heading
// that names its role.
func parseRecord(line string, mode lineMode, allowNameOnly bool) (record, bool) {
	var rec record
	items := tokenize(line)
	// A name from a link to a profile wins over any text.
	for _, it := range items {
		if it.kind == itemName && rec.name == "" {
			rec.name = it.text
		}
	}
	var resp []string
	nameDone := rec.name != ""
	ids := false // a handle or address came before the current item
	for i, it := range items {
		switch it.kind {
		case itemHandle:
			if rec.github != "" && !strings.EqualFold(rec.github, it.text) {
				return record{}, false // two people, or prose naming several
			}
			if rec.github == "" {
				rec.github = it.text
			}
			ids = true
		case itemEmail:
			if rec.email == "" {
				rec.email = it.text
			}
			// "Dmitry Tantsur,Red Hat,dtantsur,dtantsur@example.com": after a name and a
			// company, the one bare word before the address is the person's handle.
			if l := len(resp); l > 0 && i > 0 && items[i-1].kind == itemText && items[i-1].text == resp[l-1] &&
				rec.github == "" && rec.name != "" && rec.company != "" && !ids && handleRe.MatchString(resp[l-1]) && !isRole(resp[l-1]) {
				rec.github, resp = resp[l-1], resp[:l-1]
			}
			ids = true
		case itemCompany:
			if rec.company == "" && !blank(it.text) {
				rec.company = it.text
			}
		case itemChat:
			if rec.chat == "" {
				rec.chat = it.text
			}
		case itemTeam:
			return record{}, false
		case itemText:
			t := it.text
			switch {
			case keyword(t):
			case rec.name != "" && ids && dated(t):
				// "Jane Doe (jane@example.org) - Elected October, 2019": when they joined,
				// after a complete record, is no company and no area.
			case prose(t):
				// "Jane Doe (@jdoe) - stepped down in 2024": a remark after a complete
				// record is dropped; prose anywhere else means the line is no record.
				if mode != modeItem || rec.name == "" || !ids {
					return record{}, false
				}
			case it.label:
				resp = append(resp, t) // "Docs: @jdoe": an area, not the person's name
				if st, ok := roleText(t); ok && st != statusUnknown {
					rec.role = worse(rec.role, st)
				}
			default:
				if typeWords[strings.ToLower(t)] {
					resp = append(resp, t)
					continue
				}
				if st, ok := roleText(t); ok {
					rec.role = worse(rec.role, st)
					resp = append(resp, t)
					continue
				}
				switch {
				case !nameDone && nameLike(t):
					rec.name, nameDone = t, true
				case !nameDone:
					if mode == modeParagraph {
						return record{}, false
					}
					nameDone = true // a first field that is not a name: no name later either
					resp = append(resp, t)
				case rec.company == "" && companyLike(t):
					rec.company = t
				default:
					resp = append(resp, t)
				}
			}
		}
	}
	rec.responsibility = strings.Join(resp, ", ")
	if headerNames[strings.ToLower(rec.name)] || placeholderHandles[strings.ToLower(rec.github)] {
		return record{}, false // "Name, <Email>, @GitHubHandle, Type": a list's header line
	}
	if rec.github == "" && rec.email == "" {
		if !allowNameOnly || mode == modeParagraph || rec.company == "" || len(strings.Fields(rec.name)) < 2 {
			return record{}, false
		}
	}
	if mode == modeParagraph && rec.email == "" && len(strings.Fields(rec.name)) < 2 {
		return record{}, false
	}
	return rec, true
}

// parseHandles reads a line that lists several handles and nothing else but a role
// label: "Maintainers: @a, @b and @c". st is what the label says (statusUnknown when
// there is none).
func parseHandles(line string) (hs []string, st status, ok bool) {
	seen := map[string]bool{}
	for _, it := range tokenize(line) {
		switch it.kind {
		case itemHandle:
			if k := strings.ToLower(it.text); !seen[k] {
				seen[k] = true
				hs = append(hs, it.text)
			}
		case itemText:
			if keyword(it.text) {
				continue
			}
			c := classify(it.text)
			if c == statusUnknown || len(words(it.text)) > 4 {
				return nil, 0, false
			}
			st = worse(st, c)
		case itemDropped, itemChat:
		default:
			return nil, 0, false
		}
	}
	return hs, st, len(hs) >= 2
}

// isRole reports whether a field names a role ("Maintainer", "Reviewer").
func isRole(s string) bool {
	_, ok := roleText(s)
	return ok
}

// headerNames are the names a list's header line gives its first column.
var headerNames = map[string]bool{"name": true, "full name": true, "maintainer name": true, "maintainer": true}
