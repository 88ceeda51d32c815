package documents

import (
	"context"
	"math"
	"regexp"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/collectors/tracker"
	"github.com/graduate-dev/graduate/snapshot"
)

// Dater dates a file's last change: a checkout with its history (repo.Local) is one.
// It returns "" when the history cannot tell (no history, a shallow clone).
type Dater interface {
	Changed(ctx context.Context, path string) (string, error)
}

// githubHost is the host of the trackers a roadmap hands off to: a project board, the
// milestones, a label or an issue search on one ("we use the issues and milestones to
// define our roadmap"), as tracker.Parse knows them; one milestone may be long closed.
const githubHost = "github.com"

// trackingRe finds the words that say a paragraph hands the roadmap to a tracker, not
// that it links one item's board ("[Experimental Windows support](.../projects/12)").
var trackingRe = regexp.MustCompile(`\b(?:roadmap|milestones?|track\w*|plann\w*|project boards?)\b`)

// tracker returns the first live tracker a paragraph of d between lines from and to
// (1-based, to exclusive; 0 for the end) hands the roadmap to, and the link to it;
// ok is false when there is none.
func (pr *project) tracker(d *doc, from, to int) (url string, at link, ok bool) {
	if d.p == nil {
		return "", link{}, false
	}
	for _, u := range d.p.units {
		if u.line < from || (to > 0 && u.line >= to) || !trackingRe.MatchString(u.norm) {
			continue
		}
		for _, i := range u.links {
			if t, ok := pr.rs.resolve(d.repo, d.path, d.p.links[i].target); ok && t.repo < 0 && isTracker(t.url) {
				return t.url, d.p.links[i], true
			}
		}
	}
	return "", link{}, false
}

// isTracker reports whether a URL is a tracker the GitHub API can read.
func isTracker(u string) bool {
	_, ok := tracker.Parse(u, githubHost)
	return ok
}

// maxHandOffLinks is how many links to where a roadmap is kept ("- [Milestones](...)")
// a hand-off may list besides its few sentences (maxPointerUnits, maxPointerChars):
// where releases are planned, how major features are proposed.
const maxHandOffLinks = 6

// workRe is a link to one piece of work: an issue or a pull request.
var workRe = regexp.MustCompile(`/(?:issues|pull)/\d+(?:$|[/?#])`)

// linksWork reports whether u links an issue or a pull request: a roadmap's item ("-
// [Plugin API](.../issues/13)"), not where the roadmap is kept.
func linksWork(d *doc, u unit) bool {
	for _, i := range u.links {
		if workRe.MatchString(d.p.links[i].target) {
			return true
		}
	}
	return false
}

// roadmapHandsOff reports whether d's text between from and to (a whole document from
// its title, a section from its heading) is no roadmap of its own but a hand-off to its
// tracker: a few sentences; no subheading, image, code, or list or table of its own (a
// list of only links, "- [Milestones](...)", is where the roadmap is, not items of it).
func roadmapHandsOff(d *doc, from, to int) bool {
	end := to
	if end == 0 {
		end = math.MaxInt
	}
	for _, h := range d.p.headings {
		if h.line > from && h.line < end {
			return false
		}
	}
	if inSection(d.p.images, from, end) || inSection(d.p.code, from, end) {
		return false
	}
	units, _ := sectionText(d.p, from, end)
	var own []unit
	links := 0
	for _, u := range units {
		switch {
		case u.item && u.navigation && !linksWork(d, u):
			// "- [Milestones](...)": where the roadmap is kept, not an item of it.
			if links++; links > maxHandOffLinks {
				return false
			}
		case u.item:
			return false
		default:
			own = append(own, u)
		}
	}
	return brief(own)
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

// planHorizon is how many years past its last change a roadmap may plan: a later year
// it names is a number ("scale to 2048 nodes"), not a period.
const planHorizon = 5

// latestPlanned is the last year a roadmap changed on day (YYYY-MM-DD) may plan for; 0
// when the day is not known.
func latestPlanned(day string) int {
	if len(day) < 4 {
		return 0
	}
	return atoi(day[:4]) + planHorizon
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
// have, never a day too old. A document or section that is only a hand-off to its
// tracker is no roadmap of its own: it is returned as a link out, the tracker not read.
// A repository that cannot date its files leaves the locations undated; one that fails
// to is a collection error of its own.
func (pr *project) markMaintained(ctx context.Context, inputs []Input, kind string, locs []snapshot.Location) ([]snapshot.Location, []snapshot.LinkOut, []snapshot.CollectionError) {
	var (
		errs []snapshot.CollectionError
		outs []snapshot.LinkOut
		kept = make([]snapshot.Location, 0, len(locs)) // none left is collected, not missing
	)
	for _, l := range locs {
		var (
			d        *doc
			from, to int
			section  bool // a recorded section: its own lines are read
		)
		file, _, anchored := strings.Cut(l.Path, "#")
		switch s := pr.sectionAt(l); {
		case anchored && s != nil:
			d, from, to, section = s.d, s.start, s.end, true
		case anchored:
			// A link to an anchor no section was recorded at: dated by its file,
			// which it has not changed since, its lines not told apart.
			d = pr.docAt(snapshot.Location{Repo: l.Repo, Path: file})
		default:
			if d = pr.docAt(l); d != nil && d.p != nil {
				from, section = d.p.titleLine, true
			}
		}
		if d == nil {
			kept = append(kept, l)
			continue
		}
		if section && d.p != nil {
			if url, at, ok := pr.tracker(d, from, to); ok {
				if roadmapHandsOff(d, from, to) {
					outs = append(outs, snapshot.LinkOut{Topic: kind, Repo: l.Repo, Path: d.path, Line: at.line, URL: url, Text: oneLine(at.text)})
					continue
				}
				l.Tracker = url
			}
		}
		if dt, ok := inputs[d.repo].Repo.(Dater); ok {
			day, err := dt.Changed(ctx, d.path)
			if err != nil {
				errs = append(errs, snapshot.CollectionError{Source: changedSource(kind), Error: err.Error()})
			}
			l.Changed = day
		}
		if section && d.p != nil {
			l.Period = statedPeriod(d, from, to, latestPlanned(l.Changed))
		}
		kept = append(kept, l)
	}
	return kept, outs, errs
}

// dateSchedules records, for each line that says when meetings are held (how
// "schedule"), the day its file last changed, when its repository can tell (a schedule
// unchanged for years may no longer hold: "Up-to-date public meeting schedulers"), and
// the calendar of meetings the line links, as its tracker (a calendar keeps itself
// current, whatever the age of the line that links it). Each file is dated once.
// Errors are the meetings' own, leaving the lines collected and undated.
func (pr *project) dateSchedules(ctx context.Context, inputs []Input, raw map[*doc]string, meetings []snapshot.Location) []snapshot.CollectionError {
	var errs []snapshot.CollectionError
	days := map[*doc]string{}
	lines := map[*doc][]string{}
	for i, l := range meetings {
		if l.How != "schedule" {
			continue
		}
		d := pr.docAt(snapshot.Location{Repo: l.Repo, Path: l.Path})
		if d == nil {
			continue
		}
		ls, ok := lines[d]
		if !ok {
			ls = markdown.Lines(raw[d])
			lines[d] = ls
		}
		if l.Line >= 1 && l.Line <= len(ls) && calendarRe.MatchString(ls[l.Line-1]) {
			// The calendar's link, on the line or in the list it introduces
			// ("Calendar invite: ... by joining our distribution lists:", then the lists).
			for _, next := range ls[l.Line-1 : min(len(ls), l.Line+calendarReach)] {
				if u := urlRe.FindString(next); u != "" {
					meetings[i].Tracker = u
					break
				}
			}
		}
		day, ok := days[d]
		if !ok {
			if dt, can := inputs[d.repo].Repo.(Dater); can {
				var err error
				if day, err = dt.Changed(ctx, d.path); err != nil {
					errs = append(errs, snapshot.CollectionError{Source: "content.meetings.changed", Error: err.Error()})
				}
			}
			days[d] = day
		}
		meetings[i].Changed = day
	}
	return errs
}

// calendarReach is how many lines after a line that names a calendar its link may be.
const calendarReach = 3

// urlRe finds a web address in a line.
var urlRe = regexp.MustCompile(`https?://[^\s)>\]"']+`)
