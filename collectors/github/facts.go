package github

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"

	gh "github.com/google/go-github/v62/github"

	"github.com/graduate-dev/graduate/snapshot"
)

// ErrorSource prefixes the collection-error source of each GitHub fact: a member of
// snapshot.GitHubRepo that could not be read is "github.<member>".
const ErrorSource = "github"

// Described is a repository's metadata and the commit its default branch is at.
type Described struct {
	Owner, Name string
	Meta        *gh.Repository
	// Commit is the default branch's head; Protected its classic protection flag.
	Commit    string
	Protected bool
}

// Describe reads a repository's metadata and its default branch's head: two
// requests. A repository the API does not show is ErrNotFound, a rejected token
// ErrBadToken; both end the run, since no fact of the repository can be read.
func (c *Client) Describe(ctx context.Context, owner, name string) (*Described, error) {
	meta, _, err := c.api.Repositories.Get(ctx, owner, name)
	if err != nil {
		return nil, fmt.Errorf("read %s/%s: %w", owner, name, classify(err))
	}
	branch := meta.GetDefaultBranch()
	b, _, err := c.api.Repositories.GetBranch(ctx, owner, name, branch, 1)
	if err != nil {
		return nil, fmt.Errorf("read %s/%s branch %s: %w", owner, name, branch, classify(err))
	}
	sha := b.GetCommit().GetSHA()
	if sha == "" {
		return nil, fmt.Errorf("read %s/%s branch %s: no commit in the answer", owner, name, branch)
	}
	return &Described{Owner: owner, Name: name, Meta: meta, Commit: sha, Protected: b.GetProtected()}, nil
}

// classify turns go-github's errors into the ones the run stops on (a rejected token,
// a missing repository), and says what a rate limit means; others are kept.
func classify(err error) error {
	var (
		er  *gh.ErrorResponse
		rl  *gh.RateLimitError
		arl *gh.AbuseRateLimitError
	)
	switch {
	case errors.As(err, &rl):
		return fmt.Errorf("rate limit exhausted until %s (raise --max-wait to wait for it, or give a token): %w", rl.Rate.Reset.UTC().Format(time.RFC3339), err)
	case errors.As(err, &arl):
		return fmt.Errorf("secondary rate limit: %w", err)
	case errors.As(err, &er) && er.Response != nil:
		switch er.Response.StatusCode {
		case http.StatusUnauthorized:
			return ErrBadToken
		case http.StatusNotFound:
			return ErrNotFound
		case http.StatusTooManyRequests:
			return fmt.Errorf("rate limited (429): %w", err)
		}
	}
	return err
}

// Fatal reports whether an error ends the run rather than making a fact unknown: a
// rejected token, or the end of the run's context (not a request's own timeout).
func Fatal(ctx context.Context, err error) bool { return fatal(ctx, err) }

func fatal(ctx context.Context, err error) bool {
	return errors.Is(err, ErrBadToken) || ctx.Err() != nil
}

// status is an error's HTTP status, 0 when it has none.
func status(err error) int {
	var er *gh.ErrorResponse
	if errors.As(err, &er) && er.Response != nil {
		return er.Response.StatusCode
	}
	return 0
}

// statusError describes a response that is not a success.
func statusError(resp *http.Response) error {
	return fmt.Errorf("HTTP %d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
}

// facts collects what the API says of a described repository, one fact at a time, in
// order: GitHub asks that a client not send many requests at once. A fact that cannot
// be read is left out, with a collection error that says why (no permission, a rate
// limit, a server error); only a rejected token or the end of ctx is returned.
func (c *Client) facts(ctx context.Context, d *Described) (snapshot.GitHubRepo, []snapshot.CollectionError, error) {
	m := d.Meta
	repo := d.Owner + "/" + d.Name
	out := snapshot.GitHubRepo{
		Repo:           repo,
		URL:            m.GetURL(),
		Archived:       m.GetArchived(),
		DefaultBranch:  m.GetDefaultBranch(),
		Homepage:       m.GetHomepage(),
		HasDiscussions: m.GetHasDiscussions(),
	}
	if out.URL == "" {
		out.URL = c.base.JoinPath("repos", d.Owner, d.Name).String()
	}
	if t := m.GetCreatedAt(); !t.IsZero() {
		created := t.UTC()
		out.CreatedAt = &created
	}
	if id := m.GetLicense().GetSPDXID(); id != "" && id != "NOASSERTION" {
		out.License = id
	}
	var errs []snapshot.CollectionError
	steps := []struct {
		member string
		read   func() error
	}{
		{"releases", func() error { return c.releases(ctx, d, &out) }},
		{"tags", func() error { return c.tags(ctx, d, &out) }},
		{"community", func() error { return c.community(ctx, d, &out) }},
		{"protection", func() error { return c.protection(ctx, d, &out) }},
		{"private_vulnerability_reporting", func() error { return c.reporting(ctx, d, &out) }},
		{"advisories", func() error { return c.advisories(ctx, d, &out) }},
	}
	for _, s := range steps {
		err := s.read()
		if err == nil {
			continue
		}
		err = classify(err)
		if fatal(ctx, err) {
			return out, nil, err
		}
		errs = append(errs, snapshot.CollectionError{Source: ErrorSource + "." + s.member, Error: fmt.Sprintf("%s: %s: %s", repo, s.member, reason(err))})
	}
	return out, errs, nil
}

// reason says why a fact could not be read, in words a maintainer can act on.
func reason(err error) string {
	switch status(err) {
	case http.StatusForbidden:
		return "the token may not read it (403): " + err.Error()
	case http.StatusNotFound:
		return "not visible to the token, or not enabled (404)"
	}
	if errors.Is(err, ErrNotFound) {
		return "not visible to the token, or not enabled (404)"
	}
	return err.Error()
}

func (c *Client) releases(ctx context.Context, d *Described, out *snapshot.GitHubRepo) error {
	rels, _, err := c.api.Repositories.ListReleases(ctx, d.Owner, d.Name, &gh.ListOptions{PerPage: 100})
	if err != nil {
		return err
	}
	out.Releases = []snapshot.GitHubRelease{}
	for _, r := range rels {
		if r.GetDraft() {
			continue
		}
		date := r.GetPublishedAt().Time
		if date.IsZero() {
			date = r.GetCreatedAt().Time
		}
		rel := snapshot.GitHubRelease{
			Tag: r.GetTagName(), Name: r.GetName(), Date: date.UTC(), Prerelease: r.GetPrerelease(), URL: r.GetHTMLURL(),
		}
		for _, a := range r.Assets {
			rel.Assets = append(rel.Assets, snapshot.GitHubAsset{Name: a.GetName(), Kind: AssetKind(a.GetName()), URL: a.GetBrowserDownloadURL()})
		}
		out.Releases = append(out.Releases, rel)
	}
	return nil
}

func (c *Client) tags(ctx context.Context, d *Described, out *snapshot.GitHubRepo) error {
	tags, _, err := c.api.Repositories.ListTags(ctx, d.Owner, d.Name, &gh.ListOptions{PerPage: 100})
	if err != nil {
		return err
	}
	n := len(tags)
	out.Tags = &n
	return nil
}

func (c *Client) community(ctx context.Context, d *Described, out *snapshot.GitHubRepo) error {
	p, _, err := c.api.Repositories.GetCommunityHealthMetrics(ctx, d.Owner, d.Name)
	if err != nil {
		return err
	}
	com := &snapshot.GitHubCommunity{HealthPercentage: p.GetHealthPercentage(), Files: map[string]string{}}
	if f := p.GetFiles(); f != nil {
		for key, metric := range map[string]*gh.Metric{
			"code_of_conduct":       f.CodeOfConductFile,
			"contributing":          f.Contributing,
			"issue_template":        f.IssueTemplate,
			"pull_request_template": f.PullRequestTemplate,
			"license":               f.License,
			"readme":                f.Readme,
		} {
			if u := metric.GetHTMLURL(); u != "" {
				com.Files[key] = u
			} else if u := metric.GetURL(); u != "" {
				com.Files[key] = u
			}
		}
		if _, ok := com.Files["code_of_conduct"]; !ok && f.CodeOfConduct != nil {
			com.Files["code_of_conduct"] = f.CodeOfConduct.GetHTMLURL()
		}
	}
	out.Community = com
	return nil
}

// protection reads how the default branch is guarded: the classic protection flag
// (public, read with the branch), the rulesets that apply to the branch (public), and
// the classic protection's details, which need admin rights and are only asked for
// when a token was given and the branch is protected.
func (c *Client) protection(ctx context.Context, d *Described, out *snapshot.GitHubRepo) error {
	branch := d.Meta.GetDefaultBranch()
	p := &snapshot.BranchProtection{Branch: branch, Protected: d.Protected}
	rules, _, err := c.api.Repositories.GetRulesForBranch(ctx, d.Owner, d.Name, branch)
	if err != nil && status(err) != http.StatusNotFound {
		return err
	}
	for _, r := range rules {
		if !slices.Contains(p.Rules, r.Type) {
			p.Rules = append(p.Rules, r.Type)
		}
		if r.Type == "pull_request" && r.Parameters != nil {
			var params gh.PullRequestRuleParameters
			if json.Unmarshal(*r.Parameters, &params) == nil {
				p.RequiredReviews = maxPtr(p.RequiredReviews, params.RequiredApprovingReviewCount)
			}
		}
	}
	slices.Sort(p.Rules)
	if d.Protected && c.opts.Token != "" {
		prot, _, err := c.api.Repositories.GetBranchProtection(ctx, d.Owner, d.Name, branch)
		switch {
		case err == nil:
			p.Details = true
			if r := prot.GetRequiredPullRequestReviews(); r != nil {
				p.RequiredReviews = maxPtr(p.RequiredReviews, r.RequiredApprovingReviewCount)
			} else {
				p.RequiredReviews = maxPtr(p.RequiredReviews, 0)
			}
		case status(err) == http.StatusForbidden || status(err) == http.StatusNotFound:
			// Not an admin: the flag and the rulesets stand, the details stay unread.
		default:
			return err
		}
	}
	out.Protection = p
	return nil
}

func maxPtr(p *int, v int) *int {
	if p != nil && *p >= v {
		return p
	}
	return &v
}

func (c *Client) reporting(ctx context.Context, d *Described, out *snapshot.GitHubRepo) error {
	on, _, err := c.api.Repositories.IsPrivateReportingEnabled(ctx, d.Owner, d.Name)
	if err != nil {
		return err
	}
	out.PrivateVulnerabilityReporting = &on
	return nil
}

func (c *Client) advisories(ctx context.Context, d *Described, out *snapshot.GitHubRepo) error {
	advs, _, err := c.api.SecurityAdvisories.ListRepositorySecurityAdvisories(ctx, d.Owner, d.Name, &gh.ListRepositorySecurityAdvisoriesOptions{
		State: "published", Sort: "published", Direction: "desc", ListCursorOptions: gh.ListCursorOptions{PerPage: 100},
	})
	if err != nil {
		return err
	}
	out.Advisories = []snapshot.GitHubAdvisory{}
	for _, a := range advs {
		out.Advisories = append(out.Advisories, snapshot.GitHubAdvisory{
			ID: a.GetGHSAID(), Severity: a.GetSeverity(), Published: a.GetPublishedAt().UTC(), URL: a.GetHTMLURL(),
		})
	}
	return nil
}

// assetKinds name what a release asset is by its file name; the first match wins.
var assetKinds = []struct {
	kind string
	re   *regexp.Regexp
}{
	{"provenance", regexp.MustCompile(`(?i)(\.intoto\.jsonl$|provenance)`)},
	{"sbom", regexp.MustCompile(`(?i)(sbom|\.spdx(\.json|\.ya?ml)?$|\.cdx\.(json|xml)$|bom\.(json|xml)$)`)},
	{"signature", regexp.MustCompile(`(?i)(\.sig$|\.asc$|\.pem$|\.crt$|\.cert$|\.sigstore(\.json)?$|\.bundle$|\.minisig$)`)},
	{"checksum", regexp.MustCompile(`(?i)(checksums?|sha(256|512|1)sums?|\.sha(256|512|1)$|\.md5$)`)},
}

// AssetKind is what a release asset is, by its name: sbom, signature, checksum,
// provenance or binary.
func AssetKind(name string) string {
	for _, k := range assetKinds {
		if k.re.MatchString(name) {
			return k.kind
		}
	}
	return "binary"
}

// Open describes a repository and brings its files at the default branch's head onto
// the disk (see files); remove, when not nil, deletes them after use.
func (c *Client) Open(ctx context.Context, owner, name string) (d *Described, dir string, remove func(), err error) {
	if d, err = c.Describe(ctx, owner, name); err != nil {
		return nil, "", nil, err
	}
	if dir, remove, err = c.files(ctx, owner, name, d.Commit); err != nil {
		return nil, "", nil, err
	}
	return d, dir, remove, nil
}

// Facts reads what the API says of a described repository beyond its metadata; see
// facts.
func (c *Client) Facts(ctx context.Context, d *Described) (snapshot.GitHubRepo, []snapshot.CollectionError, error) {
	return c.facts(ctx, d)
}

// maxTeams is how many of the teams CODEOWNERS names are read, one request each.
const maxTeams = 3

// teamRE is an @org/team owner in CODEOWNERS.
var teamRE = regexp.MustCompile(`^@([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+)$`)

// Teams reads the members of the teams a CODEOWNERS file (content, at path in repo)
// names as owners, the first maxTeams of them in the order they appear. A team whose
// members the token may not read (listing them needs read:org) has none, with a
// collection error github.teams.
func (c *Client) Teams(ctx context.Context, repo, path string, content []byte) ([]snapshot.GitHubTeam, []snapshot.CollectionError, error) {
	var (
		teams []snapshot.GitHubTeam
		errs  []snapshot.CollectionError
		seen  = map[string]bool{}
	)
	for i, line := range strings.Split(string(content), "\n") {
		line, _, _ = strings.Cut(line, "#")
		fields := strings.Fields(line)
		for _, f := range fields[min(1, len(fields)):] {
			m := teamRE.FindStringSubmatch(f)
			if m == nil || seen[strings.ToLower(f)] || len(teams) == maxTeams {
				continue
			}
			seen[strings.ToLower(f)] = true
			team := snapshot.GitHubTeam{Team: m[1] + "/" + m[2], Source: snapshot.Location{Repo: repo, Path: path, Line: i + 1}}
			users, _, err := c.api.Teams.ListTeamMembersBySlug(ctx, m[1], m[2], &gh.TeamListTeamMembersOptions{ListOptions: gh.ListOptions{PerPage: 100}})
			if err != nil {
				err = classify(err)
				if fatal(ctx, err) {
					return nil, nil, err
				}
				errs = append(errs, snapshot.CollectionError{Source: ErrorSource + ".teams", Error: fmt.Sprintf("%s: team %s: %s (listing a team's members needs a token with read:org)", repo, team.Team, reason(err))})
			} else {
				team.Members = []string{}
				for _, u := range users {
					team.Members = append(team.Members, u.GetLogin())
				}
				slices.Sort(team.Members)
			}
			teams = append(teams, team)
		}
	}
	return teams, errs, nil
}
