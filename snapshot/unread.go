package snapshot

import (
	"fmt"
	"strings"
)

// String names a place for messages: repo/path, and the line and link when the fact is
// a link found there.
func (l Location) String() string {
	if l.URL != "" {
		return fmt.Sprintf("%s/%s:%d (a link to %s)", l.Repo, l.Path, l.Line, l.URL)
	}
	return l.Repo + "/" + l.Path
}

// Unread is the collection error for a fact family whose documents exist but from which
// no entry could be read, so that the family is not collected rather than empty. It
// names each document once, in order; what is "maintainer" or "adopter", and hint says
// what the documents may hold instead.
func Unread(source, what, hint string, docs []Location) CollectionError {
	var names []string
	seen := map[string]bool{}
	for _, d := range docs {
		if s := d.String(); !seen[s] {
			seen[s] = true
			names = append(names, s)
		}
	}
	verb := "names"
	if len(names) > 1 {
		verb = "name"
	}
	return CollectionError{
		Source: source,
		Error:  fmt.Sprintf("%s %s no %s graduate could read (%s)", strings.Join(names, ", "), verb, what, hint),
	}
}
