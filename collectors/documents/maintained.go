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

// tracker returns the first live tracker a paragraph of d hands the roadmap to, or "".
func (pr *project) tracker(d *doc) string {
	if d.p == nil {
		return ""
	}
	for _, u := range d.p.units {
		if !trackingRe.MatchString(u.norm) {
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

// changedSource names the errors of dating a kind's documents: a fact below the
// documents themselves, so an error leaves them collected and only undated.
func changedSource(kind string) string { return Source + "." + kind + ".changed" }

// markMaintained records what says whether the documents at locs (a roadmap's) are
// maintained: on each whole document (not a README section), the day its file last
// changed, when its repository can tell, and the live tracker it hands its items to
// (a GitHub project, the milestones, an issue search), which keeps the roadmap current
// however old the document's own text is. A repository that cannot date its files leaves
// the locations undated; one that fails to is a collection error of its own.
func (pr *project) markMaintained(ctx context.Context, inputs []Input, kind string, locs []snapshot.Location) []snapshot.CollectionError {
	var errs []snapshot.CollectionError
	for i := range locs {
		l := &locs[i]
		if strings.Contains(l.Path, "#") {
			continue
		}
		d := pr.docAt(*l)
		if d == nil {
			continue
		}
		l.Tracker = pr.tracker(d)
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
