package github

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"time"

	gh "github.com/google/go-github/v62/github"

	"github.com/graduate-dev/graduate/collectors/history"
	"github.com/graduate-dev/graduate/snapshot"
)

// commitSample is how many of the newest commits the sign-off count is read from;
// changeSample how many of the newest commits that changed the maintainer file are
// read, each version one request.
const (
	commitSample = 100
	changeSample = 4
)

// signedOffRE finds a Signed-off-by trailer's value.
var signedOffRE = regexp.MustCompile(`(?im)^signed-off-by:[ \t]*(.+?)[ \t]*$`)

// History reads a repository's history within the request budget, for a repository
// whose files came through the API and so has no git history: the last year's commits
// from the weekly commit statistics, its authors from the contributor statistics (the
// top 100 GitHub keeps, so a lower bound beyond that), sign-offs from the newest 100
// commits, and releases from the releases already read. What is sampled is said in
// History.Sampled. The maintainer changes are read from the newest commits that changed
// the first of maintainerPaths (the maintainer documents the documents reader found),
// by the rules of a git history. The first commit and the count of governance commits
// are not read, each with a collection error.
func (c *Client) History(ctx context.Context, d *Described, releases []snapshot.GitHubRelease, maintainerPaths []string, now time.Time) (*snapshot.History, []snapshot.CollectionError, error) {
	repo := d.Owner + "/" + d.Name
	h := &snapshot.History{Sampled: map[string]string{}}
	var errs []snapshot.CollectionError
	fail := func(member string, err error) error {
		err = classify(err)
		if fatal(ctx, err) {
			return err
		}
		errs = append(errs, snapshot.CollectionError{Source: history.ErrorSource + "." + member, Error: fmt.Sprintf("%s: %s", repo, reason(err))})
		return nil
	}
	yearAgo := now.Add(-365 * 24 * time.Hour)

	weeks, err := stats(ctx, c, func() ([]*gh.WeeklyCommitActivity, *gh.Response, error) {
		return c.api.Repositories.ListCommitActivity(ctx, d.Owner, d.Name)
	})
	if err != nil {
		if err := fail("commits_last_year", err); err != nil {
			return nil, nil, err
		}
	} else {
		n := 0
		for _, w := range weeks {
			if w.GetWeek().After(yearAgo.Add(-7 * 24 * time.Hour)) {
				n += w.GetTotal()
			}
		}
		h.CommitsLastYear = &n
		h.Sampled["commits_last_year"] = fmt.Sprintf("%s: GitHub's weekly commit counts of the default branch, the last 52 weeks", repo)
	}

	contributors, err := stats(ctx, c, func() ([]*gh.ContributorStats, *gh.Response, error) {
		return c.api.Repositories.ListContributorsStats(ctx, d.Owner, d.Name)
	})
	if err != nil {
		if err := fail("authors_last_year", err); err != nil {
			return nil, nil, err
		}
	} else {
		n := 0
		for _, cs := range contributors {
			for _, w := range cs.Weeks {
				if w.GetCommits() > 0 && w.GetWeek().After(yearAgo) {
					n++
					break
				}
			}
		}
		h.AuthorsLastYear = &n
		h.Sampled["authors_last_year"] = fmt.Sprintf("%s: GitHub's contributor statistics (its 100 most active authors of all time)", repo)
	}

	commits, _, err := c.api.Repositories.ListCommits(ctx, d.Owner, d.Name, &gh.CommitsListOptions{
		SHA: d.Commit, Since: yearAgo, Until: now, ListOptions: gh.ListOptions{PerPage: commitSample},
	})
	if err != nil {
		if err := fail("dco", err); err != nil {
			return nil, nil, err
		}
	} else {
		sample := make([]history.Commit, 0, len(commits))
		for _, rc := range commits {
			msg := rc.GetCommit().GetMessage()
			var trailers []string
			for _, m := range signedOffRE.FindAllStringSubmatch(msg, -1) {
				trailers = append(trailers, m[1])
			}
			sample = append(sample, history.Commit{
				Hash:        rc.GetSHA(),
				AuthorEmail: rc.GetCommit().GetAuthor().GetEmail(),
				AuthorDate:  rc.GetCommit().GetAuthor().GetDate().Time,
				CommitDate:  rc.GetCommit().GetCommitter().GetDate().Time,
				Parents:     len(rc.Parents),
				SignedOffBy: trailers,
			})
		}
		dco, _ := history.Sample(sample)
		h.DCO = &dco
		h.Sampled["dco"] = fmt.Sprintf("%s: the %d newest commits of the last year (of at most %d read)", repo, len(commits), commitSample)
	}

	if releases != nil {
		tags := make([]history.Tag, 0, len(releases))
		for _, r := range releases {
			tags = append(tags, history.Tag{Name: r.Tag, Date: r.Date})
		}
		history.Releases(h, map[string][]history.Tag{repo: tags}, now)
		h.Sampled["releases"] = fmt.Sprintf("%s: the newest %d GitHub releases", repo, len(releases))
	} else {
		errs = append(errs, snapshot.CollectionError{Source: history.ErrorSource + ".releases", Error: repo + ": its releases could not be read"})
	}
	if len(maintainerPaths) > 0 {
		if err := c.maintainerChanges(ctx, d, h, maintainerPaths[0]); err != nil {
			if err := fail("maintainer_changes", err); err != nil {
				return nil, nil, err
			}
		}
	} else {
		h.MaintainerChanges = []snapshot.MaintainerChange{}
	}
	h.GovernanceCommits = nil
	for _, member := range []string{"first_commit_at", "governance_commits"} {
		errs = append(errs, snapshot.CollectionError{
			Source: history.ErrorSource + "." + member,
			Error:  repo + " was read through the GitHub API, which graduate does not read this from yet; give a checkout with its history",
		})
	}
	return h, errs, nil
}

// errComputing is the error for statistics GitHub was still computing when asked
// twice.
var errComputing = errors.New("GitHub is still computing the statistics (202 Accepted); run again in a minute")

// stats asks for statistics, once more after c's StatsWait when GitHub answers that
// it is computing them (202).
func stats[T any](ctx context.Context, c *Client, get func() (T, *gh.Response, error)) (T, error) {
	var zero T
	for attempt := 0; ; attempt++ {
		v, _, err := get()
		var accepted *gh.AcceptedError
		if !errors.As(err, &accepted) {
			return v, err
		}
		if attempt == 1 || c.opts.Offline {
			return zero, errComputing
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(c.opts.StatsWait):
		}
	}
}

// maintainerChanges reads the newest commits that changed the maintainer document doc
// ("MAINTAINERS.md", or "README.md#Maintainers" for a section), and the document at each
// of them, and sets h.MaintainerChanges from the versions compared in turn. The oldest
// version read is compared with nothing: its change is not counted.
func (c *Client) maintainerChanges(ctx context.Context, d *Described, h *snapshot.History, doc string) error {
	file, _, _ := strings.Cut(doc, "#")
	commits, _, err := c.api.Repositories.ListCommits(ctx, d.Owner, d.Name, &gh.CommitsListOptions{
		SHA: d.Commit, Path: file, ListOptions: gh.ListOptions{PerPage: changeSample},
	})
	if err != nil {
		return err
	}
	blobs := map[string][]byte{}
	for _, rc := range commits {
		fc, _, _, err := c.api.Repositories.GetContents(ctx, d.Owner, d.Name, file, &gh.RepositoryContentGetOptions{Ref: rc.GetSHA()})
		if status(err) == http.StatusNotFound {
			continue // the commit deleted the file
		}
		if err != nil {
			return err
		}
		content, err := fc.GetContent()
		if err != nil {
			return fmt.Errorf("decode %s at %s: %w", file, short(rc.GetSHA()), err)
		}
		blobs[rc.GetSHA()] = []byte(content)
	}
	var changes []history.FileChange
	for i := 0; i+1 < len(commits); i++ {
		after, before := commits[i].GetSHA(), commits[i+1].GetSHA()
		fc := history.FileChange{
			Commit: after, Date: commits[i].GetCommit().GetCommitter().GetDate().Time,
			Author: commits[i].GetCommit().GetAuthor().GetName(), Path: file,
		}
		if _, ok := blobs[after]; ok {
			fc.After = after
		}
		if _, ok := blobs[before]; ok {
			fc.Before = before
		}
		changes = append(changes, fc)
	}
	repo := d.Owner + "/" + d.Name
	history.Changes(h, history.Source{Repo: repo, MaintainerPaths: []string{doc}}, changes, blobs)
	h.Sampled["maintainer_changes"] = fmt.Sprintf("%s: the %d newest commits that changed %s", repo, len(commits), file)
	return nil
}
