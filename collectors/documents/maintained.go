package documents

import (
	"context"
	"regexp"
	"strings"

	"github.com/graduate-dev/graduate/snapshot"
)

// Dater dates a file's last change: a checkout with its history (repo.Local) is one.
// It returns "" when the history cannot tell (no history, a shallow clone).
type Dater interface {
	Changed(ctx context.Context, path string) (string, error)
}

// trackerRe finds a link to a live tracking mechanism on GitHub: a project board, the
// list of milestones, a label or an issue search ("we use the issues and milestones to
// define our roadmap"); one milestone (".../milestone/3") may be long closed.
var trackerRe = regexp.MustCompile(`^https?://github\.com/(?:orgs/[^/]+/projects/\d+|[^/]+/[^/]+/(?:projects(?:/\d+)?|milestones/?(?:\?[^#]*)?$|labels/[^/?#]+|issues/?\?[^#]*\b(?:q|labels?)=))`)

// trackingRe finds the words that say a paragraph hands the roadmap to a tracker, not
// that it links one item's board ("[Experimental Windows support](.../projects/12)").
var trackingRe = regexp.MustCompile(`\b(?:roadmap|milestones?|track\w*|plann\w*|project boards?)\b`)

// tracker returns the first live tracker a paragraph of d between lines from and to
// (1-based, to exclusive; 0 for the end) hands the roadmap to, or "".
func (pr *project) tracker(d *doc, from, to int) string {
	if d.p == nil {
		return ""
	}
	for _, u := range d.p.units {
		if u.line < from || (to > 0 && u.line >= to) || !trackingRe.MatchString(u.norm) {
			continue
		}
		for _, i := range u.links {
			if t, ok := pr.rs.resolve(d.repo, d.path, d.p.links[i].target); ok && t.repo < 0 && trackerRe.MatchString(t.url) {
				return t.url
			}
		}
	}
	return ""
}

// sectionAt returns the section recorded at l (a "file#Heading" location), or nil.
func (pr *project) sectionAt(l snapshot.Location) *section {
	for i := range pr.sections {
		s := &pr.sections[i]
		if s.loc.Path == l.Path && s.loc.Line == l.Line && pr.names[s.d.repo] == l.Repo {
			return s
		}
	}
	return nil
}

// changedSource names the errors of dating a kind's documents: a fact below the
// documents themselves, so an error leaves them collected and only undated.
func changedSource(kind string) string { return Source + "." + kind + ".changed" }

// markMaintained records what says whether the documents at locs (a roadmap's) are
// maintained: the day its file last changed, when its repository can tell, and the live
// tracker it hands its items to (a GitHub project, the milestones, an issue search),
// which keeps the roadmap current however old the document's own text is. A section
// ("README.md#Roadmap") is dated by its file and looks for a tracker in its own lines:
// it has not changed since its file last did, so the file's day is the latest it can
// have, never a day too old. A repository that cannot date its files leaves the
// locations undated; one that fails to is a collection error of its own.
func (pr *project) markMaintained(ctx context.Context, inputs []Input, kind string, locs []snapshot.Location) []snapshot.CollectionError {
	var errs []snapshot.CollectionError
	for i := range locs {
		l := &locs[i]
		var d *doc
		if strings.Contains(l.Path, "#") {
			s := pr.sectionAt(*l)
			if s == nil {
				continue
			}
			d = s.d
			l.Tracker = pr.tracker(d, s.start, s.end)
		} else {
			if d = pr.docAt(*l); d == nil {
				continue
			}
			l.Tracker = pr.tracker(d, 0, 0)
		}
		if dt, ok := inputs[d.repo].Repo.(Dater); ok {
			day, err := dt.Changed(ctx, d.path)
			if err != nil {
				errs = append(errs, snapshot.CollectionError{Source: changedSource(kind), Error: err.Error()})
			}
			l.Changed = day
		}
	}
	return errs
}
