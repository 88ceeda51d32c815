package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/graduate-dev/graduate/collectors"
	"github.com/graduate-dev/graduate/collectors/documents"
	"github.com/graduate-dev/graduate/collectors/github"
	"github.com/graduate-dev/graduate/engine"
	"github.com/graduate-dev/graduate/project"
	"github.com/graduate-dev/graduate/snapshot"
)

// collectSnapshot resolves the repositories from arguments, --dir and the project file
// (cfgPath, or graduate.yaml in the first checkout), and collects one snapshot from them
// with the vocabulary of data (the policies' data, from origin). ids returns the known
// criterion IDs, asked only when there is a project file to check.
func collectSnapshot(ctx context.Context, e *env, f sourceFlags, cfgPath string, args []string, data map[string]any, origin string, ids func() (map[string]bool, error), now func() time.Time) (*snapshot.Snapshot, *snapshot.Project, error) {
	specs, cfg, err := resolveProject(f, cfgPath, args, ids)
	if err != nil {
		return nil, nil, err
	}
	if now, err = f.clock(now); err != nil {
		return nil, nil, err
	}
	if err := f.checkSources(); err != nil {
		return nil, nil, err
	}
	snap, err := collectRepos(ctx, e, specs, cfg, data, origin, f, now)
	return snap, cfg, err
}

// resolveProject reads the project file (--config, else graduate.yaml in the first
// checkout) and the checkouts to collect from the arguments, --dir and that file.
func resolveProject(f sourceFlags, cfgPath string, args []string, ids func() (map[string]bool, error)) ([]collectors.RepoSpec, *snapshot.Project, error) {
	specs, err := parseDirs(append(slices.Clone(args), f.dirs...))
	if err != nil {
		return nil, nil, err
	}
	remote, err := parseRepos(f.repos, specs)
	if err != nil {
		return nil, nil, err
	}
	// With repositories read through the API and no checkout, no local project file is
	// taken unless --config names one.
	if cfgPath == "" && (len(specs) > 0 || len(remote) == 0) {
		first := "."
		if len(specs) > 0 {
			first = specs[0].Dir
		}
		candidate := filepath.Join(first, project.FileName)
		if _, err := os.Stat(candidate); err == nil {
			cfgPath = candidate
		}
	}
	var cfg *snapshot.Project
	if cfgPath != "" {
		var known map[string]bool
		if known, err = ids(); err != nil {
			return nil, nil, err
		}
		if cfg, err = project.Load(cfgPath, known); err != nil {
			return nil, nil, err
		}
		specs = mergeProjectRepos(append(specs, remote...), cfg, filepath.Dir(cfgPath))
	} else {
		specs = append(specs, remote...)
	}
	if len(specs) == 0 {
		specs = []collectors.RepoSpec{{Role: snapshot.RoleMain, Dir: "."}}
	}
	return specs, cfg, nil
}

// collectRepos collects one snapshot of the checkouts, reading their documents with the
// vocabulary of the policies that will judge them.
func collectRepos(ctx context.Context, e *env, specs []collectors.RepoSpec, cfg *snapshot.Project, data map[string]any, origin string, f sourceFlags, now func() time.Time) (*snapshot.Snapshot, error) {
	vocab, err := documents.VocabularyFrom(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", engine.ErrPolicy, origin, err)
	}
	gh, skipped, err := f.github(e.getenv, f.needsGitHub() || slices.ContainsFunc(specs, func(s collectors.RepoSpec) bool { return s.GitHub != "" }))
	if err != nil {
		return nil, err
	}
	snap, err := collectors.Collect(ctx, collectors.Options{
		Repos:          specs,
		Now:            now,
		Project:        cfg,
		ToolVersion:    version,
		Vocabulary:     vocab,
		Web:            f.web(),
		OpenSSFBase:    f.openssfURL,
		MaintainersCSV: f.csv,
		Landscape:      f.landscape,
		TOC:            f.toc,
		TagSecurity:    f.tagSec,
		GitHub:         gh,
		GitHubSkipped:  skipped,
		Progress:       e.progress(),
	})
	if e.isTerminal(e.stderr) && gh != nil {
		fmt.Fprint(e.stderr, clearLine)
	}
	if err != nil {
		return nil, fmt.Errorf("collect: %w", err)
	}
	if snap.GitHub != nil {
		fmt.Fprintln(e.stderr, githubSummary(snap.GitHub.Requests, f.offline))
	}
	return snap, nil
}

// parseRepos reads --repo [ROLE=]OWNER/NAME values; the first without a role is main
// when no checkout is, later ones other.
func parseRepos(values []string, dirs []collectors.RepoSpec) ([]collectors.RepoSpec, error) {
	var specs []collectors.RepoSpec
	hasMain := slices.ContainsFunc(dirs, func(s collectors.RepoSpec) bool { return s.Role == snapshot.RoleMain })
	for _, v := range values {
		role, name, hasRole := strings.Cut(v, "=")
		if !hasRole {
			name, role = v, ""
		} else if err := snapshot.CheckRole(role); err != nil {
			return nil, usageError{fmt.Errorf("--repo %s: %w", v, err)}
		}
		owner, repo, err := github.ParseName(name)
		if err != nil {
			return nil, usageError{fmt.Errorf("--repo %s: %w", v, err)}
		}
		if role == "" {
			role = snapshot.RoleOther
			if !hasMain {
				role = snapshot.RoleMain
			}
		}
		hasMain = hasMain || role == snapshot.RoleMain
		specs = append(specs, collectors.RepoSpec{Role: role, GitHub: owner + "/" + repo})
	}
	return specs, nil
}

// clearLine returns a terminal's cursor to the start of its line and clears it.
const clearLine = "\r\x1b[K"

// progress is the progress line of the repositories read through the GitHub API, on a
// terminal only; nil elsewhere.
func (e *env) progress() func(done, total int, repo string) {
	if !e.isTerminal(e.stderr) {
		return nil
	}
	return func(done, total int, repo string) {
		fmt.Fprintf(e.stderr, "%sgraduate: GitHub API: %d/%d read (%s)", clearLine, done, total, repo)
	}
}

// githubSummary is the line on stderr that says what the GitHub API cost.
func githubSummary(r snapshot.GitHubRequests, offline bool) string {
	if offline {
		return fmt.Sprintf("graduate: GitHub API: offline, %d answers from the cache; what was not cached is unknown", r.FromCache)
	}
	s := fmt.Sprintf("graduate: GitHub API: %d requests (%d answered 304 from the cache, not counted against the rate limit), %d from the cache without asking", r.Made, r.Revalidated, r.FromCache)
	if r.RateRemaining >= 0 {
		s += fmt.Sprintf(", rate limit %d of %d left", r.RateRemaining, r.RateLimit)
	}
	if !r.Authenticated {
		s += "; no token (GITHUB_TOKEN or GH_TOKEN): the anonymous limit is 60 requests an hour"
	}
	return s
}

// parseDirs reads [ROLE=]PATH values; the first without a role is main, later ones other.
func parseDirs(values []string) ([]collectors.RepoSpec, error) {
	var specs []collectors.RepoSpec
	for _, v := range values {
		role, path, hasRole := strings.Cut(v, "=")
		if !hasRole {
			path, role = v, ""
		}
		if hasRole {
			if err := snapshot.CheckRole(role); err != nil {
				return nil, usageError{fmt.Errorf("--dir %s: %w", v, err)}
			}
		}
		if path == "" {
			return nil, usageError{fmt.Errorf("--dir %q: empty path", v)}
		}
		if role == "" {
			role = snapshot.RoleOther
			if !slices.ContainsFunc(specs, func(s collectors.RepoSpec) bool { return s.Role == snapshot.RoleMain }) {
				role = snapshot.RoleMain
			}
		}
		info, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("read checkout: %w", err)
		}
		if !info.IsDir() {
			return nil, fmt.Errorf("read checkout %s: not a directory", path)
		}
		specs = append(specs, collectors.RepoSpec{Role: role, Dir: path})
	}
	return specs, nil
}

// mergeProjectRepos adds the project file's local repositories (paths relative to the
// file) and gives given checkouts the URL the file names for their role. A GitHub
// repository the file names without a path, and no checkout of its role was given
// for, is read through the GitHub API.
//
// A project repository whose path is a checkout already given on the command line is
// that checkout (a bare PATH, given the role other by default, takes the project file's
// role); one without a path names the URL of the checkout given with its role.
func mergeProjectRepos(specs []collectors.RepoSpec, cfg *snapshot.Project, base string) []collectors.RepoSpec {
	for i, r := range cfg.Repositories {
		role := snapshot.RoleAt(i, r.Role)
		dir := ""
		if r.Path != "" {
			dir = r.Path
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(base, dir)
			}
			if idx := slices.IndexFunc(specs, func(s collectors.RepoSpec) bool { return sameDir(s.Dir, dir) }); idx >= 0 {
				if specs[idx].URL == "" {
					specs[idx].URL = r.URL
				}
				if specs[idx].Role == snapshot.RoleOther {
					specs[idx].Role = role
				}
				continue
			}
		}
		ghName := ""
		if strings.HasPrefix(r.URL, "https://github.com/") {
			if owner, name, err := github.ParseName(r.URL); err == nil {
				ghName = owner + "/" + name
			}
		}
		if ghName != "" {
			// A repository also given with --repo takes the file's role.
			if idx := slices.IndexFunc(specs, func(s collectors.RepoSpec) bool { return s.GitHub == ghName }); idx >= 0 {
				if specs[idx].Role == snapshot.RoleOther {
					specs[idx].Role = role
				}
				continue
			}
		}
		idx := slices.IndexFunc(specs, func(s collectors.RepoSpec) bool { return s.Role == role && s.URL == "" && s.GitHub == "" })
		if idx >= 0 {
			specs[idx].URL = r.URL
			continue
		}
		switch {
		case dir != "":
			specs = append(specs, collectors.RepoSpec{Role: role, Dir: dir, URL: r.URL})
		case ghName != "":
			// No checkout of it: it is read through the GitHub API.
			specs = append(specs, collectors.RepoSpec{Role: role, GitHub: ghName, URL: r.URL})
		}
	}
	return specs
}

// sameDir reports whether two paths name the same directory.
func sameDir(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

type collectParams struct {
	sourceFlags
	config string
	output string
}

func newCollectCmd(e *env) *cobra.Command {
	var p collectParams
	cmd := &cobra.Command{
		Use:   "collect [PATH...]",
		Short: "Collect a project's facts into a snapshot (JSON)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCollect(cmd.Context(), e, p, args, time.Now)
		},
	}
	fs := cmd.Flags()
	p.sourceFlags.register(fs)
	addConfigFlag(fs, &p.config)
	addOutputFlag(fs, &p.output, "write the snapshot here instead of stdout")
	return cmd
}

func runCollect(ctx context.Context, e *env, p collectParams, args []string, now func() time.Time) error {
	// A collection reads the policies' data (the vocabulary); their modules are parsed
	// only for a project file's criterion IDs.
	data, err := engine.EmbeddedData()
	if err != nil {
		return err
	}
	ids := func() (map[string]bool, error) {
		f := policyFlags{}
		_, criteria, err := f.loadPolicies(ctx)
		if err != nil {
			return nil, err
		}
		return criterionIDs(criteria), nil
	}
	snap, _, err := collectSnapshot(ctx, e, p.sourceFlags, p.config, args, data, "embedded", ids, now)
	if err != nil {
		return err
	}
	raw, err := json.MarshalIndent(snap, "", "  ")
	if err != nil {
		return fmt.Errorf("encode snapshot: %w", err)
	}
	raw = append(raw, '\n')
	if p.output == "" {
		_, err = e.stdout.Write(raw)
		return err
	}
	if err := os.WriteFile(p.output, raw, 0o644); err != nil {
		return fmt.Errorf("write snapshot: %w", err)
	}
	return nil
}
