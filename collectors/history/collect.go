package history

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/graduate-dev/graduate/collectors/maintainers"
	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/snapshot"
)

// ErrorSource is the collection-error source for the history family as a whole; a
// member that alone could not be collected is named "history.<member>".
const ErrorSource = "history"

const (
	day = 24 * time.Hour
	// year is the window of the "last year" facts.
	year = 365 * day
	// cadenceWindow is how far back release cadence is measured.
	cadenceWindow = 2 * year
	// maxReleases is how many releases History.Releases lists.
	maxReleases = 20
)

// Source is one repository's history and the documents whose history Collect reads.
type Source struct {
	// Repo names the repository in the snapshot's locations.
	Repo string
	// Log is the repository's history; nil when it has none, with Err saying why.
	Log Log
	// Err says why Log is nil, e.g. the error wrapping ErrNoHistory from NewGit.
	Err error
	// MaintainerPaths are the repository's maintainer documents, slash paths relative to
	// its root; "README.md#Maintainers" means that section of the README.
	MaintainerPaths []string
	// GovernancePaths are its governance documents, written the same way.
	GovernancePaths []string
}

// Collect computes the history facts of a project from its repositories' histories,
// relative to now (the snapshot's collected_at).
//
// Each repository's history stands alone. When none has history, no history fact is
// collected (History is nil, and each repository has a collection error with source
// "history"). When some have, the facts are computed over those, History.Partial names
// the others, and each of those has a collection error with source
// "history.<repository>": counts are then lower bounds, which the policies judge as
// such. A repository whose history cannot be read is treated alike. A shallow clone is
// read, History.Shallow is set, and each fact that reaches before the clone's cut (the
// first commit, all-time counts, releases, and the last year's commits when the cut is
// inside that year) is left out with a "history.<member>" collection error.
//
// people are the active maintainers, when known: each one's newest commit of the year
// is looked for (snapshot.Person.LastCommit, changed in place) and History records
// that it was (MaintainerActivity). nil looks for no one.
//
// The error is non-nil only when ctx ends.
func Collect(ctx context.Context, sources []Source, now time.Time, people []*snapshot.Person) (*snapshot.History, []snapshot.CollectionError, error) {
	if len(sources) == 0 {
		return nil, nil, fmt.Errorf("collect history: no repository given")
	}
	var (
		errs    []snapshot.CollectionError
		missing []string
		read    []Source
	)
	for _, s := range sources {
		if s.Log == nil {
			err := s.Err
			if err == nil {
				err = ErrNoHistory
			}
			errs = append(errs, snapshot.CollectionError{Source: ErrorSource, Error: err.Error()})
			missing = append(missing, s.Repo)
			continue
		}
		read = append(read, s)
	}
	if len(read) == 0 {
		return nil, errs, nil
	}
	sources = read

	since, now := Window(now)
	facts := make([]*repoFacts, len(sources))
	ferrs := make([]error, len(sources))
	var wg sync.WaitGroup
	for i, s := range sources {
		wg.Go(func() { facts[i], ferrs[i] = gather(ctx, s, since, now) })
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	var gathered []*repoFacts
	read = nil
	for i, err := range ferrs {
		if err != nil {
			errs = append(errs, snapshot.CollectionError{Source: ErrorSource, Error: fmt.Sprintf("%s: %v", sources[i].Repo, err)})
			missing = append(missing, sources[i].Repo)
			continue
		}
		read = append(read, sources[i])
		gathered = append(gathered, facts[i])
	}
	if len(read) == 0 {
		return nil, errs, nil
	}
	// The repositories left out make the facts lower bounds, not missing: their errors
	// are named for the repository, so no fact path is marked not collected.
	for i := range errs {
		errs[i].Source = ErrorSource + "." + missing[i]
	}
	sources, facts = read, gathered

	h := &snapshot.History{Partial: missing}
	commitFacts(h, facts)
	if people != nil {
		a := newActivity()
		for i, f := range facts {
			a.add(sources[i].Repo, f.commits)
		}
		h.MaintainerActivity = &snapshot.MaintainerActivity{Checked: len(people), Seen: a.mark(people)}
	}
	releaseFacts(h, sources, facts, now)
	documentFacts(h, sources, facts)
	for _, f := range facts {
		if !f.first.IsZero() && (h.FirstCommitAt == nil || f.first.Before(*h.FirstCommitAt)) {
			h.FirstCommitAt = ptr(f.first)
		}
	}
	errs = append(errs, shallowFacts(h, sources, facts, since)...)
	return h, errs, nil
}

// repoFacts is what one repository's Log returned.
type repoFacts struct {
	depth   Depth
	commits []Commit
	first   time.Time
	tags    []Tag
	changes []FileChange
	blobs   map[string][]byte
}

// gather reads one repository's history, its Log calls running concurrently.
func gather(ctx context.Context, s Source, since, until time.Time) (*repoFacts, error) {
	var (
		f    repoFacts
		errs [5]error
		wg   sync.WaitGroup
	)
	wg.Go(func() { f.depth, errs[0] = s.Log.Depth(ctx) })
	wg.Go(func() { f.commits, errs[1] = s.Log.Commits(ctx, since, until) })
	wg.Go(func() { f.first, errs[2] = s.Log.FirstCommit(ctx) })
	wg.Go(func() { f.tags, errs[3] = s.Log.Tags(ctx) })
	wg.Go(func() {
		specs := documentSpecs(s)
		if f.changes, errs[4] = s.Log.FileChanges(ctx, specFiles(specs)); errs[4] != nil {
			return
		}
		f.blobs, errs[4] = s.Log.Blobs(ctx, neededBlobs(f.changes, specs))
	})
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return &f, nil
}

// commitFacts sets the last year's commit, author and sign-off counts.
func commitFacts(h *snapshot.History, facts []*repoFacts) {
	var all []Commit
	for _, f := range facts {
		all = append(all, f.commits...)
	}
	dco, authors := Sample(all)
	h.CommitsLastYear = ptr(dco.NonMergeCommits)
	h.AuthorsLastYear = ptr(authors)
	h.DCO = &dco
}

// Sample counts the sign-offs of commits (merges and repeats left out) and their
// distinct author emails.
func Sample(commits []Commit) (dco snapshot.DCO, authors int) {
	seen := map[string]bool{}
	emails := map[string]bool{}
	for _, c := range commits {
		if c.Parents > 1 || seen[c.Hash] {
			continue
		}
		seen[c.Hash] = true
		email := strings.ToLower(strings.TrimSpace(c.AuthorEmail))
		if email != "" {
			emails[email] = true
		}
		dco.NonMergeCommits++
		if len(c.SignedOffBy) > 0 {
			dco.SignedOff++
		}
		if signedByAuthor(c.SignedOffBy, email) {
			dco.SignedOffByAuthor++
		}
	}
	return dco, len(emails)
}

// signedByAuthor reports whether a Signed-off-by value ("Name <email>") names email.
func signedByAuthor(values []string, email string) bool {
	if email == "" {
		return false
	}
	for _, v := range values {
		v = strings.ToLower(v)
		if strings.Contains(v, "<"+email+">") || strings.TrimSpace(v) == email {
			return true
		}
	}
	return false
}

// release is a version tag of one repository.
type release struct {
	repo    string
	tag     string
	date    time.Time
	version Version
}

// releaseFacts sets the release counts, list and cadence from the version tags.
func releaseFacts(h *snapshot.History, sources []Source, facts []*repoFacts, now time.Time) {
	tags := map[string][]Tag{}
	for i, f := range facts {
		tags[sources[i].Repo] = append(tags[sources[i].Repo], f.tags...)
	}
	Releases(h, tags, now)
}

// Releases sets h's release counts, list and cadence from each repository's tags: the
// ones that name a version and are not dated after now.
func Releases(h *snapshot.History, tags map[string][]Tag, now time.Time) {
	var rels []release
	for repo, list := range tags {
		for _, t := range list {
			v, ok := ParseVersion(t.Name)
			if !ok || t.Date.After(now) {
				continue
			}
			rels = append(rels, release{repo: repo, tag: t.Name, date: t.Date.UTC(), version: v})
		}
	}
	slices.SortFunc(rels, func(a, b release) int {
		return cmp.Or(b.date.Compare(a.date), b.version.Compare(a.version), strings.Compare(a.repo, b.repo), strings.Compare(a.tag, b.tag))
	})
	var last, pre int
	for _, r := range rels {
		if r.date.After(now.Add(-year)) {
			last++
			if r.version.Prerelease() {
				pre++
			}
		}
	}
	h.ReleasesLastYear, h.PrereleasesLastYear = ptr(last), ptr(pre)
	if len(rels) > 0 {
		h.LastReleaseAt = ptr(rels[0].date)
	}
	h.Releases = []snapshot.Release{}
	for _, r := range rels[:min(len(rels), maxReleases)] {
		h.Releases = append(h.Releases, snapshot.Release{Repo: r.repo, Tag: r.tag, Date: r.date, Prerelease: r.version.Prerelease()})
	}
	h.ReleaseCadenceDays = cadence(rels, now)
}

// cadence is the median gap in days between consecutive releases (not pre-releases) in
// the two years before now, or nil with fewer than two. The releases of one day are one:
// an application and its chart tagged together, or patches of three release branches,
// are not releases zero days apart; a release less than a day after the one before it
// joins it, across midnight too. rels is sorted newest first.
func cadence(rels []release, now time.Time) *float64 {
	var dates []time.Time
	for _, r := range rels {
		if r.version.Prerelease() || !r.date.After(now.Add(-cadenceWindow)) {
			continue
		}
		if n := len(dates); n > 0 && dates[n-1].Sub(r.date) < 24*time.Hour {
			continue
		}
		dates = append(dates, r.date)
	}
	if len(dates) < 2 {
		return nil
	}
	gaps := make([]float64, 0, len(dates)-1)
	for i := 1; i < len(dates); i++ {
		gaps = append(gaps, dates[i-1].Sub(dates[i]).Hours()/24)
	}
	slices.Sort(gaps)
	m := gaps[len(gaps)/2]
	if len(gaps)%2 == 0 {
		m = (gaps[len(gaps)/2-1] + m) / 2
	}
	m = math.Round(m*100) / 100
	return &m
}

// spec is one maintainer or governance document as the caller named it.
type spec struct {
	name       string // as given: "MAINTAINERS.md", "README.md#Maintainers"
	section    string // the heading after "#", or ""
	maintainer bool
	governance bool
}

// documentSpecs groups a source's documents by the file that holds them.
func documentSpecs(s Source) map[string][]spec {
	out := map[string][]spec{}
	add := func(name string, maintainer bool) {
		file, section, _ := strings.Cut(strings.TrimPrefix(name, "./"), "#")
		if file == "" {
			return
		}
		for i, sp := range out[file] {
			if sp.section == section {
				out[file][i].maintainer = sp.maintainer || maintainer
				out[file][i].governance = sp.governance || !maintainer
				return
			}
		}
		out[file] = append(out[file], spec{name: name, section: section, maintainer: maintainer, governance: !maintainer})
	}
	for _, p := range s.MaintainerPaths {
		add(p, true)
	}
	for _, p := range s.GovernancePaths {
		add(p, false)
	}
	return out
}

// specFiles lists the files of specs, sorted: those whose changes are read.
func specFiles(specs map[string][]spec) []string {
	files := make([]string, 0, len(specs))
	for p := range specs {
		files = append(files, p)
	}
	slices.Sort(files)
	return files
}

// neededBlobs lists the blobs documentFacts reads: both sides of every change to a
// maintainer document or to a file only a section of which is a document.
func neededBlobs(changes []FileChange, specs map[string][]spec) []string {
	seen := map[string]bool{}
	var ids []string
	for _, c := range changes {
		need := false
		for _, sp := range specs[c.Path] {
			need = need || sp.maintainer || sp.section != ""
		}
		if !need {
			continue
		}
		for _, id := range []string{c.Before, c.After} {
			if id != "" && !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// documentFacts sets the governance commit count and the maintainer changes.
func documentFacts(h *snapshot.History, sources []Source, facts []*repoFacts) {
	governance := 0
	h.MaintainerChanges = []snapshot.MaintainerChange{}
	for i, f := range facts {
		specs := documentSpecs(sources[i])
		counted := map[string]bool{}
		// Each version of a file is the after of one change and the before of the next:
		// read it once.
		type version struct{ doc, blob string }
		type parsed struct {
			handles map[string]string
			ok      bool
		}
		seen := map[version]parsed{}
		handles := func(doc, blob string, content []byte) (map[string]string, bool) {
			v := version{doc, blob}
			if _, ok := seen[v]; !ok {
				hs, ok := activeHandles(doc, content)
				seen[v] = parsed{hs, ok}
			}
			return seen[v].handles, seen[v].ok
		}
		for _, c := range f.changes {
			before, after := f.blobs[c.Before], f.blobs[c.After]
			for _, sp := range specs[c.Path] {
				if sp.section != "" && sectionText(before, sp.section) == sectionText(after, sp.section) {
					continue // the file changed, not the section
				}
				counted[c.Commit] = true
				// Creating a maintainers file lists the first maintainers, and deleting
				// one (a move, usually) removes none: neither is a change of maintainers.
				if !sp.maintainer || c.Before == "" || c.After == "" {
					continue
				}
				doc := c.Path
				if sp.section != "" {
					doc += "#" + sp.section
				}
				was, okBefore := handles(doc, c.Before, before)
				is, okAfter := handles(doc, c.After, after)
				if !okBefore || !okAfter {
					continue // a version that cannot be parsed, or lists no one, is compared with nothing
				}
				added, removed := diffHandles(was, is)
				if len(added) == 0 && len(removed) == 0 {
					continue
				}
				h.MaintainerChanges = append(h.MaintainerChanges, snapshot.MaintainerChange{
					Commit: c.Commit, Date: c.Date.UTC(), Author: c.Author, Repo: sources[i].Repo, Path: sp.name,
					Added: added, Removed: removed,
				})
			}
		}
		governance += len(counted)
	}
	slices.SortStableFunc(h.MaintainerChanges, func(a, b snapshot.MaintainerChange) int {
		return b.Date.Compare(a.Date)
	})
	h.GovernanceCommits = ptr(governance)
}

// activeHandles returns the handles a version of a maintainer document lists as active
// maintainers, keyed by their lower-case form and valued as written; doc is the file's
// path, or "README.md#Maintainers" for a section of one. ok is false when the version
// cannot be parsed (a YAML list broken in one commit) or lists no one (a MAINTAINERS.md
// turned into a pointer to the community repository, a section removed): what it lists
// is not known, so it is compared with nothing rather than taken for an empty list that
// every maintainer left.
func activeHandles(doc string, content []byte) (handles map[string]string, ok bool) {
	hs, err := maintainers.ActiveHandles(doc, content)
	if err != nil || len(hs) == 0 {
		return nil, false
	}
	handles = make(map[string]string, len(hs))
	for _, h := range hs {
		handles[strings.ToLower(h)] = h
	}
	return handles, true
}

// diffHandles returns the handles only in after (as written there) and only in before
// (as written there), each sorted case-insensitively.
func diffHandles(before, after map[string]string) (added, removed []string) {
	for k, h := range after {
		if _, ok := before[k]; !ok {
			added = append(added, h)
		}
	}
	for k, h := range before {
		if _, ok := after[k]; !ok {
			removed = append(removed, h)
		}
	}
	byFold := func(a, b string) int {
		return cmp.Or(strings.Compare(strings.ToLower(a), strings.ToLower(b)), strings.Compare(a, b))
	}
	slices.SortFunc(added, byFold)
	slices.SortFunc(removed, byFold)
	return added, removed
}

// shallowFacts leaves out, with a collection error each, the facts a shallow clone cannot
// hold whole, and records how the history was cut.
func shallowFacts(h *snapshot.History, sources []Source, facts []*repoFacts, since time.Time) []snapshot.CollectionError {
	var (
		names []string
		cut   time.Time
	)
	for i, f := range facts {
		if f.depth.Shallow {
			names = append(names, sources[i].Repo)
			if f.depth.Since.After(cut) {
				cut = f.depth.Since
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	h.Shallow = true
	h.ShallowSince = ptr(cut.UTC())
	var members []string
	drop := func(member string, clear func()) {
		clear()
		members = append(members, member)
	}
	drop("first_commit_at", func() { h.FirstCommitAt = nil })
	drop("governance_commits", func() { h.GovernanceCommits = nil })
	drop("maintainer_changes", func() { h.MaintainerChanges = nil })
	// A shallow clone also fetches only the tags of the branch it cut, so release tags
	// made on release branches are missing whatever the depth.
	drop("releases_last_year", func() { h.ReleasesLastYear = nil })
	drop("prereleases_last_year", func() { h.PrereleasesLastYear = nil })
	drop("last_release_at", func() { h.LastReleaseAt = nil })
	drop("releases", func() { h.Releases = nil })
	drop("release_cadence_days", func() { h.ReleaseCadenceDays = nil })
	if cut.After(since) {
		drop("commits_last_year", func() { h.CommitsLastYear = nil })
		drop("authors_last_year", func() { h.AuthorsLastYear = nil })
		drop("dco", func() { h.DCO = nil })
		if h.MaintainerActivity != nil {
			drop("maintainer_activity", func() { h.MaintainerActivity = nil })
		}
	}
	msg := fmt.Sprintf("%s: shallow clone, history before %s is missing (git fetch --unshallow reads it)",
		strings.Join(names, ", "), cut.UTC().Format(time.RFC3339))
	errs := make([]snapshot.CollectionError, 0, len(members))
	for _, m := range members {
		errs = append(errs, snapshot.CollectionError{Source: ErrorSource + "." + m, Error: msg})
	}
	return errs
}

// sectionText is the text of one section of a Markdown file, "" when it has none;
// only the section counts, wherever it stands in the file.
func sectionText(content []byte, section string) string {
	kept, _ := markdown.SectionOnly(string(content), section)
	return strings.TrimSpace(kept)
}

func ptr[T any](v T) *T { return &v }

// Changes sets h's maintainer changes from one repository's changes to its maintainer
// and governance documents and the contents of their versions, by the rules Collect
// applies to a git history; a history read otherwise (through the GitHub API) is
// counted alike. It also sets h.GovernanceCommits, a count over changes only.
func Changes(h *snapshot.History, s Source, changes []FileChange, blobs map[string][]byte) {
	documentFacts(h, []Source{s}, []*repoFacts{{changes: changes, blobs: blobs}})
}
