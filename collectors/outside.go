package collectors

import (
	"context"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/graduate-dev/graduate/collectors/documents"
	"github.com/graduate-dev/graduate/collectors/github"
	"github.com/graduate-dev/graduate/collectors/landscape"
	"github.com/graduate-dev/graduate/collectors/openssf"
	"github.com/graduate-dev/graduate/collectors/pages"
	"github.com/graduate-dev/graduate/collectors/reviews"
	"github.com/graduate-dev/graduate/snapshot"
)

// identity is how the sources outside the repositories find the project: its name (the
// project file's, else the main repository's), its main repository and all of them
// (owner/name), and the other names it is known by (see also).
type identity struct {
	name, main string
	named      bool // the project file names the project
	repos      []string
}

// also returns the names the project is known by besides its own, for sources whose
// folders are named for the project as the CNCF knows it: its landscape entry's name
// ("Flux" for fluxcd/flux2), when the project file names none, then its main
// repository's organisation ("knative" for knative/serving).
func (id identity) also(l *snapshot.Landscape) []string {
	var out []string
	if l != nil && l.Name != "" && !id.named {
		out = append(out, l.Name)
	}
	if owner, _, ok := strings.Cut(id.main, "/"); ok && owner != "" {
		out = append(out, owner)
	}
	return out
}

func identify(p *snapshot.Project, repos []snapshot.Repository) identity {
	var id identity
	if p != nil {
		id.name, id.named = p.Name, p.Name != ""
	}
	for _, r := range repos {
		id.repos = append(id.repos, r.Name)
		if r.Role == snapshot.RoleMain && id.main == "" {
			id.main = r.Name
		}
	}
	if id.name == "" && id.main != "" {
		id.name = path.Base(id.main)
	}
	return id
}

// collectOutside adds to snap what the sources outside the repositories say of the
// project: the CNCF's reviews of it, its landscape entry, the pages its documents link
// to, the foundation's maintainer record and its OpenSSF badge level. A source that
// cannot be read is a collection error in snap; only the end of ctx is returned.
func collectOutside(ctx context.Context, opts Options, snap *snapshot.Snapshot, vocab *documents.Vocabulary) error {
	id := identify(opts.Project, snap.Repositories)
	fail := func(cerr *snapshot.CollectionError) {
		if cerr != nil {
			snap.CollectionErrors = append(snap.CollectionErrors, *cerr)
		}
	}
	// The landscape first: its name for the project finds its folders in the CNCF's
	// repositories.
	if opts.Landscape != "" {
		l, cerr := landscape.Read(ctx, opts.Web, opts.Landscape, landscape.Want{Name: id.name, Main: id.main, Repos: id.repos})
		fail(cerr)
		snap.Landscape = l
	}
	also := id.also(snap.Landscape)
	for _, src := range []struct {
		source reviews.Source
		dir    string
	}{{reviews.TOC(), opts.TOC}, {reviews.TagSecurity(), opts.TagSecurity}} {
		if src.dir == "" {
			continue
		}
		found, cerrs := readReviews(ctx, opts, src.source, src.dir, reviews.Want{Name: id.name, Main: id.main, Also: also}, vocab)
		if err := ctx.Err(); err != nil {
			return err
		}
		if cerrs != nil {
			snap.CollectionErrors = append(snap.CollectionErrors, cerrs...)
			continue
		}
		for kind, locs := range found.Artifacts {
			snap.Artifacts[kind] = append(snap.Artifacts[kind], locs...)
		}
		snap.Content.AssessmentStages = append(snap.Content.AssessmentStages, found.Stages...)
		for name, locs := range found.Topics {
			if snap.Content.Topics == nil {
				snap.Content.Topics = snapshot.Topics{}
			}
			snap.Content.Topics[name] = append(snap.Content.Topics[name], locs...)
		}
	}
	addPages(ctx, opts, snap, vocab)
	// (The foundation's record was read before the maintainers.)
	markRecorded(snap.Maintainers, snap.FoundationMaintainers)
	fail(openssf.Fetch(ctx, opts.Web, opts.OpenSSFBase, snap.OpenSSF))
	return ctx.Err()
}

// markRecorded gives each maintainer the CNCF record lists too (by GitHub handle) the
// record's row as a second source. Who is in one list and not the other is the
// policies' to report (lib/record).
func markRecorded(m *snapshot.Maintainers, fm *snapshot.FoundationMaintainers) {
	if m == nil || fm == nil {
		return
	}
	rows := map[string]int{}
	for _, p := range fm.People {
		if h := strings.ToLower(p.GitHub); h != "" {
			if _, ok := rows[h]; !ok {
				rows[h] = p.Line
			}
		}
	}
	for _, people := range [][]snapshot.Person{m.Active, m.Emeritus} {
		for i := range people {
			if people[i].GitHub == nil {
				continue
			}
			if line, ok := rows[strings.ToLower(*people[i].GitHub)]; ok {
				people[i].Record = &snapshot.Location{Path: fm.Source.Path, URL: fm.Source.URL, Line: line}
			}
		}
	}
}

// addPages adds the pages the documents link to on the project's website (the
// landscape's homepage), or in another repository of its GitHub organisations, to the
// documents or artifacts of the kind each turns out to be, and what they state to the
// topics.
func addPages(ctx context.Context, opts Options, snap *snapshot.Snapshot, vocab *documents.Vocabulary) {
	sites := pages.Sites{RawBase: opts.RawBase}
	if snap.Landscape != nil && snap.Landscape.Homepage != "" {
		if u, err := url.Parse(snap.Landscape.Homepage); err == nil && u.Hostname() != "" {
			sites.Hosts = append(sites.Hosts, u.Hostname())
		}
	}
	for _, r := range snap.Repositories {
		if owner, _, ok := strings.Cut(r.Name, "/"); ok && !slices.Contains(sites.Owners, owner) {
			sites.Owners = append(sites.Owners, owner)
		}
	}
	found := pages.Read(ctx, opts.Web, snap.Content.LinksOut, sites, vocab)
	for topic, locs := range found.Topics {
		if snap.Content.Topics != nil {
			snap.Content.Topics[topic] = append(snap.Content.Topics[topic], locs...)
		}
	}
	for kind, locs := range found.Kinds {
		var list *[]snapshot.Location
		if snap.Documents != nil {
			list = documents.List(snap.Documents, kind)
		}
		if list != nil {
			*list = append(*list, locs...)
		} else if snap.Artifacts != nil {
			snap.Artifacts[kind] = append(snap.Artifacts[kind], locs...)
		}
	}
}

// readReviews reads a source of reviews from a checkout, or from its GitHub URL
// through the API: the tree once, then only the project folder's files.
func readReviews(ctx context.Context, opts Options, src reviews.Source, where string, want reviews.Want, vocab *documents.Vocabulary) (*reviews.Found, []snapshot.CollectionError) {
	if !strings.HasPrefix(where, "https://") && !strings.HasPrefix(where, "http://") {
		return reviews.Read(ctx, src, where, want, vocab)
	}
	fail := func(err error) []snapshot.CollectionError {
		var errs []snapshot.CollectionError
		for _, k := range src.Kinds {
			errs = append(errs, snapshot.CollectionError{Source: "artifacts." + k, Error: fmt.Sprintf("%s: %v", where, err)})
		}
		return errs
	}
	owner, name, err := github.ParseName(where)
	if err != nil {
		return nil, fail(err)
	}
	if opts.GitHub == nil {
		return nil, fail(fmt.Errorf("no GitHub client to read it with"))
	}
	tree, err := opts.GitHub.OpenTree(ctx, owner, name)
	if err != nil {
		return nil, fail(err)
	}
	return reviews.ReadRepo(ctx, src, tree, tree.Commit, want, vocab)
}
