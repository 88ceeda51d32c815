package history

import (
	"regexp"
	"strings"

	"github.com/graduate-dev/graduate/snapshot"
)

var (
	// noreplyRe matches a GitHub no-reply address, capturing the handle
	// ("12345+jdoe@users.noreply.github.com", "jdoe@users.noreply.github.com").
	noreplyRe = regexp.MustCompile(`(?i)^(?:\d+\+)?([a-z0-9](?:[a-z0-9-]{0,38}))@users\.noreply\.github\.com$`)
	// mergedFromRe matches the subject GitHub gives a merged pull request, capturing the
	// handle whose branch it was: its author.
	mergedFromRe = regexp.MustCompile(`^Merge pull request #\d+ from ([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/`)
)

// minLocal is the shortest local part of an address taken for a handle: "dev@" or
// "jo@" may be anyone's.
const minLocal = 5

// seen is the newest commit found for one key.
type seen struct {
	ref snapshot.CommitRef
	at  int64
}

// activity indexes a year's commits by who made them.
type activity struct {
	byEmail, byHandle, byName map[string]seen
	// byLocal is by an address's local part, for a handle written as one
	// ("zyjhtangtang@163.com" for zyjhtangtang).
	byLocal map[string]seen
}

func newActivity() *activity {
	return &activity{byEmail: map[string]seen{}, byHandle: map[string]seen{}, byName: map[string]seen{}, byLocal: map[string]seen{}}
}

// add records the commits of one repository.
func (a *activity) add(repo string, commits []Commit) {
	keep := func(m map[string]seen, key, how string, c Commit) {
		if key == "" {
			return
		}
		if old, ok := m[key]; ok && old.at >= c.CommitDate.Unix() {
			return
		}
		m[key] = seen{ref: snapshot.CommitRef{Repo: repo, Commit: c.Hash, Date: c.CommitDate.UTC().Format("2006-01-02"), How: how}, at: c.CommitDate.Unix()}
	}
	for _, c := range commits {
		email := strings.ToLower(strings.TrimSpace(c.AuthorEmail))
		if m := noreplyRe.FindStringSubmatch(email); m != nil {
			keep(a.byHandle, m[1], "handle", c)
		} else {
			keep(a.byEmail, email, "email", c)
			if local, _, ok := strings.Cut(email, "@"); ok && len(local) >= minLocal {
				keep(a.byLocal, local, "handle", c)
			}
		}
		if m := mergedFromRe.FindStringSubmatch(c.Subject); m != nil && c.Parents > 1 {
			keep(a.byHandle, strings.ToLower(m[1]), "handle", c)
		}
		if n := fullName(c.AuthorName); n != "" {
			keep(a.byName, n, "name", c)
		}
	}
}

// fullName returns a name of at least two words, lower-cased with its spaces
// collapsed; "" for a single word, which may be anyone's handle or nickname.
func fullName(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) < 2 {
		return ""
	}
	return strings.Join(f, " ")
}

// mark gives each person their newest commit found, by handle, address or full name,
// and returns how many were found.
func (a *activity) mark(people []*snapshot.Person) int {
	n := 0
	for _, p := range people {
		var best *seen
		consider := func(m map[string]seen, key *string, norm func(string) string) {
			if key == nil {
				return
			}
			if s, ok := m[norm(*key)]; ok && (best == nil || s.at > best.at) {
				best = &s
			}
		}
		lower := func(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
		consider(a.byHandle, p.GitHub, lower)
		consider(a.byLocal, p.GitHub, lower)
		consider(a.byEmail, p.Email, lower)
		consider(a.byName, p.Name, fullName)
		p.LastCommit = nil
		if best != nil {
			ref := best.ref
			p.LastCommit = &ref
			n++
		}
	}
	return n
}
