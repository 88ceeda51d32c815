package collectors

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/graduate-dev/graduate/collectors/documents"
	"github.com/graduate-dev/graduate/collectors/github"
	"github.com/graduate-dev/graduate/collectors/history"
	"github.com/graduate-dev/graduate/collectors/maintainers"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// progress counts the repositories read through the GitHub API for Options.Progress.
type progress struct {
	mu          sync.Mutex
	done, total int
	report      func(done, total int, repo string)
}

func (p *progress) add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total += n
}

func (p *progress) step(repo string) {
	if p.report == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	p.report(p.done, p.total, repo)
}

// remoteRepos are the repositories read through the GitHub API, by their index in
// Options.Repos: what the API said of each and where its files were put.
type remoteRepos struct {
	progress  *progress
	described []*github.Described
	dirs      []string
	removes   []func()
}

func (r *remoteRepos) close() {
	for _, rm := range r.removes {
		if rm != nil {
			rm()
		}
	}
}

// openRemote reads the repositories given by GitHub name, a few at once. A repository
// that cannot be read (not found, a rejected token, offline and not cached) ends the
// collection: without its files no fact of it stands.
func openRemote(ctx context.Context, opts Options) (*remoteRepos, error) {
	r := &remoteRepos{
		progress:  &progress{report: opts.Progress},
		described: make([]*github.Described, len(opts.Repos)),
		dirs:      make([]string, len(opts.Repos)),
		removes:   make([]func(), len(opts.Repos)),
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(concurrency(opts.GitHub))
	for i, spec := range opts.Repos {
		if spec.GitHub == "" {
			continue
		}
		if opts.GitHub == nil {
			return r, fmt.Errorf("collect %s: no GitHub client", spec.GitHub)
		}
		owner, name, err := github.ParseName(spec.GitHub)
		if err != nil {
			return r, err
		}
		r.progress.add(1)
		g.Go(func() error {
			d, dir, remove, err := opts.GitHub.Open(gctx, owner, name)
			if err != nil {
				return err
			}
			r.described[i], r.dirs[i], r.removes[i] = d, dir, remove
			r.progress.step(spec.GitHub + " (files)")
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		r.close()
		return r, err
	}
	return r, nil
}

func concurrency(c *github.Client) int {
	if c == nil {
		return 1
	}
	return c.Concurrency()
}

// onGitHub returns a repository's owner and name when it lives on GitHub (its URL's
// host is github.com or the API's host).
func onGitHub(r snapshot.Repository, api string) (owner, name string, ok bool) {
	u, err := url.Parse(r.URL)
	if err != nil {
		return "", "", false
	}
	host := u.Hostname()
	if a, err := url.Parse(api); err != nil || (host != "github.com" && host != a.Hostname()) {
		return "", "", false
	}
	owner, name, err = github.ParseName(strings.TrimPrefix(u.Path, "/"))
	return owner, name, err == nil
}

// collectGitHub adds what the GitHub API says of every repository on GitHub, and the
// history of a repository read through it when no checkout gave one. Without a client
// the facts are left out, with opts.GitHubSkipped as the reason.
func collectGitHub(ctx context.Context, opts Options, snap *snapshot.Snapshot, remote *remoteRepos) error {
	c := opts.GitHub
	if c == nil {
		if opts.GitHubSkipped != "" && slices.ContainsFunc(snap.Repositories, func(r snapshot.Repository) bool {
			_, _, ok := onGitHub(r, github.DefaultURL)
			return ok
		}) {
			snap.CollectionErrors = append(snap.CollectionErrors, snapshot.CollectionError{Source: github.ErrorSource, Error: opts.GitHubSkipped})
		}
		return nil
	}
	results := make([]described, len(snap.Repositories))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(c.Concurrency())
	for i, r := range snap.Repositories {
		d := remote.described[i]
		var owner, name string
		if d == nil {
			var ok bool
			if owner, name, ok = onGitHub(r, c.URL()); !ok {
				continue
			}
		}
		remote.progress.add(1)
		g.Go(func() error {
			defer remote.progress.step(r.Name)
			if d == nil {
				var err error
				if d, err = c.Describe(gctx, owner, name); err != nil {
					if github.Fatal(ctx, err) {
						return err
					}
					// Named for the repository: the others' facts stand.
					results[i].errs = []snapshot.CollectionError{{Source: github.ErrorSource + "." + owner + "/" + name, Error: err.Error()}}
					return nil
				}
			}
			f, errs, err := c.Facts(gctx, d)
			if err != nil {
				return err
			}
			if r.Role == snapshot.RoleMain {
				dir := r.Path
				if remote.described[i] != nil {
					dir = remote.dirs[i]
				}
				if p, content, ok := codeowners(gctx, r.Name, dir); ok {
					teams, terrs, err := c.Teams(gctx, r.Name, p, content)
					if err != nil {
						return err
					}
					f.Teams, errs = teams, append(errs, terrs...)
				}
			}
			results[i] = described{facts: &f, errs: errs, d: d}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return fmt.Errorf("collect from the GitHub API: %w", err)
	}
	out := &snapshot.GitHub{API: c.URL(), Repositories: []snapshot.GitHubRepo{}}
	for _, res := range results {
		if res.facts != nil {
			out.Repositories = append(out.Repositories, *res.facts)
		}
		snap.CollectionErrors = append(snap.CollectionErrors, res.errs...)
	}
	if err := apiHistory(ctx, c, snap, remote, results); err != nil {
		return err
	}
	trackers, terrs, err := readTrackers(ctx, c, snap)
	if err != nil {
		return err
	}
	out.Trackers = trackers
	snap.CollectionErrors = append(snap.CollectionErrors, terrs...)
	out.Requests = c.Stats()
	snap.GitHub = out
	return nil
}

// described is a repository the API described, with its facts when they were read
// and the collection errors of those that were not.
type described struct {
	d     *github.Described
	facts *snapshot.GitHubRepo
	errs  []snapshot.CollectionError
}

// apiHistory gives the snapshot a history when its repositories read through the API
// are all it has: the main one's (else the first's), read through the API. The other
// repositories read through the API are named in History.Partial, their counts not
// included.
func apiHistory(ctx context.Context, c *github.Client, snap *snapshot.Snapshot, remote *remoteRepos, ds []described) error {
	pick := -1
	for i, d := range remote.described {
		if d == nil {
			continue
		}
		if pick < 0 || (snap.Repositories[i].Role == snapshot.RoleMain && snap.Repositories[pick].Role != snapshot.RoleMain) {
			pick = i
		}
	}
	if pick < 0 {
		return nil
	}
	if snap.History == nil {
		var releases []snapshot.GitHubRelease
		if ds[pick].facts != nil {
			releases = ds[pick].facts.Releases
		}
		var paths []string
		for _, l := range snap.Documents.Maintainers {
			if l.Repo == snap.Repositories[pick].Name && l.URL == "" {
				paths = append(paths, l.Path)
			}
		}
		h, errs, err := c.History(ctx, remote.described[pick], releases, paths, snap.CollectedAt)
		if err != nil {
			return fmt.Errorf("collect history from the GitHub API: %w", err)
		}
		snap.History = h
		snap.CollectionErrors = append(snap.CollectionErrors, errs...)
	} else {
		pick = -1
	}
	for i, d := range remote.described {
		if d == nil || i == pick {
			continue
		}
		name := snap.Repositories[i].Name
		snap.History.Partial = append(snap.History.Partial, name)
		snap.CollectionErrors = append(snap.CollectionErrors, snapshot.CollectionError{
			Source: history.ErrorSource + "." + name,
			Error:  name + ": read through the GitHub API; its history is not counted with the others'",
		})
	}
	return nil
}

// healthFiles are the community health files GitHub takes from the owner's .github
// repository when a repository has none of its own, as GitHub looks for them: in the
// root, .github/ or docs/, any extension; each with the document kind it is.
var healthFiles = []struct{ stem, kind string }{
	{"security", documents.KindSecurityPolicy},
	{"code_of_conduct", documents.KindCodeOfConduct},
	{"contributing", documents.KindContributing},
}

// missingHealthFiles returns the kinds of the health files that are in none of the
// repositories, where GitHub looks for them, listing their files: before the
// repositories are opened, to decide whether the owner's .github is read.
func missingHealthFiles(ctx context.Context, specs []RepoSpec, remote *remoteRepos) []string {
	var lists [][]string
	for i, spec := range specs {
		dir := spec.Dir
		if remote.described[i] != nil {
			dir = remote.dirs[i]
		}
		r, err := repo.NewLocal(spec.GitHub, dir)
		if err != nil {
			continue
		}
		if files, err := r.Files(ctx); err == nil {
			lists = append(lists, files)
		}
	}
	return missingFrom(lists)
}

// missingFrom returns the kinds of the health files in none of the file lists, where
// GitHub looks for them: in the root, .github/ or docs/, any extension.
func missingFrom(lists [][]string) []string {
	have := map[string]bool{}
	for _, files := range lists {
		for _, f := range files {
			d, base := path.Split(f)
			if d != "" && d != ".github/" && d != "docs/" {
				continue
			}
			stem, _, _ := strings.Cut(strings.ToLower(base), ".")
			have[stem] = true
		}
	}
	var missing []string
	for _, h := range healthFiles {
		if !have[h.stem] {
			missing = append(missing, h.kind)
		}
	}
	return missing
}

// unreadDefaults are the owner's default health files that GitHub shows in place of the
// missing ones, when graduate could not read them (offline, or the API failed): a
// place the documents may be that was not read, so their criteria are unknown, never
// failed.
type unreadDefaults struct {
	url   string   // the owner's .github repository
	kinds []string // the document kinds no repository given has
	why   string   // why it was not read
	// listed is false when the kinds are still to be found from the repositories'
	// files, as they are opened (no GitHub client: nothing to decide before).
	listed bool
}

// linksOut records each missing kind of which the reader found no document (docs) as a
// link out to the owner's .github repository, from the main repository (main): GitHub
// links it from the repository's own pages.
func (u *unreadDefaults) linksOut(main string, docs *snapshot.Documents, lists [][]string) []snapshot.LinkOut {
	if u == nil {
		return nil
	}
	if !u.listed {
		u.kinds, u.listed = missingFrom(lists), true
	}
	var out []snapshot.LinkOut
	for _, k := range u.kinds {
		if l := documents.List(docs, k); l != nil && len(*l) > 0 {
			continue
		}
		out = append(out, snapshot.LinkOut{Topic: k, Repo: main, URL: u.url, Text: "the owner's default health files, shown by GitHub where a repository has none; " + u.why})
	}
	return out
}

// withOrgDefaults adds the owner's .github repository to the repositories read, when
// the main repository is on GitHub and no repository given has a security policy, a
// code of conduct or a contributing guide: GitHub shows the .github repository's in their place,
// and so does a reviewer who follows the repository's links. An owner without one adds
// nothing. Without a GitHub client, or when the API fails, it returns what was not read.
func withOrgDefaults(ctx context.Context, opts Options, remote *remoteRepos) (Options, *unreadDefaults, []snapshot.CollectionError, error) {
	c := opts.GitHub
	api := github.DefaultURL
	if c != nil {
		api = c.URL()
	}
	idx := slices.IndexFunc(opts.Repos, func(s RepoSpec) bool { return s.Role == snapshot.RoleMain })
	if idx < 0 {
		idx = 0
	}
	spec := opts.Repos[idx]
	full, web := spec.GitHub, webBase(api)
	if remote.described[idx] == nil {
		u := spec.URL
		if u == "" {
			u = repo.OriginURL(ctx, spec.Dir)
		}
		owner, name, ok := onGitHub(snapshot.Repository{URL: u}, api)
		if !ok {
			return opts, nil, nil, nil
		}
		full = owner + "/" + name
		if p, err := url.Parse(u); err == nil && (p.Scheme == "https" || p.Scheme == "http") && p.Host != "" {
			web = p.Scheme + "://" + p.Host + "/" // the host the checkout came from
		}
	}
	owner, _, err := github.ParseName(full)
	if err != nil || slices.ContainsFunc(opts.Repos, func(s RepoSpec) bool { return isRepo(ctx, s, owner+"/.github", api) }) {
		return opts, nil, nil, nil
	}
	unread := &unreadDefaults{url: web + owner + "/.github"}
	if c == nil {
		// The files are listed once, as the repositories are opened.
		unread.why = "the GitHub API was not asked, offline or without a token: give a token, or its checkout with --dir other=PATH"
		return opts, unread, nil, nil
	}
	missing := missingHealthFiles(ctx, opts.Repos, remote)
	if len(missing) == 0 {
		return opts, nil, nil, nil
	}
	unread.kinds, unread.listed = missing, true
	d, dir, remove, err := c.Open(ctx, owner, ".github")
	switch {
	case errors.Is(err, github.ErrNotFound):
		return opts, nil, nil, nil
	case err != nil && github.Fatal(ctx, err):
		return opts, nil, nil, err
	case err != nil:
		unread.why = "the GitHub API failed to read it: see the github.org_defaults collection error"
		return opts, unread, []snapshot.CollectionError{{Source: github.ErrorSource + ".org_defaults", Error: fmt.Sprintf("read %s/.github, the owner's default health files: %v", owner, err)}}, nil
	}
	opts.Repos = append(slices.Clone(opts.Repos), RepoSpec{Role: snapshot.RoleOther, GitHub: owner + "/.github"})
	remote.described = append(remote.described, d)
	remote.dirs = append(remote.dirs, dir)
	remote.removes = append(remote.removes, remove)
	return opts, nil, nil, nil
}

// webBase is the web address of the GitHub an API address serves: github.com for
// api.github.com, the host itself for GitHub Enterprise's https://HOST/api/v3/.
func webBase(api string) string { return "https://" + github.WebHost(api) + "/" }

// isRepo reports whether s is the GitHub repository full ("owner/.github"), however it
// was given: through the API, by name, or as a checkout whose URL or origin is it.
func isRepo(ctx context.Context, s RepoSpec, full, api string) bool {
	if strings.EqualFold(s.GitHub, full) || strings.EqualFold(s.Name, full) {
		return true
	}
	u := s.URL
	if u == "" && s.Dir != "" {
		u = repo.OriginURL(ctx, s.Dir)
	}
	owner, name, ok := onGitHub(snapshot.Repository{URL: u}, api)
	return ok && strings.EqualFold(owner+"/"+name, full)
}

// codeowners returns the CODEOWNERS file GitHub uses in a repository's directory.
func codeowners(ctx context.Context, name, dir string) (string, []byte, bool) {
	r, err := repo.NewLocal(name, dir)
	if err != nil {
		return "", nil, false
	}
	return maintainers.ReadCodeowners(ctx, r)
}
