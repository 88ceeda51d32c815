// Package landscape reads a project's entry of the CNCF landscape (cncf/landscape's
// landscape.yml): its maturity, the dates it was accepted, moved to incubation and
// graduated, its homepage, its repositories, and its mailing list and chat.
package landscape

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/graduate-dev/graduate/collectors/web"
	"github.com/graduate-dev/graduate/snapshot"
)

// Source is the collection-error source of the landscape facts.
const Source = "landscape"

// maxBytes caps the file (the whole landscape is about 1.2 MB).
const maxBytes = 16 << 20

// Want names the project: its name, its main repository and all its repositories
// (owner/name).
type Want struct {
	Name  string
	Main  string
	Repos []string
}

// item is the part of a landscape item graduate reads.
type item struct {
	Name            string `yaml:"name"`
	Homepage        string `yaml:"homepage_url"`
	Project         string `yaml:"project"`
	RepoURL         string `yaml:"repo_url"`
	AdditionalRepos []struct {
		RepoURL string `yaml:"repo_url"`
	} `yaml:"additional_repos"`
	Extra struct {
		Accepted    string `yaml:"accepted"`
		Incubating  string `yaml:"incubating"`
		Graduated   string `yaml:"graduated"`
		Archived    string `yaml:"archived"`
		MailingList string `yaml:"mailing_list_url"`
		Slack       string `yaml:"slack_url"`
		Chat        string `yaml:"chat_channel"`
	} `yaml:"extra"`
	line int
}

// Read reads the landscape at src (a file, or an http(s) URL fetched with c) and returns
// the project's entry. The project is the item whose repositories include one of its
// own, else the one named as it is; an item listed in several categories is one. Not
// found, or two different items, is a collection error that names the project.
func Read(ctx context.Context, c *web.Client, src string, want Want) (*snapshot.Landscape, *snapshot.CollectionError) {
	fail := func(format string, args ...any) *snapshot.CollectionError {
		return &snapshot.CollectionError{Source: Source, Error: fmt.Sprintf(format, args...)}
	}
	body, at, err := web.Read(ctx, c, src, maxBytes)
	if err != nil {
		return nil, fail("%v", err)
	}
	items, err := parse(body)
	if err != nil {
		return nil, fail("%s: %v", src, err)
	}
	it, err := find(items, want)
	if err != nil {
		return nil, fail("%s: %v", src, err)
	}
	at.Line = it.line
	l := &snapshot.Landscape{
		Name: it.Name, Maturity: it.Project, Homepage: it.Homepage, Source: at,
		Accepted: it.Extra.Accepted, Incubating: it.Extra.Incubating, Graduated: it.Extra.Graduated,
		Archived: it.Extra.Archived, MailingList: it.Extra.MailingList, Chat: cmp.Or(it.Extra.Slack, it.Extra.Chat),
		Repositories: repoURLs(it),
	}
	return l, nil
}

// parse returns every item of the landscape, in order.
func parse(body []byte) ([]item, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(body, &doc); err != nil {
		return nil, err
	}
	var items []item
	var walk func(n *yaml.Node) error
	walk = func(n *yaml.Node) error {
		switch n.Kind {
		case yaml.DocumentNode, yaml.SequenceNode:
			for _, c := range n.Content {
				if err := walk(c); err != nil {
					return err
				}
			}
		case yaml.MappingNode:
			isItem := false
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == "item" {
					isItem = true
				}
			}
			if isItem {
				var it item
				if err := n.Decode(&it); err != nil {
					return fmt.Errorf("decode the item at line %d: %w", n.Line, err)
				}
				it.line = n.Line
				items = append(items, it)
				return nil
			}
			for i := 0; i+1 < len(n.Content); i += 2 {
				if err := walk(n.Content[i+1]); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(&doc); err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("no landscape items: not a landscape.yml")
	}
	return items, nil
}

var githubRepoRe = regexp.MustCompile(`(?i)^https?://github\.com/([^/\s]+/[^/\s#?]+)`)

// repoName returns the lower-case owner/name of a GitHub repository URL, or "".
func repoName(u string) string {
	if m := githubRepoRe.FindStringSubmatch(strings.TrimSpace(u)); m != nil {
		return strings.ToLower(strings.TrimSuffix(m[1], ".git"))
	}
	return ""
}

// repoURLs returns an item's repositories: its repo_url, then its additional_repos.
func repoURLs(it item) []string {
	urls := []string{it.RepoURL}
	for _, r := range it.AdditionalRepos {
		urls = append(urls, r.RepoURL)
	}
	out := []string{}
	for _, u := range urls {
		if u != "" && !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

// find returns the project's item, the first of these that names one item: the item
// whose own repository is the project's main one, one that
// lists any of its repositories, one named as it is. Only CNCF projects' items count
// (those with a maturity) when any matches: a second listing of a project in another
// category ("containerd (Wasm)", allow_duplicate_repo) has none. The same item listed in
// several categories counts once.
func find(items []item, want Want) (item, error) {
	wanted := map[string]bool{}
	for _, r := range want.Repos {
		wanted[strings.ToLower(r)] = true
	}
	main := strings.ToLower(want.Main)
	key := func(s string) string { return nonWord.ReplaceAllString(strings.ToLower(s), "") }
	distinct := func(found []item) []item {
		var out, projects []item
		for _, it := range found {
			if !slices.ContainsFunc(out, func(o item) bool { return o.Name == it.Name && repoName(o.RepoURL) == repoName(it.RepoURL) }) {
				out = append(out, it)
				if it.Project != "" {
					projects = append(projects, it)
				}
			}
		}
		if len(projects) > 0 {
			return projects
		}
		return out
	}
	var byMain, byRepo, byName []item
	for _, it := range items {
		if main != "" && repoName(it.RepoURL) == main {
			byMain = append(byMain, it)
		}
		for _, u := range repoURLs(it) {
			if wanted[repoName(u)] {
				byRepo = append(byRepo, it)
				break
			}
		}
		if want.Name != "" && key(it.Name) == key(want.Name) {
			byName = append(byName, it)
		}
	}
	var found []item
	for _, set := range [][]item{byMain, byRepo, byName} {
		if found = distinct(set); len(found) > 0 {
			break
		}
	}
	switch len(found) {
	case 0:
		return item{}, fmt.Errorf("no item for %q (by name, or by the repositories %s)", want.Name, strings.Join(want.Repos, ", "))
	case 1:
		return found[0], nil
	}
	return item{}, fmt.Errorf("%q is listed twice, as different items (lines %d and %d)", want.Name, found[0].line, found[1].line)
}
