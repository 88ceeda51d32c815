package github_test

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/collectors/github"
	"github.com/graduate-dev/graduate/collectors/github/githubtest"
	"github.com/graduate-dev/graduate/snapshot"
)

func TestTracker(t *testing.T) {
	srv := githubtest.New(t)
	srv.Add("quarry-dev/quarry", &githubtest.Repo{
		Milestones: []map[string]any{
			{"number": 7, "title": "v1.4", "state": "open", "updated_at": "2026-10-02T09:00:00Z", "due_on": "2026-12-01T00:00:00Z"},
			{"number": 6, "title": "v1.3", "state": "open", "updated_at": "2026-06-12T09:00:00Z"},
			{"number": 5, "title": "v1.2", "state": "closed", "updated_at": "2026-10-30T09:00:00Z"},
		},
		Issues: []map[string]any{
			{"number": 40, "state": "open", "updated_at": "2026-09-14T10:00:00Z", "labels": []map[string]any{{"name": "roadmap"}}},
			{"number": 41, "state": "open", "updated_at": "2026-10-29T10:00:00Z", "labels": []map[string]any{{"name": "bug"}}},
			{"number": 39, "state": "closed", "updated_at": "2026-10-30T10:00:00Z", "labels": []map[string]any{{"name": "roadmap"}}},
		},
	})
	srv.Projects = map[string]map[string]any{
		"quarry-dev/25": {"closed": false, "updatedAt": "2026-10-20T08:00:00Z", "items": map[string]any{"totalCount": 31}},
		"quarry-dev/3":  {"closed": true, "updatedAt": "2023-02-01T08:00:00Z", "items": map[string]any{"totalCount": 4}},
	}
	web := "https://" + mustHost(t, srv.URL) + "/"
	c := newClient(t, srv, github.Options{Token: "t0ken"})
	ctx := context.Background()
	tests := []struct {
		url  string
		want snapshot.GitHubTracker
	}{
		{web + "quarry-dev/quarry/milestones", snapshot.GitHubTracker{Kind: "milestones", Open: 2, Updated: "2026-10-02", Source: srv.URL + "/repos/quarry-dev/quarry/milestones?state=open"}},
		{web + "quarry-dev/quarry/issues?q=is%3Aopen+label%3Aroadmap", snapshot.GitHubTracker{Kind: "label", Open: 1, Updated: "2026-09-14", Source: srv.URL + "/repos/quarry-dev/quarry/issues?labels=roadmap&state=open"}},
		{web + "orgs/quarry-dev/projects/25/views/1", snapshot.GitHubTracker{Kind: "project", Open: 31, Updated: "2026-10-20", Source: srv.URL + "/graphql"}},
		{web + "orgs/quarry-dev/projects/3", snapshot.GitHubTracker{Kind: "project", Closed: true, Updated: "2023-02-01", Source: srv.URL + "/graphql"}},
	}
	for _, tt := range tests {
		got, err := c.Tracker(ctx, tt.url)
		tt.want.URL = tt.url
		if err != nil || got != tt.want {
			t.Errorf("Tracker(%s) = %+v, %v; want %+v", tt.url, got, err, tt.want)
		}
	}
	if n := srv.PathRequests("/graphql"); n != 2 {
		t.Errorf("%d GraphQL requests, want one for each board", n)
	}

	// A board that does not exist, an answer GitHub refuses, a URL that is no
	// tracker: each an error naming the URL.
	if _, err := c.Tracker(ctx, web+"orgs/quarry-dev/projects/99"); err == nil || !strings.Contains(err.Error(), "Could not resolve to a ProjectV2") {
		t.Errorf("a missing board: %v", err)
	}
	srv.Inject(githubtest.Fault{Path: "/repos/quarry-dev/quarry/milestones", Status: 500, Times: 1})
	if _, err := newClient(t, srv, github.Options{Token: "t0ken", Retries: -1}).Tracker(ctx, web+"quarry-dev/quarry/milestones"); err == nil || !strings.Contains(err.Error(), "quarry-dev/quarry/milestones") {
		t.Errorf("a failing API: %v", err)
	}
	if _, err := c.Tracker(ctx, web+"quarry-dev/quarry/milestone/3"); !errors.Is(err, github.ErrNotTracker) {
		t.Errorf("one milestone: %v, want ErrNotTracker", err)
	}
	// GraphQL needs a token, so a board is not asked for without one; a rejected
	// token ends the run.
	before := srv.PathRequests("/graphql")
	if _, err := newClient(t, srv, github.Options{}).Tracker(ctx, web+"orgs/quarry-dev/projects/25"); !errors.Is(err, github.ErrNeedsToken) || srv.PathRequests("/graphql") != before {
		t.Errorf("a board without a token: %v, want ErrNeedsToken and no request", err)
	}
	srv.Token = "t0ken"
	if _, err := newClient(t, srv, github.Options{Token: "wrong"}).Tracker(ctx, web+"quarry-dev/quarry/milestones"); !errors.Is(err, github.ErrBadToken) {
		t.Errorf("a rejected token: %v, want ErrBadToken", err)
	}
}

func mustHost(t *testing.T, raw string) string {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}

func TestWebHost(t *testing.T) {
	for api, want := range map[string]string{
		"https://api.github.com/":         "github.com",
		"https://ghe.example.com/api/v3/": "ghe.example.com",
		"https://api.octo.ghe.com/":       "octo.ghe.com",
		"http://127.0.0.1:8080/api/v3/":   "127.0.0.1:8080",
		"::not a url":                     "github.com",
	} {
		if got := github.WebHost(api); got != want {
			t.Errorf("WebHost(%q) = %q, want %q", api, got, want)
		}
	}
}

// GitHub Enterprise Server serves GraphQL at /api/graphql beside the REST API's /api/v3/.
func TestTrackerOnEnterpriseServer(t *testing.T) {
	srv := githubtest.New(t)
	srv.Projects = map[string]map[string]any{"quarry-dev/25": {"closed": false, "updatedAt": "2026-10-20T08:00:00Z", "items": map[string]any{"totalCount": 3}}}
	c := newClient(t, srv, github.Options{URL: "/api/v3/", Token: "t0ken"})
	got, err := c.Tracker(context.Background(), "https://"+mustHost(t, srv.URL)+"/orgs/quarry-dev/projects/25")
	if err != nil || got.Source != srv.URL+"/api/graphql" || got.Open != 3 {
		t.Errorf("Tracker = %+v, %v; want the board read at /api/graphql", got, err)
	}
}
