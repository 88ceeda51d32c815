package github

import (
	"context"
	"errors"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/graduate-dev/graduate/snapshot"
)

// Stats counts what a Client asked of the API, as the snapshot keeps it
// (github.requests): the requests sent over the network, retries included (Made);
// those answered 304 Not Modified, which GitHub does not count against the rate limit
// (Revalidated); the answers taken from the cache without a request, offline or for a
// commit's archive (FromCache); the requests sent again (Retries); the last rate-limit
// headers seen (-1 when none was); and whether a token was sent.
type Stats = snapshot.GitHubRequests

// meter counts requests; it is safe for concurrent use.
type meter struct {
	mu sync.Mutex
	s  Stats
}

func (m *meter) add(f func(*Stats)) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f(&m.s)
}

func (m *meter) stats() Stats {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.s
}

// countTransport counts each request sent and keeps the last rate-limit headers.
type countTransport struct {
	next  http.RoundTripper
	meter *meter
}

func (t *countTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	t.meter.add(func(s *Stats) { s.Made++ })
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	remaining, e1 := strconv.Atoi(resp.Header.Get("X-RateLimit-Remaining"))
	limit, e2 := strconv.Atoi(resp.Header.Get("X-RateLimit-Limit"))
	t.meter.add(func(s *Stats) {
		if resp.StatusCode == http.StatusNotModified {
			s.Revalidated++
		}
		if e1 == nil && e2 == nil {
			s.RateRemaining, s.RateLimit = remaining, limit
		}
	})
	return resp, nil
}

// authTransport sends the token to the API host only: an archive's redirect to
// another host never carries it.
type authTransport struct {
	next  http.RoundTripper
	token string
	host  string
}

func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if t.token == "" || req.URL.Host != t.host {
		return t.next.RoundTrip(req)
	}
	r := req.Clone(req.Context())
	r.Header.Set("Authorization", "Bearer "+t.token)
	return t.next.RoundTrip(r)
}

// limits decides which failed requests are sent again and after how long: the
// rate-limit rules of GitHub's API on top of retryablehttp's retries.
type limits struct {
	// primaryWait is the longest wait for the primary limit's reset (0: never wait);
	// secondaryWait the longest Retry-After honoured.
	primaryWait, secondaryWait time.Duration
	// least is the first backoff after a 5xx or a network error; it doubles, with
	// jitter, up to most.
	least, most time.Duration
	now         func() time.Time
	meter       *meter
}

// wait is how long a response asks to be waited for before the request is sent again,
// and the longest such wait allowed: its Retry-After (a secondary limit), else the
// primary limit's reset when no request is left; ok is false when it asks for no wait.
func (l *limits) wait(resp *http.Response) (d, most time.Duration, ok bool) {
	if resp == nil {
		return 0, 0, false
	}
	if s := resp.Header.Get("Retry-After"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n >= 0 {
			return time.Duration(n) * time.Second, l.secondaryWait, true
		}
		if t, err := http.ParseTime(s); err == nil {
			return max(t.Sub(l.now()), 0), l.secondaryWait, true
		}
	}
	if resp.Header.Get("X-RateLimit-Remaining") == "0" {
		if n, err := strconv.ParseInt(resp.Header.Get("X-RateLimit-Reset"), 10, 64); err == nil {
			// A second more than the reset: GitHub's clock and ours are not one.
			return max(time.Unix(n, 0).Sub(l.now()), 0) + time.Second, l.primaryWait, true
		}
	}
	return 0, 0, false
}

// limited reports whether a response is a rate limit: 429, or 403 with no request
// left or a Retry-After (GitHub's secondary limits).
func limited(resp *http.Response) bool {
	switch resp.StatusCode {
	case http.StatusTooManyRequests:
		return true
	case http.StatusForbidden:
		return resp.Header.Get("X-RateLimit-Remaining") == "0" || resp.Header.Get("Retry-After") != ""
	}
	return false
}

// checkRetry says whether to send a request again: after a network error other than
// an unknown host, a 5xx, or a rate limit whose wait is within maxWait. A rate limit
// that asks for longer is returned as it is: the facts behind it become unknown.
func (l *limits) checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		var dns *net.DNSError
		if errors.As(err, &dns) && dns.IsNotFound {
			return false, err
		}
		l.meter.add(func(s *Stats) { s.Retries++ })
		return true, nil
	}
	retry := false
	switch {
	case limited(resp):
		d, most, ok := l.wait(resp)
		retry = ok && most > 0 && d <= most
	case resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented:
		retry = true
	}
	if retry {
		l.meter.add(func(s *Stats) { s.Retries++ })
	}
	return retry, nil
}

// backoff is the wait before a retry: what a rate limit asks for, else an exponential
// backoff with full jitter between least and most.
func (l *limits) backoff(least, most time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil && limited(resp) {
		if d, _, ok := l.wait(resp); ok {
			return d
		}
	}
	ceiling := min(least<<min(attempt, 16), most)
	return least/2 + rand.N(ceiling-least/2+1)
}

// retryTransport wraps next with the retries limits allows, each attempt bounded by
// timeout (its body read included); the waits between attempts are not.
func retryTransport(next http.RoundTripper, l *limits, retries int, timeout time.Duration) http.RoundTripper {
	rc := &retryablehttp.Client{
		HTTPClient: &http.Client{
			Transport: next,
			Timeout:   timeout,
			// Redirects are the caller's to follow: go-github reads an archive's 302.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		RetryWaitMin: l.least,
		RetryWaitMax: l.most,
		RetryMax:     retries,
		CheckRetry:   l.checkRetry,
		Backoff:      l.backoff,
		// The last response of the attempts is what go-github reads and turns into
		// its typed errors.
		ErrorHandler: retryablehttp.PassthroughErrorHandler,
	}
	return &retryablehttp.RoundTripper{Client: rc}
}
