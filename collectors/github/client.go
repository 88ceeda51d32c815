// Package github reads a project's repositories through the GitHub REST API
// (go-github): the files of a repository that was not cloned, handed to the same
// readers as a checkout, and the facts no file holds (releases and their assets,
// branch protection and rulesets, private vulnerability reporting, published
// advisories, the community profile, activity). Every answer goes through a cache
// revalidated with conditional requests, retries with backoff, GitHub's rate-limit
// rules and a request counter; the token is sent to the API host only and written
// nowhere.
package github

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	gh "github.com/google/go-github/v62/github"
)

// DefaultURL is the public GitHub API.
const DefaultURL = "https://api.github.com/"

// Options configure a Client; a zero field takes its default.
type Options struct {
	// URL is the API's base URL (default DefaultURL); GitHub Enterprise's is
	// https://HOST/api/v3/. A missing trailing slash is added.
	URL string
	// Token authenticates the requests (GITHUB_TOKEN or GH_TOKEN); "" sends none, under
	// the lower limit for anonymous use.
	Token string
	// CacheDir holds the cached answers and the repositories' files by commit; "" keeps
	// none.
	CacheDir string
	// Offline sends nothing: answers come from the cache, or the facts are unknown.
	Offline bool
	// MaxWait is the longest wait for the primary rate limit's reset before the facts
	// behind it are given up as unknown (0: never wait). A secondary limit's
	// Retry-After is honoured up to a minute, or MaxWait when longer.
	MaxWait time.Duration
	// Retries is how many times a request is sent again after a 5xx or a network error
	// (default 3; negative: never).
	Retries int
	// RetryWait is the first backoff (default 1 s); it doubles with jitter up to 30
	// times it.
	RetryWait time.Duration
	// Timeout bounds each attempt of a request, body included (default 30 s; an
	// archive's is ten times it).
	Timeout time.Duration
	// Concurrency is how many repositories are read at once (default 4).
	Concurrency int
	// UserAgent names graduate to GitHub (default "graduate").
	UserAgent string
	// Transport carries the requests (default http.DefaultTransport).
	Transport http.RoundTripper
	// Now is the clock rate-limit resets are compared with (default time.Now).
	Now func() time.Time
	// StatsWait is how long to wait before asking again for statistics GitHub is still
	// computing (202 Accepted; default 3 s).
	StatsWait time.Duration
}

// Client reads repositories through the API. It is safe for concurrent use.
type Client struct {
	api      *gh.Client
	archives *http.Client
	base     *url.URL
	opts     Options
	meter    *meter
}

var (
	// ErrBadToken is the error for a token GitHub rejects (401).
	ErrBadToken = errors.New("the GitHub token was rejected (401 Bad credentials); check GITHUB_TOKEN or GH_TOKEN")
	// ErrNotFound is the error for a repository the API does not show: it does not
	// exist, or the token may not see it.
	ErrNotFound = errors.New("repository not found, or not visible to the token")
)

// New returns a client for the API at o.URL.
func New(o Options) (*Client, error) {
	if o.URL == "" {
		o.URL = DefaultURL
	}
	if !strings.HasSuffix(o.URL, "/") {
		o.URL += "/"
	}
	base, err := url.Parse(o.URL)
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("parse GitHub API URL %q: want http(s)://HOST/...", o.URL)
	}
	if o.Retries == 0 {
		o.Retries = 3
	}
	if o.RetryWait == 0 {
		o.RetryWait = time.Second
	}
	if o.Timeout == 0 {
		o.Timeout = 30 * time.Second
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	if o.UserAgent == "" {
		o.UserAgent = "graduate"
	}
	if o.Transport == nil {
		o.Transport = http.DefaultTransport
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.StatsWait == 0 {
		o.StatsWait = 3 * time.Second
	}
	m := &meter{s: Stats{RateRemaining: -1, RateLimit: -1, Authenticated: o.Token != ""}}
	// A secondary limit's Retry-After is short and honoured up to a minute (or
	// MaxWait, when longer); a primary limit's reset only within MaxWait.
	lim := &limits{
		primaryWait: max(o.MaxWait, 0), secondaryWait: max(o.MaxWait, time.Minute),
		least: o.RetryWait, most: 30 * o.RetryWait, now: o.Now, meter: m,
	}
	counted := &countTransport{next: &authTransport{next: o.Transport, token: o.Token, host: base.Host}, meter: m}
	// The timeout bounds each attempt; a wait for a rate limit's reset is bounded by
	// MaxWait and the run's context instead.
	api := gh.NewClient(&http.Client{
		Transport: &cacheTransport{next: retryTransport(counted, lim, max(o.Retries, 0), o.Timeout), dir: cacheDir(o.CacheDir, "api"), offline: o.Offline, meter: m, now: o.Now},
	})
	api.UserAgent = o.UserAgent
	api.BaseURL = base
	api.UploadURL = base
	return &Client{
		api:      api,
		archives: &http.Client{Transport: retryTransport(counted, lim, max(o.Retries, 0), 10*o.Timeout)},
		base:     base,
		opts:     o,
		meter:    m,
	}, nil
}

// cacheDir is a part of the cache directory, or "" when there is none.
func cacheDir(dir, part string) string {
	if dir == "" {
		return ""
	}
	return strings.TrimSuffix(dir, "/") + "/" + part
}

// Stats returns what the client has asked so far.
func (c *Client) Stats() Stats { return c.meter.stats() }

// Concurrency is how many repositories may be read at once.
func (c *Client) Concurrency() int { return c.opts.Concurrency }

// Offline reports whether the client sends nothing.
func (c *Client) Offline() bool { return c.opts.Offline }

// URL is the API's base URL.
func (c *Client) URL() string { return c.base.String() }

// nameRE is an owner/name pair as GitHub allows them.
var nameRE = regexp.MustCompile(`^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]{1,100})$`)

// ParseName reads OWNER/NAME, also from a https://github.com/OWNER/NAME URL.
func ParseName(s string) (owner, name string, err error) {
	t := strings.TrimSuffix(strings.TrimSuffix(s, "/"), ".git")
	for _, p := range []string{"https://", "http://"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			_, t, _ = strings.Cut(rest, "/")
		}
	}
	m := nameRE.FindStringSubmatch(t)
	if m == nil || m[2] == "." || m[2] == ".." {
		return "", "", fmt.Errorf("read repository %q: want OWNER/NAME", s)
	}
	return m[1], m[2], nil
}

// WebHost is the host of the web GitHub an API address serves: github.com for
// api.github.com, SUB.ghe.com for GitHub Enterprise Cloud's api.SUB.ghe.com, the host
// itself (with its port) for GitHub Enterprise Server's https://HOST/api/v3/ and for a
// test server.
func WebHost(api string) string {
	u, err := url.Parse(api)
	if err != nil || u.Host == "" || strings.EqualFold(u.Hostname(), "api.github.com") {
		return "github.com"
	}
	if h := strings.ToLower(u.Host); strings.HasPrefix(h, "api.") && strings.HasSuffix(h, ".ghe.com") {
		return strings.TrimPrefix(h, "api.")
	}
	return u.Host
}
