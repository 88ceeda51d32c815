// Package web fetches what the collectors read over HTTP. It is the one client for
// every source: timeouts, bounded retries (honouring Retry-After), a user agent, a size
// cap, a cap on redirects, and an on-disk cache revalidated with conditional requests
// (If-None-Match, If-Modified-Since), so that a second run costs the sources nothing
// but a 304. Offline, it answers from the cache alone.
package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// Options configure a Client; the zero value of a field takes its default.
type Options struct {
	// CacheDir holds the cache; "" keeps no cache.
	CacheDir string
	// Offline answers from the cache only: nothing goes on the network.
	Offline bool
	// Timeout bounds one request, body included (default 20 s).
	Timeout time.Duration
	// Retries is how many times a request that failed for a reason worth retrying (a
	// network error, 429, 5xx) is tried again (default 2; negative: never).
	Retries int
	// RetryWait is the shortest wait before a retry (default 1 s); the longest is 30
	// times it, or what Retry-After says when that is shorter than a minute.
	RetryWait time.Duration
	// MaxRedirects is how many redirects one request follows (default 5).
	MaxRedirects int
	// UserAgent names graduate to the sources (default "graduate").
	UserAgent string
	// Transport carries the requests (default http.DefaultTransport); tests give theirs.
	Transport http.RoundTripper
}

// Client fetches documents. It is safe for concurrent use.
type Client struct {
	http      *retryablehttp.Client
	cache     *cache
	offline   bool
	userAgent string
}

// Response is a fetched document.
type Response struct {
	// Final is where redirects ended.
	Final       string
	Body        []byte
	ContentType string
	// Cached is true when the body came from the cache: offline, or revalidated by a 304.
	Cached bool
	// Fetched is when the body was last fetched from the source.
	Fetched time.Time
}

var (
	// ErrOffline is the error for a document neither fetched (offline) nor cached.
	ErrOffline = errors.New("offline, and not in the cache")
	// ErrTooLarge is the error for a body over the size cap.
	ErrTooLarge = errors.New("larger than the size cap")
)

// StatusError is a response that is not a success.
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("%s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// retryPolicy is retryablehttp's, except that a host that does not exist is not asked
// again: no name server will know it a second later.
func retryPolicy(ctx context.Context, resp *http.Response, err error) (bool, error) {
	var dns *net.DNSError
	if errors.As(err, &dns) && dns.IsNotFound {
		return false, err
	}
	return retryablehttp.DefaultRetryPolicy(ctx, resp, err)
}

// cappedBackoff is retryablehttp's backoff (which honours Retry-After) bounded by the
// longest wait and by a minute: a source that asks for an hour is not waited for.
func cappedBackoff(least, most time.Duration, attempt int, resp *http.Response) time.Duration {
	return min(retryablehttp.DefaultBackoff(least, most, attempt, resp), most, time.Minute)
}

// New returns a client.
func New(o Options) *Client {
	if o.Timeout == 0 {
		o.Timeout = 20 * time.Second
	}
	if o.Retries == 0 {
		o.Retries = 2
	}
	if o.RetryWait == 0 {
		o.RetryWait = time.Second
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = 5
	}
	if o.UserAgent == "" {
		o.UserAgent = "graduate"
	}
	if o.Transport == nil {
		o.Transport = http.DefaultTransport
	}
	maxRedirects := o.MaxRedirects
	rc := &retryablehttp.Client{
		HTTPClient: &http.Client{
			Transport: o.Transport,
			Timeout:   o.Timeout,
			CheckRedirect: func(_ *http.Request, via []*http.Request) error {
				if len(via) > maxRedirects { // via holds the first request and each redirect
					return fmt.Errorf("stopped after %d redirects", maxRedirects)
				}
				return nil
			},
		},
		RetryWaitMin: o.RetryWait,
		RetryWaitMax: 30 * o.RetryWait,
		RetryMax:     max(o.Retries, 0),
		CheckRetry:   retryPolicy,
		Backoff:      cappedBackoff,
		// The last response or error of the attempts is what the caller sees.
		ErrorHandler: retryablehttp.PassthroughErrorHandler,
	}
	c := &Client{http: rc, offline: o.Offline, userAgent: o.UserAgent}
	if o.CacheDir != "" {
		c.cache = &cache{dir: o.CacheDir}
	}
	return c
}

// Get fetches url, reading at most limit bytes of its body. With a cached copy it asks
// the source whether the copy is still current and keeps it on a 304; offline it
// returns the copy, or ErrOffline. A response that is not a success is a *StatusError;
// a body over limit is ErrTooLarge.
func (c *Client) Get(ctx context.Context, url string, limit int64) (*Response, error) {
	entry, body, cached := c.cache.load(url)
	if c.offline {
		if !cached {
			return nil, fmt.Errorf("fetch %s: %w", url, ErrOffline)
		}
		return entry.response(body), nil
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", url, err)
	}
	req.Header.Set("User-Agent", c.userAgent)
	if cached {
		if entry.ETag != "" {
			req.Header.Set("If-None-Match", entry.ETag)
		}
		if entry.LastModified != "" {
			req.Header.Set("If-Modified-Since", entry.LastModified)
		}
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && cached {
		entry.Fetched = time.Now().UTC()
		c.cache.store(url, entry, nil)
		return entry.response(body), nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &StatusError{URL: url, Code: resp.StatusCode}
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", url, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("fetch %s: %w (%d bytes)", url, ErrTooLarge, limit)
	}
	e := meta{
		URL: url, Final: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"), Fetched: time.Now().UTC(),
	}
	c.cache.store(url, e, b)
	r := e.response(b)
	r.Cached = false
	return r, nil
}
