// Package tracker names the trackers a roadmap hands its items to on GitHub, from their
// web URLs: a repository's milestones, the issues under one label, an organisation's
// project board. The documents reader uses it to know a hand-off, and the GitHub client
// to read the tracker: both know the same trackers.
package tracker

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// Kinds, as recorded in snapshot.GitHubTracker.Kind.
const (
	Milestones = "milestones"
	Label      = "label"
	Project    = "project"
)

var (
	milestonesPathRe = regexp.MustCompile(`^/([^/]+)/([^/]+)/milestones/?$`)
	labelPathRe      = regexp.MustCompile(`^/([^/]+)/([^/]+)/labels/([^/]+)/?$`)
	issuesPathRe     = regexp.MustCompile(`^/([^/]+)/([^/]+)/issues/?$`)
	projectPathRe    = regexp.MustCompile(`^/orgs/([^/]+)/projects/(\d+)(?:/.*)?$`)
	// labelQueryRe is a label in an issue search: label:roadmap, label:"help wanted".
	labelQueryRe = regexp.MustCompile(`(?:^|\s)label:(?:"([^"]+)"|(\S+))`)
)

// Ref is a tracker as its web URL names it: the milestones or a label's issues of
// Owner/Name, or an organisation Owner's project board Number.
type Ref struct {
	Kind, Owner, Name, Label string
	Number                   int
}

// Parse says which tracker a web URL on host (with its port, if any: "github.com") is;
// ok is false for any other URL: one milestone or issue, which may be long closed, a
// search on no label or on two, a repository's classic projects.
func Parse(raw, host string) (ref Ref, ok bool) {
	u, err := url.Parse(raw)
	if err != nil || !strings.EqualFold(u.Host, host) {
		return Ref{}, false
	}
	p := u.EscapedPath()
	if m := milestonesPathRe.FindStringSubmatch(p); m != nil {
		return Ref{Kind: Milestones, Owner: m[1], Name: m[2]}, true
	}
	if m := labelPathRe.FindStringSubmatch(p); m != nil {
		l, err := url.PathUnescape(m[3])
		return Ref{Kind: Label, Owner: m[1], Name: m[2], Label: l}, err == nil
	}
	if m := issuesPathRe.FindStringSubmatch(p); m != nil {
		// One label, in ?labels= or in the search: a search on two is no one tracker.
		q := u.Query()
		label := q.Get("labels")
		if ls := labelQueryRe.FindAllStringSubmatch(q.Get("q"), -1); label == "" && len(ls) == 1 {
			label = ls[0][1] + ls[0][2]
		}
		if label == "" || strings.Contains(label, ",") {
			return Ref{}, false
		}
		return Ref{Kind: Label, Owner: m[1], Name: m[2], Label: label}, true
	}
	if m := projectPathRe.FindStringSubmatch(p); m != nil {
		n, err := strconv.Atoi(m[2])
		return Ref{Kind: Project, Owner: m[1], Number: n}, err == nil
	}
	return Ref{}, false
}
