package documents

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// found renders where a kind's documents or a topic's statements were found:
// "repo:path:line how".
func found(ls []snapshot.Location) []string {
	out := []string{}
	for _, l := range ls {
		out = append(out, l.Repo+":"+l.Path+":"+strconv.Itoa(l.Line)+" "+l.How)
	}
	return out
}

func linksOut(ls []snapshot.LinkOut) []string {
	out := []string{}
	for _, l := range ls {
		out = append(out, l.Topic+" "+l.Repo+":"+l.Path+":"+strconv.Itoa(l.Line)+" "+l.URL)
	}
	return out
}

// channelsFound renders the channels found: "kind path:line url".
func channelsFound(cs []snapshot.Channel) []string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s %s:%d %s", c.Kind, c.Source.Path, c.Source.Line, c.URL))
	}
	return out
}

// TestCollectFixtures reads fixture trees, one for each way a reviewer finds a
// document or a topic, and each way the reader must not.
func TestCollectFixtures(t *testing.T) {
	type fixtureRepo struct{ name, dir, url string }
	tests := []struct {
		name  string
		repos []fixtureRepo
		// want: "documents.<kind>", "artifacts.<kind>", "topics.<topic>" or
		// "links_out" to what must be found there (nil: nothing).
		want map[string][]string
	}{
		{
			name:  "document in a deep folder",
			repos: []fixtureRepo{{"q", "deep-folder", ""}},
			want: map[string][]string{
				"documents.release_process":   {"q:build/release/README.md:1 folder"},
				"topics.release_expectations": {"q:build/release/README.md:3 heading", "q:build/release/README.md:5 sentence"},
			},
		},
		{
			name:  "document linked from the README",
			repos: []fixtureRepo{{"q", "readme-link", ""}},
			want: map[string][]string{
				"documents.release_process":          {"q:docs/dev/shipping.md:1 link"},
				"topics.release_branch_tag_strategy": {"q:docs/dev/shipping.md:3 sentence"},
			},
		},
		{
			name: "document linked across repositories with a GitHub blob URL",
			repos: []fixtureRepo{
				{"quarry-dev/quarry", "cross-repo/quarry", "https://github.com/quarry-dev/quarry"},
				{"quarry-dev/community", "cross-repo/community", "https://github.com/quarry-dev/community"},
			},
			want: map[string][]string{
				"documents.governance":   {"quarry-dev/community:docs/how-we-work.md:1 link"},
				"topics.decision_making": {"quarry-dev/community:docs/how-we-work.md:3 sentence"},
				"links_out":              nil,
			},
		},
		{
			name:  "topics stated only in prose",
			repos: []fixtureRepo{{"q", "prose-only", ""}},
			want: map[string][]string{
				"topics.release_expectations": {"q:RELEASES.md:3 sentence"},
				"topics.release_security":     {"q:RELEASES.md:3 sentence"},
			},
		},
		{
			name:  "topic only under a heading",
			repos: []fixtureRepo{{"q", "heading-only", ""}},
			want:  map[string][]string{"topics.release_support": {"q:RELEASES.md:3 heading"}},
		},
		{
			name:  "words merely mentioned do not count",
			repos: []fixtureRepo{{"q", "mention", ""}},
			want: map[string][]string{
				"documents.release_process":   {"q:RELEASES.md:1 name"},
				"topics.release_expectations": nil,
				"topics.release_artifacts":    nil,
				"topics.release_tagging":      nil,
			},
		},
		{
			name:  "links out of the repositories read",
			repos: []fixtureRepo{{"quarry-dev/quarry", "link-out", "https://github.com/quarry-dev/quarry"}},
			want: map[string][]string{
				"documents.roadmap":   nil,
				"artifacts.user_docs": nil,
				"links_out": {
					"roadmap quarry-dev/quarry:README.md:5 https://github.com/orgs/quarry-dev/projects/1",
					"user_docs quarry-dev/quarry:README.md:9 https://quarry.example/docs",
				},
			},
		},
		{
			name:  "a file that only points elsewhere is a link, not the document",
			repos: []fixtureRepo{{"quarry-dev/quarry", "pointer", "https://github.com/quarry-dev/quarry"}},
			want: map[string][]string{
				"documents.security_policy": nil,
				"links_out":                 {"security_policy quarry-dev/quarry:SECURITY.md:3 https://github.com/quarry-dev/.github/blob/main/SECURITY.md"},
			},
		},
		{
			name:  "sections, folders and linked files that only point elsewhere are links",
			repos: []fixtureRepo{{"quarry-dev/quarry", "pointer-sections", "https://github.com/quarry-dev/quarry"}},
			want: map[string][]string{
				// The README's documentation section, four paragraphs and a list, links
				// only pages of one site;
				// examples/ holds only a README saying they moved; the file linked as
				// "normative examples" says it has moved.
				"artifacts.user_docs": nil,
				// "## Schedule" over a pointer to the website is a link, "## Support"
				// over a statement is a heading.
				"topics.release_expectations": nil,
				"topics.release_support":      {"quarry-dev/quarry:RELEASES.md:9 sentence"},
				// A link to a reference site is no link out: the sentence states the
				// project's versioning itself.
				"topics.release_tagging": {"quarry-dev/quarry:RELEASES.md:11 sentence"},
				// RELEASES.md states its support in its own words: it is the release
				// process, not a pointer to it.
				"documents.release_process": {"quarry-dev/quarry:RELEASES.md:1 name"},
				"links_out": {
					"user_docs quarry-dev/quarry:README.md:7 https://quarry.example/docs/",
					"user_docs quarry-dev/quarry:README.md:8 https://quarry.example/docs/install/",
					"user_docs quarry-dev/quarry:README.md:8 https://quarry.example/docs/reference/",
					"user_docs quarry-dev/quarry:README.md:10 https://quarry.example/docs/quick-start/",
					"user_docs quarry-dev/quarry:README.md:11 https://quarry.example/docs/tutorials/",
					"user_docs quarry-dev/quarry:README.md:13 https://quarry.example/docs/upgrade/",
					// "## Get started" over a brief paragraph that describes and links
					// the website's guide.
					"user_docs quarry-dev/quarry:README.md:17 https://quarry.example/start/",
					"release_process quarry-dev/quarry:RELEASES.md:5 https://quarry.example/docs/releases/",
					"release_expectations quarry-dev/quarry:RELEASES.md:5 https://quarry.example/docs/releases/",
					"user_docs quarry-dev/quarry:docs/spec/normative_examples.md:3 https://github.com/quarry-dev/spec/blob/main/examples.md",
					"user_docs quarry-dev/quarry:examples/README.md:3 https://github.com/quarry-dev/quarry-examples",
				},
			},
		},
		{
			name:  "what a section holds decides whether it is the document",
			repos: []fixtureRepo{{"quarry-dev/quarry", "section-content", "https://github.com/quarry-dev/quarry"}},
			want: map[string][]string{
				// "## Usage" over only a demo GIF is nothing to read; "## Getting
				// started" lists sample repositories and the website: links out;
				// "## Installation" links elsewhere too, but gives the command.
				"artifacts.user_docs": {"quarry-dev/quarry:README.md#Installation:17 section"},
				// A diagram under "## Architecture" is an overview.
				"artifacts.architecture": {"quarry-dev/quarry:README.md#Architecture:27 section"},
				// A list of adopters linking their sites is the list itself.
				"documents.adopters": {"quarry-dev/quarry:README.md#Adopters:31 section"},
				// "## Roles and Membership" opening with "Roles are described in
				// [...]" is stated in the document it names, not the paragraph's other
				// link; "## Committee elections" opens with its own sentence, whatever
				// it links after.
				"topics.role_assignment": {
					"quarry-dev/quarry:GOVERNANCE.md:7 heading",
					"quarry-dev/quarry:docs/membership.md:1 pointer",
				},
				// "## Emeritus maintainers" over names is a list, not how one becomes
				// emeritus; "## Emeritus" over a rule is the rule's heading.
				"topics.emeritus_list": {"quarry-dev/quarry:MAINTAINERS.md:7 heading"},
				"topics.emeritus": {
					"quarry-dev/quarry:GOVERNANCE.md:11 heading",
					"quarry-dev/quarry:GOVERNANCE.md:13 sentence",
				},
				// A document titled for the release branches is part of the release
				// process.
				"documents.release_process": {"quarry-dev/quarry:docs/branch_management.md:1 name"},
				"links_out": {
					"user_docs quarry-dev/quarry:README.md:11 https://github.com/quarry-dev/sample-go",
					"user_docs quarry-dev/quarry:README.md:12 https://github.com/quarry-dev/sample-rust",
					"user_docs quarry-dev/quarry:README.md:14 https://github.com/quarry-dev/samples",
					"user_docs quarry-dev/quarry:README.md:15 https://quarry.example/docs/deploy/",
					// The sample repositories are the project's own, not read.
					"repository quarry-dev/quarry:README.md:11 https://github.com/quarry-dev/sample-go",
					"repository quarry-dev/quarry:README.md:12 https://github.com/quarry-dev/sample-rust",
					"repository quarry-dev/quarry:README.md:14 https://github.com/quarry-dev/samples",
				},
			},
		},
		{
			name: "a link to a website page whose source is a document read is that document",
			repos: []fixtureRepo{
				{"quarry-dev/quarry", "site-source/quarry", "https://github.com/quarry-dev/quarry"},
				{"quarry-dev/website", "site-source/website", "https://github.com/quarry-dev/website"},
			},
			want: map[string][]string{
				"documents.security_policy": {"quarry-dev/website:content/en/docs/operating/security.md:1 pointer"},
				// An MDX page (a Docusaurus site's) is a page's source too.
				"documents.contributing":  {"quarry-dev/website:content/en/docs/community/how-to-help.mdx:1 link"},
				"topics.security_roles":   {"quarry-dev/website:content/en/docs/operating/security.md:7 sentence"},
				"topics.release_security": {"quarry-dev/website:content/en/docs/operating/security.md:10 sentence"},
				// A Hugo reference ({{< ref "/docs/project/how-we-decide" >}}) is followed to its page.
				"documents.governance":   {"quarry-dev/website:content/en/docs/project/how-we-decide.md:1 link"},
				"topics.decision_making": {"quarry-dev/website:content/en/docs/project/how-we-decide.md:5 sentence"},
				// A page no document read is the source of stays a link out.
				"links_out": {"user_docs quarry-dev/quarry:README.md:3 https://kubernetes.example/docs/start/"},
			},
		},
		{
			name:  "audit reports in the tree and linked",
			repos: []fixtureRepo{{"q", "audit", ""}},
			want: map[string][]string{
				"artifacts.security_audit": {"q:docs/security/audits/2023-06-quarry-audit.pdf:1 name"},
				"links_out":                {"security_audit q:README.md:3 https://quarry.example/quarry-audit-2024.pdf"},
			},
		},
	}
	v := vocabulary(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in []Input
			for _, r := range tt.repos {
				l, err := repo.NewLocal(r.name, filepath.Join("testdata", r.dir))
				if err != nil {
					t.Fatal(err)
				}
				in = append(in, Input{Repo: l, URL: r.url})
			}
			f, err := Collect(context.Background(), in, v)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][]string{"links_out": linksOut(f.Content.LinksOut)}
			for _, l := range documentLists(&f.Documents) {
				got["documents."+l.kind] = found(*l.list)
			}
			for k, ls := range f.Artifacts {
				got["artifacts."+k] = found(ls)
			}
			for k, ls := range f.Content.Topics {
				got["topics."+k] = found(ls)
			}
			for key, want := range tt.want {
				if want == nil {
					want = []string{}
				}
				if g, ok := got[key]; !ok || !reflect.DeepEqual(g, want) {
					t.Errorf("%s = %q, want %q", key, g, want)
				}
			}
			if len(f.Errors) != 0 {
				t.Errorf("errors = %+v", f.Errors)
			}
		})
	}
}

// TestAuditDate holds the report dates read from names and titles.
func TestAuditDate(t *testing.T) {
	tests := []struct{ path, title, want string }{
		{"docs/audits/2023-06-quarry-audit.pdf", "", "2023-06"},
		{"SECURITY_AUDIT_2021.md", "", "2021"},
		{"docs/security/audit.md", "Security audit, 2024-03-18", "2024-03-18"},
		{"docs/security/audit.md", "Security audit", ""},
	}
	for _, tt := range tests {
		d := &doc{path: tt.path, p: &parsed{title: tt.title}}
		if got := reportDate(d); got != tt.want {
			t.Errorf("reportDate(%q, %q) = %q, want %q", tt.path, tt.title, got, tt.want)
		}
	}
}

// TestCollectEdges holds cases a review found: what the reader must do with them.
func TestCollectEdges(t *testing.T) {
	v := vocabulary(t)
	collect := func(t *testing.T, name, url string, files map[string]string) *Facts {
		t.Helper()
		f, err := Collect(context.Background(), []Input{{Repo: repo.NewMemory(name, files), URL: url}}, v)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	t.Run("a statement late in a long paragraph", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"GOVERNANCE.md": "# Governance\n\n" + strings.Repeat("This project is run in the open by its community. ", 8) +
				"Decisions are made by lazy consensus of the maintainers.\n",
		})
		if got := found(f.Content.Topics["decision_making"]); len(got) != 1 {
			t.Errorf("decision_making = %q, want the paragraph", got)
		}
	})
	t.Run("a contributing guide that adopts the CNCF code cross-links it and adopts it", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"CONTRIBUTING.md": "# Contributing\n\nQuarry follows the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).\n\n" +
				"## Issues\n\nOpen an issue for every bug you find, with the version you run and the steps that show it.\n\n" +
				"## Pull requests\n\nFork the repository, make your change on a branch, sign off each commit and open a pull request against main.\n\n" +
				"## Reviews\n\nTwo maintainers review every pull request before it is merged.\n",
			"CODE_OF_CONDUCT.md": "# Code of Conduct\n\nBe kind to one another.\n",
		})
		if got := locs(f.Content.CoCLinks); !reflect.DeepEqual(got, []string{"CONTRIBUTING.md:3"}) {
			t.Errorf("coc_links = %q, want the contributing guide's line", got)
		}
		if got := locs(f.Content.CoCCNCFReference); !reflect.DeepEqual(got, []string{"CONTRIBUTING.md:3"}) {
			t.Errorf("coc_cncf_reference = %q, want the contributing guide's line", got)
		}
	})
	t.Run("a security contacts file's comments say who handles reports", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"SECURITY.md":       "# Security policy\n\nReport a vulnerability privately to security@quarry.example.\n",
			"SECURITY_CONTACTS": "# The security response team is made up of the people below, who rotate the\n# on-call duty each month.\n\nalice\nbob\n",
			"OWNERS":            "# The security response team is made up of the people below.\napprovers:\n  - alice\n",
		})
		// The template's "Defined below are the security contacts" names people for a
		// team it does not define: no role.
		template := collect(t, "q", "", map[string]string{
			"SECURITY.md":       "# Security policy\n\nReport a vulnerability privately to security@quarry.example.\n",
			"SECURITY_CONTACTS": "# Defined below are the security contacts for this repo.\n#\n# They are the contact point for the Product Security Team to reach out\n# to for triaging and handling of incoming issues.\n\nalice\nbob\n",
		})
		if got := found(template.Content.Topics["security_roles"]); len(got) != 0 {
			t.Errorf("security_roles = %q, want none from the contacts template", got)
		}
		md := collect(t, "q", "", map[string]string{
			"SECURITY_CONTACTS": "# Reporting a security vulnerability\n\nIn this repository security reports are handled according to the project's\nsecurity policy; consult the [user guide](https://book.quarry.example/security_policy.html).\n",
		})
		if got := linksOut(md.Content.LinksOut); !slices.Contains(got, "security_policy q:SECURITY_CONTACTS:4 https://book.quarry.example/security_policy.html") {
			t.Errorf("links out = %q, want the policy the Markdown contacts file links", got)
		}
		if got := found(f.Content.Topics["security_roles"]); !slices.Equal(got, []string{"q:SECURITY_CONTACTS:1 sentence"}) {
			t.Errorf("security_roles = %q, want the contacts file's opening comment, and nothing from OWNERS", got)
		}
	})
	t.Run("a contributing guide that opens by sending the reader to the main guide is a link", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"CONTRIBUTING.md": "# Contributor Guide\n\nWe would love to accept your patches. Please read the\n[contributor's guide in our docs](https://quarry.example/docs/about/contributing/).\n\n" +
				"The contributor's guide:\n\n- Shows you where to find the DCO\n- Describes the pull request and review workflow\n\n" +
				"## Testing guidelines\n\nUnit tests live beside the code they test, in files named after it, and run with the race detector.\n\n" +
				"End-to-end tests go under test/e2e and need a cluster; the CI creates one for each pull request.\n\n" +
				"## Using Quarry?\n\nAdd your company to the [adopters](ADOPTERS.md) list.\n",
			"docs/CONTRIBUTING.md": "# Contributing\n\nFork the repository, sign off each commit and open a pull request against main.\n",
			"ADOPTERS.md":          "# Adopters\n\n- Acme\n",
		})
		// (the adopters list it links is no part of the contributing guide: the link's
		// text names another kind)
		if got := found(f.Documents.Contributing); !slices.Equal(got, []string{"q:docs/CONTRIBUTING.md:1 name"}) {
			t.Errorf("contributing = %q, want only the guide that opens with its own process", got)
		}
		if got := linksOut(f.Content.LinksOut); !slices.Contains(got, "contributing q:CONTRIBUTING.md:4 https://quarry.example/docs/about/contributing/") {
			t.Errorf("links out = %q, want the main guide the root file sends to", got)
		}
		// An opening that names contributing and links something else (a forum, the
		// code of conduct) hands nothing off.
		for _, opening := range []string{
			"This document explains how to contribute to Quarry. Questions? See the [forum](https://discuss.quarry.example/).",
			"This is our contributing guide; please read our [Code of Conduct](https://quarry.example/conduct/) first.",
		} {
			g := collect(t, "q", "", map[string]string{
				"CONTRIBUTING.md": "# Contributing\n\n" + opening + "\n\n## Pull requests\n\nFork the repository, make your change on a branch, sign off each commit and open a pull request against main.\n\n" +
					"## Reviews\n\nTwo maintainers review every pull request before it is merged, and the author answers every comment.\n\n" +
					"## Tests\n\nEvery change comes with unit tests; end-to-end tests run in the CI on a kind cluster for each pull request.\n",
			})
			if got := found(g.Documents.Contributing); !slices.Equal(got, []string{"q:CONTRIBUTING.md:1 name"}) {
				t.Errorf("opening %q: contributing = %q, want the guide itself", opening, got)
			}
		}
	})
	t.Run("a brief list item goes on from the sentence that introduces it", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"RELEASES.md": "# Releases\n\nQuarry supports four releases at a time. Throughout the support period, patch releases may be created to resolve:\n\n" +
				"- CVEs (under the advisement of the security team)\n- dependency issues\n\n" +
				"Patch releases are created for:\n\n## Other fixes\n\n- CVEs in the website\n",
		})
		got := f.Content.Topics["release_security"]
		if len(got) != 1 || got[0].Line != 5 || !strings.Contains(got[0].Text, "patch releases may be created to resolve: CVEs") {
			t.Errorf("release_security = %+v, want the CVE item read with its lead-in, and not the item under a heading", got)
		}
		// Not across a code block, not for a topic whose row does not ask for it (a
		// role's duties are no process of the role), and not again under a lead-in
		// that states the topic itself.
		g := collect(t, "q", "", map[string]string{
			"RELEASES.md": "# Releases\n\nTo cut a patch release, run the following:\n\n```\nmake release\n```\n\n- CVEs\n\n" +
				"Security fixes ship as patch releases of these branches:\n\n- release-1.2\n- release-1.1\n",
			"GOVERNANCE.md": "# Governance\n\nThe responsibilities of the community chair are as follows:\n\n- Onboard contributors and welcome them into the community\n",
		})
		if got := found(g.Content.Topics["release_security"]); !slices.Equal(got, []string{"q:RELEASES.md:11 sentence"}) {
			t.Errorf("release_security = %q, want the lead-in that states it, once", got)
		}
		if got := found(g.Content.Topics["role_onboarding"]); len(got) != 0 {
			t.Errorf("role_onboarding = %q, want none from a chair's duties", got)
		}
	})
	t.Run("a sentence that only sends the reader to a document read states nothing", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"RELEASES.md": "# Releases\n\n## Support\n\nLearn more about our support policy [here](SUPPORT.md).\n\n" +
				"## Cadence\n\nQuarry follows a three-month release cadence, see [the calendar](docs/calendar.md).\n\n" +
				"#### Minor releases\n\n- Roughly every 3 months, tracked in [the board](docs/board.md)\n",
			"SUPPORT.md":       "# Support\n\nAsk questions in the forum.\n",
			"docs/calendar.md": "# Calendar\n\nThe dates of the next releases.\n",
			"docs/board.md":    "# Board\n\nWhat is planned.\n",
		})
		if got := found(f.Content.Topics["release_support"]); slices.Contains(got, "q:RELEASES.md:5 sentence") {
			t.Errorf("release_support = %q, want not the sentence that only points to SUPPORT.md", got)
		}
		got := found(f.Content.Topics["release_expectations"])
		for _, want := range []string{"q:RELEASES.md:9 sentence", "q:RELEASES.md:13 sentence"} {
			if !slices.Contains(got, want) {
				t.Errorf("release_expectations = %q, want %s: it states the cadence before it points on", got, want)
			}
		}
	})
	t.Run("a link named for a kind leads to a section that is not of that kind", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":               "# Quarry\n\nSee our [proposals](proposals/README.md) and [design principles](design-principles.md).\n",
			"SECURITY.md":             "# Security policy\n\nReport a vulnerability privately to security@quarry.example; we answer within three days.\n",
			"proposals/README.md":     "# Proposals\n\n- [Result cache](0001-cache.md)\n",
			"proposals/0001-cache.md": "# Result cache\n\n## Design evaluation\n\n- [Security](../design-principles.md#security): the cache keeps the caller's permissions.\n",
			"design-principles.md": "# Design principles\n\n## Security\n\n1. Follow [secure design principles](https://example.org/secure-design).\n1. Do not implement cryptographic algorithms; rely on proven libraries.\n" +
				"1. Ask whether the change widens the attack surface or changes the threat model.\n1. Ask whether the change makes it harder for users to follow best practices.\n" +
				"1. Ask whether the change affects the provenance of what the pipelines build.\n",
		})
		if got := found(f.Documents.SecurityPolicy); !slices.Equal(got, []string{"q:SECURITY.md:1 name"}) {
			t.Errorf("security_policy = %q, want only the policy, not the design principle the proposal links as security", got)
		}
		if got := linksOut(f.Content.LinksOut); len(got) != 0 {
			t.Errorf("links out = %q, want none: the design principles' links are not the policy's", got)
		}
	})
	t.Run("a paragraph after the links is the section's own", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\nQuarry schedules jobs.\n\n## Contributing\n\n- [Contributing Guide](https://github.com/quarry-dev/community/blob/main/CONTRIBUTING.md)\n\nAll commits must be signed off.\n",
		})
		if got := found(f.Documents.Contributing); !slices.Equal(got, []string{"q:README.md#Contributing:5 section"}) {
			t.Errorf("contributing = %q, want the section, which says something of its own", got)
		}
	})
	t.Run("a site and the repository named for it are one place", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":      "# Quarry\n\nQuarry schedules jobs. See the [docs](docs/README.md).\n",
			"docs/README.md": "# Contributing to Quarry Docs\n\nDocumentation website: https://quarry.io/\n\nAll docs of Quarry are managed in the [quarry-dev/quarry.io](https://github.com/quarry-dev/quarry.io) repo. Please refer to that repo for contributions.\n",
		})
		if got := found(f.Documents.Contributing); len(got) != 0 {
			t.Errorf("contributing = %q, want none: the page only points to the website's repository", got)
		}
	})
	t.Run("a README section that leads in to links out is a link", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\nQuarry schedules jobs.\n\n### Contributing\n\nWe welcome contributions! Please see our:\n" +
				"- **[Contributing Guide](https://github.com/quarry-dev/project-governance/blob/main/CONTRIBUTING.md)**\n" +
				"- **[Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md)**\n",
		})
		if got := found(f.Documents.Contributing); len(got) != 0 {
			t.Errorf("contributing = %q, want none: the section only leads to the guide elsewhere", got)
		}
		if got := linksOut(f.Content.LinksOut); !slices.Contains(got, "contributing q:README.md:8 https://github.com/quarry-dev/project-governance/blob/main/CONTRIBUTING.md") {
			t.Errorf("links out = %q, want the contributing guide's link", got)
		}
	})
	t.Run("a README section of one paragraph that links its kind's guide out hands it off", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\n## Contributing\n\nWe welcome pull requests with open arms! There is a lot of work to do, and we care most about the longevity and reliability of the project. " +
				"The [contributing guide](https://quarry.example/docs/contributing/) will help you get started.\n\n" +
				"## Install\n\nBinary downloads of the quarry client are attached to every release. Unpack the binary and add it to your PATH and you are good to go.\n\n" +
				"If you want to use a package manager:\n\n- Homebrew users can use `brew install quarry`.\n- Snapcraft users can use `snap install quarry --classic`.\n- Scoop users can use `scoop install quarry`.\n\n" +
				"See the [installation guide](https://quarry.example/docs/install/) for more options.\n",
		})
		if got := found(f.Documents.Contributing); len(got) != 0 {
			t.Errorf("contributing = %q, want none: the section hands the guide to the website", got)
		}
		if got := linksOut(f.Content.LinksOut); !slices.Contains(got, "contributing q:README.md:5 https://quarry.example/docs/contributing/") {
			t.Errorf("links out = %q, want the contributing guide's link", got)
		}
		if got := found(f.Artifacts["user_docs"]); len(got) != 1 {
			t.Errorf("user_docs = %q, want the Install section, which says more than its link", got)
		}
	})
	// A contributing guide kept elsewhere is a link out, whatever else the README links.
	for _, tc := range []struct {
		name    string
		files   map[string]string
		linkOut string
	}{
		{"a repository page's contributing tab is no README", map[string]string{
			"README.md":     "# Quarry\n\nPlease see our [Contributing Guidelines](https://github.com/quarry-dev/quarry/?tab=contributing-ov-file#readme).\n",
			"GOVERNANCE.md": "# Governance\n\nSee the [README](https://github.com/quarry-dev/quarry/?tab=readme-ov-file).\n",
		}, "contributing quarry-dev/quarry:README.md:3 https://github.com/quarry-dev/quarry/?tab=contributing-ov-file#readme"},
		{"a README section handing off its guide does not make the code of conduct it also links the guide", map[string]string{
			"README.md":          "# Quarry\n\n## How to Contribute\n\nPlease refer to the [Contributing](https://github.com/quarry-dev/.github/blob/main/CONTRIBUTING.md) guide and the [Code of Conduct](CODE_OF_CONDUCT.md) for more information on how to contribute.\n",
			"CODE_OF_CONDUCT.md": "# Code of Conduct\n\nWe follow the CNCF Code of Conduct.\n",
		}, "contributing quarry-dev/quarry:README.md:5 https://github.com/quarry-dev/.github/blob/main/CONTRIBUTING.md"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", tc.files)
			if got := found(f.Documents.Contributing); len(got) != 0 {
				t.Errorf("contributing = %q, want none: the guide is kept elsewhere", got)
			}
			if got := linksOut(f.Content.LinksOut); !slices.Contains(got, tc.linkOut) {
				t.Errorf("links out = %q, want %q", got, tc.linkOut)
			}
		})
	}
	t.Run("a cross-link to the code of conduct links it; naming it is not one", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"CODE_OF_CONDUCT.md": "# Code of Conduct\n\nWe follow the CNCF Code of Conduct.\n",
			"GOVERNANCE.md": "# Governance\n\n## Code of Conduct\n\nLeads support the Code of Conduct within their subproject.\n\nAll members abide by [our code](CODE_OF_CONDUCT.md).\n\n" +
				"- [Code of Conduct Committee](#code-of-conduct-committee)\n\n" +
				"We follow the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct/) code of conduct.\n\n" +
				// A code kept in the governance document, attributed to its source, links
				// the source, not the project's code (loxilb's CONTRIBUTING.md).
				"### Attribution\n\nThis Code of Conduct is adapted from the [Contributor Covenant][homepage], version 1.4.\n\n[homepage]: http://contributor-covenant.org\n\n" +
				// A code the project follows, based on the Covenant, is linked.
				"We follow our Code of Conduct, based on the [Contributor Covenant](https://www.contributor-covenant.org/version/2/1/code_of_conduct/).\n",
		})
		var got []string
		for _, l := range f.Content.CoCLinks {
			got = append(got, fmt.Sprintf("%s:%d", l.Path, l.Line))
		}
		if want := []string{"GOVERNANCE.md:7", "GOVERNANCE.md:11", "GOVERNANCE.md:19"}; !slices.Equal(got, want) {
			t.Errorf("coc links = %q, want %q: the links to the file and to the covenant the project follows; the heading, the mention, a contents entry and an attribution to the code's source only name it", got, want)
		}
	})
	t.Run("a community page kept elsewhere is where the channels and meetings are", func(t *testing.T) {
		f := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"README.md":    "# Quarry\n\n## Community Resources\n\n- **[Community Info](https://github.com/quarry-dev/governance/blob/main/COMMUNITY.md)**\n- [Community](COMMUNITY.md)\n",
			"COMMUNITY.md": "# Community\n\nGo to the [centralized COMMUNITY.md](https://github.com/quarry-dev/governance/blob/main/COMMUNITY.md)\n",
		})
		var got []string
		for _, o := range f.Content.LinksOut {
			if o.Topic == TopicChannels || o.Topic == TopicMeetings {
				got = append(got, fmt.Sprintf("%s %s:%d", o.Topic, o.Path, o.Line))
			}
		}
		slices.Sort(got)
		if want := []string{"channels COMMUNITY.md:3", "channels README.md:5", "meetings COMMUNITY.md:3", "meetings README.md:5"}; !slices.Equal(got, want) {
			t.Errorf("links out = %q, want %q", got, want)
		}
	})
	t.Run("a page on how to reach the project is read for its channels and meetings", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":                "# Quarry\n\nQuarry schedules jobs.\n",
			"docs/contact.md":          "# Contact\n\n## Slack\n\nJoin [#quarry-dev](https://cloud-native.slack.com/messages/C01) on the CNCF Slack.\n\n## Team meetings\n\nWe meet every week on Monday at 15:30 UTC.\n",
			"docs/security/contact.md": "# Contact\n\nWrite to [the security team](https://groups.google.com/g/quarry-security).\n",
		})
		if got := channelsFound(f.Content.Channels); !slices.Equal(got, []string{"slack docs/contact.md:5 https://cloud-native.slack.com/messages/C01"}) {
			t.Errorf("channels = %q, want the contact page's Slack only, not the security contact's list", got)
		}
		var meetings []string
		for _, m := range f.Content.Meetings {
			meetings = append(meetings, fmt.Sprintf("%s:%d", m.Path, m.Line))
		}
		if !slices.Contains(meetings, "docs/contact.md:9") {
			t.Errorf("meetings = %q, want the contact page's weekly meeting", meetings)
		}
	})
	t.Run("a WeChat group offered by its QR code or an account is a channel", func(t *testing.T) {
		for _, tt := range []struct {
			name, readme string
			want         []string // kind path:line url
		}{
			{"under a community heading, over the code's image", "# Quarry\n\n# Community\n\n- For wechat users\n\n![quarry-wx](docs/img/wx.png)\n", []string{"wechat README.md:5 "}},
			{"a line that says how to join", "# Quarry\n\n## Usage\n\n* WeChat group: scan the QR code below to join the discussion group.\n\n![Wechat QR-Code](./docs/images/wechat.png)\n", []string{"wechat README.md:5 "}},
			{"an account to ask, beside Slack, once", "# Quarry\n\n## Contact\n\n* Slack: [#quarry](https://cloud-native.slack.com/messages/quarry)\n* WeChat: add WeChat account `quarry2222` and request an invitation.\n* Or ask Wechat ID quarry-bot to join the WeChat group.\n", []string{"slack README.md:5 https://cloud-native.slack.com/messages/quarry", "wechat README.md:6 "}},
			{"WeChat as a product is none", "# Quarry\n\n## Features\n\n- Sends alerts to WeChat Work groups, DingTalk and email.\n- Set the WeChat app ID in the config.\n\n## Notification channels\n\n- WeChat\n", nil},
			{"the page on how to join, not another channel's link", "# Quarry\n\n## Contact\n\n- Join [#quarry](https://cloud-native.slack.com/messages/quarry) on Slack, or scan our WeChat group's QR code.\n- WeChat: see [how to join](https://github.com/q/q/issues/604).\n",
				[]string{"slack README.md:5 https://cloud-native.slack.com/messages/quarry", "wechat README.md:5 "}},
			{"at the line that offers it best", "# Quarry\n\n## Usage\n\nJoin our WeChat group to ask.\n\n## Contact\n\n- WeChat: scan the code on [the join page](https://quarry.example/wechat) to join.\n",
				[]string{"wechat README.md:9 https://quarry.example/wechat"}},
		} {
			f := collect(t, "q", "", map[string]string{"README.md": tt.readme})
			if got := channelsFound(f.Content.Channels); !slices.Equal(got, tt.want) {
				t.Errorf("%s: channels = %q, want %q", tt.name, got, tt.want)
			}
		}
	})
	t.Run("a link named for the contributors leads to the people, not to the guide", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"MAINTAINERS.md":  "# Maintainers\n\n- alice\n\nSee also [our Contributors](/CONTRIBUTORS.md) page.\n",
			"CONTRIBUTORS.md": "## Contributors\n\nThese are active contributors, thank you!\n\n| Contributor | GitHub ID |\n| --- | --- |\n| Bob | bob |\n",
			"README.md":       "# Quarry\n\nRead the [development guide](docs/dev.md).\n",
			"docs/dev.md":     "# Hacking on Quarry\n\nFork the repository and open a pull request.\n",
		})
		if got := found(f.Documents.Contributing); !slices.Equal(got, []string{"q:docs/dev.md:1 link"}) {
			t.Errorf("contributing = %q, want the development guide only", got)
		}
	})
	t.Run("the issue chooser's contact links are channels", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":                         "# Q\n",
			".github/ISSUE_TEMPLATE/config.yml": "blank_issues_enabled: false\ncontact_links:\n  - name: Slack for questions\n    url: https://slack.cncf.io/\n    about: Join the #quarry channel.\n  - name: Documentation\n    url: https://quarry.example/docs/\n",
			".github/ISSUE_TEMPLATE/bug.yml":    "name: Bug\nbody:\n  - type: markdown\n    attributes:\n      value: Ask on https://quarry.slack.com/archives/C01 first.\n",
		})
		var got []string
		for _, c := range f.Content.Channels {
			got = append(got, fmt.Sprintf("%s %s %s:%d", c.Kind, c.URL, c.Source.Path, c.Source.Line))
		}
		if want := []string{"slack https://slack.cncf.io/ .github/ISSUE_TEMPLATE/config.yml:4"}; !slices.Equal(got, want) {
			t.Errorf("channels = %q, want %q: the chooser's links, not a form's", got, want)
		}
	})
	t.Run("the milestones linked as such are a roadmap kept elsewhere", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"RELEASES.md":     "# Releases\n\nQuarry uses [GitHub milestones](https://github.com/quarry-dev/quarry/milestones) to provide an indication of when the next release is planned.\n\nAdd your pull request to [a milestone](https://github.com/quarry-dev/quarry/milestone/3).\n",
			"CONTRIBUTING.md": "# Contributing\n\nOnce triaged, the issue is added to the [milestones][gh-milestones].\n\n- Review of [1.4.0 milestone](https://github.com/quarry-dev/quarry/milestone/2).\n\n[gh-milestones]: https://github.com/quarry-dev/quarry/milestones?state=open\n",
			"README.md":       "# Q\n\nSee [RELEASES](RELEASES.md).\n",
		})
		var got []string
		for _, o := range f.Content.LinksOut {
			if o.Topic == KindRoadmap {
				got = append(got, o.URL)
			}
		}
		slices.Sort(got)
		if want := []string{"https://github.com/quarry-dev/quarry/milestones", "https://github.com/quarry-dev/quarry/milestones?state=open"}; !slices.Equal(got, want) {
			t.Errorf("roadmap links out = %q, want %q", got, want)
		}
	})
	t.Run("a wiki page's name names what its link leads to", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\nFor the support of each release, please refer to [Release Support](https://github.com/quarry-dev/quarry/wiki/Release-Schedule-%26-Support#release-support).\n\nSee the [notes](https://github.com/quarry-dev/quarry/wiki/Home).\n",
		})
		got := linksOut(f.Content.LinksOut)
		for _, want := range []string{"release_expectations q:README.md:3 https://github.com/quarry-dev/quarry/wiki/Release-Schedule-%26-Support#release-support"} {
			if !slices.Contains(got, want) {
				t.Errorf("links out = %q, want %q", got, want)
			}
		}
		for _, o := range got {
			if strings.Contains(o, "/wiki/Home") {
				t.Errorf("link out %q: a page named Home names nothing", o)
			}
		}
	})
	t.Run("a README section that says its document is elsewhere in full hands it off", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\n## Releases\n\nCurrently maintained releases are listed below.\n\n| Release | Date | EOL |\n|---|---|---|\n| v1.2 | May 2026 | Feb 2027 |\n\n" +
				"The release process is fully documented in the [`quarry-dev/release`](https://github.com/quarry-dev/release) repo.\n",
		})
		if got := found(f.Documents.ReleaseProcess); len(got) != 0 {
			t.Errorf("release_process = %q, want none: the section says the process is elsewhere", got)
		}
		if got := linksOut(f.Content.LinksOut); !slices.Contains(got, "release_process q:README.md:11 https://github.com/quarry-dev/release") {
			t.Errorf("links out = %q, want the release repository", got)
		}
	})
	t.Run("a README paragraph that names its guide and links elsewhere hands nothing off", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\n## Contributing\n\nThe contributing guide is at CONTRIBUTING.md. Fork the repository, run make test, sign off each commit and open a pull request; " +
				"questions go to the [forum](https://discuss.quarry.example) and the [mailing list archive](https://lists.quarry.example/archive).\n",
		})
		if got := found(f.Documents.Contributing); len(got) != 1 || !strings.Contains(got[0], "README.md#Contributing") {
			t.Errorf("contributing = %q, want the README section", got)
		}
	})
	t.Run("a page titled for deploying the project, in TOML front matter, is user documentation", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"content/docs/2.x/deploy.md":                "+++\ntitle = \"Deploying Quarry\"\n+++\n\nInstall the chart with helm install quarry.\n",
			"contrib/deploying_using_docker_machine.md": "# Deploying Quarry using Docker Machine on a cloud of your choice\n\nCreate a machine first.\n",
		})
		if got := found(f.Artifacts["user_docs"]); !slices.Equal(got, []string{"q:content/docs/2.x/deploy.md:2 title"}) {
			t.Errorf("user_docs = %q, want the deploying page", got)
		}
	})
	t.Run("a blog post is no document of the kind its title names, but an audit's announcement reports it", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"content/blog/semver.md":          "+++\ntitle = \"Semantic Versioning\"\n+++\n\nOur next release is 1.0.0 and moves to semantic versioning.\n",
			"content/blog/2024-audit.md":      "+++\ntitle = \"Security audit\"\n+++\n\nQuarry completed a security audit by Example Labs; the report is published.\n",
			"docs/versioning-and-releases.md": "# Versioning and releases\n\nWe cut a minor release every three months.\n",
		})
		if got := found(f.Documents.ReleaseProcess); !slices.Equal(got, []string{"q:docs/versioning-and-releases.md:1 title"}) {
			t.Errorf("release_process = %q, want only the docs page", got)
		}
		if got := found(f.Artifacts["security_audit"]); len(got) != 1 || !strings.Contains(got[0], "2024-audit") {
			t.Errorf("security_audit = %q, want the audit's announcement", got)
		}
	})
	t.Run("an issue template is a form, whatever its title says", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			".github/ISSUE_TEMPLATE/4_release_tracker.md": "---\nname: Release Tracker\ntitle: \"Release: \"\n---\n\n# Timeline\n\nWe aim to release this release in the week of <week range>.\n\n" +
				"- [ ] Welcome message supported versions are up-to-date\n",
			"RELEASES.md": "# Releases\n\nWe cut a minor release every three months. File a [release tracker](.github/ISSUE_TEMPLATE/4_release_tracker.md) for each.\n",
		})
		if got := found(f.Documents.ReleaseProcess); !slices.Equal(got, []string{"q:RELEASES.md:1 name"}) {
			t.Errorf("release_process = %q, want only RELEASES.md", got)
		}
		for _, topic := range []string{"release_expectations", "release_support"} {
			for _, l := range f.Content.Topics[topic] {
				if strings.HasPrefix(l.Path, ".github/ISSUE_TEMPLATE/") {
					t.Errorf("%s cites the template %s:%d", topic, l.Path, l.Line)
				}
			}
		}
		if got := found(f.Artifacts["issue_templates"]); len(got) != 1 {
			t.Errorf("issue_templates = %q, want the template", got)
		}
	})
	t.Run("a link names the architecture, not the processors built for or one feature's design", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\n## Working groups\n\n- [Multi Architecture](workgroups/wg-multiarch/README.md): arm64 and s390x builds\n\n" +
				"## Functions\n\nSee the [design document](proposals/functions.md) for the new API.\n\n## Learn\n\nRead the [architecture overview](notes/overview.md).\n",
			"workgroups/wg-multiarch/README.md": "# Multi Architecture\n\nWe build images for arm64.\n",
			"proposals/functions.md":            "# Functions\n\nStatus: accepted.\n",
			"notes/overview.md":                 "# Overview\n\nQuarry has a controller and an agent.\n",
		})
		if got := found(f.Artifacts["architecture"]); !slices.Equal(got, []string{"q:notes/overview.md:1 link"}) {
			t.Errorf("architecture = %q, want only the overview", got)
		}
	})
	t.Run("a diagram drawn in text is the architecture, and a security architecture is not", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\n## Architecture\n\n```mermaid\ngraph TD\n  SDK --> COLLECTOR\n  COLLECTOR --> STORE\n```\n\n" +
				"Quarry was created at [Acme](https://acme.example/blog) and donated to the [CNCF](https://cncf.io).\n\n" +
				"See the [documentation](https://quarry.example/docs/) for more.\n\n## Usage\n\n```sh\nquarry run\n```\n",
			"docs/security/architecture.md": "# Quarry Security Architecture\n\nTLS everywhere, input validation and hardening.\n",
		})
		if got := found(f.Artifacts["architecture"]); !slices.Equal(got, []string{"q:README.md#Architecture:3 section"}) {
			t.Errorf("architecture = %q, want the README's diagram, not the security architecture", got)
		}
	})
	t.Run("an enhancement-proposal process is stated, linked in or linked out; an IETF RFC is none", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"CONTRIBUTING.md": "# Contributing\n\n- Want to help define a complex feature? [Write an RFC here](./rfc/README.md)\n\n" +
				"To propose a substantial new feature, please [follow the RFC process](https://github.com/quarry/rfcs).\n\n" +
				"New features usually go through the KEP process to propose a design.\n\n" +
				"The client follows RFC 6749 and accepts changes that keep to it.\n",
			"rfc/README.md": "# RFCs\n\nAccepted designs.\n",
		})
		if got := found(f.Content.Topics["proposal_process"]); !slices.Equal(got, []string{"q:CONTRIBUTING.md:3 sentence", "q:CONTRIBUTING.md:3 link_text", "q:CONTRIBUTING.md:7 sentence", "q:rfc/README.md:1 heading"}) {
			t.Errorf("proposal_process = %q, want the RFC link, the KEP sentence and the linked page's heading, not the IETF RFC", got)
		}
		if got := linksOut(f.Content.LinksOut); !slices.Contains(got, "proposal_process q:CONTRIBUTING.md:5 https://github.com/quarry/rfcs") {
			t.Errorf("links out = %q, want the RFC process linked out", got)
		}
	})
	t.Run("release guidelines in a contributing guide's sections, a roadmap's cadence as a hint", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"CONTRIBUTING.md": "# Contributing\n\n## Supported Versions\n\nVersions follow Semantic Versioning and are expressed as `x.y.z`.\n\n" +
				"## Releasing\n\n1. Open the release PR.\n1. Tag the version.\n\n## Pull requests\n\nBump the chart version following Semantic Versioning.\n",
			"ROADMAP.md": "# Roadmap\n\n## Milestones\n\nThe team aims to deliver a new release approximately every four weeks.\n",
		})
		if got := found(f.Documents.ReleaseProcess); !slices.Equal(got, []string{"q:CONTRIBUTING.md#Releasing:7 section"}) {
			t.Errorf("release_process = %q, want the contributing guide's Releasing section", got)
		}
		// A section named for the release among other steps ("merging and release
		// workflow") is the release process too.
		steps := collect(t, "q", "", map[string]string{
			"CONTRIBUTING.md": "# Contributing\n\n### Quarry updating, testing and release logistics\n\nOn a cadence the maintainers set, develop is merged into main and a new release is numbered and pushed to PyPI.\n\n" +
				"### Quarry merging and release workflow\n\nQuarry uses a gitflow workflow: pull requests are squash-merged into develop.\n",
		})
		if got := found(steps.Documents.ReleaseProcess); !slices.Equal(got, []string{"q:CONTRIBUTING.md#Quarry updating, testing and release logistics:3 section", "q:CONTRIBUTING.md#Quarry merging and release workflow:7 section"}) {
			t.Errorf("release_process = %q, want both sections", got)
		}
		// A chart's "## Releasing" is the chart's, and one over "TODO" is over nothing.
		others := collect(t, "q", "", map[string]string{
			"charts/quarry/CONTRIBUTING.md": "# Contributing to the chart\n\n## Releasing\n\nBump the chart version and merge.\n",
			"docs/dev/guide.md":             "# Developer guide\n\n## Releasing\n\nTODO\n",
		})
		if got := found(others.Documents.ReleaseProcess); len(got) != 0 {
			t.Errorf("release_process = %q, want none", got)
		}
		if got := found(f.Content.Topics["version_scheme"]); !slices.Equal(got, []string{"q:CONTRIBUTING.md:5 sentence"}) {
			t.Errorf("version_scheme = %q, want the contributing guide's sentence", got)
		}
		// A roadmap is one plan, often of a past year: its cadence is a hint a person
		// reads, not a statement.
		if got := found(f.Content.Hints["release_expectations"]); !slices.Equal(got, []string{"q:ROADMAP.md:5 sentence"}) {
			t.Errorf("release_expectations hints = %q, want the roadmap's cadence", got)
		}
		if got := found(f.Content.Topics["release_expectations"]); len(got) != 0 {
			t.Errorf("release_expectations = %q, want none stated", got)
		}
		milestones := collect(t, "q", "", map[string]string{
			"ROADMAP.md": "# Roadmap\n\nFuture features and fixes are planned with [release milestones on GitHub](https://github.com/q/q/milestones?sort=due_date).\n",
			"README.md":  "# Q\n\nThe work is tracked in the [v2.0 release milestone](https://github.com/q/q/milestone/4).\n",
		})
		if got := linksOut(milestones.Content.LinksOut); !slices.Contains(got, "release_expectations q:ROADMAP.md:3 https://github.com/q/q/milestones?sort=due_date") ||
			slices.Contains(got, "release_expectations q:README.md:3 https://github.com/q/q/milestone/4") {
			t.Errorf("links out = %q, want the release milestones as where the schedule is, not one release's milestone", got)
		}
	})
	t.Run("a user guide's release management is the product's releases", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"docs/usage/deploy/releases.md":          "# Release management\n\nThe deployment results in a release: a set of resources deployed in the cluster.\n",
			"docs/maintainers/release-management.md": "# Release management\n\nA maintainer tags each release from main.\n",
		})
		if got := found(f.Documents.ReleaseProcess); !slices.Equal(got, []string{"q:docs/maintainers/release-management.md:1 name"}) {
			t.Errorf("release_process = %q, want the maintainers' page, not the user guide's", got)
		}
	})
	t.Run("a README section under a demo or an example is that example's", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\n## Local Demo\n\nRun `make demo`.\n\n### Design\n\nThe demo reads data.json and sends it to Kafka.\n\n" +
				"## Internals\n\n### Design\n\nQuarry is a collector, a store and a query engine.\n",
		})
		if got := found(f.Artifacts["architecture"]); !slices.Equal(got, []string{"q:README.md#Design:13 section"}) {
			t.Errorf("architecture = %q, want the project's design, not the demo's", got)
		}
		// The title is the project's name, whatever it says; "Try it: demo and examples"
		// is about more than an example.
		titled := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry Playground\n\n## Architecture\n\nQuarry is a collector, a store and a query engine.\n\n" +
				"## Try it: demo and examples\n\n### Security\n\nReport vulnerabilities privately to security@quarry.example.\n",
		})
		if got := found(titled.Artifacts["architecture"]); !slices.Equal(got, []string{"q:README.md#Architecture:3 section"}) {
			t.Errorf("architecture = %q, want the section under the title", got)
		}
		if got := found(titled.Documents.SecurityPolicy); !slices.Equal(got, []string{"q:README.md#Security:9 section"}) {
			t.Errorf("security policy = %q, want the section under a heading that is more than an example", got)
		}
	})
	t.Run("a channel is cited where the project says how to reach it, not at its badge", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\n[![Slack](https://img.shields.io/badge/slack-join-blue)](https://quarry.slack.com) [![Survey](https://img.shields.io/badge/survey-2026-blue)](https://bit.ly/quarry-survey)\n[![X][x-badge]][x-link] [![Slack Status][slack-badge]][slack-link]\n\n" +
				"Quarry reads rocks.\n\n## Contact us\n\n| Platform | Link |\n|---|---|\n| Slack | [#quarry](https://quarry.slack.com) |\n" +
				"| Discord | [![Discord Banner](https://discord.com/api/guilds/1/widget.png)](https://aka.ms/quarry-discord) |\n| X | [@quarry](https://twitter.com/quarrydev) |\n\n" +
				"Read the [Slack guidelines](SLACK.md) first, or chat on [Discord](http://aka.ms/quarry-discord).\n\n## Get involved\n\nAsk on the [users list][users].\n\n[![Matrix](https://img.shields.io/badge/matrix-join-blue)][matrix]\n\nRead the [Matrix rules](https://quarry.example/docs/matrix) first.\n\n- [Slack](https://docs.quarry.example/integrations/slack/)\n- [Discord](https://github.com/quarry/quarry/tree/main/notifiers/discord)\n\n[![chat](https://img.shields.io/badge/discord-chat-7289da.svg)](https://aka.ms/quarry-chat)\n\n[users]: https://groups.google.com/g/quarry-users\n[matrix]: https://quarry.example/links/matrix/\n[x-badge]: https://img.shields.io/twitter/follow/quarrydev\n[x-link]: https://twitter.com/quarrydev\n" +
				// A badge served by the chat's own host is its picture, no channel.
				"[slack-badge]: https://quarry.slack.com/badge.svg\n[slack-link]: https://quarry.slack.com\n",
			"SLACK.md": "# Slack guidelines\n\nBe kind.\n",
		})
		var got []string
		for _, ch := range f.Content.Channels {
			got = append(got, ch.Kind+" "+ch.URL+" :"+strconv.Itoa(ch.Source.Line))
		}
		want := []string{"slack https://quarry.slack.com :12", "x https://twitter.com/quarrydev :14", "discord https://aka.ms/quarry-discord :13", "mailing_list https://groups.google.com/g/quarry-users :20",
			// A badge in a reference link to the project's own redirect named for the
			// platform; a page merely about it, an integration's page or a folder on
			// GitHub is none.
			"matrix https://quarry.example/links/matrix/ :22",
			// A badge whose text names no platform says it in its image's address.
			"discord https://aka.ms/quarry-chat :29"}
		if !slices.Equal(got, want) {
			t.Errorf("channels = %q, want %q", got, want)
		}
	})
	t.Run("a meeting schedule says when; a frequency or a call link only that meetings are held", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":                  "# Quarry\n\n## Community\n\nQuarry holds bi-weekly community calls: see the [meeting schedule](MEETING_SCHEDULE.md).\n",
			"MEETING_SCHEDULE.md":        "# Community Meeting Schedule\n\nOne bi-weekly community meeting, at 9pm UTC+8.\n",
			"CONTRIBUTING.md":            "# Contributing\n\n### Community meetings\n\n- Quarry Monthly\n  - Time: on the fourth Thursday of every month\n\n### Reviews\n\n- Time: within two days, on Tuesdays\n",
			"community/communication.md": "# Communication\n\n## Meetings\n\nWe have a weekly development meeting every Thursday at 9:30am US Pacific Time.\n",
			// A bare "Meetings" heading names no community meeting its times are of.
			"GOVERNANCE.md": "# Governance\n\n## Meetings\n\nThe steering committee meets weekly.\n\n- Friday at 7:30AM PST (Pacific Time)\n",
		})
		var got []string
		for _, m := range f.Content.Meetings {
			got = append(got, m.Path+":"+strconv.Itoa(m.Line)+" "+m.How)
		}
		want := []string{"CONTRIBUTING.md:3 mention", "CONTRIBUTING.md:6 schedule", "GOVERNANCE.md:5 record", "MEETING_SCHEDULE.md:1 mention", "MEETING_SCHEDULE.md:3 schedule", "README.md:5 record", "community/communication.md:5 schedule"}
		if !slices.Equal(got, want) {
			t.Errorf("meetings = %q, want %q", got, want)
		}
	})
	t.Run("a meeting said to be no longer held is a fact of its own; one that may be off, or one date's, is not", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\n## Dev Meeting\n\n**Note: The community meeting is cancelled until further notice.**\n\n" +
				"We meet every other week on Thursdays at 9:00 UTC.\n\n" +
				"## Office hours\n\nOffice hours are held on Tuesdays at 15:00 UTC. If a community meeting is cancelled, we say so on Slack. " +
				"The community meeting of 24 December is cancelled. Community meetings are paused in August.\n",
		})
		if got, want := found(f.Content.Meetings), []string{"q:README.md:5 cancelled", "q:README.md:7 schedule", "q:README.md:9 mention", "q:README.md:11 schedule"}; !slices.Equal(got, want) {
			t.Errorf("meetings = %q, want %q", got, want)
		}
	})
	t.Run("a README's TODO and roadmap heading is the roadmap", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\nA scheduler.\n\n### TODO / Roadmap\n\n* Run jobs on GPUs.\n* Retry failed jobs.\n",
		})
		if got, want := found(f.Documents.Roadmap), []string{"q:README.md#TODO / Roadmap:5 section"}; !slices.Equal(got, want) {
			t.Errorf("roadmap = %q, want %q", got, want)
		}
	})
	t.Run("a contributing guide's section on reporting a vulnerability is the security policy", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\nA scheduler.\n",
			// Inline code at a line's start opens no fence: the sections after it are
			// read.
			"CONTRIBUTING.md": "# Contributing\n\n```Issues``` are how we work.\n\n## Report a security issue or vulnerability\n\n> [!IMPORTANT]\n> Please report these by emailing [the maintainers](mailto:sec@quarry.example).\n",
			"docs/design.md":  "# Design\n\n## Reporting a vulnerability\n\nThe scanner reports each vulnerability it finds.\n",
			// An address is no roadmap: the section only says whom to ask.
			"GOVERNANCE.md": "# Governance\n\nMaintainers decide by lazy consensus.\n\n## Roadmap\n\nQuestions about what comes next? Email [the roadmap team](mailto:roadmap@quarry.example).\n",
		})
		if got, want := found(f.Documents.SecurityPolicy), []string{"q:CONTRIBUTING.md#Report a security issue or vulnerability:5 section"}; !slices.Equal(got, want) {
			t.Errorf("security_policy = %q, want %q", got, want)
		}
		if got := found(f.Documents.Roadmap); len(got) > 0 {
			t.Errorf("roadmap = %q, want none", got)
		}
	})
	t.Run("a link to another organisation's code of conduct is no cross-link", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":          "# Quarry\n\nA scheduler.\n\n## Code of Conduct\n\n- We follow the [Code of Conduct](CODE_OF_CONDUCT.md).\n",
			"CONTRIBUTING.md":    "# Contributing\n\nOpen an issue, then a pull request with tests; a maintainer reviews it.\n\n" + strings.Repeat("Run the unit tests and the linters before you push, and sign off every commit.\n\n", 4) + "## Code of Conduct\n\nThis project follows the [Apache Software Foundation Code of Conduct](https://www.apache.org/foundation/policies/conduct.html).\n",
			"CODE_OF_CONDUCT.md": "# Code of Conduct\n\nQuarry follows the [CNCF Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).\n",
		})
		if got, want := found(f.Content.CoCLinks), []string{"q:README.md:7 link"}; !slices.Equal(got, want) {
			t.Errorf("coc links = %q, want %q", got, want)
		}
		// The line is the evidence, as a reader sees it.
		if got := f.Content.CoCLinks[0].Text; got != "We follow the Code of Conduct." {
			t.Errorf("coc link text = %q, want the line as displayed", got)
		}
	})
	t.Run("a link out into the website's governance pages is a governance link, whatever its text", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":   "# Quarry\n\nA scheduler. See the [CNCF's governance guidance](https://contribute.cncf.io/maintainers/governance/).\n",
			"SECURITY.md": "# Security\n\nThis project follows the [Quarry security policy and reporting process](https://quarry.example/docs/governance/security).\n",
		})
		got := linksOut(f.Content.LinksOut)
		slices.Sort(got)
		if want := []string{"governance q:SECURITY.md:3 https://quarry.example/docs/governance/security", "security_policy q:SECURITY.md:3 https://quarry.example/docs/governance/security"}; !slices.Equal(got, want) {
			t.Errorf("links out = %q, want %q", got, want)
		}
	})
	t.Run("one issue is a link out, the list of issues is no document", func(t *testing.T) {
		f := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"README.md":     "# Quarry\n\nA scheduler. See the [roadmap issues](https://github.com/quarry-dev/quarry/issues?q=label%3Aroadmap).\n",
			"GOVERNANCE.md": "# Quarry Governance\n\n## Users\n\nUsers, feel free to comment in **[Who is using Quarry](https://github.com/quarry-dev/quarry/issues/910 \"Who is Using Quarry\")**.\n\n## Maintainers\n\nMaintainers decide by lazy consensus.\n",
		})
		if got, want := linksOut(f.Content.LinksOut), []string{"adopters quarry-dev/quarry:GOVERNANCE.md:5 https://github.com/quarry-dev/quarry/issues/910"}; !slices.Equal(got, want) {
			t.Errorf("links out = %q, want %q", got, want)
		}
	})
	t.Run("a section saying the list is kept elsewhere hands it off; a page titled Adopters is the list", func(t *testing.T) {
		f := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"README.md": "# Quarry\n\n## Adopters and other repositories of note\n\nA list of integrations and adoptions is maintained in the [quarry-dev/friends](https://github.com/quarry-dev/friends) repository.\n\n" +
				"The project maintains several integrations, such as:\n\n* [Quarry Jenkins Plugin](https://github.com/jenkinsci/quarry-plugin/)\n",
			"site/content/ecosystem/adopters/index.md": "---\ntitle: Adopters\n---\n\n| Organization | Description |\n|---|---|\n| Example Corp | Runs Quarry in production. |\n",
		})
		if got := found(f.Documents.Adopters); !slices.Equal(got, []string{"quarry-dev/quarry:site/content/ecosystem/adopters/index.md:2 title"}) {
			t.Errorf("adopters = %q, want only the page titled Adopters", got)
		}
		if got := linksOut(f.Content.LinksOut); !slices.Contains(got, "adopters quarry-dev/quarry:README.md:5 https://github.com/quarry-dev/friends") {
			t.Errorf("links out = %q, want the list kept elsewhere", got)
		}
	})
	t.Run("a communication page is where a reviewer starts, like a community page", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":        "# Quarry\n\nQuarry reads rocks.\n",
			"COMMUNICATION.md": "# Communication\n\nSee [our roadmap](notes/plans.md) before proposing a feature.\n",
			"notes/plans.md":   "# Plans\n\n- Faster scans\n",
		})
		if got := found(f.Documents.Roadmap); !slices.Equal(got, []string{"q:notes/plans.md:1 link"}) {
			t.Errorf("roadmap = %q, want the page the communication page links as our roadmap", got)
		}
	})
	t.Run("a roles document says who handles security reports", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"GOVERNANCE.md":      "# Governance\n\nThe project is led by its [maintainers](community-roles.md#maintainer).\n\n## Applying as a Security Team member\n\nOpen a pull request against the team's list.\n",
			"community-roles.md": "# Community Roles\n\n## Maintainer\n\nMaintainers are listed in [MAINTAINERS](MAINTAINERS). Maintainers triage and respond to bug reports, and are responsible for reviewing reports.\n\n## Triage Team\n\nTriagers label new issues.\n\n## Security Team member\n\nAll reports are thoroughly investigated by the Security Team.\n",
		})
		if got := found(f.Content.Topics["security_response"]); !slices.Equal(got, []string{"q:community-roles.md:13 sentence"}) {
			t.Errorf("security_response = %q, want the roles document's sentence, not the headings naming the team or the issues' triage", got)
		}
		for _, l := range found(f.Content.Topics["security_roles"]) {
			if strings.HasPrefix(l, "q:community-roles.md:5 ") {
				t.Errorf("security_roles has %s: a roles document is read for them only under a security heading", l)
			}
		}
	})
	t.Run("a subprojects heading lists subprojects only over a list", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"GOVERNANCE.md": "# Governance\n\n## Subprojects\n\nAny maintainer may call a [vote](#decisions) to create a new subproject under the organisation.\n\n" +
				"## Decisions\n\nDecisions are made by lazy consensus.\n\n### Current subprojects\n\n- quarry-operator\n- quarry-cli\n",
		})
		if got := found(f.Content.Topics["subprojects"]); len(got) != 1 || !strings.Contains(got[0], "GOVERNANCE.md:11 heading") {
			t.Errorf("subprojects = %q, want only the heading over the list", got)
		}
	})
	t.Run("a subprojects heading over how they are added or changed lists none", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"GOVERNANCE.md": "# Governance\n\n## Subprojects\n\nSubprojects are core or non-core, for example the CLI.\n\n" +
				"### Adding core subprojects\n\nOpen a proposal.\n\n#### Requirements\n\n- a lead\n- a charter\n\n### Changing the status of non-core subprojects\n\nThe changes may include:\n- promoting a non-core subproject to core\n- archiving it\n",
			"README.md": "# Quarry\n\n## Subprojects\n\nThe subprojects of the project:\n\n### quarry-cli\n\n- **Owners:** the CLI team\n",
		})
		if got := found(f.Content.Topics["subprojects"]); !slices.Equal(got, []string{"q:README.md:3 heading"}) {
			t.Errorf("subprojects = %q, want only the heading over a named subproject", got)
		}
	})
	t.Run("a roadmap is dated by its history and names the tracker it hands its items to", func(t *testing.T) {
		r := dated{Repo: repo.NewMemory("q", map[string]string{
			"ROADMAP.md":        "# Roadmap\n\nWe use the issues and [milestones](https://github.com/quarry-dev/quarry/milestones) to define our roadmap.\n\n## Next\n\n- Faster scans\n",
			"docs/roadmap.md":   "# Roadmap 2021\n\n- [Windows support](https://github.com/quarry-dev/quarry/projects/12)\n- A plugin API\n",
			"README.md":         "# Quarry\n\n## Roadmap\n\n- Faster scans\n- A plugin API\n\n## Planning\n\nWe plan on the [project board](https://github.com/orgs/quarry-dev/projects/3).\n",
			"GOVERNANCE.md":     "# Governance\n\nDecisions are made by lazy consensus.\n\n## Roadmap\n\n- Month 1: set up the repository\n- Month 2: the first release\n\nWe track them on the [project board](https://github.com/orgs/quarry-dev/projects/3).\n",
			"CONTRIBUTING.md":   "# Contributing\n\nRead our [roadmap](docs/community.md#plans-for-2019) first.\n",
			"docs/community.md": "# Community\n\n## Plans for 2019\n\n- Faster scans\n- A plugin API\n",
			// A feature proposal's "Roadmap" is that feature's plan.
			"docs/proposals/windows.md": "# Windows support\n\n## Roadmap\n\n- Alpha in 1.2\n- Beta in 1.3\n",
			// A security self-assessment's "Roadmap" is the template's next steps.
			"security/self-assessment.md": "# Self-assessment\n\n## Roadmap\n\n- Harden the CI workflows\n",
		}), days: map[string]string{"ROADMAP.md": "2022-05-01", "docs/roadmap.md": "2021-09-17", "README.md": "2024-02-29", "GOVERNANCE.md": "2019-04-01", "docs/community.md": "2019-03-01"}}
		f, err := Collect(context.Background(), []Input{{Repo: r}}, v)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range f.Documents.Roadmap {
			at := ""
			if l.Period != nil {
				at = fmt.Sprintf(" until %s (%d: %s)", l.Period.Until, l.Period.Line, l.Period.Text)
			}
			got = append(got, l.Path+" "+l.Changed+" "+l.Tracker+at)
		}
		// A section is dated by its file and hands off only in its own lines: the
		// README's board is under another heading. The periods a text names are its
		// own lines' too.
		// A linked anchor no section was recorded at is dated by its file too.
		want := []string{"ROADMAP.md 2022-05-01 https://github.com/quarry-dev/quarry/milestones", "docs/roadmap.md 2021-09-17  until 2021-12-31 (1: 2021)", "docs/community.md#Plans for 2019 2019-03-01 ", "GOVERNANCE.md#Roadmap 2019-04-01 https://github.com/orgs/quarry-dev/projects/3", "README.md#Roadmap 2024-02-29 "}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("roadmaps = %q, want %q", got, want)
		}
	})
	t.Run("a roadmap that only hands off to its tracker is a link out", func(t *testing.T) {
		f := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"docs/roadmap.md": "# Roadmap\n\nThe Quarry roadmap is maintained in [a GitHub Project](https://github.com/orgs/quarry-dev/projects/25).\n\n" +
				"Releases are planned in the [release process](release.md).\n",
			"docs/release.md": "# Release process\n\nWe release monthly.\n",
			"README.md":       "# Quarry\n\n## Roadmap\n\nThe [roadmap uses GitHub milestones](https://github.com/quarry-dev/quarry/milestones) to track progress.\n",
			"GOVERNANCE.md":   "# Governance\n\nDecisions are made by lazy consensus.\n\n## Roadmap\n\nOur roadmap is tracked in [the milestones](https://github.com/quarry-dev/quarry/milestones?state=open).\n",
			// Lists of only links are where the roadmap is, not items of it.
			"ROADMAP.md": "# Roadmap\n\nRoadmap changes are discussed in the maintainers' meetings and tracked in issues and milestones:\n" +
				"- [Meetings](https://quarry.example/community/)\n- [Milestones](https://github.com/quarry-dev/quarry/milestones?sort=due_date)\n\n" +
				"Major features follow the design proposal process:\n\n- [Proposals](https://github.com/quarry-dev/proposals)\n",
			// Items that each link their issue are the roadmap's own.
			"docs/plans/roadmap.md": "# Roadmap\n\nWe track the roadmap on the [board](https://github.com/orgs/quarry-dev/projects/1).\n\n" +
				"- [Support arm64](https://github.com/quarry-dev/quarry/issues/12)\n- [Plugin API](https://github.com/quarry-dev/quarry/issues/13)\n",
			// A roadmap of its own beside the tracker is kept: a subheading over its plans.
			"community/ROADMAP.md": "# Community roadmap\n\nWe track it on [a board](https://github.com/orgs/quarry-dev/projects/3).\n\n## 2026\n\nA plugin API, and Windows support.\n",
		})
		if got := found(f.Documents.Roadmap); !slices.Equal(got, []string{"quarry-dev/quarry:community/ROADMAP.md:1 name", "quarry-dev/quarry:docs/plans/roadmap.md:1 name"}) {
			t.Errorf("roadmaps = %q, want only the one with plans of its own: the others only hand off to their tracker", got)
		}
		want := []string{
			"roadmap quarry-dev/quarry:GOVERNANCE.md:7 https://github.com/quarry-dev/quarry/milestones?state=open",
			"roadmap quarry-dev/quarry:README.md:5 https://github.com/quarry-dev/quarry/milestones",
			// (linked as "milestones": a link out when its links are followed)
			"roadmap quarry-dev/quarry:ROADMAP.md:5 https://github.com/quarry-dev/quarry/milestones?sort=due_date",
			// (the board a roadmap of its own names is read as its tracker too)
			"roadmap quarry-dev/quarry:docs/plans/roadmap.md:3 https://github.com/orgs/quarry-dev/projects/1",
			"roadmap quarry-dev/quarry:docs/roadmap.md:3 https://github.com/orgs/quarry-dev/projects/25",
		}
		var got []string
		for _, l := range linksOut(f.Content.LinksOut) {
			if strings.HasPrefix(l, "roadmap ") {
				got = append(got, l)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("roadmap links out = %q, want %q", got, want)
		}
		if f.Documents.Roadmap == nil {
			t.Error("roadmaps are nil: a roadmap looked for and handed off is collected, not missing")
		}
	})
	t.Run("a website's home page is read as its README", func(t *testing.T) {
		site := repo.NewMemory("q/website", map[string]string{
			"_config.yml": "theme: cayman\n",
			"README.md":   "# Website\n\n## Architecture\n\nRun jekyll serve.\n",
			"index.md":    "# Quarry\n\n## Architecture\n\nThe daemon receives requests from the kubelet and starts a shim for each pod.\n",
		})
		f, err := Collect(context.Background(), []Input{{Repo: repo.NewMemory("q/quarry", map[string]string{"README.md": "# Quarry\n"})}, {Repo: site, Website: true}}, v)
		if err != nil {
			t.Fatal(err)
		}
		if got := found(f.Artifacts["architecture"]); !slices.Equal(got, []string{"q/website:index.md#Architecture:3 section"}) {
			t.Errorf("architecture = %q, want the home page's section only", got)
		}
	})
	t.Run("a website's configuration links channels on every page", func(t *testing.T) {
		site := repo.NewMemory("q/website", map[string]string{
			"hugo.yaml":                 "params:\n  links:\n    user:\n      - name: Mailing list\n        url: https://groups.google.com/g/quarry-users\n      - name: Slack\n        url: https://slack.quarry.example\n      # - name: Old Slack\n      #   url: https://quarry-old.slack.com\n",
			"content/en/docs/_index.md": "# Docs\n\nAsk on [Slack](https://slack.quarry.example).\n",
		})
		main := repo.NewMemory("q/quarry", map[string]string{"config.yaml": "url: https://groups.google.com/g/not-the-site\n"})
		f, err := Collect(context.Background(), []Input{{Repo: main}, {Repo: site, Website: true}}, v)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ch := range f.Content.Channels {
			got = append(got, ch.Kind+" "+ch.URL+" "+ch.Source.Repo+":"+ch.Source.Path+":"+strconv.Itoa(ch.Source.Line))
		}
		want := []string{"mailing_list https://groups.google.com/g/quarry-users q/website:hugo.yaml:5", "slack https://slack.quarry.example q/website:hugo.yaml:7"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("channels = %q, want %q (a repository that builds no site has no site configuration)", got, want)
		}
	})
	t.Run("a README section listing the project's repositories documents none of them", func(t *testing.T) {
		f := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"README.md": "# Quarry\n\n## Getting Started\n\n" +
				"* [quarry](https://github.com/quarry-dev/quarry): this repository holds the specification, the governance and the processes of the project.\n" +
				"* [quarry-go](https://github.com/quarry-dev/quarry-go): the Go client libraries, with their own examples and tests.\n\n" +
				"### Communications\n\n* [Slack](https://slack.quarry.example)\n\n" +
				"## Usage\n\n* [Install](docs/install.md) the command line first.\n* [Configure](docs/configure.md) it next.\n",
			"docs/install.md":   "# Install\n\nDownload the binary.\n",
			"docs/configure.md": "# Configure\n\nWrite quarry.yaml.\n",
		})
		for _, l := range f.Artifacts["user_docs"] {
			if strings.Contains(l.Path, "Getting Started") {
				t.Errorf("user_docs has the repository list %s:%d", l.Path, l.Line)
			}
		}
		if got := linksOut(f.Content.LinksOut); !slices.Contains(got, "user_docs quarry-dev/quarry:README.md:6 https://github.com/quarry-dev/quarry-go") {
			t.Errorf("links out = %q, want the other repository as user documentation not read", got)
		}
	})
	t.Run("a brief list item reads on from its heading where the topic says so", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"RELEASES.md": "# Releases\n\nQuarry follows semantic versioning.\n\n#### MINOR release\n\nMinor releases add features in a compatible way.\n\n- Roughly every 3 months\n\n" +
				"## Reporting\n\n#### Private Disclosure Processes\n\n- Description of the location and impact of the vulnerability\n\n" +
				"## Release team\n\n- Rotates every 6 months\n",
		})
		if got := found(f.Content.Topics["release_expectations"]); !slices.Equal(got, []string{"q:RELEASES.md:9 sentence"}) {
			t.Errorf("release_expectations = %q, want the item under its heading", got)
		}
		if got := f.Content.Topics["release_expectations"]; len(got) == 1 && got[0].Text != "MINOR release: Roughly every 3 months" {
			t.Errorf("text = %q, want the heading before the item", got[0].Text)
		}
	})
	t.Run("a disclosure processes heading says how reports are handled", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"SECURITY.md": "# Security\n\n## Private Disclosure Processes\n\nEmail the maintainers at security@quarry.example so they may start the patch, release and communication process.\n",
		})
		if got := found(f.Content.Topics["security_response"]); !slices.Contains(got, "q:SECURITY.md:3 heading") {
			t.Errorf("security_response = %q, want the heading", got)
		}
	})
	t.Run("a security policy with an address and a link is the policy", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"SECURITY.md": "# Security\n\nPlease report vulnerabilities privately to security@quarry.example. See https://quarry.example/security for details.\n",
		})
		if got := found(f.Documents.SecurityPolicy); len(got) != 1 || len(f.Content.LinksOut) != 0 {
			t.Errorf("security_policy = %q, links out %v; want the file and no link out", got, f.Content.LinksOut)
		}
	})
	t.Run("a security policy that is a bare URL is a link", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{"SECURITY.md": "## Security Policy\n\nhttps://docs.quarry.example/security/\n"})
		if got := found(f.Documents.SecurityPolicy); len(got) != 0 || len(f.Content.LinksOut) != 1 {
			t.Errorf("security_policy = %q, links out %v; want no document and one link out", got, f.Content.LinksOut)
		}
	})
	t.Run("without a GitHub URL no owner is foreign", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{"README.md": "# Q\n\nOur [governance](https://github.com/quarry-dev/community/blob/main/GOVERNANCE.md).\n"})
		if got := linksOut(f.Content.LinksOut); len(got) != 1 || !strings.HasPrefix(got[0], "governance ") {
			t.Errorf("links out = %q, want the governance link", got)
		}
	})
	t.Run("a statement naming a chat is a statement, not a link out", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"GOVERNANCE.md": "# Governance\n\nDecisions are made by lazy consensus of the maintainers: see [#quarry-dev](https://example.slack.com/archives/C0Q).\n",
		})
		if got := found(f.Content.Topics["decision_making"]); len(got) != 1 || len(f.Content.LinksOut) != 0 {
			t.Errorf("decision_making = %q, links out %v; want the sentence and no link out", got, f.Content.LinksOut)
		}
	})
	t.Run("a broken link to a document of the repository leads nowhere to read", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\nOur [release process](docs/RELEASE.md) and [governance](/governance/).\n",
		})
		if got := linksOut(f.Content.LinksOut); len(got) != 1 || !strings.HasPrefix(got[0], "governance ") {
			t.Errorf("links out = %q, want only the site page /governance/", got)
		}
	})
	t.Run("a chart's README is installation documentation wherever the chart is kept", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"cluster/charts/quarry/README.md": "# Quarry\n\nInstall the chart with `helm install quarry`.\n",
		})
		if got := found(f.Artifacts["user_docs"]); len(got) != 1 {
			t.Errorf("user_docs = %q, want the chart's README", got)
		}
	})
	t.Run("an adopters section that only links two places is a pointer, a list of adopters is the list", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\n## Adopters\n\nWe are happy to [list users](https://q.example/community/#users); learn more [here](https://github.com/q-dev/q-docs#adopters).\n",
		})
		if got := found(f.Documents.Adopters); len(got) != 0 || len(f.Content.LinksOut) != 2 {
			t.Errorf("adopters = %q, links out %v; want no document and the two links", got, f.Content.LinksOut)
		}
		f = collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\n## Adopters\n\n- [Acme](https://acme.example/)\n- [Gravel & Sons](https://gravel.example/)\n",
		})
		if got := found(f.Documents.Adopters); len(got) != 1 {
			t.Errorf("adopters = %q, want the README section", got)
		}
	})
	t.Run("a roadmap file that says its items are kept in other places and where to find them is a link out", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"ROADMAP.md": "# Quarry Roadmap\n\nQuarry is made of separately developed components, and their roadmap items are tracked in each component's repository, milestones and release notes.\n\n" +
				"You can find the roadmap links in [this table](https://quarry.example/docs/components/#roadmaps).\n",
		})
		if got := found(f.Documents.Roadmap); len(got) != 0 || len(f.Content.LinksOut) != 1 {
			t.Errorf("roadmap = %q, links out %v; want no document and the link", got, f.Content.LinksOut)
		}
	})
	t.Run("an audit of something other than security is no security audit", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"docs/audit-report-v290.md":   "# Quarry v2.9.0 Documentation Status\n\nThree pages have no version stamp.\n",
			"docs/audit-report-2024.md":   "# Quarry Security Audit Report\n\nThe auditors found two issues of medium severity.\n",
			"docs/license-audit-2023.md":  "# Third-party licenses audit\n\nEvery dependency is Apache-2.0 or MIT.\n",
			"docs/security-audit-site.md": "# Security audit of the Quarry docs site and API\n\nTwo issues of low severity.\n",
		})
		if got := found(f.Artifacts["security_audit"]); len(got) != 2 || !strings.HasPrefix(got[0], "q:docs/audit-report-2024.md:") || !strings.HasPrefix(got[1], "q:docs/security-audit-site.md:") {
			t.Errorf("security_audit = %q, want only the security audits", got)
		}
	})
	t.Run("a folder of feature designs or one plugin's architecture is no architecture; an overall architecture section is", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"docs/design/queue-priority.md":         "# Queue priority\n\nThis proposal adds a priority to queues.\n",
			"docs/design/gang-preempt.md":           "# Gang preemption\n\nThis proposal preempts whole gangs.\n",
			"docs/cri/architecture.md":              "# Architecture of The CRI Plugin\n\nThis document describes the architecture of the cri plugin.\n",
			"docs/concepts/plugins/architecture.md": "# Plugins Architecture Concepts\n\nA plugin is loaded at start.\n",
			"pkg/wireguard/architecture.md":         "# Architecture\n\nThe tunnel is set up per node.\n",
		})
		if got := found(f.Artifacts["architecture"]); len(got) != 0 {
			t.Errorf("architecture = %q, want none from the designs folder, a plugin's or a package's", got)
		}
		f = collect(t, "q", "", map[string]string{
			"ARCHITECTURE.md":               "# Quarry Internal Architecture\n\nThe scheduler and the agents.\n",
			"docs/internal/architecture.md": "# Architecture\n\nThe scheduler and the agents.\n",
		})
		if got := found(f.Artifacts["architecture"]); len(got) != 2 {
			t.Errorf("architecture = %q, want the project's internal architecture and docs/internal's", got)
		}
		f = collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\n## Overall Architecture\n\n![architecture](docs/images/arch.png)\n",
		})
		if got := found(f.Artifacts["architecture"]); len(got) != 1 {
			t.Errorf("architecture = %q, want the README section", got)
		}
	})
	t.Run("a numbered proposal's or a blog post's roadmap section is no roadmap, a dated folder's is", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"subprojects/872-history-server/README.md": "# History server\n\n## Project Roadmap\n\n- Q3: donation\n- Q4: integration\n",
			"docs/community/README.md":                 "# Community\n\n## Roadmap\n\n- Q3: a faster scheduler\n- Q4: quotas\n",
			"content/2026-08-18-standard/index.md":     "# The standard\n\n## Roadmap\n\n- Q3: version 2\n- Q4: a registry\n",
			"content/blog/2026-08-18-other/index.md":   "# Another standard\n\n## Roadmap\n\n- Q3: version 2\n- Q4: a registry\n",
			"community/2025-plans/README.md":           "# Plans\n\n## Roadmap\n\n- Q1: a web console\n- Q2: quotas\n",
			"content/blog/2024-05-01-v1/index.md":      "# Quarry 1.0\n\n## Release process\n\nWe cut a release every month.\n",
		})
		if got := found(f.Documents.Roadmap); len(got) != 3 || !strings.HasPrefix(got[0], "q:community/2025-plans/README.md") || !strings.HasPrefix(got[1], "q:content/2026-08-18-standard/index.md") || !strings.HasPrefix(got[2], "q:docs/community/README.md") {
			t.Errorf("roadmap = %q, want the community page's, the year folder's and the dated folder's sections", got)
		}
		if got := found(f.Documents.ReleaseProcess); len(got) != 0 {
			t.Errorf("release_process = %q, want none from a blog post", got)
		}
	})
	t.Run("a general technical review is read as an entry document: its links out are recorded", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"docs/general-technical-review.md": "# General Technical Review\n\n## Scope\n\nQuarry schedules batch jobs on shared clusters. Its scheduler and its agents are installed with Helm.\n\n" +
				"## End users\n\nThe [Quarry-filtered case study list](https://www.cncf.io/case-studies/?_sft_lf-project=quarry) names its end users.\n",
		})
		if got := linksOut(f.Content.LinksOut); !slices.Equal(got, []string{"adopters q:docs/general-technical-review.md:9 https://www.cncf.io/case-studies/?_sft_lf-project=quarry"}) {
			t.Errorf("links out = %q, want the review's adopters link", got)
		}
	})
	t.Run("a README section on security concerns that says where to report is the security policy", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\n## Security Concerns\n\nIf there is a security concern, please send an email to [q-security@lists.example.org](mailto:q-security@lists.example.org).\n",
		})
		if got := found(f.Documents.SecurityPolicy); len(got) != 1 || !strings.HasPrefix(got[0], "q:README.md#Security Concerns:") {
			t.Errorf("security_policy = %q, want the README section; %v", got, f.Content.LinksOut)
		}
	})
	t.Run("a project's adopters linked by its name or as where it is used in production are a link out", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\nIts design is [used in production](https://quarry.example/adoptions/) by several vendors.\n\n" +
				"## Quarry adopters\n\nYou can view the list of [Quarry Adopters](https://quarry.example/adopters/).\n\n## Community\n\nRead our [Case Studies](https://quarry.example/case-studies/).\n\n" +
				"The [Quarry-filtered case study list](https://www.cncf.io/case-studies/?_sft_lf-project=quarry) is kept on cncf.io.\n",
		})
		if got := linksOut(f.Content.LinksOut); !slices.Equal(got, []string{"adopters q:README.md:7 https://quarry.example/adopters/", "adopters q:README.md:3 https://quarry.example/adoptions/", "adopters q:README.md:11 https://quarry.example/case-studies/", "adopters q:README.md:13 https://www.cncf.io/case-studies/?_sft_lf-project=quarry"}) {
			t.Errorf("links out = %q, want the four adopters links", got)
		}
	})
	t.Run("the project's other repositories a README links are links out of their own topic", func(t *testing.T) {
		f := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"README.md": "# Quarry\n\n## SDKs\n\n- [Go SDK](https://github.com/quarry-dev/sdk-go)\n- [Java SDK](https://github.com/Quarry-Dev/sdk-java/)\n\n" +
				"Built on [gravel](https://github.com/gravel-io/gravel). Our [defaults](https://github.com/quarry-dev/.github) and " +
				"[this repository](https://github.com/quarry-dev/quarry) and [its releases](https://github.com/quarry-dev/sdk-go/releases).\n",
		})
		var got []string
		for _, o := range f.Content.LinksOut {
			if o.Topic == TopicRepository {
				got = append(got, fmt.Sprintf("%s:%d %s", o.Path, o.Line, o.URL))
			}
		}
		if want := []string{"README.md:5 https://github.com/quarry-dev/sdk-go", "README.md:6 https://github.com/Quarry-Dev/sdk-java/"}; !slices.Equal(got, want) {
			t.Errorf("repositories = %q, want %q", got, want)
		}
		// Without a repository on GitHub whose a repository is cannot be told.
		f = collect(t, "q", "", map[string]string{"README.md": "# Q\n\n- [Go SDK](https://github.com/quarry-dev/sdk-go)\n"})
		for _, o := range f.Content.LinksOut {
			if o.Topic == TopicRepository {
				t.Errorf("link out %+v, want none without an owner", o)
			}
		}
	})
	t.Run("a statement in a document its topic is not read in is a hint, from the project's own pages only", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"RELEASES.md":          "# Releases\n\nThe release manager pushes a signed tag.\n",
			"FEATURE-LIFECYCLE.md": "# Feature lifecycle\n\nA beta API is kept for one release cycle; we cut a minor release every three months.\n",
			"docs/lifecycle.md":    "# Lifecycle\n\nWe publish a new release every two weeks.\n",
			// A website kept in the repository holds the project's own pages.
			"website/content/en/docs/cadence.md": "# Cadence\n\nWe cut a patch release every week.\n",
			"tests/e2e/README.md":                "# End to end\n\nThe suite runs against a release every week.\n",
			"CHANGELOG.md":                       "# Changelog\n\n## v1.2\n\nFrom now on we release every month.\n",
			"blog/2024-01-01-q.md":               "# News\n\nWe release every month now.\n",
			"docs/1.0-ANNOUNCEMENT.md":           "# Quarry 1.0\n\nFrom now on we release every month.\n",
			"hips/hip-0003.md":                   "# HIP 3\n\nOnce accepted, we release the feature every month.\n",
			"docs/security-audit/2024.md":        "# Audit\n\nThe fixes were released every month after the audit.\n",
			// A self-assessment describes the project's practices, wherever it is kept.
			"cncf/security/self-assessment.md": "# Quarry security self-assessment\n\n## Release, testing and assessment process\n\nWe release every month.\n",
			"docs/maturity.md":                 "# Maturity\n\n<table><tr><td>Beta releases</td></tr><tr><td>every month</td></tr></table>\n",
			// Outside the hint folders, a page the README links is the project's own;
			// one no entry document links is a package's.
			"README.md":           "# Q\n\nSee the [SDK requirements](spec/SDK.md) and [HIP 3](hips/hip-0003.md).\n",
			"spec/SDK.md":         "# SDK requirements\n\nEach SDK supports the latest (N), and N-1, major releases of the spec.\n",
			"pkg/client/NOTES.md": "# Client\n\nThe client supports the last two releases of the server.\n",
		})
		if got := found(f.Content.Topics["release_expectations"]); len(got) != 0 {
			t.Errorf("release_expectations = %q, want none: no document it is read in states it", got)
		}
		if got := found(f.Content.Hints["release_expectations"]); !slices.Equal(got, []string{"q:FEATURE-LIFECYCLE.md:3 sentence", "q:cncf/security/self-assessment.md:5 sentence", "q:docs/lifecycle.md:3 sentence", "q:website/content/en/docs/cadence.md:3 sentence"}) {
			t.Errorf("hints = %q, want the lifecycle pages only", got)
		}
		if got := found(f.Content.Hints["release_support"]); !slices.Equal(got, []string{"q:spec/SDK.md:3 sentence"}) {
			t.Errorf("support hints = %q, want the linked SDK page only", got)
		}
		if _, ok := f.Content.Hints["decision_making"]; ok {
			t.Errorf("hints for decision_making, whose row asks for none")
		}
	})
	t.Run("a list of the project's groups gives their channels", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"wg-list.md":      "# Working groups\n\n| Group | Contact |\n|---|---|\n| Pipelines | [Slack](https://quarry.slack.com/messages/quarry-pipelines) |\n",
			"docs/sigs.yaml":  "sigs:\n  - name: apps\n    slack: https://quarry.slack.com/messages/apps\n",
			"notes/random.md": "# Notes\n\n[Slack](https://quarry.slack.com/messages/random)\n",
		})
		var got []string
		for _, c := range f.Content.Channels {
			got = append(got, c.Source.Path+" "+c.URL)
		}
		if !slices.Equal(got, []string{"wg-list.md https://quarry.slack.com/messages/quarry-pipelines"}) {
			t.Errorf("channels = %q, want the group list's only", got)
		}
	})
	t.Run("a heading whose section opens by sending the reader to a page out of the repositories is that link", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"SECURITY.md": "# Security Policy\n\n## Reporting a Vulnerability\n\nInstructions for reporting a vulnerability can be found on the [Quarry Security](https://quarry.example/security/) page. " +
				"The Quarry Product Security Working Group receives vulnerability reports, and its members are listed at [Membership](https://quarry.example/members).\n\n" +
				"## Threat model\n\nQuarry runs as an unprivileged process and never stores credentials on disk; every plugin runs in its own sandbox with a read-only view of the data it is given, " +
				"and the control plane authenticates every agent with mutual TLS before it accepts a single request from it.\n",
		})
		if got := found(f.Documents.SecurityPolicy); len(got) != 1 {
			t.Errorf("security_policy = %q, want SECURITY.md", got)
		}
		if got := found(f.Content.Topics["security_private_reporting"]); len(got) != 0 {
			t.Errorf("security_private_reporting = %q, want none: the section sends the reader to the website", got)
		}
		if got := linksOut(f.Content.LinksOut); !slices.Contains(got, "security_private_reporting q:SECURITY.md:5 https://quarry.example/security/") {
			t.Errorf("links out = %q, want the reporting page", got)
		}
		// "Go to" the central policy: a pointer, not the policy.
		f = collect(t, "q", "", map[string]string{"SECURITY.md": "# Security\n\nThe project manages this document centrally.\n\nGo to the [central SECURITY.md](https://github.com/q-dev/governance/blob/main/SECURITY.md)\n"})
		if got := found(f.Documents.SecurityPolicy); len(got) != 0 {
			t.Errorf("security_policy = %q, want none: the file points to the central one", got)
		}
	})
	t.Run("a subprojects document must list subprojects", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"GOVERNANCE.md":       "# Governance\n\nDecisions are made by lazy consensus. See [Subprojects Governance](SUBPROJECTS.md).\n",
			"SUBPROJECTS.md":      "# Subprojects\n\nSubprojects follow the main project's governance.\n\n## Status\n\n- **Active**: maintained, with regular updates.\n- **Archived**: no longer maintained.\n",
			"docs/subprojects.md": "# Subprojects\n\n- [quarry-cli](https://github.com/q-dev/quarry-cli): the command line\n- <https://github.com/q-dev/quarry-ui>: the web console\n",
		})
		if got := found(f.Artifacts["subprojects"]); !slices.Equal(got, []string{"q:docs/subprojects.md:1 name"}) {
			t.Errorf("subprojects = %q, want only the document that lists them", got)
		}
	})
	t.Run("a contributor ladder cross-links and adopts the code of conduct", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"CONTRIBUTOR_LADDER.md": "# Contributor ladder\n\nAll members of the community are expected to abide by the CNCF's [Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).\n\n## Member\n\nA member has made two contributions.\n",
		})
		if got := locs(f.Content.CoCLinks); !slices.Equal(got, []string{"CONTRIBUTOR_LADDER.md:3"}) {
			t.Errorf("coc_links = %q, want the ladder's line", got)
		}
		if got := locs(f.Content.CoCCNCFReference); !slices.Equal(got, []string{"CONTRIBUTOR_LADDER.md:3"}) {
			t.Errorf("coc_cncf_reference = %q, want the ladder's line", got)
		}
	})
	t.Run("a link named for the channels to a page that is no chat is a link out", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Quarry\n\n## Community\n\nJoin us on [Slack](https://quarry.example/docs/community) or read the [docs](https://quarry.example/docs).\n",
		})
		if len(f.Content.Channels) != 0 {
			t.Errorf("channels = %+v, want none: the page lists them", f.Content.Channels)
		}
		if got := linksOut(f.Content.LinksOut); !slices.Contains(got, "channels q:README.md:5 https://quarry.example/docs/community") || slices.Contains(got, "channels q:README.md:5 https://quarry.example/docs") {
			t.Errorf("links out = %q, want the Slack page only", got)
		}
	})
	t.Run("a governance document's link to the page of channels kept elsewhere is a link out", func(t *testing.T) {
		f := collect(t, "quarry-dev/project", "https://github.com/quarry-dev/project", map[string]string{
			"README.md": "# Quarry\n\nRead the [governance](GOVERNANCE.md).\n",
			"GOVERNANCE.md": "# Governance\n\n## Maintainers\n\n- Engage with the community through appropriate [communication channels](https://github.com/quarry-dev/.github/blob/main/CONTRIBUTING.md#discuss)\n" +
				"- Chat with [alice](https://quarry.slack.com/team/U123) or see the [community](COMMUNITY.md)\n" +
				"- Maintainers talk in the private [Slack](https://quarry.example/slack) workspace\n",
			"COMMUNITY.md": "# Community\n\nWe meet every Monday.\n",
		})
		if len(f.Content.Channels) != 0 {
			t.Errorf("channels = %+v, want none: a governance document's chat links are not read", f.Content.Channels)
		}
		var got []string
		for _, o := range f.Content.LinksOut {
			if o.Topic == TopicChannels || o.Topic == TopicMeetings {
				got = append(got, fmt.Sprintf("%s %s:%d", o.Topic, o.Path, o.Line))
			}
		}
		if want := []string{"channels GOVERNANCE.md:5"}; !slices.Equal(got, want) {
			t.Errorf("links out = %q, want %q: the page of channels out of the repositories read, not the community page read nor a link named for one platform", got, want)
		}
	})
	t.Run("a root document the contributing guide links is read for the code of conduct's cross-link", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"CONTRIBUTING.md": "# Contributing\n\nOpen a pull request. Read our [GenAI policy](GENAI_POLICY.md) first.\n",
			"GENAI_POLICY.md": "# GenAI policy\n\nViolations are handled through the project's normal [Code of Conduct](code-of-conduct.md) enforcement process.\n",
			"NOTES.md":        "# Notes\n\nSee the [Code of Conduct](code-of-conduct.md).\n",
		})
		if got := locs(f.Content.CoCLinks); !slices.Equal(got, []string{"GENAI_POLICY.md:3"}) {
			t.Errorf("coc_links = %q, want the policy's line only (NOTES.md is linked from nowhere)", got)
		}
	})
	t.Run("a page on running integration tests or setting up an editor is no integrations document", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"docs/integration-tests.md":  "# Running Integration Tests\n\nStart Postgres and LDAP first.\n",
			"docs/explanations/ide.adoc": "= IDE Integration\n\nSet the build tags in GoLand so the integration tests compile.\n",
			"docs/integrations.md":       "# Integrations\n\nQuarry works with Prometheus and Grafana.\n",
		})
		if got := found(f.Artifacts["integrations"]); len(got) != 1 || !strings.Contains(got[0], "docs/integrations.md") {
			t.Errorf("integrations = %q, want only docs/integrations.md", got)
		}
	})
	t.Run("a table of the project's own repositories is no integrations section", func(t *testing.T) {
		own := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"README.md": "# Quarry\n\n## Ecosystem\n\nEcosystem repositories add integrations and utilities.\n\n| Name | Description |\n|---|---|\n" +
				"| [quarry-dev/contrib](https://github.com/quarry-dev/contrib) | Ideas |\n| [quarry-dev/sidekick](https://github.com/quarry-dev/sidekick) | Forwards events to many outputs |\n",
		})
		if got := found(own.Artifacts["integrations"]); len(got) != 0 {
			t.Errorf("integrations = %q, want none: the table lists the project's own repositories", got)
		}
		others := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"README.md": "# Quarry\n\n## Ecosystem\n\n- [Spark Operator](https://www.kubeflow.org/docs/spark/quarry/)\n- [Flink](https://github.com/flink-dev/flink-operator/blob/main/docs/quarry.md)\n- [MPI](https://github.com/quarry-dev/quarry/tree/main/example/mpi)\n",
		})
		if got := found(others.Artifacts["integrations"]); len(got) != 1 {
			t.Errorf("integrations = %q, want the section listing other projects", got)
		}
		pages := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"README.md":     "# Quarry\n\n## Integrations\n\n- [Kafka](docs/kafka.md): stream rocks\n- [Loki](docs/loki.md): ship logs\n- [NATS](docs/nats.md): publish events\n",
			"docs/kafka.md": "# Kafka\n\nQuarry writes to Kafka.\n", "docs/loki.md": "# Loki\n\nShip logs.\n", "docs/nats.md": "# NATS\n\nPublish.\n",
		})
		if got := found(pages.Artifacts["integrations"]); len(got) == 0 || !strings.Contains(got[0], "README.md") {
			t.Errorf("integrations = %q, want the section listing the project's own integration pages", got)
		}
	})
	t.Run("a README compatibility matrix with another project is an integrations section", func(t *testing.T) {
		matrix := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"README.md": "# Quarry\n\n## Compatibility matrix: Quarry and Kubernetes\n\n| Quarry | Kubernetes |\n|---|---|\n| release-1.31 | 1.31 |\n| release-1.30 | 1.30 |\n\n## API compatibility\n\nThe v1 API stays stable.\n\n" +
				"## Compatibility\n\nQuarry supports the two latest Go versions.\n",
		})
		if got := found(matrix.Artifacts["integrations"]); len(got) != 1 || !strings.Contains(got[0], "Compatibility matrix") {
			t.Errorf("integrations = %q, want the compatibility matrix section only", got)
		}
	})
	t.Run("a code block makes a section documentation only for user documentation", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\n## Security\n\nPlease see [this page](https://q.example/security/).\n\n```\ncosign verify ghcr.io/q/q\n```\n",
		})
		if got := found(f.Documents.SecurityPolicy); len(got) != 0 || len(f.Content.LinksOut) != 1 {
			t.Errorf("security_policy = %q, links out %v; want the section to point to the page", got, f.Content.LinksOut)
		}
	})
	t.Run("deep sections: a release-cutting section counts, a proposal's or review's roadmap does not", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":                     "# Q\n",
			"docs/dev/maintaining.md":       "# Maintaining\n\n## Cutting a release\n\nThe release manager pushes a signed tag, which triggers the release workflow.\n",
			"keps/0012-scheduler/README.md": "# Scheduler\n\n## Roadmap\n\n- Alpha in 1.4\n",
			"security/joint-review.md":      "# Joint review\n\n## Roadmap\n\n- Fuzzing\n",
			"reviews/tech-review-2025.md":   "# Technical review\n\n## Roadmap\n\n- Sharding\n",
			"technical-guidelines.md":       "# Technical guidelines\n\n## Semantic Versioning and 1.0 Releases\n\nAll SDKs follow semantic versioning.\n",
		})
		if got := found(f.Documents.ReleaseProcess); !slices.Equal(got, []string{"q:docs/dev/maintaining.md#Cutting a release:3 section", "q:technical-guidelines.md#Semantic Versioning and 1.0 Releases:3 section"}) {
			t.Errorf("release_process = %q, want the section", got)
		}
		if got := found(f.Documents.Roadmap); len(got) != 0 {
			t.Errorf("roadmap = %q, want none", got)
		}
	})
	t.Run("a contributing guide's releases section is the release process; a user guide's is not", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":       "# Q\n",
			"CONTRIBUTING.md": "# Contributing\n\n## Pull requests\n\nOpen one against main.\n\n### Releases\n\nQ has a weekly release: a release candidate branch is cut from main and tested.\n",
			"docs/guide.md":   "# Guide\n\n## Releases\n\nHelm releases are what Q deploys.\n",
		})
		if got := found(f.Documents.ReleaseProcess); !slices.Equal(got, []string{"q:CONTRIBUTING.md#Releases:7 section"}) {
			t.Errorf("release_process = %q, want the contributing guide's section", got)
		}
	})
	t.Run("a README section asking how to use the project is user documentation", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\n## How do I use Q?\n\nBuild the plugins, then run them with the runtime of your choice.\n\n## Who uses Q?\n\nMany runtimes.\n",
		})
		if got := found(f.Artifacts["user_docs"]); !slices.Equal(got, []string{"q:README.md#How do I use Q?:3 section"}) {
			t.Errorf("user_docs = %q, want the usage section", got)
		}
	})
	t.Run("a README security section on the product's features is no policy", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\n## Security\n\nContainers are separated by SELinux, seccomp and capabilities.\n\n## Reporting\n\nPlease report vulnerabilities privately to security@q.example.\n",
		})
		if got := found(f.Documents.SecurityPolicy); len(got) != 0 {
			t.Errorf("security_policy = %q, want none", got)
		}
		for _, says := range []string{
			"Please report vulnerabilities privately to security@q.example.",
			"Security advisories are published on GitHub; please disclose privately first.",
			"We follow a coordinated disclosure policy.",
		} {
			f = collect(t, "q", "", map[string]string{"README.md": "# Q\n\n## Security\n\n" + says + "\n"})
			if got := found(f.Documents.SecurityPolicy); !slices.Equal(got, []string{"q:README.md#Security:3 section"}) {
				t.Errorf("security_policy for %q = %q, want the section", says, got)
			}
		}
	})
	t.Run("a document named for a kind over a placeholder is not the document", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"GOVERNANCE.md": "# Governance\n\nTBD\n",
			"ROADMAP.md":    "# Roadmap\n\nTBD: the 2027 plan, once the maintainers meet.\n",
		})
		if got := found(f.Documents.Governance); len(got) != 0 {
			t.Errorf("governance = %q, want none: the file only says TBD", got)
		}
		if got := found(f.Content.Placeholders["governance"]); !slices.Equal(got, []string{"q:GOVERNANCE.md:3 name"}) {
			t.Errorf("placeholders = %q, want the governance file", got)
		}
		// A placeholder word that opens a sentence saying something is text.
		if got := found(f.Documents.Roadmap); len(got) != 1 {
			t.Errorf("roadmap = %q, want the file", got)
		}
		// A link from the README does not make the placeholder the document either.
		linked := collect(t, "q", "", map[string]string{
			"README.md":             "# Q\n\nSee [our governance](docs/how-we-decide.md).\n",
			"docs/how-we-decide.md": "# How we decide\n\nTBD\n",
		})
		if got := found(linked.Documents.Governance); len(got) != 0 {
			t.Errorf("governance = %q, want none: the linked file only says TBD", got)
		}
		if got := found(linked.Content.Placeholders["governance"]); !slices.Equal(got, []string{"q:docs/how-we-decide.md:3 link"}) {
			t.Errorf("placeholders = %q, want the linked file", got)
		}
	})
	t.Run("a draft page its site does not publish is not the document", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"docs/content/about/architecture.md":  "---\ndraft: true\n---\n\n# Architecture\n\nTODO: discuss the architecture.\n\n## Consistency\n\nThe registry's storage backends may be eventually consistent.\n",
			"docs/content/about/release-cycle.md": "---\ntitle: Release cycle\npublished: false\n---\n\nWe cut a patch release every week.\n",
			"docs/content/about/releases.md":      "---\ntitle: Releases\ndraft: false\n---\n\nWe cut a minor release every three months.\n",
		})
		if got := found(f.Artifacts["architecture"]); len(got) != 0 {
			t.Errorf("architecture = %q, want none: the page is a draft", got)
		}
		if got := found(f.Content.Placeholders["architecture"]); !slices.Equal(got, []string{"q:docs/content/about/architecture.md:2 draft"}) {
			t.Errorf("placeholders = %q, want the draft, at its front matter's line", got)
		}
		if got := found(f.Content.Placeholders["release_process"]); !slices.Equal(got, []string{"q:docs/content/about/release-cycle.md:3 draft"}) {
			t.Errorf("release process placeholders = %q, want the unpublished page", got)
		}
		// A draft states nothing: the published page's sentence is the only one.
		var expectations []string
		for _, l := range f.Content.Topics["release_expectations"] {
			expectations = append(expectations, l.Path)
		}
		if !slices.Equal(expectations, []string{"docs/content/about/releases.md"}) {
			t.Errorf("release expectations stated in %q, want only the published page", expectations)
		}
	})
	t.Run("a draft says nothing of channels and meetings", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md":         "# Quarry\n\nQuarry schedules jobs.\n",
			"docs/community.md": "---\ndraft: true\n---\n\n# Community\n\nJoin [#quarry](https://cloud-native.slack.com/messages/quarry) on Slack.\nThe community meeting is held every Tuesday at 16:00 UTC.\n",
		})
		if len(f.Content.Channels) != 0 || len(f.Content.Meetings) != 0 {
			t.Errorf("channels %q, meetings %v, want none from a draft", channelsFound(f.Content.Channels), f.Content.Meetings)
		}
	})
	t.Run("a site generator's link to a page not read is a link out", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"README.md": "# Q\n\nThe [release process]({{ site.url }}/about/release_channels.html) publishes images.\n",
		})
		if got := linksOut(f.Content.LinksOut); !slices.Contains(got, "release_process q:README.md:3 {{ site.url }}/about/release_channels.html") {
			t.Errorf("links out = %q, want the template link", got)
		}
	})
	t.Run("a forum thread is where a topic may be written", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"RELEASES.md": "# Releases\n\nThe release schedule is defined on [the forum](https://discuss.q.example/t/release-schedule/12).\n",
		})
		if got := linksOut(f.Content.LinksOut); len(got) == 0 {
			t.Errorf("links out = %q, want the forum thread", got)
		}
	})
	t.Run("a section of a sentence is no roster", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"GOVERNANCE.md": "# Governance\n\n## Becoming emeritus\n\nAfter six months without contributions, a maintainer goes emeritus.\n\n## Emeritus status\n\n## Voting\n\nMaintainers vote.\n",
		})
		if got := found(f.Content.Topics["emeritus_list"]); len(got) != 0 {
			t.Errorf("emeritus_list = %q, want none: no list of people", got)
		}
	})
	t.Run("an emeritus heading over none yet is an empty list, not the status", func(t *testing.T) {
		f := collect(t, "q", "", map[string]string{
			"GOVERNANCE.md": "# Governance\n\n### Current maintainers\n\n| Name | GitHub |\n|---|---|\n| Ada | @ada |\n\n### Emeritus maintainers\n\n(No emeritus maintainers yet)\n\n### Voting\n\nMaintainers vote.\n",
		})
		if got := found(f.Content.Topics["emeritus"]); len(got) != 0 {
			t.Errorf("emeritus = %q, want none: the heading names who holds the status, none yet", got)
		}
		if got := found(f.Content.Topics["emeritus_list"]); !slices.Equal(got, []string{"q:GOVERNANCE.md:9 heading"}) {
			t.Errorf("emeritus_list = %q, want the heading over the empty list", got)
		}
	})
	t.Run("a pointer's chat links carry no kind", func(t *testing.T) {
		f := collect(t, "quarry-dev/quarry", "https://github.com/quarry-dev/quarry", map[string]string{
			"SECURITY.md": "# Security\n\nSee the [organisation's policy](https://github.com/quarry-dev/.github/blob/main/SECURITY.md).\n\n[Slack](https://slack.quarry.example)\n",
		})
		for _, l := range f.Content.LinksOut {
			if strings.Contains(l.URL, "slack") {
				t.Errorf("link out %+v: a chat link is no security policy", l)
			}
		}
	})
}

// dated is a repository whose history dates each file's last change.
type dated struct {
	repo.Repo
	days map[string]string
}

func (d dated) Changed(_ context.Context, p string) (string, error) { return d.days[p], nil }

// TestCollectWhereLinksLead holds the links a sentence gives beside its document to
// what they are: where the document is kept, or another matter.
func TestCollectWhereLinksLead(t *testing.T) {
	v := vocabulary(t)
	collect := func(t *testing.T, in ...Input) *Facts {
		t.Helper()
		f, err := Collect(context.Background(), in, v)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	// org collects quarry-dev/quarry with readme as its README, beside the other
	// repositories of the organisation, each given by name and files.
	org := func(t *testing.T, readme string, others map[string]map[string]string) *Facts {
		t.Helper()
		in := []Input{{Repo: repo.NewMemory("quarry-dev/quarry", map[string]string{"README.md": readme}), URL: "https://github.com/quarry-dev/quarry"}}
		for _, name := range slices.Sorted(maps.Keys(others)) {
			in = append(in, Input{Repo: repo.NewMemory("quarry-dev/"+name, others[name]), URL: "https://github.com/quarry-dev/" + name})
		}
		return collect(t, in...)
	}
	community := map[string]string{"README.md": "# Quarry community\n\nHow the Quarry project is run, and where to meet us.\n"}
	t.Run("a section that names the repository its document is in points to the document", func(t *testing.T) {
		f := org(t, "# Quarry\n\nQuarry schedules jobs.\n\n## Roadmap\n\n"+
			"You can find the [roadmap](https://github.com/quarry-dev/community/blob/main/ROADMAP.md)\n"+
			"in the [community repository](https://github.com/quarry-dev/community).\n",
			map[string]map[string]string{"community": with(community, "ROADMAP.md", "# Roadmap\n\n## 2027\n\n- Run jobs across regions.\n")})
		// The README's section only points; the community repository's front page is
		// where the roadmap is kept, not a roadmap.
		if got, want := found(f.Documents.Roadmap), []string{"quarry-dev/community:ROADMAP.md:1 name"}; !slices.Equal(got, want) {
			t.Errorf("roadmap = %q, want %q", got, want)
		}
	})
	t.Run("a repository beside a code of conduct or a form is a place of its own", func(t *testing.T) {
		f := org(t, "# Quarry\n\nQuarry schedules jobs.\n\n## Contributing\n\n"+
			"See the [community repository](https://github.com/quarry-dev/community) and our\n"+
			"[Code of Conduct](https://github.com/quarry-dev/community/blob/main/CODE_OF_CONDUCT.md).\n\n"+
			"## Roadmap\n\nSee the [roadmap repository](https://github.com/quarry-dev/roadmap) and its\n"+
			"[feature request form](https://github.com/quarry-dev/roadmap/blob/main/.github/ISSUE_TEMPLATE/feature.md).\n",
			map[string]map[string]string{
				"community": with(community, "CODE_OF_CONDUCT.md", "# Code of Conduct\n\nQuarry follows the CNCF Code of Conduct.\n"),
				"roadmap": {
					"README.md":                         "# Quarry roadmap\n\n## 2027\n\n- Run jobs across regions.\n",
					".github/ISSUE_TEMPLATE/feature.md": "---\nname: Feature\n---\n\nWhat should Quarry do?\n",
				},
			})
		// The code of conduct is another kind's document: the section names two places
		// and is the contributing guide itself, as it was.
		if got, want := found(f.Documents.Contributing), []string{"quarry-dev/quarry:README.md#Contributing:5 section"}; !slices.Equal(got, want) {
			t.Errorf("contributing = %q, want %q", got, want)
		}
		// A form is no place: the section points to the roadmap repository, whose front
		// page its link names the roadmap.
		if got, want := found(f.Documents.Roadmap), []string{"quarry-dev/roadmap:README.md:1 link"}; !slices.Equal(got, want) {
			t.Errorf("roadmap = %q, want %q", got, want)
		}
	})
	t.Run("reporting issues in a contributing guide is no way to report a vulnerability", func(t *testing.T) {
		f := collect(t, Input{Repo: repo.NewMemory("q", map[string]string{
			"CONTRIBUTING.md": "# Contributing\n\n## Reporting bugs and creating issues\n\n" +
				"Please read our short document on [reporting issues](docs/reporting-issues.md) before you open one.\n",
			"docs/reporting-issues.md": "# Reporting issues\n\nOpen an issue with the version you run and the steps that show the bug.\n",
			"SECURITY.md":              "# Security policy\n\n## Reporting a Vulnerability\n\nTo report a vulnerability, please follow the instructions at\nhttps://security.example.com/contact\n",
		})})
		// The policy's section only sends the reader elsewhere: that link is the way to
		// report, and the contributing guide's is none.
		if got := found(f.Content.Topics["security_private_reporting"]); len(got) != 0 {
			t.Errorf("security_private_reporting = %q, want none", got)
		}
		if got, want := linksOut(f.Content.LinksOut), []string{"security_policy q:SECURITY.md:6 https://security.example.com/contact"}; !slices.Equal(got, want) {
			t.Errorf("links out = %q, want %q", got, want)
		}
		// In a security policy, a heading on reporting issues is about security ones.
		f = collect(t, Input{Repo: repo.NewMemory("q", map[string]string{
			"SECURITY.md": "# Security policy\n\n## Reporting issues\n\nWrite to security@quarry.example; we answer within two days.\n",
		})})
		if got, want := found(f.Content.Topics["security_private_reporting"]), []string{"q:SECURITY.md:3 heading"}; !slices.Equal(got, want) {
			t.Errorf("security_private_reporting = %q, want %q", got, want)
		}
	})
	t.Run("a sentence that sends the reader to a document read states only what it states", func(t *testing.T) {
		f := collect(t, Input{Repo: repo.NewMemory("q", map[string]string{
			"RELEASES.md": "# Releases\n\nA minor release is cut every three months.\n\n## Support\n\nLearn more about our support policy [here](SUPPORT.md).\n",
			"SUPPORT.md":  "# Support\n\nQuarry is supported on a best-effort basis: ask in GitHub Discussions.\n",
		})})
		if got := found(f.Content.Topics["release_support"]); len(got) != 0 {
			t.Errorf("release_support = %q, want none: the support page names no supported version", got)
		}
		// The release document's own sentence still states what it states.
		if got, want := found(f.Content.Topics["release_expectations"]), []string{"q:RELEASES.md:3 sentence"}; !slices.Equal(got, want) {
			t.Errorf("release_expectations = %q, want %q", got, want)
		}
	})
}

// with returns a copy of files with one more file.
func with(files map[string]string, name, content string) map[string]string {
	out := maps.Clone(files)
	out[name] = content
	return out
}

// TestCollectWhatAProjectIsFor: where a project says what it is for, how it differs, how
// it is built and who reviewed it, in the wordings real projects use, and the feature
// pages and blog posts whose headings say the same words of one feature.
func TestCollectWhatAProjectIsFor(t *testing.T) {
	v := vocabulary(t)
	cases := []struct {
		name  string
		files map[string]string
		kind  string // an artifact kind, or a topic
		want  []string
	}{
		{"a page titled for the project's use cases", map[string]string{
			"docs/about/use-cases.md": "---\ntitle: Quarry Use Cases\n---\n\n# Batch jobs across regions\n\nQuarry runs each job where its data is.\n",
		}, "use_cases", []string{"q:docs/about/use-cases.md:2 title"}},
		{"a README's use-case section", map[string]string{
			"README.md": "# Quarry\n\nQuarry schedules jobs.\n\n## Popular Use Cases\n\n- Nightly batch jobs on spot nodes.\n- Training jobs that follow their data.\n",
		}, "use_cases", []string{"q:README.md#Popular Use Cases:5 section"}},
		{"an overview page's what-it-can-do section", map[string]string{
			"docs/intro/introduction.md": "# Introduction\n\nQuarry schedules jobs.\n\n## What can Quarry do?\n\n- Run batch work where its data is.\n- Retry jobs across regions.\n",
		}, "use_cases", []string{"q:docs/intro/introduction.md#What can Quarry do?:5 section"}},
		{"an audience, or a page titled only use cases, is no account of what the project is for", map[string]string{
			"docs/faq.md":              "# FAQ\n\n## Who is Quarry for?\n\nQuarry is for everyone.\n",
			"docs/use-cases/_index.md": "---\ntitle: Use Cases\n---\n",
			"docs/operating/recipe.md": "# Use Cases\n\n## Sharding the scheduler with a third-party tool\n\nRun one Quarry per shard.\n",
		}, "use_cases", nil},
		{"a feature page's use cases are that feature's", map[string]string{
			"docs/metrics.md":          "# Metrics\n\n## quarry_jobs_total\n\n#### Use cases\n\nAlert when jobs stop.\n",
			"docs/snapshotters/zfs.md": "# ZFS snapshotter\n\n## Use Cases\n\nFast clones of large images.\n",
			"blog/2026-01-01-gpu.md":   "# GPU jobs\n\n## Use cases\n\nTraining.\n",
		}, "use_cases", nil},
		{"a comparison with the alternatives", map[string]string{
			"docs/introduction/comparison.md": "---\ntitle: Comparison to alternatives\n---\n\n## Quarry vs. Cron\n\nCron runs on one host; Quarry places each job on a cluster.\n",
		}, "goals", []string{"q:docs/introduction/comparison.md:2 title"}},
		{"a README's why-the-project section and an overview's problems it solves", map[string]string{
			"README.md":        "# Quarry\n\nQuarry schedules jobs.\n\n## Why Quarry?\n\nMoving data to a batch scheduler's one cluster is hard; Quarry runs each job where its data is.\n",
			"docs/overview.md": "# Overview\n\n## Problems Quarry Solves\n\n**Idle clusters**: jobs wait while other regions sit empty.\n",
		}, "goals", []string{"q:README.md#Why Quarry?:5 section", "q:docs/overview.md#Problems Quarry Solves:3 section"}},
		{"a why that lists principles, a feature's why or a versus of two settings is no goal of the project", map[string]string{
			"README.md":       "# Quarry\n\nQuarry schedules jobs.\n\n## Why Quarry?\n\n1. Jobs should be declared.\n1. Placement should be automatic.\n",
			"docs/gateway.md": "# Why gRPC gateway\n\nThe gateway serves JSON.\n",
			"docs/why-not.md": "# Why not use cron?\n\nIt is fine for one host.\n",
			"docs/scopes.md":  "# Scopes\n\n## Namespace vs. Cluster\n\nA scope is one or the other.\n",
		}, "goals", nil},
		{"the architecture section of the documentation's overview page", map[string]string{
			"docs/intro/introduction.md":                  "# Introduction\n\nQuarry schedules jobs.\n\n## Architecture\n\nQuarry is a scheduler and an agent on every node; the scheduler places jobs.\n",
			"content/docs/2.1/concepts/_index.md":         "---\ntitle: Concepts\n---\n\n## Quarry Architecture\n\n![Quarry's parts](arch.png)\n",
			"docs/plugins/s3/_index.md":                   "# S3 plugin\n\n## Architecture\n\nThe plugin streams objects.\n",
			"sdk/python/docs/index.md":                    "# Python SDK\n\n## Architecture\n\nThe SDK wraps the REST API.\n",
			"content/en/about/case-studies/acme/index.md": "# Acme\n\n## Architecture\n\nAcme runs three clusters.\n",
			"docs/index.md":                               "# Quarry\n\n## CPU Architecture\n\nQuarry builds for arm64.\n",
		}, "architecture", []string{"q:content/docs/2.1/concepts/_index.md#Quarry Architecture:5 section", "q:docs/intro/introduction.md#Architecture:5 section"}},
		{"a review that says it is a draft, of itself or of its folder", map[string]string{
			"cncf/gtr/README.md":                   "# Quarry - General Technical Review\n\nThis directory contains work-in-progress documentation supporting the review.\n",
			"cncf/gtr/general-technical-review.md": "# General Technical Review - Quarry\n\nThis is a living technical review draft; gaps are marked TODO.\n\n## Day 2\n\nWhen a report arrives, a draft security advisory is opened.\n",
		}, "gtr_draft", []string{"q:cncf/gtr/README.md:3 sentence", "q:cncf/gtr/general-technical-review.md:3 sentence"}},
		{"an audit report named for its author, linked with an audit's words", map[string]string{
			"README.md":            "# Quarry\n\nQuarry schedules jobs.\n\n## Security\n\n- [Firm Security Audit Report](doc/firm-report.pdf)\n",
			"doc/firm-report.pdf":  "%PDF-1.4",
			"doc/architecture.pdf": "%PDF-1.4",
		}, "security_audit", []string{"q:doc/firm-report.pdf:1 link"}},
		{"what you can do to help is no use case, what the project can do is", map[string]string{
			"README.md":        "# Quarry\n\nQuarry schedules jobs.\n\n## What can you do\n\nReview pull requests and answer questions.\n",
			"CONTRIBUTING.md":  "# Contributing\n\n## What can you do\n\nEvery contribution is welcome: bug reports, docs and code.\n",
			"docs/overview.md": "# Overview\n\n## What can Quarry do?\n\nQuarry runs batch jobs next to their data.\n",
		}, "use_cases", []string{"q:docs/overview.md#What can Quarry do?:3 section"}},
		{"the audit of a system's operations is a feature, an example policy no report", map[string]string{
			"docs/docs/system_audit.md":                   "# System Audit\n\nQuarry records the operations on all the system resources.\n",
			"docs/source/examples/user-security-audit.md": "# Comprehensive User Security Audit\n\nA policy that lists users.\n",
		}, "security_audit", nil},
		{"a design philosophy is how the code is written, not the architecture", map[string]string{
			"docs/DESIGN_PHILOSOPHY.md": "# Design Philosophy\n\nAccept interfaces, return structs.\n",
			"docs/design.md":            "# Design\n\nQuarry is a scheduler and an agent on every node.\n",
		}, "architecture", []string{"q:docs/design.md:1 name"}},
		{"a group named for integrations is no document of them, however linked", map[string]string{
			"README.md":                  "# Quarry\n\nQuarry schedules jobs.\n\n## Community\n\n- [Integration](sig-integration/README.md)\n",
			"sig-integration/README.md":  "Integrations Special Interest Group\n===================================\n\nThe SIG's mission is to advocate for addons.\n",
			"docs/integrations/index.md": "# Integrations\n\nQuarry works with Prometheus and Argo.\n",
		}, "integrations", []string{"q:docs/integrations/index.md:1 title"}},
		{"an audit performed, with its date between the verb and the reviewer", map[string]string{
			"SECURITY.md": "# Security\n\n## Security Audit\n\nA third party security audit was performed in December 2025 by [Firm](https://firm.example).\n",
		}, "audit_performed", []string{"q:SECURITY.md:5 sentence"}},
		{"an audit performed, the reviewer as the subject", map[string]string{
			"README.md": "# Quarry\n\nQuarry schedules jobs.\n\n## Security\n\nA third party security firm ([Firm](https://firm.example)) completed a security audit of Quarry in February 2026.\n",
		}, "audit_performed", []string{"q:README.md:7 sentence"}},
		{"an audit not yet done is none performed", map[string]string{
			"README.md": "# Quarry\n\nQuarry schedules jobs.\n\n## Security\n\nAn external security firm has not yet completed a security audit of Quarry.\n",
		}, "audit_performed", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := Collect(context.Background(), []Input{{Repo: repo.NewMemory("q", c.files)}}, v)
			if err != nil {
				t.Fatal(err)
			}
			got := found(f.Artifacts[c.kind])
			if _, ok := f.Artifacts[c.kind]; !ok {
				got = found(f.Content.Topics[c.kind])
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("%s = %q, want %q", c.kind, got, c.want)
			}
		})
	}
}

// TestCollectUnread: a page too large to read that nothing names or links is left out
// with its reason; a README, or a page named or linked as a kind's, is a document that
// could not be read; a PDF linked as a kind that reads no PDFs is linked, not read.
func TestCollectUnread(t *testing.T) {
	v := vocabulary(t)
	big := "# Kernel client\n\n" + strings.Repeat("![figure](data:image/png;base64,AAAA)\n", repo.MaxFileSize/36+1)
	utf16 := "\xff\xfe#\x00 \x00S\x00a\x00m\x00p\x00l\x00e\x00\n\x00"
	cases := []struct {
		name         string
		files        map[string]string
		wantErrors   int
		wantExcluded []snapshot.Excluded
		wantOut      []string // topics of the links out
	}{
		{"a design page nothing names or links, beside a tree left out", map[string]string{
			"CODE_OF_CONDUCT.md":      "# Code of Conduct\n\nQuarry follows the CNCF Code of Conduct.\n",
			"docs/a-kernel-client.md": big,
			"docs/historical/old.md":  "# Old\n",
		}, 0, []snapshot.Excluded{
			{Path: "docs/a-kernel-client.md", Reason: tooLargeReason, Files: 1},
			{Path: "docs/historical/", Reason: "archived documents", Files: 1},
		}, nil},
		// A page that is not text (a UTF-16 sample a test reads) is left out the same
		// way; a governance document that is not text could not be read.
		{"a page that is not text", map[string]string{
			"CODE_OF_CONDUCT.md":           "# Code of Conduct\n\nQuarry follows the CNCF Code of Conduct.\n",
			"docs/samples/sample_utf16.md": utf16,
		}, 0, []snapshot.Excluded{
			{Path: "docs/samples/sample_utf16.md", Reason: binaryReason, Files: 1},
		}, nil},
		{"a governance document that is not text", map[string]string{"GOVERNANCE.md": utf16}, 1, nil, nil},
		{"a governance document", map[string]string{"GOVERNANCE.md": big}, 1, nil, nil},
		{"a README", map[string]string{"README.md": big}, 1, nil, nil},
		{"a page the README links as the architecture", map[string]string{
			"README.md":             "# Quarry\n\nSee the [architecture](docs/design/kernel.md).\n",
			"docs/design/kernel.md": big,
		}, 1, nil, nil},
		{"a code of conduct kept as a PDF", map[string]string{
			"README.md":        "# Quarry\n\nRead our [Code of Conduct](docs/conduct.pdf).\n",
			"docs/conduct.pdf": "%PDF-1.4",
		}, 0, nil, []string{"code_of_conduct"}},
		{"a README section that only points to a roadmap kept as a PDF", map[string]string{
			"README.md":     "# Quarry\n\n## Roadmap\n\nSee [here](docs/plan.pdf).\n",
			"docs/plan.pdf": "%PDF-1.4",
		}, 0, nil, []string{"roadmap"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := Collect(context.Background(), []Input{{Repo: repo.NewMemory("q", c.files)}}, v)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Errors) != c.wantErrors {
				t.Errorf("collection errors = %v, want %d", f.Errors, c.wantErrors)
			}
			if got := f.Repos[0].Excluded; !reflect.DeepEqual(got, c.wantExcluded) && (len(got) > 0 || len(c.wantExcluded) > 0) {
				t.Errorf("excluded = %v, want %v", got, c.wantExcluded)
			}
			var out []string
			for _, o := range f.Content.LinksOut {
				out = append(out, o.Topic)
			}
			if !slices.Equal(out, c.wantOut) {
				t.Errorf("links out = %q, want %q", out, c.wantOut)
			}
			if c.wantOut != nil && len(f.Documents.CodeOfConduct)+len(f.Documents.Roadmap) != 0 {
				t.Errorf("code of conduct %v, roadmap %v, want none: the PDF was not read", f.Documents.CodeOfConduct, f.Documents.Roadmap)
			}
		})
	}
}
