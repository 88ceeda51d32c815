// Package githubtest is a fake GitHub REST API for tests: it serves repositories made
// from directories of files with the real response shapes and headers (ETag and
// conditional requests, rate-limit headers, Link pagination, 202 while statistics are
// computed, a tarball behind a 302), counts the requests, and injects faults.
package githubtest

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Repo is one repository the server serves.
type Repo struct {
	// Dir holds its files.
	Dir string
	// Created, License (SPDX id), Homepage describe it; DefaultBranch is "main" when "".
	Created       time.Time
	License       string
	Homepage      string
	DefaultBranch string
	// Protected is the default branch's classic protection flag; Protection the
	// details an admin may read (nil: 404 "Branch not protected" when not protected,
	// else 403 for a token that is not an admin's).
	Protected  bool
	Protection map[string]any
	// Rules are the ruleset rules of the default branch (the API's JSON objects).
	Rules []map[string]any
	// Releases, Tags, Advisories, Commits, ContributorStats and CommitActivity are
	// served as given (the API's JSON objects).
	Releases         []map[string]any
	Tags             []string
	Advisories       []map[string]any
	Commits          []map[string]any
	ContributorStats []map[string]any
	CommitActivity   []map[string]any
	// PrivateReporting is the private vulnerability reporting flag.
	PrivateReporting bool
	// Community is the community profile (the API's JSON object); nil: a minimal one.
	Community map[string]any
	// Computing is how many times the statistics endpoints answer 202 before their data.
	Computing int
	// FileHistory is, for a file path, its versions newest first: what the commits
	// endpoint lists for ?path= and the contents endpoint serves for ?ref=.
	FileHistory map[string][]Version
	// Milestones and Issues are served as given (the API's JSON objects), filtered by
	// ?state= and, for issues, ?labels= (one label), newest updated_at first.
	Milestones []map[string]any
	Issues     []map[string]any
}

// Version is a file as one commit left it.
type Version struct {
	SHA     string
	Date    time.Time
	Content string
}

// Fault is what the server does instead of answering, for the requests whose path
// starts with Path.
type Fault struct {
	Path string
	// Times is how many requests it applies to (0: every one).
	Times int
	// Status is the status sent (with a JSON message); 0 with Reset true closes the
	// connection instead.
	Status int
	Reset  bool
	// Header is added to the response (Retry-After, X-RateLimit-Remaining: 0, ...).
	Header map[string]string
	// Body replaces the default JSON message.
	Body string
	// Delay holds the answer back this long (a slow server); with Status 0 and Reset
	// false the request is then answered as usual.
	Delay time.Duration
}

// Server is a fake GitHub API.
type Server struct {
	*httptest.Server
	// Token is the one token it accepts; "" accepts any, and none.
	Token string
	// Limit is the rate limit it announces (default 5000).
	Limit int
	// Teams are the members of each ORG/SLUG team; a team not listed is a 404, as
	// for a token without read:org.
	Teams map[string][]string
	// Projects are the organisations' project boards (GraphQL's ProjectV2 objects) by
	// ORG/NUMBER, served at POST /graphql (and GitHub Enterprise Server's /api/graphql)
	// to a request with a token.
	Projects map[string]map[string]any

	mu        sync.Mutex
	repos     map[string]*Repo
	faults    []*Fault
	requests  map[string]int
	total     int
	notMod    int
	used      int
	auth      []string
	stats     map[string]int
	tarballs  map[string][]byte
	commitSHA map[string]string
}

// New starts a server; it is closed when t ends.
func New(t testing.TB) *Server {
	s := &Server{Limit: 5000, repos: map[string]*Repo{}, requests: map[string]int{}, stats: map[string]int{}, tarballs: map[string][]byte{}, commitSHA: map[string]string{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// Add serves r as owner/name.
func (s *Server) Add(fullName string, r *Repo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.DefaultBranch == "" {
		r.DefaultBranch = "main"
	}
	s.repos[fullName] = r
}

// Inject adds a fault.
func (s *Server) Inject(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &f)
}

// Requests is how many requests the server received in all, and how many of those it
// answered 304 Not Modified.
func (s *Server) Requests() (total, notModified int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.total, s.notMod
}

// PathRequests is how many requests a path received.
func (s *Server) PathRequests(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

// PrefixRequests is how many requests went to paths that start with prefix.
func (s *Server) PrefixRequests(prefix string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for p, c := range s.requests {
		if strings.HasPrefix(p, prefix) {
			n += c
		}
	}
	return n
}

// Authorizations are the Authorization headers received, in order.
func (s *Server) Authorizations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.auth...)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.total++
	s.requests[r.URL.Path]++
	s.auth = append(s.auth, r.Header.Get("Authorization"))
	var fault *Fault
	for _, f := range s.faults {
		if strings.HasPrefix(r.URL.Path, f.Path) && f.Times >= 0 {
			fault = f
			if f.Times > 0 {
				f.Times--
				if f.Times == 0 {
					f.Times = -1
				}
			}
			break
		}
	}
	s.mu.Unlock()
	if fault != nil && fault.Delay > 0 {
		select {
		case <-time.After(fault.Delay):
		case <-r.Context().Done():
			return
		}
	}
	if fault != nil && (fault.Status != 0 || fault.Reset) {
		s.fail(w, fault)
		return
	}
	if s.Token != "" && r.Header.Get("Authorization") != "" && r.Header.Get("Authorization") != "Bearer "+s.Token {
		s.json(w, r, http.StatusUnauthorized, map[string]any{"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"})
		return
	}
	if rest, ok := strings.CutPrefix(r.URL.Path, "/_codeload/"); ok {
		s.codeload(w, rest)
		return
	}
	if r.URL.Path == "/graphql" || r.URL.Path == "/api/graphql" { // api.github.com's, and GitHub Enterprise Server's
		s.graphql(w, r)
		return
	}
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/"), "/")
	if len(parts) == 5 && parts[0] == "orgs" && parts[2] == "teams" && parts[4] == "members" {
		members, ok := s.Teams[parts[1]+"/"+parts[3]]
		if !ok {
			s.json(w, r, http.StatusNotFound, notFound)
			return
		}
		users := []map[string]any{}
		for _, m := range members {
			users = append(users, map[string]any{"login": m, "type": "User"})
		}
		s.json(w, r, 200, users)
		return
	}
	if len(parts) < 3 || parts[0] != "repos" {
		s.json(w, r, http.StatusNotFound, notFound)
		return
	}
	full := parts[1] + "/" + parts[2]
	s.mu.Lock()
	repo := s.repos[full]
	s.mu.Unlock()
	if repo == nil {
		s.json(w, r, http.StatusNotFound, notFound)
		return
	}
	s.route(w, r, full, repo, parts[3:])
}

var notFound = map[string]any{"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}

func (s *Server) fail(w http.ResponseWriter, f *Fault) {
	if f.Reset {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
	}
	for k, v := range f.Header {
		w.Header().Set(k, v)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(f.Status)
	body := f.Body
	if body == "" {
		body = fmt.Sprintf(`{"message":%q}`, http.StatusText(f.Status))
	}
	fmt.Fprint(w, body)
}

func (s *Server) route(w http.ResponseWriter, r *http.Request, full string, repo *Repo, rest []string) {
	sha := s.commit(full, repo)
	path := strings.Join(rest, "/")
	switch {
	case path == "":
		lic := any(nil)
		if repo.License != "" {
			lic = map[string]any{"key": strings.ToLower(repo.License), "spdx_id": repo.License}
		}
		s.json(w, r, 200, map[string]any{
			"id": 1, "name": strings.Split(full, "/")[1], "full_name": full,
			"html_url": "https://github.com/" + full, "url": s.URL + "/repos/" + full,
			"default_branch": repo.DefaultBranch, "created_at": repo.Created.UTC().Format(time.RFC3339),
			"license": lic, "archived": false, "homepage": repo.Homepage, "has_discussions": true,
		})
	case path == "branches/"+repo.DefaultBranch:
		s.json(w, r, 200, map[string]any{"name": repo.DefaultBranch, "commit": map[string]any{"sha": sha}, "protected": repo.Protected})
	case path == "branches/"+repo.DefaultBranch+"/protection":
		switch {
		case !repo.Protected:
			s.json(w, r, 404, map[string]any{"message": "Branch not protected"})
		case repo.Protection == nil:
			s.json(w, r, 403, map[string]any{"message": "Resource not accessible by integration"})
		default:
			s.json(w, r, 200, repo.Protection)
		}
	case path == "milestones":
		s.json(w, r, 200, listed(repo.Milestones, r.URL.Query().Get("state"), ""))
	case path == "issues":
		s.json(w, r, 200, listed(repo.Issues, r.URL.Query().Get("state"), r.URL.Query().Get("labels")))
	case path == "rules/branches/"+repo.DefaultBranch:
		s.json(w, r, 200, orEmpty(repo.Rules))
	case path == "git/trees/"+sha:
		entries := []map[string]any{}
		for _, f := range s.files(repo) {
			entries = append(entries, map[string]any{"path": f.path, "mode": "100644", "type": "blob", "sha": f.sha, "size": len(f.content)})
		}
		s.json(w, r, 200, map[string]any{"sha": sha, "tree": entries, "truncated": false})
	case strings.HasPrefix(path, "git/blobs/"):
		for _, f := range s.files(repo) {
			if f.sha == strings.TrimPrefix(path, "git/blobs/") {
				if strings.Contains(r.Header.Get("Accept"), "raw") {
					s.raw(w, r, f.content)
				} else {
					s.json(w, r, 200, map[string]any{"sha": f.sha, "encoding": "base64", "content": base64.StdEncoding.EncodeToString(f.content)})
				}
				return
			}
		}
		s.json(w, r, 404, notFound)
	case path == "tarball/"+sha:
		w.Header().Set("Location", s.URL+"/_codeload/"+full+"/tar.gz/"+sha)
		w.WriteHeader(http.StatusFound)
	case path == "releases":
		s.json(w, r, 200, orEmpty(repo.Releases))
	case path == "tags":
		tags := []map[string]any{}
		for _, t := range repo.Tags {
			tags = append(tags, map[string]any{"name": t, "commit": map[string]any{"sha": sha}})
		}
		s.json(w, r, 200, tags)
	case path == "community/profile":
		c := repo.Community
		if c == nil {
			c = map[string]any{"health_percentage": 50, "files": map[string]any{}}
		}
		s.json(w, r, 200, c)
	case path == "private-vulnerability-reporting":
		s.json(w, r, 200, map[string]any{"enabled": repo.PrivateReporting})
	case path == "security-advisories":
		s.json(w, r, 200, orEmpty(repo.Advisories))
	case path == "commits" && r.URL.Query().Get("path") != "":
		list := []map[string]any{}
		for _, v := range repo.FileHistory[r.URL.Query().Get("path")] {
			list = append(list, map[string]any{"sha": v.SHA, "commit": map[string]any{"committer": map[string]any{"date": v.Date.UTC().Format(time.RFC3339)}}})
		}
		if n, err := strconv.Atoi(r.URL.Query().Get("per_page")); err == nil && n < len(list) {
			list = list[:n]
		}
		s.json(w, r, 200, list)
	case path == "commits":
		s.json(w, r, 200, orEmpty(repo.Commits))
	case strings.HasPrefix(path, "contents/"):
		file := strings.TrimPrefix(path, "contents/")
		for _, v := range repo.FileHistory[file] {
			if v.SHA == r.URL.Query().Get("ref") {
				s.json(w, r, 200, map[string]any{
					"type": "file", "encoding": "base64", "name": filepath.Base(file), "path": file, "sha": v.SHA,
					"content": base64.StdEncoding.EncodeToString([]byte(v.Content)),
				})
				return
			}
		}
		s.json(w, r, 404, notFound)
	case path == "stats/contributors", path == "stats/commit_activity":
		s.mu.Lock()
		s.stats[full+path]++
		computing := s.stats[full+path] <= repo.Computing
		s.mu.Unlock()
		if computing {
			s.json(w, r, http.StatusAccepted, map[string]any{})
			return
		}
		if path == "stats/contributors" {
			s.json(w, r, 200, orEmpty(repo.ContributorStats))
		} else {
			s.json(w, r, 200, orEmpty(repo.CommitActivity))
		}
	default:
		s.json(w, r, 404, notFound)
	}
}

func orEmpty(v []map[string]any) []map[string]any {
	if v == nil {
		return []map[string]any{}
	}
	return v
}

// json writes v with GitHub's headers: an ETag, honoured in If-None-Match (a 304 does
// not count against the limit), the rate-limit headers, and a Link to a next page on
// lists.
func (s *Server) json(w http.ResponseWriter, r *http.Request, code int, v any) {
	b, _ := json.Marshal(v)
	sum := sha256.Sum256(b)
	etag := `W/"` + hex.EncodeToString(sum[:8]) + `"`
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	s.mu.Lock()
	if code == 200 && r.Header.Get("If-None-Match") == etag {
		s.notMod++
	} else {
		s.used++
	}
	remaining, used := max(s.Limit-s.used, 0), s.used
	s.mu.Unlock()
	h.Set("X-RateLimit-Limit", strconv.Itoa(s.Limit))
	h.Set("X-RateLimit-Remaining", strconv.Itoa(remaining))
	h.Set("X-RateLimit-Used", strconv.Itoa(used))
	h.Set("X-RateLimit-Reset", strconv.FormatInt(time.Now().Add(time.Hour).Unix(), 10))
	if code == 200 {
		h.Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if _, list := v.([]map[string]any); list {
			h.Set("Link", fmt.Sprintf(`<%s%s?page=2>; rel="next", <%s%s?page=9>; rel="last"`, s.URL, r.URL.Path, s.URL, r.URL.Path))
		}
	}
	w.WriteHeader(code)
	w.Write(b)
}

// commit is a repository's head: a hash of its files.
func (s *Server) commit(full string, repo *Repo) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sha, ok := s.commitSHA[full]; ok {
		return sha
	}
	h := sha1.New()
	fmt.Fprintln(h, full)
	filepath.WalkDir(repo.Dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			b, _ := os.ReadFile(p)
			fmt.Fprintf(h, "%s %d\n", p, len(b))
			h.Write(b)
		}
		return nil
	})
	sha := hex.EncodeToString(h.Sum(nil))
	s.commitSHA[full] = sha
	return sha
}

// codeload serves OWNER/NAME/tar.gz/SHA: the repository's files under one top
// directory, as GitHub's archives are.
func (s *Server) codeload(w http.ResponseWriter, rest string) {
	parts := strings.Split(rest, "/")
	if len(parts) != 4 || parts[2] != "tar.gz" {
		http.NotFound(w, nil)
		return
	}
	full := parts[0] + "/" + parts[1]
	s.mu.Lock()
	repo := s.repos[full]
	b, ok := s.tarballs[full]
	s.mu.Unlock()
	if repo == nil {
		http.NotFound(w, nil)
		return
	}
	if !ok {
		var err error
		if b, err = tarball(repo.Dir, parts[0]+"-"+parts[1]+"-"+parts[3][:7]); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		s.mu.Lock()
		s.tarballs[full] = b
		s.mu.Unlock()
	}
	w.Header().Set("Content-Type", "application/x-gzip")
	w.Write(b)
}

func tarball(dir, top string) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	tw.WriteHeader(&tar.Header{Typeflag: tar.TypeXGlobalHeader, Name: "pax_global_header", PAXRecords: map[string]string{"comment": "fake"}})
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: top + "/", Mode: 0o755})
	for _, p := range paths {
		rel, _ := filepath.Rel(dir, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: top + "/" + filepath.ToSlash(rel), Mode: 0o644, Size: int64(len(b))}); err != nil {
			return nil, err
		}
		tw.Write(b)
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// file is one file of a served repository, with its git blob SHA.
type file struct {
	path, sha string
	content   []byte
}

// files lists a repository's files, sorted by path.
func (s *Server) files(repo *Repo) []file {
	var out []file
	filepath.WalkDir(repo.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(repo.Dir, p)
		h := sha1.New()
		fmt.Fprintf(h, "blob %d\x00", len(b))
		h.Write(b)
		out = append(out, file{path: filepath.ToSlash(rel), sha: hex.EncodeToString(h.Sum(nil)), content: b})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}

// raw writes a blob's bytes with an ETag, honouring If-None-Match.
func (s *Server) raw(w http.ResponseWriter, r *http.Request, b []byte) {
	sum := sha256.Sum256(b)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	s.mu.Lock()
	if r.Header.Get("If-None-Match") == etag {
		s.notMod++
	} else {
		s.used++
	}
	s.mu.Unlock()
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/vnd.github.raw")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Write(b)
}

// listed returns the objects in state ("all" or "": every one) carrying label (""
// any), newest updated_at first.
func listed(objs []map[string]any, state, label string) []map[string]any {
	out := []map[string]any{}
	for _, o := range objs {
		if state != "" && state != "all" && o["state"] != state {
			continue
		}
		if label != "" && !hasLabel(o, label) {
			continue
		}
		out = append(out, o)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, _ := out[i]["updated_at"].(string)
		b, _ := out[j]["updated_at"].(string)
		return a > b
	})
	return out
}

func hasLabel(o map[string]any, label string) bool {
	ls, _ := o["labels"].([]map[string]any)
	for _, l := range ls {
		if l["name"] == label {
			return true
		}
	}
	return false
}

// graphql answers the one query graduate asks, an organisation's project board, as
// GitHub does: 401 without a token, a NOT_FOUND error beside null data for a board
// that does not exist.
func (s *Server) graphql(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		s.json(w, r, http.StatusNotFound, notFound)
		return
	}
	if r.Header.Get("Authorization") == "" {
		s.json(w, r, http.StatusUnauthorized, map[string]any{"message": "This endpoint requires you to be authenticated.", "documentation_url": "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql"})
		return
	}
	var q struct {
		Query     string `json:"query"`
		Variables struct {
			Login  string `json:"login"`
			Number int    `json:"number"`
		} `json:"variables"`
	}
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil || !strings.Contains(q.Query, "projectV2") {
		s.json(w, r, 200, map[string]any{"errors": []map[string]any{{"message": "Parse error on the query"}}})
		return
	}
	p, ok := s.Projects[q.Variables.Login+"/"+strconv.Itoa(q.Variables.Number)]
	if !ok {
		s.json(w, r, 200, map[string]any{
			"data":   map[string]any{"organization": map[string]any{"projectV2": nil}},
			"errors": []map[string]any{{"type": "NOT_FOUND", "path": []string{"organization", "projectV2"}, "message": fmt.Sprintf("Could not resolve to a ProjectV2 with the number %d.", q.Variables.Number)}},
		})
		return
	}
	s.json(w, r, 200, map[string]any{"data": map[string]any{"organization": map[string]any{"projectV2": p}}})
}
