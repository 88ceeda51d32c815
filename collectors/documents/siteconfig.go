package documents

import (
	"context"
	"slices"
	"strings"

	"github.com/graduate-dev/graduate/snapshot"
)

// siteConfigs are the files, at a website repository's top, that its generator takes
// the links every page shows from: the community links of a Hugo or Docsy footer
// (params.links), a Docusaurus footer, an MkDocs theme's social links.
var siteConfigs = []string{
	"hugo.yaml", "hugo.yml", "hugo.toml", "config.yaml", "config.yml", "config.toml",
	"config/_default/hugo.yaml", "config/_default/config.yaml", "config/_default/params.yaml",
	"config/_default/hugo.toml", "config/_default/config.toml", "config/_default/params.toml",
	"docusaurus.config.js", "docusaurus.config.ts", "mkdocs.yml", "mkdocs.yaml",
}

// issueChooser are the files of GitHub's issue chooser, whose contact links it shows
// everyone who opens an issue ("CNCF Slack for Community discussions": "Join
// #confidential-containers").
var issueChooser = []string{".github/ISSUE_TEMPLATE/config.yml", ".github/ISSUE_TEMPLATE/config.yaml"}

// siteChannels adds to f the public channels a website repository's configuration links
// on every page of the site (in-toto's Slack and mailing list are only in its
// hugo.yaml's footer links), and those a repository's issue chooser offers, each once,
// after those its documents name.
func (pr *project) siteChannels(ctx context.Context, inputs []Input, f *Facts) error {
	seen := map[string]bool{}
	for _, ch := range f.Content.Channels {
		seen[channelKey(ch.Kind, ch.URL)] = true
	}
	for i, in := range inputs {
		configs := issueChooser
		if in.Website {
			configs = append(slices.Clone(siteConfigs), issueChooser...)
		}
		files, err := in.Repo.Files(ctx)
		if err != nil {
			// The repository's files could not be listed: the inventory has said so.
			continue
		}
		for _, name := range configs {
			if _, ok := slices.BinarySearch(files, name); !ok {
				continue
			}
			rd := &reader{}
			s, ok, err := rd.read(ctx, in.Repo, name)
			if err != nil {
				return err
			}
			if !ok {
				// Recorded below the channels: the channels the documents name
				// still stand, and the error says what was not read.
				for _, e := range rd.errs {
					e.Source = "content.channels.site"
					f.Errors = append(f.Errors, e)
				}
				continue
			}
			for n, line := range strings.Split(s, "\n") {
				if t := strings.TrimSpace(line); strings.HasPrefix(t, "#") || strings.HasPrefix(t, "//") {
					continue // a commented-out link is none the site shows
				}
				for _, u := range bareURLRe.FindAllString(line, -1) {
					u = strings.TrimRight(u, ".,;")
					kind, ok := channelKind(u)
					if !ok || seen[channelKey(kind, u)] {
						continue
					}
					seen[channelKey(kind, u)] = true
					f.Content.Channels = append(f.Content.Channels, snapshot.Channel{
						Kind: kind, URL: u, Source: snapshot.Location{Repo: pr.names[i], Path: name, Line: n + 1},
					})
				}
			}
		}
	}
	return nil
}
