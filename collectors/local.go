// Package collectors builds a snapshot from a project's repositories.
package collectors

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/graduate-dev/graduate/collectors/adopters"
	"github.com/graduate-dev/graduate/collectors/documents"
	"github.com/graduate-dev/graduate/collectors/foundation"
	"github.com/graduate-dev/graduate/collectors/github"
	"github.com/graduate-dev/graduate/collectors/history"
	"github.com/graduate-dev/graduate/collectors/maintainers"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/collectors/web"
	"github.com/graduate-dev/graduate/snapshot"
)

// RepoSpec names one local checkout of a project repository.
type RepoSpec struct {
	// Role is main, community, website or other; empty means main for the first
	// repository and other for the rest.
	Role string
	// Name names the repository in locations; empty means owner/name from a GitHub URL,
	// else the directory's base name.
	Name string
	// Dir is the checkout's directory.
	Dir string
	// URL is where the repository lives, when known; empty means the checkout's origin
	// remote when that is on GitHub.
	URL string
	// GitHub is OWNER/NAME for a repository read through the GitHub API instead of a
	// checkout (Dir is then empty).
	GitHub string
}

// Options say what Collect reads and how it labels the snapshot.
type Options struct {
	Repos []RepoSpec
	// Now is the collection time; nil means time.Now.
	Now func() time.Time
	// Project is the project file the snapshot is collected with, or nil.
	Project     *snapshot.Project
	ToolVersion string
	// Vocabulary is what the documents reader reads with; nil means the embedded
	// policies' vocabulary.
	Vocabulary *documents.Vocabulary
	// Web fetches what lies outside the repositories (the OpenSSF Best Practices
	// badge level); nil consults no network source, and the facts that need one are
	// collection errors.
	Web *web.Client
	// OpenSSFBase is the OpenSSF Best Practices site (default openssf.DefaultBase).
	OpenSSFBase string
	// RawBase serves GitHub files raw, for the pages the documents link to in other
	// repositories of the project's organisations (default raw.githubusercontent.com).
	RawBase string
	// MaintainersCSV is the CNCF's maintainer record (cncf/foundation's
	// project-maintainers.csv), a file or a URL; "" reads none.
	MaintainersCSV string
	// Landscape is the CNCF landscape (cncf/landscape's landscape.yml), a file or a URL;
	// "" reads none.
	Landscape string
	// TOC and TagSecurity are checkouts of cncf/toc and cncf/tag-security, or their
	// GitHub URLs (read through GitHub), read for the project's folder only; "" reads
	// none.
	TOC, TagSecurity string
	// GitHub reads the repositories given by GitHub name, and the facts only the API
	// has of every repository on GitHub; nil asks nothing, and GitHubSkipped says why
	// (the reason of the facts left unknown).
	GitHub        *github.Client
	GitHubSkipped string
	// Progress, when not nil, is told each time a repository has been read through the
	// GitHub API: how many of how many, and which.
	Progress func(done, total int, repo string)
}

// ToolName is the tool recorded in snapshots.
const ToolName = "graduate"

// Collect reads the local repositories and builds one snapshot of their documents,
// artifacts, content, licences, OpenSSF badge, maintainers, adopters and git history.
// A repository that cannot be read is an error; a file that cannot be read, or a
// checkout without git history, is a collection error in the snapshot.
func Collect(ctx context.Context, opts Options) (*snapshot.Snapshot, error) {
	if len(opts.Repos) == 0 {
		return nil, fmt.Errorf("collect: no repository given")
	}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	snap := &snapshot.Snapshot{
		SchemaVersion:    snapshot.SchemaVersion,
		CollectedAt:      now().UTC().Truncate(time.Second),
		Tool:             &snapshot.Tool{Name: ToolName, Version: opts.ToolVersion},
		Project:          opts.Project,
		Repositories:     []snapshot.Repository{},
		CollectionErrors: []snapshot.CollectionError{},
	}
	vocab := opts.Vocabulary
	if vocab == nil {
		v, err := documents.DefaultVocabulary()
		if err != nil {
			return nil, err
		}
		vocab = v
	}
	remote, err := openRemote(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer remote.close()
	opts, unread, orgErrs, err := withOrgDefaults(ctx, opts, remote)
	if err != nil {
		return nil, err
	}
	snap.CollectionErrors = append(snap.CollectionErrors, orgErrs...)
	names := map[string]string{}
	var (
		repos     []repo.Repo
		inputs    []documents.Input
		specs     []RepoSpec
		fileLists [][]string // each repository's files, listed once
		logs      []opened   // each checkout's history, its first reads under way
	)
	// git walks each checkout's history while the documents are read; a return before
	// the history is asked for stops it, and waits for git to end.
	pctx, stop := context.WithCancel(ctx)
	defer func() {
		stop()
		for _, l := range logs {
			if l.pre != nil {
				l.pre.Wait()
			}
		}
	}()
	since, until := history.Window(snap.CollectedAt)
	for i, spec := range opts.Repos {
		role := snapshot.RoleAt(i, spec.Role)
		read := ""
		commit := ""
		if d := remote.described[i]; d != nil {
			spec.Dir, spec.URL, read, commit = remote.dirs[i], d.Meta.GetHTMLURL(), "api", d.Commit
			if spec.URL == "" {
				spec.URL = "https://github.com/" + spec.GitHub
			}
			if spec.Name == "" {
				spec.Name = spec.GitHub
			}
		}
		if spec.URL == "" {
			// A checkout of a GitHub repository names itself: evidence then links to
			// it, and it is called owner/name rather than after its directory.
			spec.URL = repo.OriginURL(ctx, spec.Dir)
		}
		name := spec.Name
		if name == "" {
			name = repo.GitHubName(spec.URL)
		}
		r, err := repo.NewLocal(name, spec.Dir)
		if err != nil {
			return nil, err
		}
		where := spec.Dir
		if read == "api" {
			where = spec.GitHub + " (GitHub API)"
		}
		if dir, dup := names[r.Name()]; dup {
			return nil, fmt.Errorf("collect %s: repository name %q is also used by %s; name them apart", where, r.Name(), dir)
		}
		names[r.Name()] = where
		files, err := r.Files(ctx)
		if err != nil {
			return nil, fmt.Errorf("collect %s: %w", where, err)
		}
		fileLists = append(fileLists, files)
		if remote.described[i] == nil {
			logs = append(logs, openHistory(pctx, name, spec.Dir, since, until))
		} else {
			logs = append(logs, opened{}) // its history is the API's
		}
		repos = append(repos, r)
		inputs = append(inputs, documents.Input{Repo: r, URL: spec.URL, Website: role == snapshot.RoleWebsite})
		specs = append(specs, spec)
		rec := snapshot.Repository{
			Name:   r.Name(),
			Role:   role,
			URL:    spec.URL,
			Path:   filepath.ToSlash(spec.Dir),
			Commit: repo.HeadCommit(ctx, spec.Dir),
			Files:  len(files),
		}
		if read == "api" {
			rec.Path, rec.Commit, rec.Read = "", commit, read
		}
		snap.Repositories = append(snap.Repositories, rec)
	}
	// The documents are read across the repositories at once: a link from one to a file
	// of another is followed.
	// Once the documents have said which are the maintainer and governance files,
	// git walks their history while the topics are read.
	docs, err := documents.CollectNotifying(ctx, inputs, vocab, func(found []documents.RepoFacts) {
		for i, rf := range found {
			if p := logs[i].pre; p != nil {
				p.StartChanges(pctx, historySource(repos[i].Name(), logs[i], rf))
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("collect documents: %w", err)
	}
	// The foundation's record is read before the maintainers: the file it names as the
	// project's list is read as one, whatever it is called.
	if opts.MaintainersCSV != "" {
		id := identify(opts.Project, snap.Repositories)
		fm, cerr := foundation.Read(ctx, opts.Web, opts.MaintainersCSV, foundation.Want{Name: id.name, Repos: id.repos})
		if cerr != nil {
			snap.CollectionErrors = append(snap.CollectionErrors, *cerr)
		}
		snap.FoundationMaintainers = fm
	}
	var (
		people  []maintainers.Repository
		sources []history.Source
	)
	for i, r := range repos {
		rf := docs.Repos[i]
		snap.Repositories[i].Documents = &rf.Documents
		snap.Repositories[i].Excluded = rf.Excluded
		people = append(people, maintainers.Repository{Repo: r, Role: snap.Repositories[i].Role, URL: specs[i].URL, Documents: rf.Maintainers})
		if remote.described[i] != nil {
			continue // its history is the API's, read with its other facts
		}
		sources = append(sources, historySource(r.Name(), logs[i], rf))
	}
	// The maintainers first: the history looks for each one's commits of the year.
	var record string
	if snap.FoundationMaintainers != nil {
		record = snap.FoundationMaintainers.List
	}
	ppl, err := maintainers.Collect(ctx, people, record)
	if err != nil {
		return nil, fmt.Errorf("collect maintainers: %w", err)
	}
	var active []*snapshot.Person
	if ppl.Maintainers != nil {
		for i := range ppl.Maintainers.Active {
			active = append(active, &ppl.Maintainers.Active[i])
		}
	}
	// git walks the history in other processes while this one parses the adopters.
	var (
		hist     *snapshot.History
		histErrs []snapshot.CollectionError
		histErr  error
		done     = make(chan struct{})
	)
	go func() {
		defer close(done)
		if len(sources) > 0 {
			hist, histErrs, histErr = history.Collect(ctx, sources, snap.CollectedAt, active)
		}
	}()
	adopt, err := adopters.Collect(ctx, repos, docs.Documents.Adopters)
	<-done
	if err != nil {
		return nil, fmt.Errorf("collect adopters: %w", err)
	}
	if histErr != nil {
		return nil, fmt.Errorf("collect history: %w", histErr)
	}

	docs.Content.LinksOut = append(docs.Content.LinksOut, unread.linksOut(mainName(snap.Repositories), &docs.Documents, fileLists)...)
	snap.Documents = &docs.Documents
	snap.Artifacts = docs.Artifacts
	snap.Content = &docs.Content
	snap.Licenses = docs.Licenses
	snap.CollectionErrors = append(snap.CollectionErrors, docs.Errors...)
	snap.Maintainers = ppl.Maintainers
	snap.CollectionErrors = append(snap.CollectionErrors, ppl.Errors...)
	snap.Adopters = adopt.Adopters
	snap.CollectionErrors = append(snap.CollectionErrors, adopt.Errors...)
	snap.History = hist
	snap.CollectionErrors = append(snap.CollectionErrors, histErrs...)

	// The project file's id wins over a README badge; an empty object says a badge was
	// looked for and none found.
	switch {
	case opts.Project != nil && opts.Project.OpenSSFBestPracticesID > 0:
		snap.OpenSSF = &snapshot.OpenSSF{ProjectID: opts.Project.OpenSSFBestPracticesID}
	case docs.OpenSSF != nil:
		snap.OpenSSF = docs.OpenSSF
	default:
		snap.OpenSSF = &snapshot.OpenSSF{}
	}
	if err := collectGitHub(ctx, opts, snap, remote); err != nil {
		return nil, err
	}
	if err := collectOutside(ctx, opts, snap, vocab); err != nil {
		return nil, err
	}
	return snap, nil
}

// opened is a checkout's git history, its first reads under way, or why it has none.
type opened struct {
	pre *history.Prefetched
	err error
}

// openHistory opens a checkout's git history and starts the reads that need nothing
// the documents find (history.Prefetch). A checkout without .git has no history, and
// the error says so by the repository's name, so that the snapshot does not depend on
// where the checkout happens to be.
func openHistory(ctx context.Context, name, dir string, since, until time.Time) opened {
	g, err := history.NewGit(dir)
	switch {
	case errors.Is(err, history.ErrNoHistory):
		return opened{err: fmt.Errorf("%s: %w", name, history.ErrNoHistory)}
	case err != nil:
		return opened{err: err}
	}
	return opened{pre: history.Prefetch(ctx, g, since, until)}
}

// historySource is a checkout's history with the maintainer and governance documents
// the documents pass found, so that their history is read too.
func historySource(name string, o opened, f documents.RepoFacts) history.Source {
	src := history.Source{Repo: name, Err: o.err}
	if o.pre != nil {
		src.Log = o.pre
	}
	for _, l := range f.Maintainers {
		src.MaintainerPaths = append(src.MaintainerPaths, l.Path)
	}
	for _, l := range f.Governance {
		src.GovernancePaths = append(src.GovernancePaths, l.Path)
	}
	return src
}

// mainName is the name of the main repository, the first when none has that role.
func mainName(rs []snapshot.Repository) string {
	for _, r := range rs {
		if r.Role == snapshot.RoleMain {
			return r.Name
		}
	}
	return rs[0].Name
}
