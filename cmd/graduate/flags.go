package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/graduate-dev/graduate/collectors/github"
	"github.com/graduate-dev/graduate/collectors/openssf"
	"github.com/graduate-dev/graduate/collectors/web"
	"github.com/graduate-dev/graduate/report"
	"github.com/graduate-dev/graduate/snapshot"
)

// The flags more than one command takes are named and described here, once each; a
// command composes the ones it needs. Where a flag means something else to a command
// (what --output writes, what --level selects), the command says so in usage.

// addLevelFlag adds --level, a maturity level; usage says what it selects.
func addLevelFlag(fs *pflag.FlagSet, p *string, usage string) {
	fs.StringVar(p, "level", "", usage)
}

// addFormatFlag adds --format, text by default; usage names the formats the command
// writes, which checkFormat accepts.
func addFormatFlag(fs *pflag.FlagSet, p *string, usage string) {
	fs.StringVar(p, "format", "text", usage)
}

// checkFormat refuses a --format that is not one of formats.
func checkFormat(format string, formats []string) error {
	if !slices.Contains(formats, format) {
		return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(formats, ", "))
	}
	return nil
}

// addOutputFlag adds -o/--output, a file to write instead of stdout; usage says what is
// written there.
func addOutputFlag(fs *pflag.FlagSet, p *string, usage string) {
	fs.StringVarP(p, "output", "o", "", usage)
}

// addConfigFlag adds --config, the project file.
func addConfigFlag(fs *pflag.FlagSet, p *string) {
	fs.StringVar(p, "config", "", "project file (default: graduate.yaml in the first checkout, if present)")
}

// addPolicyFlag adds --policy, the policies to use instead of the embedded ones; verb
// says what the command does with them (use, read, bundle).
func addPolicyFlag(fs *pflag.FlagSet, p *string, verb string) {
	fs.StringVar(p, "policy", "", "policies to "+verb+" instead of the embedded ones: a directory or a bundle .tar.gz")
}

// addRulesFlag adds --rules, the rule set (version of the TOC's templates) to judge by.
func addRulesFlag(fs *pflag.FlagSet, p *string) {
	fs.StringVar(p, "rules", "", "the rule set to judge by: current (the default), or an earlier version of the TOC's templates, e.g. v1.5 (graduate criteria --rules lists each)")
}

// addDataFlag adds --data, the threshold overrides.
func addDataFlag(fs *pflag.FlagSet, p *string) {
	fs.StringVar(p, "data", "", "threshold overrides (YAML or JSON), merged over the defaults")
}

// policyFlags choose and adjust the policies and the report: shared by eval and check.
// loadPolicies (eval.go) reads the policies they name, judge writes the reports.
type policyFlags struct {
	level  string
	policy string
	data   string
	format string
	output string
	config string
	rules  string
	// verificationKey and verificationAlg make loadPolicies refuse a --policy bundle
	// that is not signed with the key.
	verificationKey string
	verificationAlg string
}

func (f *policyFlags) register(fs *pflag.FlagSet) {
	addLevelFlag(fs, &f.level, "level to judge: sandbox, incubation or graduation (default: project file, else graduation)")
	addPolicyFlag(fs, &f.policy, "use")
	addDataFlag(fs, &f.data)
	addRulesFlag(fs, &f.rules)
	addFormatFlag(fs, &f.format, "report format: "+strings.Join(report.Formats, ", "))
	addOutputFlag(fs, &f.output, "write the report to this file instead of stdout")
	addConfigFlag(fs, &f.config)
	fs.StringVar(&f.verificationKey, "verification-key", "", "refuse a --policy bundle not signed with this key: a PEM public key, or an HMAC secret file")
	fs.StringVar(&f.verificationAlg, "verification-alg", "", "signature algorithm (default: RS256 for a PEM key, HS256 for a secret)")
}

// validate checks the flags that need no I/O, so a typo fails before any work.
func (f *policyFlags) validate() error {
	if f.level != "" {
		if err := snapshot.CheckLevel(f.level); err != nil {
			return err
		}
	}
	if err := checkFormat(f.format, report.Formats); err != nil {
		return err
	}
	if f.verificationKey != "" && f.policy == "" {
		return errors.New("--verification-key needs --policy BUNDLE.tar.gz: the embedded policies are not a signed bundle")
	}
	return nil
}

// sourceFlags name what to collect: shared by collect and check.
type sourceFlags struct {
	dirs       []string
	repos      []string
	githubURL  string
	maxWait    time.Duration
	asOf       string
	offline    bool
	cacheDir   string
	openssfURL string
	csv        string
	toc        string
	tagSec     string
	landscape  string
}

func (f *sourceFlags) register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&f.dirs, "dir", nil, "a local checkout, [ROLE=]PATH, repeatable (ROLE: main, community, website, other)")
	fs.StringArrayVar(&f.repos, "repo", nil, "a GitHub repository read through the API, [ROLE=]OWNER/NAME, repeatable (token from GITHUB_TOKEN or GH_TOKEN)")
	fs.StringVar(&f.githubURL, "github-url", github.DefaultURL, "the GitHub API's base URL (GitHub Enterprise: https://HOST/api/v3/)")
	fs.DurationVar(&f.maxWait, "max-wait", 0, "longest wait for a GitHub rate-limit reset before the facts behind it are left unknown (0: never wait)")
	fs.StringVar(&f.asOf, "as-of", "", "collect as of this time (RFC 3339, or YYYY-MM-DD for the end of that day, UTC) instead of now: the year of history and the dates criteria compare end then; for repeatable runs over pinned commits")
	fs.BoolVar(&f.offline, "offline", false, "no network at all: sources outside the repositories are read from the cache only, and the facts that need them are otherwise unknown")
	fs.StringVar(&f.cacheDir, "cache-dir", "", "HTTP cache (ETags) for GitHub and the sources outside the repositories (default: graduate/http under the user cache directory)")
	fs.StringVar(&f.openssfURL, "openssf-url", openssf.DefaultBase, "the OpenSSF Best Practices site, whose JSON API gives the badge level")
	fs.StringVar(&f.landscape, "landscape", "", "the CNCF landscape (cncf/landscape's landscape.yml), a FILE or URL: the project's maturity, its dates, homepage and repositories")
	fs.StringVar(&f.toc, "toc", "", "a checkout of cncf/toc or its GitHub URL, read for the project's folder only (projects/<project>/: reviews, the due-diligence document, the self-assessment)")
	fs.StringVar(&f.tagSec, "tag-security", "", "a checkout of cncf/tag-security or its GitHub URL, read for the project's folder only (community/assessments/projects/<project>/)")
	fs.StringVar(&f.csv, "maintainers-csv", "", "the CNCF's maintainer record (cncf/foundation's project-maintainers.csv), a FILE or URL, to compare with the maintainers the repositories list")
}

// checkSources refuses what the source flags cannot read: a URL of --toc or
// --tag-security that is not a GitHub repository's.
func (f *sourceFlags) checkSources() error {
	for _, fv := range [][2]string{{"--toc", f.toc}, {"--tag-security", f.tagSec}} {
		if isURL(fv[1]) {
			if _, _, err := github.ParseName(fv[1]); err != nil || !strings.HasPrefix(fv[1], "https://github.com/") {
				return usageError{fmt.Errorf("%s %s: give a checkout of the repository or its https://github.com/ URL", fv[0], fv[1])}
			}
		}
	}
	return nil
}

// isURL reports whether a source flag's value is an http(s) URL rather than a path.
func isURL(s string) bool { return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") }

// needsGitHub reports whether the flags read a source through the GitHub API whatever
// the token: --toc or --tag-security given as a URL.
func (f *sourceFlags) needsGitHub() bool { return isURL(f.toc) || isURL(f.tagSec) }

// cache is the cache directory: --cache-dir, else graduate/http under the user cache
// directory ("" when there is none).
func (f *sourceFlags) cache() string {
	if f.cacheDir != "" {
		return f.cacheDir
	}
	if base, err := os.UserCacheDir(); err == nil {
		return filepath.Join(base, "graduate", "http")
	}
	return ""
}

// web returns the client that reads the sources outside the repositories.
func (f *sourceFlags) web() *web.Client {
	return web.New(web.Options{CacheDir: f.cache(), Offline: f.offline, UserAgent: "graduate/" + version})
}

// github returns the GitHub API client, or nil and why none is used. One is used when
// a repository is read through the API, or when a token is in the environment (the
// facts only the API has are then added to the checkouts'); without a token it runs
// under the lower anonymous limit.
func (f *sourceFlags) github(getenv func(string) string, remote bool) (*github.Client, string, error) {
	token := getenv("GITHUB_TOKEN")
	if token == "" {
		token = getenv("GH_TOKEN")
	}
	switch {
	case token == "" && !remote && f.offline:
		return nil, "the GitHub API was not asked: --offline, and no GITHUB_TOKEN or GH_TOKEN whose cached answers to read", nil
	case token == "" && !remote:
		return nil, "the GitHub API was not asked: no GITHUB_TOKEN or GH_TOKEN in the environment and no --repo", nil
	}
	c, err := github.New(github.Options{
		URL: f.githubURL, Token: token, CacheDir: filepath.Join(f.cache(), "github"), Offline: f.offline,
		MaxWait: f.maxWait, UserAgent: "graduate/" + version,
	})
	if err != nil {
		return nil, "", usageError{fmt.Errorf("--github-url: %w", err)}
	}
	return c, "", nil
}

// clock returns the collection time: --as-of, else now. A date is the end of that day
// (UTC): "as of 2025-12-02" includes what happened on it, the pinned commit and a release
// tagged that afternoon.
func (f *sourceFlags) clock(now func() time.Time) (func() time.Time, error) {
	if f.asOf == "" {
		return now, nil
	}
	if t, err := time.Parse(time.RFC3339, f.asOf); err == nil {
		return func() time.Time { return t }, nil
	}
	if d, err := time.Parse("2006-01-02", f.asOf); err == nil {
		t := d.Add(24*time.Hour - time.Second)
		return func() time.Time { return t }, nil
	}
	return nil, usageError{fmt.Errorf("--as-of %q: want RFC 3339 (2026-08-22T10:00:00Z) or a date (2026-08-22)", f.asOf)}
}
