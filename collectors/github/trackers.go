package github

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	gh "github.com/google/go-github/v62/github"

	"github.com/graduate-dev/graduate/collectors/tracker"
	"github.com/graduate-dev/graduate/snapshot"
)

// A roadmap is often kept in a tracker its document links: the repository's milestones,
// the issues under a label, an organisation's project board. Whether the tracker is kept
// up is a fact no file holds; the API says when it last changed and what is open in it.

// ErrNeedsToken is the error for a project board asked for without a token: the
// GraphQL API that shows boards answers only to one.
var ErrNeedsToken = errors.New("a project board is read through the GraphQL API, which needs a token (GITHUB_TOKEN or GH_TOKEN)")

// ErrNotTracker is the error for a URL that is no tracker the API can read: a single
// milestone or issue, a search on no label, a repository's classic projects.
var ErrNotTracker = errors.New("not a tracker the API reads (the milestones, a label's issues or an organisation's project)")

// Tracker reads the tracker at the web URL raw (on the GitHub this client's API
// serves): for the milestones, the open ones and the newest change among them; for a
// label, its open issues (up to 100) and the newest change among them; for an
// organisation's project board (GraphQL, which needs a token), whether it is closed,
// its items and when it last changed. A URL that is no tracker is ErrNotTracker.
func (c *Client) Tracker(ctx context.Context, raw string) (snapshot.GitHubTracker, error) {
	host := WebHost(c.base.String())
	ref, ok := tracker.Parse(raw, host)
	if !ok {
		return snapshot.GitHubTracker{}, fmt.Errorf("read tracker %s: %w", raw, ErrNotTracker)
	}
	t := snapshot.GitHubTracker{URL: raw, Kind: ref.Kind}
	var err error
	switch ref.Kind {
	case tracker.Milestones:
		err = c.milestones(ctx, ref.Owner, ref.Name, &t)
	case tracker.Label:
		err = c.labelIssues(ctx, ref.Owner, ref.Name, ref.Label, &t)
	default:
		err = c.project(ctx, ref.Owner, ref.Number, &t)
	}
	if err != nil {
		return snapshot.GitHubTracker{}, fmt.Errorf("read tracker %s: %w", raw, classify(err))
	}
	return t, nil
}

func (c *Client) milestones(ctx context.Context, owner, name string, t *snapshot.GitHubTracker) error {
	ms, _, err := c.api.Issues.ListMilestones(ctx, owner, name, &gh.MilestoneListOptions{State: "open", ListOptions: gh.ListOptions{PerPage: 100}})
	if err != nil {
		return err
	}
	t.Source = fmt.Sprintf("%srepos/%s/%s/milestones?state=open", c.base, owner, name)
	t.Open = len(ms)
	for _, m := range ms {
		t.Updated = newer(t.Updated, m.GetUpdatedAt().Time)
	}
	return nil
}

func (c *Client) labelIssues(ctx context.Context, owner, name, label string, t *snapshot.GitHubTracker) error {
	is, _, err := c.api.Issues.ListByRepo(ctx, owner, name, &gh.IssueListByRepoOptions{
		State: "open", Labels: []string{label}, Sort: "updated", Direction: "desc", ListOptions: gh.ListOptions{PerPage: 100},
	})
	if err != nil {
		return err
	}
	t.Source = fmt.Sprintf("%srepos/%s/%s/issues?labels=%s&state=open", c.base, owner, name, url.QueryEscape(label))
	t.Open = len(is)
	for _, i := range is {
		t.Updated = newer(t.Updated, i.GetUpdatedAt().Time)
	}
	return nil
}

// projectQuery asks for an organisation's project board (Projects, the GraphQL API's
// ProjectV2): REST has no such call.
const projectQuery = `query($login: String!, $number: Int!) { organization(login: $login) { projectV2(number: $number) { closed updatedAt items { totalCount } } } }`

func (c *Client) project(ctx context.Context, org string, number int, t *snapshot.GitHubTracker) error {
	if c.opts.Token == "" {
		// GitHub answers GraphQL without a token with a 401, which is no rejected token.
		return ErrNeedsToken
	}
	body := map[string]any{"query": projectQuery, "variables": map[string]any{"login": org, "number": number}}
	// The GraphQL endpoint is /graphql beside the REST API: api.github.com/graphql,
	// and HOST/api/graphql for GitHub Enterprise's HOST/api/v3/.
	req, err := c.api.NewRequest("POST", "../graphql", body)
	if err != nil {
		return err
	}
	var out struct {
		Data struct {
			Organization *struct {
				ProjectV2 *struct {
					Closed    bool      `json:"closed"`
					UpdatedAt time.Time `json:"updatedAt"`
					Items     struct {
						TotalCount int `json:"totalCount"`
					} `json:"items"`
				} `json:"projectV2"`
			} `json:"organization"`
		} `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if _, err := c.api.Do(ctx, req, &out); err != nil {
		return err
	}
	if len(out.Errors) > 0 {
		return fmt.Errorf("query project board %s/%d: %s", org, number, out.Errors[0].Message)
	}
	if out.Data.Organization == nil || out.Data.Organization.ProjectV2 == nil {
		return fmt.Errorf("query project board %s/%d: no board in the answer", org, number)
	}
	p := out.Data.Organization.ProjectV2
	t.Source = req.URL.String()
	t.Closed = p.Closed
	if !p.Closed {
		t.Open = p.Items.TotalCount
	}
	t.Updated = newer("", p.UpdatedAt)
	return nil
}

// newer returns the later of day (YYYY-MM-DD or "") and the day of at.
func newer(day string, at time.Time) string {
	if at.IsZero() {
		return day
	}
	if d := at.UTC().Format(time.DateOnly); d > day {
		return d
	}
	return day
}
