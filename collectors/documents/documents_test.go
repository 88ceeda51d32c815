package documents

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp/syntax"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

func vocabulary(t *testing.T) *Vocabulary {
	t.Helper()
	v, err := DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// kindsByName returns the kinds a file's name, path or folder gives it, sorted.
func kindsByName(v *Vocabulary, p string) []string {
	var out []string
	for _, k := range v.Kinds() {
		if _, ok := k.byName(splitName(p)); ok {
			out = append(out, k.Name)
		}
	}
	sort.Strings(out)
	return out
}

func TestKindsByName(t *testing.T) {
	v := vocabulary(t)
	tests := []struct {
		path string
		want []string // nil: no kind
	}{
		{"GOVERNANCE.md", []string{KindGovernance}},
		{"governance.MD", []string{KindGovernance}},
		{"community/ADOPTERS.md", []string{KindAdopters}},
		{".github/ISSUE_TEMPLATE/adopters.md", []string{"issue_templates"}}, // a form, not the list
		// The maintainers' release checklist, opened as an issue, is the procedure.
		{".github/ISSUE_TEMPLATE/release-check-list.md", []string{KindReleaseProcess}},
		{".github/ISSUE_TEMPLATE/release.yml", []string{"issue_templates"}},
		{"docs/adopters-program.md", nil},
		{"docs/Governance.rst", []string{KindGovernance}},
		{".github/GOVERNANCE", []string{KindGovernance}},
		{"community/GOVERNANCE.md", []string{KindGovernance}},
		{"governance/README.md", []string{KindGovernance}},
		{"governance/steering-committee.md", []string{KindGovernance}},
		// An assessment kept beside the governance describes security for a review.
		{"docs/governance/security-self-assessment.md", []string{"security_self_assessment"}},
		{"governance/2024-audit-report.md", []string{"security_audit"}},
		{"sig-network/charter.md", []string{KindGovernance}},
		{"sig-release/charter.md", []string{KindGovernance}}, // a group's charter, not the release process
		// The pages of the bodies that govern, and a charter kept as a PDF.
		{"TECHNICAL-STEERING-COMMITTEE.md", []string{KindGovernance}},
		{"TECH-OVERSIGHT-COMMITTEE.md", []string{KindGovernance}},
		{"docs/tsc.md", []string{KindGovernance}},
		{"TOC.md", []string{KindGovernance}},
		{"docs/en/TOC.md", nil}, // a table of contents
		{"Quarry Technical Charter Final.pdf", []string{KindGovernance}},
		{"steering-committee-elections.md", nil},
		{"STEERING.md", []string{KindGovernance}},
		{"docs/traffic/steering.md", nil}, // a feature, not the body that steers
		{"design/charter.png", nil},
		{"releases/README.md", []string{KindReleaseProcess}},
		{"GOVERNANCE_TEMPLATE.md", nil},
		{"GOVERNANCE.go", nil},
		{"MAINTAINERS.md", []string{KindMaintainers}},
		{"MAINTAINERS", []string{KindMaintainers}},
		{"MAINTAINERS.yaml", []string{KindMaintainers}},
		{"OWNERS", []string{KindMaintainers}},
		{".github/CODEOWNERS", []string{KindMaintainers}},
		{"pkg/api/OWNERS", nil},
		{"OWNERS_ALIASES", nil},
		{"SECURITY.md", []string{KindSecurityPolicy}},
		{".github/SECURITY.md", []string{KindSecurityPolicy}},
		{"SECURITY_CONTACTS", []string{KindSecurityPolicy}},
		{"docs/operations/security.md", nil},
		{"docs/security-policy.md", []string{KindSecurityPolicy}},
		{"docs/SECURITY-considerations.md", nil},
		{"pkg/security.go", nil},
		{"CODE_OF_CONDUCT.md", []string{KindCodeOfConduct}},
		{"code-of-conduct.md", []string{KindCodeOfConduct}},
		{"CONTRIBUTING.md", []string{KindContributing}},
		{"docs/CONTRIBUTING.adoc", []string{KindContributing}},
		{"contributors/guide/README.md", []string{KindContributing}},
		{"CONTRIBUTORS.md", nil},
		{"ADOPTERS.md", []string{KindAdopters}},
		{"USERS.md", []string{KindAdopters}},
		{"docs/users.md", nil},
		{"users.yaml", nil},
		{"ROADMAP.md", []string{KindRoadmap}},
		{"docs/roadmap.md", []string{KindRoadmap}},
		{"docs/roadmap/README.md", []string{KindRoadmap}},
		{"docs/introduction/roadmap-2026.md", []string{KindRoadmap}},
		{"roadmap.go", nil},
		{"VENDOR_NEUTRALITY.md", []string{KindGovernance}},                 // a governance policy of its own
		{".github/ISSUE_TEMPLATE/release.md", []string{"issue_templates"}}, // a form, not the release process
		{"contrib/tilt/pentest/README.md", nil},                            // a pen-test harness, not a report
		{"docs/security/pentest/2024-report.pdf", []string{"security_audit"}},
		{"docs/CE-SecurityAudit-2022-10.pdf", []string{"security_audit"}},
		{"security/2022_security_audit_adalogics.pdf", []string{"security_audit"}}, // the auditor, not a log
		{"docs/audits/2023-trailofbits-report.pdf", []string{"security_audit"}},
		{"docs/audit-logging.md", nil},                                 // a product feature
		{"docs/gadgets/audit_seccomp.md", nil},                         // a gadget that audits syscalls
		{"docs/reports/Ada-Logics-Quarry-fuzzing-audit-2024.pdf", nil}, // inputs tested, not a review
		{"docs/security/audit/policy.md", nil},
		{"architecture/overview.md", []string{"architecture"}}, // a folder of architecture pages
		{"architecture/ambient/ztunnel.md", nil},               // one component's notes in a subfolder
		{"docs/decision_records/architecture/ARC-001-modularity.md", nil},
		{"content/docs/latest/architecture/_index.md", nil}, // a website's deployment options
		{"RELEASES.md", []string{KindReleaseProcess}},
		{"RELEASE.md", []string{KindReleaseProcess}},
		{"RELEASING.md", []string{KindReleaseProcess}},
		{"release-process.md", []string{KindReleaseProcess}},
		{"docs/release-cycle.md", []string{KindReleaseProcess}},
		{"docs/developer-guide/release-process-and-cadence.md", []string{KindReleaseProcess}},
		{"mechanics/RELEASE-SCHEDULE.md", []string{KindReleaseProcess}},
		{"build/release/README.md", []string{KindReleaseProcess}},
		{"docs/dev/releases/README.md", []string{KindReleaseProcess}},
		{"docs/dev/releases/create-a-release.md", []string{KindReleaseProcess}}, // its name, not its folder
		{"docs/dev/releases/known-issues.md", nil},                              // a release folder's other pages
		{"charts/kyverno/README.md", []string{"user_docs"}},                     // a chart's installation guide
		{"deploy/charts/cert-manager/README.template.md", []string{"user_docs"}},
		{"manifests/charts/README.md", []string{"user_docs"}}, // where the charts are published
		{"tests/perf/report/charts/README.md", nil},           // a test suite's benchmark graphs
		{"release/linux/notes.md", nil},                       // packaging shipped in a release folder
		{"release/linux/README.md", nil},
		{"bin/install-deps", nil},                    // a script, not a document
		{"install/README.md", []string{"user_docs"}}, // "# quarry CLI Installation" beside the install script
		{"INSTALL", nil},
		{"docs/releases/v1.2.0.md", nil},
		{"docs/design/release.md", nil}, // one feature's design: neither the process nor an overview
		{"docs/design.md", []string{"architecture"}},
		{"docs/release-notes.md", []string{KindChangelog}},
		{"CHANGELOG.md", []string{KindChangelog}},
		{"CHANGES", []string{KindChangelog}},
		{"LICENSE", []string{KindLicense}},
		{"LICENSE-APACHE", []string{KindLicense}},
		{"pkg/x/LICENSE", nil},
		{"license.go", nil},
		{"README.md", nil},
		{"docs/general-technical-review.md", []string{"gtr"}},
		{"tech-review/2025-06-30.md", []string{"gtr"}},
		{"tech-review/notes.md", nil},
		{"governance-review.md", []string{"governance_review"}},
		{"docs/security/self-assessment.md", []string{"security_self_assessment"}},
		{"myself-assessment.md", nil},
		{"docs/joint-assessment.md", []string{"joint_assessment"}},
		{"docs/security-audit-2024.pdf", []string{"security_audit"}},
		{"security/audits/2023-quarry.pdf", []string{"security_audit"}},
		{"SECURITY_AUDIT.md", []string{"security_audit"}},
		{"docs/audit-logging.md", nil},
		{"docs/auditing.md", nil},
		{"docs/audit-policy.md", nil},
		{"audit.go", nil},
		{"docs/architecture.md", []string{"architecture"}},
		{"docs/design-proposals/queues.md", nil},
		{"pkg/wireguard/architecture.md", nil}, // one package's notes
		{"CONTRIBUTOR_LADDER.md", []string{"contributor_ladder"}},
		{"membership_policy.md", []string{"contributor_ladder"}},
		{".github/ISSUE_TEMPLATE/bug.yml", []string{"issue_templates"}},
		{"INTEGRATIONS.md", []string{"integrations"}},
		{"SUBPROJECTS.md", []string{"subprojects"}},
		{"sigs.yaml", []string{"subprojects"}},
		{"docs/install.md", []string{"user_docs"}},
		{"docs/getting-started/quickstart.md", []string{"user_docs"}},
	}
	for _, tt := range tests {
		if got := kindsByName(v, tt.path); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("kinds of %q = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestKindsByTitle(t *testing.T) {
	v := vocabulary(t)
	pr := &project{v: v, names: []string{"r"}}
	tests := []struct {
		path, title string
		want        []string
	}{
		{"Documentation/contributor-guide/release.md", "Release", []string{KindReleaseProcess}},
		{"docs/dev/releases/create-a-release.md", "Creating a release", []string{KindReleaseProcess}},
		{"docs/dev/releases/create-a-release.md", "Create a Kyverno release", []string{KindReleaseProcess}},
		{"docs/dev/releases/automation.md", "Generate a Release through Automated Jobs", []string{KindReleaseProcess}},
		{"docs/content/developers/publishing-a-release.md", "Publishing a New kube-bind Release", []string{KindReleaseProcess}},
		{"docs/reference/maintain.md", "Release steps", []string{KindReleaseProcess}},
		{"docs/contributing/docs.md", "Preparing the docs for release", nil},
		{"Documentation/Getting-Started/maintenance-and-support.md", "Maintenance and Support", []string{KindReleaseProcess}},
		{"SECURITY.md", "Security Release Process", []string{KindSecurityPolicy}},
		{"hips/hip-0002.md", "Pre-defined release dates for Helm", []string{KindReleaseProcess}},
		{"docs/install.md", "Installing Quarry", []string{"user_docs"}},
		{"docs/calendar.md", "Quarry release schedule", []string{KindReleaseProcess}},
		{"docs/notes/dates.md", "Important dates", nil},
		{"docs/notes/v1.md", "Release notes", nil},
		{"sig-release/README.md", "SIG Release", nil},
		{"content/en/ecosystem/adopters/index.md", "Adopters", []string{KindAdopters}},
		{".github/ISSUE_TEMPLATE/adopters.md", "Add your organisation", nil},
		{"proposals/20230511-roadmap-management.md", "Roadmap management", []string{KindRoadmap}},
		{"proposals/20230511-roadmap-management.md", "Falco Roadmap Management Proposal", []string{KindRoadmap}},
		{"docs/rfcs/component-configuration-schema-roadmap.md", "Component Configuration Management Roadmap", nil},
		{"ROADMAP.md", "The Quarry Roadmap 2026", []string{KindRoadmap}},
		{"docs/guide.md", "Guide", nil},
		{"STEERING.md", "Quarry Steering Committee Charter", []string{KindGovernance}},
		{"ssc/ONBOARDING.md", "Quarry Steering Committee Onboarding", []string{KindGovernance}},
		{"CHANGELOG.md", "Releases", nil},
		{"docs/ONBOARDING.md", "Contributor Onboarding", nil},
		{"docs/traffic/steering.md", "Traffic steering", nil},
		{"docs/install-config/harbor-compatibility-list.md", "Harbor Compatibility List", []string{"integrations"}},
		{"docs/eventing/features/istio-integration.md", "Eventing integration with Istio service mesh", []string{"integrations"}},
		{"content/en/about/ecosystem.md", "Falco Ecosystem", []string{"integrations"}},
		{"docs/compatibility.md", "Backward compatibility", nil},
		{"docs/dev/ide.md", "IDE integration", nil},
		{"docs/dev/vscode.md", "IDE integration with VS Code", nil},
		{"docs/api.md", "API compatibility matrix", nil},
		{"docs/upgrade.md", "Version Compatibility Matrix", nil},
		{"docs/kubernetes.md", "Compatibility matrix: Quarry and Kubernetes", []string{"integrations"}},
		{"docs/installation/compatibility.md", "Compatibility with Kubernetes Platform Providers", nil},
		{"docs/devel/ci.md", "Continuous Integration", nil},
		{"docs/prometheus.md", "Compatibility with Prometheus", []string{"integrations"}},
		{"docs/serving/certmanager.md", "Configuring the cert-manager integration", []string{"integrations"}},
		{"cmd/quarry/internal/integration/README.md", "Integration", nil},
		{"docs/proposals/20210612-edgex-integration.md", "Integration with EdgeX", nil},
		{"content/en/adoptions.md", "Adoptions", []string{KindAdopters}},
		{"content/community/adopters.md", "Quarry adopters", []string{KindAdopters}},
		{"docs/becoming.md", "Becoming an adopter", nil},
		{"docs/security/architecture.md", "Quarry Security Architecture", nil},
		{"docs/internal-architecture.md", "Internal Architecture", nil},
		{"docs/architecture.md", "Component Architecture", []string{"architecture"}},
		{"docs/overview/architecture.md", "Quarry Architecture", []string{"architecture"}},
		{"docs/introduction/how-quarry-works.md", "How Quarry Works", []string{"architecture"}},
		{"content/en/shovel/usage/how-it-works.md", "How it works", nil},
		{"spec/primer.md", "Quarry Primer", []string{"user_docs"}},
		{"docs/paint.md", "Primer coats", nil},
	}
	for _, tt := range tests {
		d := &doc{path: tt.path, n: splitName(tt.path), kinds: map[string]snapshot.Location{}, p: &parsed{title: tt.title, titleLine: 1}}
		pr.classifyByTitle(d, "")
		var got []string
		for k, l := range d.kinds {
			if l.How == "title" {
				got = append(got, k)
			}
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("kinds of %s titled %q = %q, want %q", tt.path, tt.title, got, tt.want)
		}
	}
}

func TestInventory(t *testing.T) {
	v := vocabulary(t)
	inv := takeInventory([]string{
		"README.md", "docs/guide.md", "pkg/x/doc.go", "CMakeLists.txt", "MAINTAINERS",
		"pkg/x/testdata/GOVERNANCE.md", "pkg/x/testdata/README.md", "api/generated/README.md", "design/defunct/release.md", "docs/historical/design/architecture.md",
		"docs/security/audit-2024.pdf", "docs/logo.pdf", "examples/basic/main.go", "examples/basic/README.md",
		"i18n/zh/docs/guide.md", "i18n/ja/docs/guide.md", "site/content/de/docs/guide.md", "site/content/en/docs/guide.md",
		"AGENTS.md", "pkg/x/CLAUDE.md", ".github/copilot-instructions.md", ".claude/commands/release.md", "docs/agents.md",
		"website/themes/relearn/exampleSite/content/dev/maintaining.md", "docs/user-guide/themes/dark.md",
		// A test folder's data is its fixtures ("# System architecture" in a test
		// input); a test folder's own README and a page about data are documents.
		"tests/data/author/ssp/architecture.md", "tests/README.md", "docs/data/retention.md",
	}, v, false)
	if want := []string{"README.md", "docs/guide.md", "MAINTAINERS", "examples/basic/README.md", "site/content/en/docs/guide.md", "docs/agents.md", "docs/user-guide/themes/dark.md", "tests/README.md", "docs/data/retention.md"}; !sameSet(inv.docs, want) {
		t.Errorf("documents = %q, want %q", inv.docs, want)
	}
	if want := []string{"docs/security/audit-2024.pdf"}; !reflect.DeepEqual(inv.named, want) {
		t.Errorf("named files = %q, want %q", inv.named, want)
	}
	if want := []string{"docs/logo.pdf"}; !reflect.DeepEqual(inv.linkable, want) {
		t.Errorf("linkable files = %q, want %q", inv.linkable, want)
	}
	want := []snapshot.Excluded{
		{Path: ".claude/", Reason: assistantReason, Files: 1},
		{Path: ".github/copilot-instructions.md", Reason: assistantReason, Files: 1},
		{Path: "AGENTS.md", Reason: assistantReason, Files: 1},
		{Path: "api/generated/", Reason: "generated files", Files: 1},
		{Path: "design/defunct/", Reason: "archived documents", Files: 1},
		{Path: "docs/historical/", Reason: "archived documents", Files: 1},
		{Path: "i18n/", Reason: "translations", Files: 2},
		{Path: "pkg/x/CLAUDE.md", Reason: assistantReason, Files: 1},
		{Path: "pkg/x/testdata/", Reason: "test fixtures", Files: 2},
		{Path: "site/content/de/", Reason: "translations", Files: 1},
		{Path: "tests/data/", Reason: "test fixtures", Files: 1},
		{Path: "website/themes/", Reason: themesReason, Files: 1},
	}
	if !reflect.DeepEqual(inv.excluded, want) {
		t.Errorf("excluded = %+v, want %+v", inv.excluded, want)
	}
	// A website repository's own README and contributing guide are about building the
	// site; its pages are the project's.
	// Its home page (a Jekyll site's index.md) is the site.
	site := takeInventory([]string{"README.md", "CONTRIBUTING.md", ".github/PULL_REQUEST_TEMPLATE.md", "content/en/docs/install.md", "index.md", "_index.md"}, v, true)
	if want := []string{"content/en/docs/install.md", "index.md", "_index.md"}; !sameSet(site.docs, want) {
		t.Errorf("website documents = %q, want %q", site.docs, want)
	}
	if len(site.excluded) != 3 || site.excluded[0].Reason != websiteOwnReason {
		t.Errorf("website excluded = %+v, want its three own files", site.excluded)
	}
	if got := inv.fileFolders["user_docs"]; !reflect.DeepEqual(got, []string{"examples/"}) {
		t.Errorf("user_docs folders = %q", got)
	}
}

func sameSet(a, b []string) bool {
	x, y := append([]string(nil), a...), append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	return reflect.DeepEqual(x, y)
}

// TestParseTitle: the first heading is the title when nothing comes before it, or when
// it is a level-1 heading; a section's heading under the opening text is not.
// TestFrontMatter holds readFrontMatter to the blocks that mark a page a draft: a
// top-level key in a block that closes.
func TestFrontMatter(t *testing.T) {
	for _, tt := range []struct {
		md    string
		title string
		draft int
	}{
		{"---\ntitle: Architecture\ndraft: true\n---\n# Architecture\n", "Architecture", 3},
		{"---\ndraft: True\n---\nText.\n", "", 2},
		{"+++\ntitle = \"Roadmap\"\ndraft = true\n+++\nText.\n", "Roadmap", 3},
		{"---\ntitle: Releases\npublished: false # not yet\n---\n", "Releases", 3},
		{"---\ntitle: Releases\ndraft: false\n---\n", "Releases", 0},
		{"---\ntitle: Releases\nparams:\n  published: false\n---\n", "Releases", 0},
		{"---\ntitle: Releases\ndraft: true\nText that never closes the block.\n", "Releases", 0},
		{"# Releases\n\ndraft: true\n", "", 0},
	} {
		if fm := readFrontMatter(markdown.Lines(tt.md)); fm.title != tt.title || fm.draftLine != tt.draft {
			t.Errorf("readFrontMatter(%q) = title %q, draft line %d; want %q, %d", tt.md, fm.title, fm.draftLine, tt.title, tt.draft)
		}
	}
}

func TestParseTitle(t *testing.T) {
	for _, tt := range []struct{ md, title string }{
		{"## Architecture\n\nHow it fits together.\n", "Architecture"},
		{"Lantern schedules jobs.\n\n# Lantern\n", "Lantern"},
		{"<!-- weight: 3 -->\nThis feature is in alpha.\n\n## Architecture Overview\n\nIt plugs in here.\n", ""},
		{"[Back to README](../README.md)\n\n## Release Process\n\nWe cut a release every month.\n", "Release Process"},
	} {
		if d := parse(tt.md, formatMarkdown); d.title != tt.title {
			t.Errorf("title of %q = %q, want %q", tt.md, d.title, tt.title)
		}
	}
}

func TestParse(t *testing.T) {
	md := "---\ntitle: \"Release Process\"\n---\n# Releasing\n\nWe cut a minor release\nevery three months.\n\n" +
		"- [Schedule](#schedule)\n- Patch releases ship when needed; see [the policy](docs/policy.md).\n\n" +
		"| Version | Supported |\n|---|---|\n| 1.2 | until 2027 |\n\n" +
		"<!-- Releases are cut every week. -->\n```\n# not a heading\nwe release every day\n```\n" +
		"See [![badge](https://img.shields.io/x.svg)](https://example.org/ci) and the [guide][g].\n\n[g]: https://example.org/guide\n" +
		"Schedule\n--------\n"
	d := parse(md, formatMarkdown)
	if d.title != "Release Process" || d.titleLine != 2 {
		t.Errorf("title = %q at %d, want the front matter's", d.title, d.titleLine)
	}
	var hs []string
	for _, h := range d.headings {
		hs = append(hs, strconv.Itoa(h.line)+" "+h.norm)
	}
	if want := []string{"4 releasing", "24 schedule"}; !reflect.DeepEqual(hs, want) {
		t.Errorf("headings = %q, want %q", hs, want)
	}
	var us []string
	for _, u := range d.units {
		nav := ""
		if u.navigation {
			nav = " (navigation)"
		}
		us = append(us, strconv.Itoa(u.line)+" "+u.text+nav)
	}
	want := []string{
		"6 We cut a minor release every three months.",
		"9 [Schedule](#schedule) (navigation)",
		"10 Patch releases ship when needed; see [the policy](docs/policy.md).",
		"12 Version | Supported",
		"14 1.2 | until 2027",
		"21 See [![badge](https://img.shields.io/x.svg)](https://example.org/ci) and the [guide][g].",
	}
	if !reflect.DeepEqual(us, want) {
		t.Errorf("units =\n%q\nwant\n%q", us, want)
	}
	var ls []string
	for _, k := range d.links {
		ls = append(ls, strconv.Itoa(k.line)+" "+k.text+" -> "+k.target)
	}
	wantLinks := []string{
		"9 Schedule -> #schedule",
		"10 the policy -> docs/policy.md",
		"21  -> https://example.org/ci",
		"21 guide -> https://example.org/guide",
	}
	if !reflect.DeepEqual(ls, wantLinks) {
		t.Errorf("links =\n%q\nwant\n%q", ls, wantLinks)
	}
}

func TestLinksOn(t *testing.T) {
	tests := []struct {
		f    format
		line string
		want []string // text -> target
	}{
		{formatMarkdown, `Read <a href="GOVERNANCE.md">our governance</a>.`, []string{"our governance -> GOVERNANCE.md"}},
		{formatMarkdown, "![logo](logo.png) only", nil},
		{formatMarkdown, "mail <security@example.org> or https://example.org/sec.", []string{" -> https://example.org/sec"}},
		{formatRST, "See `the roadmap <ROADMAP.rst>`_.", []string{"the roadmap -> ROADMAP.rst"}},
		{formatAsciiDoc, "See link:https://example.org/releases[release schedule].", []string{"release schedule -> https://example.org/releases"}},
		// A site generator's link template holds spaces.
		{formatMarkdown, `Read the [governance]({{< ref "../project/governance" >}}) first.`, []string{`governance -> {{< ref "../project/governance" >}}`}},
		{formatMarkdown, "The [release process]({{ site.url }}/about/release_channels.html) ships images.", []string{"release process -> {{ site.url }}/about/release_channels.html"}},
	}
	for _, tt := range tests {
		var got []string
		for _, k := range linksOn(tt.line, tt.f, nil) {
			got = append(got, k.text+" -> "+k.target)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("linksOn(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestResolve(t *testing.T) {
	rs := newResolver([]string{"main", "community"}, []string{"https://github.com/Quarry-Dev/quarry", "https://github.com/quarry-dev/community"})
	tests := []struct {
		from, link string
		repo       int
		path       string
		anchor     string
	}{
		{"docs/README.md", "../GOVERNANCE.md#voting", 0, "GOVERNANCE.md", "voting"},
		{"docs/README.md", "/RELEASES.md", 0, "RELEASES.md", ""},
		{"README.md", "#roadmap", 0, "README.md", "roadmap"},
		{"README.md", "https://github.com/quarry-dev/community/blob/main/docs/how-we-work.md", 1, "docs/how-we-work.md", ""},
		{"README.md", "https://github.com/quarry-dev/community/tree/main/governance", 1, "governance", ""},
		{"README.md", "https://github.com/quarry-dev/community", 1, "", ""},
		{"README.md", "https://raw.githubusercontent.com/quarry-dev/quarry/main/SECURITY.md", 0, "SECURITY.md", ""},
		{"README.md", "https://github.com/quarry-dev/sig-release/blob/main/releases/README.md", -1, "", ""},
		{"README.md", "https://quarry.example/docs", -1, "", ""},
	}
	for _, tt := range tests {
		got, ok := rs.resolve(0, tt.from, tt.link)
		if !ok || got.repo != tt.repo || got.path != tt.path || got.anchor != tt.anchor {
			t.Errorf("resolve(%q, %q) = %+v %v, want repo %d path %q anchor %q", tt.from, tt.link, got, ok, tt.repo, tt.path, tt.anchor)
		}
	}
	for _, link := range []string{"../../outside.md", "mailto:x@example.org"} {
		if got, ok := rs.resolve(0, "README.md", link); ok {
			t.Errorf("resolve(%q) = %+v, want no target", link, got)
		}
	}
}

// TestResolveTemplate resolves the links a site generator fills in at build time to
// the pages whose sources were read.
func TestResolveTemplate(t *testing.T) {
	rs := newResolver([]string{"website"}, []string{"https://github.com/quarry-dev/website"})
	var docs []*doc
	for _, p := range []string{
		"content/en/docs/start.md", "content/en/docs/project/governance.md", "content/en/docs/project/_index.md",
		"docs/pages_en/about/releases.md", "docs/pages_ru/about/releases.md", "docs/pages_en/reference/images.md",
	} {
		docs = append(docs, &doc{path: p, text: true})
	}
	rs.indexSite([][]*doc{docs})
	tests := []struct {
		from, link string
		repo       int
		path       string
		anchor     string
	}{
		// Hugo: relative to the page's folder, or from the site's content root.
		{"content/en/docs/start.md", `{{< ref "./project/governance" >}}`, 0, "content/en/docs/project/governance.md", ""},
		{"content/en/docs/project/_index.md", `{{< relref "../start.md#install" >}}`, 0, "content/en/docs/start.md", "install"},
		{"content/en/docs/project/governance.md", `{{< ref "/docs/project" >}}`, 0, "content/en/docs/project/_index.md", ""},
		{"content/en/docs/start.md", `{{% ref path="project/governance" %}}`, 0, "content/en/docs/project/governance.md", ""},
		// Jekyll: from the site's root, the page in the linking page's own language.
		{"docs/pages_en/reference/images.md", "{{ site.url }}/about/releases.html", 0, "docs/pages_en/about/releases.md", ""},
		{"docs/pages_en/reference/images.md", `{{ "/about/releases.html#channels" | true_relative_url }}`, 0, "docs/pages_en/about/releases.md", "channels"},
		// A Jekyll page no document read is the source of is a page of the site: a link out.
		{"docs/pages_en/reference/images.md", "{{ site.baseurl }}/about/release_channels.html", -1, "", ""},
	}
	for _, tt := range tests {
		got, ok := rs.resolve(0, tt.from, tt.link)
		if !ok || got.repo != tt.repo || got.path != tt.path || got.anchor != tt.anchor || got.url != tt.link {
			t.Errorf("resolve(%q, %q) = %+v %v, want repo %d path %q anchor %q", tt.from, tt.link, got, ok, tt.repo, tt.path, tt.anchor)
		}
	}
	// A Hugo reference to no page read names nothing the reader can follow.
	for _, link := range []string{`{{< ref "../../missing" >}}`, `{{< figure src="x.png" >}}`} {
		if got, ok := rs.resolve(0, "content/en/docs/start.md", link); ok {
			t.Errorf("resolve(%q) = %+v, want no target", link, got)
		}
	}
}

// TestStatements holds the vocabulary's topics to what states them: a sentence that
// states the requirement counts, a word merely mentioned does not.
func TestStatements(t *testing.T) {
	v := vocabulary(t)
	topic := func(name string) *Topic {
		for _, tp := range v.Topics {
			if tp.Name == name {
				return tp
			}
		}
		t.Fatalf("no topic %s", name)
		return nil
	}
	tests := []struct {
		topic, text string
		want        bool
	}{
		{"release_procedure", "The release manager creates a release branch and pushes the tag.", true},
		{"release_procedure", "A release is cut by pushing a signed tag, which triggers the release workflow.", true},
		{"release_procedure", "Once a new tag is pushed, GitHub Actions publish the images and charts of the release.", true},
		{"release_procedure", "We are assigning a release shepherd for each minor release.", true},
		{"release_procedure", "This document outlines getting in new features after a new branch has been cut and the process for getting a PR merged before the first public release.", false},
		{"release_procedure", "Cut the release branch from main and push it.", true},
		{"release_procedure", "Release managers will continue to have a final say in what gets merged or not, unless directed by the TOC.", false},
		{"release_expectations", "Participants will be expected to fill the role as security release lead on a quarterly rotational basis.", false},
		{"release_procedure", "We cut a minor release every three months.", false},
		{"release_procedure", "A new release is cut by the release manager on duty.", true},
		{"release_procedure", "The release managers rotate every cycle.", true},
		{"subproject_leadership", "Subprojects have chairs elected by their contributors.", true},
		{"subproject_contribution", "Anyone can join a subproject by attending its meetings.", true},
		{"subproject_maturity", "A new subproject starts as experimental and moves to beta once it has users.", true},
		{"subproject_maturity", "A subproject is non-core until the steering committee adopts it.", true},
		{"subproject_leadership", "The release is led by the release team.", false},
		{"release_procedure", "Releases are supported for nine months after their first patch.", false},
		{"release_procedure", "As much as possible, releases should be driven by automation.", false},
		{"release_procedure", "Releases are tagged with semantic versions.", false},
		{"release_procedure", "Fixes are merged into the release branches of the supported versions.", false},
		{"release_procedure", "We merge PRs quickly, and release often.", false},
		{"release_procedure", "Create a PR to merge the version bump into the upstream release branch.", true},
		{"release_expectations", "We cut a minor release every three months.", true},
		{"roadmap_kept", "Establish and maintain a roadmap for the working group outlining the areas of focus over the next 3 months.", true},
		{"roadmap_kept", "Create a preliminary 3 month roadmap for what the working group would focus on.", true},
		{"roadmap_kept", "Setting the overall technical direction and roadmap of the project.", false},
		{"release_prerelease", "First Release: May 29th, 2020. Quarry v0.1.0-beta.1", false},
		{"release_prerelease", "Release candidates are tagged like v1.2.0-rc.1.", true},
		{"release_prerelease", "Pre-releases carry a suffix: v1.2.0-alpha.1, then v1.2.0-beta.1.", true},
		{"release_expectations", "Changes ready for use in production which add new functionality may individually trigger a new release.", true},
		{"release_expectations", "A push to main triggers the release workflow.", false},
		{"release_expectations", "Patch releases are cut from that branch as needed.", false},
		{"release_expectations", "Re-evaluate accepted risks quarterly and after major dependency releases.", false},
		{"release_expectations", "The releases are announced using GitHub releases, followed by Slack, Mastodon, Twitter and a discussion in the fortnightly community meetings.", false},
		{"release_expectations", "Edge release artifacts are published on a weekly or near-weekly basis.", true},
		{"release_expectations", "We publish quarterly feature releases.", true},
		{"release_expectations", "Releases are not bound by a fixed calendar.", true},
		{"release_expectations", "New versions are published when a significant body of work is complete.", true},
		{"release_expectations", "Stable release, cut from master when X.Y milestone is complete.", true},
		{"release_expectations", "The 1.0 release milestone is complete.", false},
		{"release_expectations", "New releases are made once the milestone's issues are closed.", true},
		{"release_expectations", "Scheduled releases, supported timelines, and API stability guarantees will be updated here as they change.", false},
		{"release_support", "Scheduled releases, supported timelines, and API stability guarantees will be updated here as they change.", false},
		{"release_support", "At a given time we will maintain only two active major releases.", true},
		{"release_expectations", "Minor releases happen every 3-4 months.", true},
		{"release_expectations", "Approximately 6 weeks from [Release Start](#release-start).", true},
		{"release_expectations", "Approximately 2 weeks after Feature Freeze.", true},
		{"release_expectations", "We disclose the issue 90 days after the release date.", false},
		{"release_expectations", "Feature PRs must be opened at least 2 weeks before the code freeze.", false},
		{"proposal_process", "In order to implement a new feature, usually you will need to go through the KEP process to propose a design.", true},
		{"proposal_process", "Significant features or architectural changes require a Dex Enhancement Proposal (DEP).", true},
		{"proposal_process", "Our RFC process is described in the community repository.", true},
		{"proposal_process", "We welcome feature proposals.", false},
		{"proposal_process", "Bug reports and feature proposals are tracked in GitHub issues.", false},
		{"proposal_process", "Quarry implements the upstream KEP for sidecar containers, following the feature gate.", false},
		{"proposal_process", "The client follows RFC 6749 and accepts changes that keep to it.", false},
		{"release_expectations", "A minor release ships every 3 to 4 months.", true},
		{"release_expectations", "Releases happen quarterly, aligned with Kubernetes.", true},
		{"release_expectations", "There is no fixed release schedule; we release when features are ready.", true},
		{"release_expectations", "See the changelog for what changed in each release.", false},
		{"release_expectations", "Run make release to build.", false},
		{"release_expectations", "Currently maintained releases and the next few upcoming releases are listed below.", true},
		{"release_expectations", "Upcoming releases will bring new features.", false},
		{"release_expectations", "The release dates are the first Wednesday of the month, and we might skip a release.", true},
		{"release_support", "The current and previous minor series are supported in terms of bug fixes and security patches.", true},
		{"release_support", "Maintaining the release branches for older minor releases happens on a best effort basis.", true},
		{"release_artifacts", "Download the latest release from GitHub; the releases there include binaries and checksums.", true},
		{"security_private_reporting", "The Istio project maintains a mailing list for private early disclosure of security vulnerabilities.", false},
		{"security_private_reporting", "Report security vulnerabilities privately by email to security@quarry.example.", true},
		{"release_support", "Security fixes are addressed in the main branch and may be backported to one prior minor release depending on severity.", true},
		{"release_support", "Each release is one step towards the next.", false},
		{"release_support", "As the current version of the linker is older and does not support certain Component Model features, we pin it.", false},
		{"release_support", "Each SDK supports the latest (N), and N-1, major releases of the spec.", true},
		{"release_expectations", "The community call is on the first Wednesday of the month.", false},
		{"release_artifacts", "These signature files should be made available on the GitHub release page under Assets.", true},
		{"release_artifacts", "Signatures of the commits are checked by the DCO bot.", false},
		{"release_expectations", "Disclosures will be published on the same day as a release fixing the vulnerability after the release is published.", false},
		{"release_expectations", "Releases are cut when the milestone's features are merged.", true},
		{"release_expectations", "Our typical patch release cadence is every 3 months.", true},
		{"release_prerelease", "Release candidates are tagged vX.Y.Z-rc.N before the final release.", true},
		{"release_tagging", "KubeVirt uses semantic versioning.", true},
		{"release_prerelease", "KubeVirt uses semantic versioning.", false},
		{"release_tagging", "Stable releases are tagged vX.Y.Z.", true},
		{"release_tagging", "Tag v2.x.x on the release branch.", false},
		{"release_prerelease", "The alpha and beta phases of a feature last one release each.", false},
		{"release_prerelease", "Tag the current state of main with a tag of the form edge-YY.M.N.", true},
		{"release_prerelease", "Cut an annotated tag against the release candidate named `vX.Y.Z`, where `X.Y.Z` is the semantic version number.", false},
		{"release_prerelease", "Each release candidate is tagged vX.Y.Z-rc.N before the final release.", true},
		{"release_prerelease", "The release candidate named vX.Y.Z-rc.1 is published first.", true},
		{"release_security", "Security fixes are backported to the two latest minor releases.", false},
		{"release_security_near", "Security fixes are backported to the two latest minor releases.", true},
		{"release_security", "We strive to release security fixes within 7 days.", false},
		{"release_security_near", "We strive to release security fixes within 7 days.", true},
		{"release_security_near", "Please report vulnerabilities through GitHub security advisories.", false},
		{"release_security_near", "Security fixes are listed in the release notes.", false}, // the except it shares with release_security
		{"release_security", "Security fixes are typically merged into the development branch and are due for release in the next minor version.", true},
		{"release_security", "Each major release receives security updates until three months after the next major release.", false},
		{"release_security", "Once a vulnerability is confirmed, a maintainer labels the issue kind/security.", false},
		{"release_security", "Security updates are provided for versions 1.x and 2.x.", false},
		{"release_security", "Releases that fix security issues are labelled as security releases in the changelog.", true},
		{"adopter_interviews", "The adopter interviews reflect a project [in use/too early] for the level. $INTERVIEWSUMMARY.", false},
		{"adopter_interviews", "No adopter interviews have been conducted yet.", false},
		{"adopter_interviews", "Four of these adopters were interviewed for the graduation due diligence.", true},
		{"release_security", "Please report vulnerabilities through GitHub security advisories.", false},
		{"release_security", "The following table outlines which versions of Quarry receive security updates:", false},
		{"release_security", "| 2.10.x | ✅ Security fixes |", false},
		{"release_security", "Security releases are tagged like any patch release, vX.Y.Z, with an advisory.", true},
		{"release_security", "We monitor dependencies and promptly apply security patches.", false},
		{"release_security", "Security fixes are listed in the release notes.", false},
		{"release_security", "Security fixes are released as patch releases of the two latest minor versions.", true},
		{"release_branch_tag_strategy", "Each minor release gets a release-1.x branch cut from main.", true},
		{"release_branch_tag_strategy", "Each minor release gets a release-1.x branch cut from main, and the docs branch is cut with it.", true},
		{"release_branch_tag_strategy", "Clone the repository and create a branch for your change.", false},
		{"release_branch_tag_strategy", "The fix team chooses all needed commits from the master branch to create a new release.", false},
		{"release_branch_tag_strategy", "The project maintains release branches for the most recent three minor releases.", true},
		{"release_branch_tag_strategy", "Tag the current state of main, with a tag of the form edge-YY.M.N.", false},
		{"release_tag_strategy", "Create a git tag (`v{version}`) on the release commit.", true},
		{"release_tag_strategy", "Create a tag in the issue tracker for your bug.", false},
		{"release_branch_tag_strategy", "Critical fixes are backported to the last two minor releases.", true},
		{"release_branch_tag_strategy", "Bugs should first be fixed on Helm v4 and then backported to Helm v3.", true},
		{"release_branch_tag_strategy", "We backport important bug fixes, including security fixes, to all currently supported releases.", true},
		{"release_branch_tag_strategy", "Backporting policy", true},
		{"release_branch_tag_strategy", "Double-check that any PR that should be part of the tag has been cherry-picked.", false},
		{"release_branch_tag_strategy", "Should this fix be backported?", false},
		{"release_branch_tag_strategy", "Use git cherry-pick to move your commit onto a new branch if you started on the wrong base.", false},
		{"release_branch_tag_strategy", "Backports are only accepted for critical bug fixes.", true},
		{"release_branch_tag_strategy", "Each supported version receives backports of bug fixes.", true},
		{"release_branch_tag_strategy", "Once merged, cherry-pick the fix into each supported release branch.", true},
		{"release_branch_tag_strategy", "We backport security fixes to all supported versions.", true},
		{"release_branch_tag_strategy", "This creates a fragment file, so entries never conflict between PRs or backports.", false},
		{"release_branch_tag_strategy", "Use git cherry-pick to move your commit if you started on the wrong base.", false},
		{"release_tag_strategy", "Tag the current state of main, with a tag of the form edge-YY.M.N.", true},
		{"release_tag_strategy", "The project maintains release branches for the most recent three minor releases.", false},
		{"release_support", "We support the last three minor releases.", true},
		{"release_support", "Helm v3 is in support mode on the dev-v3 branch: bug fixes until July 8th 2026, security fixes until November 11th 2026.", true},
		{"release_support", "Patch releases should be done once a month, assuming there are changes since the last release.", false},
		{"release_support", "Fixes were merged until the code freeze.", false},
		{"release_support", "Patches go through review, and we plan v2 in 2026.", false},
		{"release_support", "The first two releases that a new maintainer performs must be supervised.", false},
		{"release_support", "We maintain the two most recent minor releases.", true},
		{"release_support", "Supported Kubernetes versions: 1.29 to 1.31.", false},
		{"platform_support", "Supported Kubernetes versions: 1.29 to 1.31.", true},
		{"platform_support", "Every release is validated against the Kubernetes versions in their support period.", true},
		{"platform_support", "Quarry requires Kubernetes 1.27 or later.", true},
		{"platform_support", "Supported platforms: Linux and macOS.", true},
		{"platform_support", "global.nodeSelector | object | {\"kubernetes.io/os\":\"linux\"} | Global node labels, supported by every workload.", false},
		{"platform_support", "Binaries are available for Linux and macOS on amd64 and arm64.", true},
		{"platform_support", "Tier 1 platforms are tested on every pull request.", true},
		{"platform_support", "Quarry watches Kubernetes resources and reconciles them.", false},
		{"platform_support", "Make sure your platform is a supported platform before reporting.", false},
		{"platform_support", "We support the last three minor releases.", false},
		{"platform_support", "Kubernetes versions v1.31 through v1.36 are supported.", true},
		{"platform_support", "The minimum compatible Kubernetes version is 1.15.0.", true},
		{"platform_support", "Note: The minimum supported version of Kubernetes is 1.16.0.", true},
		{"platform_support", "The last two minor releases get patch releases, on Linux amd64 and arm64.", true},
		{"platform_support", "Images are rebuilt on every push.", false},
		{"platform_support", "For etcd 3.5 patches, bump it to Kubernetes 1.33 and all older supported versions.", false},
		{"platform_support", "Sync continues (both windows support overrun).", false},
		{"platform_support", "Supports on-prem k8s clusters with custom CSV pricing.", false},
		{"platform_support", "Quarry is compatible with a wide range of Kubernetes versions.", true},
		{"platform_support", "A container runtime compatible with Kubernetes (Docker v1.13+, containerd v1.3.7+, etc.)", false},
		{"platform_support", "config.matchConditions | list | Defines match conditions (requires Kubernetes 1.27+).", false},
		{"platform_support", "Quarry has been tested with Kubernetes clusters running version 1.23 or later.", true},
		{"release_support", "Supported versions: 1.4 and 1.5.", true},
		{"platform_support", "This document describes the release cadence, versioning and support windows.", false},
		{"platform_support", "Antrea can run on both Linux and Windows nodes, and Windows node support is beta.", true},
		{"platform_support", "`result/images/linux_<arch>/image.tar.gz` is the container image tarball for each supported Linux architecture.", false},
		{"platform_support", "A function supports a single platform, like `linux/amd64`, by default.", false},
		{"platform_support", "The following example application may only be compatible with AMD64 architecture.", false},
		{"platform_support", "If you are running on a different architecture (such as ARM64 or ARMv7), you may encounter issues with container images that are not built for your platform.", false},
		{"platform_support", "Official releases support Linux and macOS.", true},
		{"platform_support", "The default workflow definition builds for two platforms: `linux/amd64` and `linux/arm64`.", false},
		{"platform_support", "Quarry supports Linux and macOS on amd64 and arm64.", true},
		{"platform_support", "Linux arm64 is supported from v2.1.", true},
		{"release_support", "Linux and macOS are supported on amd64 and arm64.", false},
		{"release_support", "After the fixed code is merged into all supported versions, the vulnerability is posted.", false},
		{"release_support", "Please make sure it impacts a supported version before reporting.", false},
		{"release_support", "The supported versions are the two latest minor releases and the LTS.", true},
		{"release_support", "Only the latest version is supported.", true},
		{"release_support", "The following are the versions that we support for security updates.", true},
		{"release_support", "The versions below add features.", false},
		{"release_support", "We provide security updates for the two most recent minor versions released on GitHub.", true},
		{"release_support", "Thanks to our supporters.", false},
		{"release_support", "The fix team builds a fix release on top of the current last version released.", false},
		{"release_support", "Security patches are backported to the two latest minor releases.", true},
		{"release_support", "The two most recent minor releases receive security fixes.", true},
		{"release_artifacts", "Each release publishes signed binaries and container images to ghcr.io.", true},
		{"release_artifacts", "Images in the docs are PNG files.", false},
		{"release_artifacts", "Container images are stored in Quay.io.", true},
		{"release_artifacts", "The binary is stored as a blob.", false},
		{"release_artifacts", "Helm charts are hosted on the project's OCI registry.", true},
		{"release_artifacts", "Container images are stored in our GitHub registry.", true},
		{"release_artifacts", "Make sure the images are stored in your private registry.", false},
		{"release_artifacts", "The image is stored in a local registry.", false},
		{"release_artifacts", "Pulled images are stored in the node's registry mirror.", false},
		{"release_artifacts", "The downloaded image is unpacked into the root filesystem and stored in COW file systems.", false},
		{"release_artifacts", "A registry for OCI images stored in OCI image format.", false},
		{"release_artifacts", "Binaries for Linux, macOS and Windows are published to the GitHub release.", true},
		{"release_artifacts", "Each GitHub release holds three architectures: amd64, arm and arm64; download the package with the release binary for your platform.", true},
		{"release_artifacts", "Download the release notes for your platform team.", false},
		{"release_artifacts", "Create a GitHub Release attached with the chart package and changelog.", true},
		{"release_artifacts", "The source code will be available in the release branch/tag as well as in the binaries.", true},
		{"release_artifacts", "This step makes docker available in the Jenkins container, and with docker you can pull the Slim image.", false},
		{"release_artifacts", "The fix is included in the 1.2 release; update your package or image.", false},
		{"release_artifacts", "Features are available in the next release behind a feature gate; see the package docs.", false},
		{"release_artifacts", "Binaries for macOS, Windows and Linux AMD64/ARM are available for download on the release page.", true},
		{"release_artifacts", "You need to make docker available in the Jenkins container, and with docker you can pull the image.", false},
		{"release_artifacts", "Specifications will be grouped into logical units, with all documents in a group released at the same time, with the same version number.", true},
		{"release_artifacts", "The specification documents describe the wire format.", false},
		{"install_artifacts", "This directory contains the helm chart sources which are versioned, built and pushed to the following helm repositories with each Quarry release.", true},
		{"release_artifacts", "Creating a new release in the releases page will trigger a workflow which will create a new image with the latest code, tagged with the next version.", true},
		{"release_artifacts", "The docs build creates a new image for each page.", false},
		{"release_artifacts", "The Deployment YAML file is also automatically created and attached to the Release as part of the workflow.", true},
		{"release_artifacts", "Edit the YAML file in the chart folder.", false},
		{"release_artifacts", "The YAML files are available in the examples folder.", false},
		{"security_response", "Maintainers triage incoming issues and set a severity label.", false},
		{"security_roles", "Maintainers triage incoming issues and set a severity label.", false},
		{"release_expectations", "Continue with the regular release process.", false},
		{"release_expectations", "We make regular releases", true},
		{"release_expectations", "Minor versions follow a regular release cadence of three months.", true},
		{"release_artifacts", "Releasing the minor version artifacts (helm charts, container images, and others).", true},
		{"release_artifacts", "All release artifacts must follow Semantic Versioning.", false},
		{"release_artifacts", "Run make release to build the artifacts locally.", false},
		{"release_artifacts", "After the release is tagged, the CI will build the release artifacts and upload them to the GitHub release page.", false},
		{"release_artifacts", "Each release publishes its assets and packages to the release page.", false},
		{"release_artifacts", "Each release uploads the binaries and their checksums to the release page.", true},
		{"release_artifacts", "While binaries are produced with the expectation that they work, the project cannot validate them.", true},
		{"install_artifacts", "For every CoreDNS release, we provide pre-compiled binaries for various operating systems.", true},
		{"install_artifacts", "We push every release as Docker images as well.", true},
		{"install_artifacts", "Read the changelog of every intermediate release before you replace the binary.", false},
		{"version_scheme", "KubeEdge versions are expressed as x.y.z, where x is the major version.", true},
		{"version_scheme", "We provide security fixes for the latest stable release only.", false},
		{"release_expectations", "We make regular releases of Quarry.", true},
		{"install_artifacts", "The resulting binaries should be now available in result/bin.", false},
		{"install_artifacts", "During manifest upload, the image is checked.", false},
		{"security_roles", "PR and issue management and response is a critical responsibility for all maintainers.", false},
		{"security_roles", "The maintainers triage and respond to reported vulnerabilities.", false},
		{"emeritus", "Emeritus maintainers are listed below.", false},
		{"emeritus", "A maintainer inactive for a year becomes emeritus.", true},
		{"decision_making", "Decisions are made by lazy consensus among the maintainers.", true},
		{"decision_making", "Changes to governance require a two-thirds vote of the maintainers.", true},
		{"decision_making", "We value consensus.", false},
		{"governance_changes", "Amendments to this document require a two-thirds vote of the maintainers.", true},
		{"governance_changes", "This document describes our governance.", false},
		{"vendor_neutrality", "The project is vendor-neutral.", false}, // a label
		{"vendor_neutral_label", "The project is vendor-neutral.", true},
		{"vendor_neutral_label", "Quarry is vendor-neutral as defined by What it Means to be a Vendor Neutral Project in the CNCF.", true},
		{"vendor_neutral_label", "Quarry is governed with the goals of transparency, vendor neutrality, and scalable community leadership.", true},
		{"vendor_neutrality", "Neutrality: our decisions are based on technical merit and community consensus, free from the influence of any single company.", true},
		{"vendor_neutrality", "The project remains independent of any single vendor's control, as vendor-neutral as the CNCF asks.", true},
		{"vendor_neutrality", "No single company may hold more than two seats on the steering committee.", false},
		{"vendor_caps", "No single company may hold more than two seats on the steering committee.", true},
		{"vendor_caps", "No more than 2 members may be affiliated with the same organization.", true},
		{"vendor_neutrality", "No single company may control the direction of the project.", true},
		{"vendor_neutrality", "Maintainers act as individuals, not their employers.", true},
		{"vendor_caps", "The company was founded in 2015.", false},
		{"vendor_caps", "The members of the admin team must not be from a single employer or organization.", true},
		{"vendor_caps", "Its members cannot all come from the same company.", true},
		{"vendor_neutrality", "We offer vendor-neutral APIs to control your telemetry pipeline.", false},
		{"vendor_neutral_label", "We offer vendor-neutral APIs to control your telemetry pipeline.", false},
		{"vendor_caps", "Releases must not come from a single branch.", false},
		{"vendor_caps", "No organization or company should be allowed more than 40% of eligible votes.", true},
		{"vendor_caps", "No organization or company should be left out of the discussion.", false},
		{"vendor_neutrality", "We support many vendors' clouds.", false},
		{"audit_performed", "A security assessment was performed by Trail of Bits in October 2022. The report can be found here.", true},
		{"audit_performed", "A third party security audit was performed by Trail of Bits following engagement by OSTIF.", true},
		{"audit_performed", "Third party security audits have been performed by:", true}, // over a list of the audits and their reports
		{"audit_performed", "A security self-assessment was performed by the maintainers.", false},
		{"audit_performed", "A third party security audit will be performed by OSTIF next year.", false},
		{"audit_performed", "Once the security assessment has been completed, the team prepares a fix.", false},
		{"role_assignment", "Members of the security response committee are appointed by the maintainers.", true},
		{"role_assignment", "The steering committee has five members.", false},
		{"role_assignment", "The impact on support teams should not be discounted, in terms of difficulty in diagnosing problems.", false},
		{"role_removal", "Steering committee members serve terms of two years.", true},
		{"role_assignment", "Steering committee members serve terms of two years.", false},
		{"role_removal", "Members of the security response committee are appointed by the maintainers.", false},
		{"role_removal", "A member of the Security Team who is inactive for three months is removed by a vote of the maintainers.", true},
		{"role_removal", "Security team members are removed by a majority vote of the maintainers.", true},
		{"role_removal", "If a steering committee member steps down, the seat is filled at the next election.", true},
		{"role_removal", "The maintainers may remove a member from the security team.", true},
		{"role_removal", "The team reviews the release notes.", false},
		{"role_removal", "Membership expires if any of the eligibility conditions are unmet, or after one year.", true},
		{"role_removal", "Each member serves a term of (6) six months, renewable per the same selection process.", true},
		{"role_removal", "Members may step down at any time and propose a replacement.", true},
		{"role_removal", "Members review each other's pull requests.", false},
		{"role_removal", "Members with an extended period away from the project will be removed from the Quarry GitHub organizations.", true},
		{"role_assignment", "The Maintainers will appoint a Security Response Team to handle security reports.", true},
		{"role_assignment", "You can select the team you want to join.", false},
		{"role_assignment", "Adding new Security Team members is an Unanimity decision.", true},
		{"role_assignment", "Adding team members to the CODEOWNERS file helps reviews.", false},
		{"maintainer_onboarding", "New maintainers are nominated by an existing maintainer.", true},
		{"maintainer_onboarding", "Thanks to all maintainers.", false},
		{"maintainer_offboarding", "A maintainer who is inactive for six months may be removed.", true},
		{"maintainer_offboarding", "If a maintainer is no longer interested in or cannot perform the duties listed above, they should move themselves to emeritus status.", true},
		{"maintainer_offboarding", "Maintainers who are no longer sure should ask on the list.", false},
		{"maintainer_offboarding", "Membership of the maintainers can be revoked by a consensus vote of all the maintainers other than the member in question.", true},
		{"maintainer_offboarding", "A maintainer's vote can be withdrawn at any time before its status is final.", false},
		{"maintainer_offboarding", "Maintainers have write rights; a pull request approval may be withdrawn.", false},
		{"maintainer_offboarding", "The maintainer role will be revoked after a year without activity.", true},
		{"gtr_draft", "This is a living technical review draft based on publicly available sources.", true},
		{"gtr_draft", "This directory contains work-in-progress documentation supporting the review.", true},
		{"gtr_draft", "This is not a draft.", false},
		{"gtr_draft", "This is no longer a draft.", false},
		{"gtr_draft", "This is done by creating a draft release in GitHub.", false},
		{"gtr_draft", "This is handled by the draft security advisory process.", false},
		{"audit_performed", "A third party security audit was performed in December 2019 by Trail of Bits.", true},
		{"audit_performed", "A third party security firm (Cure53) completed a security audit of Quarry in February 2021.", true},
		{"audit_performed", "A security audit can be performed if requested by a user.", false},
		{"audit_performed", "Security audits are done when requested by the TOC.", false},
		{"audit_performed", "An external security firm has not yet completed a security audit of Quarry.", false},
		{"audit_performed", "An external security firm will have completed a security audit by 2027.", false},
		{"emeritus", "Maintainers who step down become emeritus maintainers.", true},
		{"emeritus", "Emeritus", false},
		{"subprojects", "The following subprojects are part of Quarry.", true},
		{"subprojects", "Quarry has several SIGs.", false},
		{"subprojects", "Our subprojects are:", true},
		{"subprojects", "Our subprojects are the CLI, the operator and the dashboard.", true},
		{"subprojects", "Subprojects are listed in the community repository.", false}, // a pointer: the list is there
		{"subprojects", "Subprojects are listed below.", true},
		{"subprojects", "Active Subprojects are listed here.", false},
		{"subprojects", "Subprojects are governed by all maintainers, but may take on additional subproject maintainers.", false},
		{"subprojects", "Our subprojects are governed by the steering committee.", false},
		{"roadmap_changes", "The roadmap is reviewed and updated every quarter by the maintainers.", true},
		{"roadmap_kept", "GitHub milestones are used by maintainers to manage each release.", true},
		{"roadmap_kept", "Each triaged issue is added to a Milestone.", true},
		{"roadmap_kept", "Review of the 1.4.0 milestone.", false},
		{"roadmap_kept", "Roadmap items are tracked in the subproject repositories, release issues, milestones, and release notes.", false},
		{"roadmap_changes", "Our roadmap lists the next features.", false},
		{"subproject_leadership", "Each subproject is led by two subproject leads.", true},
		{"subproject_changes", "The Technical Leads of the SIG establish new subprojects and decommission existing subprojects.", true},
		{"subproject_maturity", "Each subproject has a maturity level: sandbox, incubating or graduated.", true},
		{"subproject_contribution", "Contributions to a subproject follow the contributing guide.", true},
		{"subproject_maturity", "Each subproject is led by two subproject leads.", false},
		{"roadmap_changes", "This roadmap will continue to be updated as our priorities evolve.", false},
		{"roadmap_changes", "Roadmap changes are discussed in weekly maintainer meetings.", true},
		{"roadmap_changes", "To propose changes to the roadmap, open an issue.", true},
		{"roadmap_changes", "Features beyond the next release go through an RFC; accepted RFCs join the roadmap.", true},
		{"roadmap_changes", "Quarry Development Meeting (Releases, roadmap/features/RFC planning and discussion, issue triage/discussion, etc)", false},
		{"roadmap_changes", "Please open an issue to track any initiative on the roadmap of Quarry.", false},
		{"roadmap_changes", "Add the `area/roadmap` label to any open issue or PR. The automation will:", true},
		{"roadmap_changes", "Issues are tagged with the `roadmap` label when at least one maintainer has declared intent to work on them.", true},
		{"roadmap_changes", "Issues tagged with the `roadmap` label are high level roadmap items.", false},
		{"roadmap_changes", "The maintainer team updates the roadmap on an as needed basis, in response to demand.", true},
		{"roadmap_changes", "Treat this document as a starting point and open an issue about why you deviated.", false},
		{"roadmap_changes", "The roadmap is updated as issues are closed.", false},
		{"roadmap_changes", "For larger changes that require more planning and discussion, creating a QEP (Quarry Enhancement Proposal) might be required.", false},
		{"roadmap_changes", "Enhancement proposals accepted by the maintainers are added to the roadmap.", true},
		{"roadmap_changes", "Roadmap priorities and direction are iteratively refined during regular community meetings.", true},
		{"roadmap_changes", "Roadmap maintenance is performed by the Quarry Org Owners in collaboration with subproject maintainers.", true},
		{"security_private_reporting", "Please report vulnerabilities privately to security@quarry.example.", true},
		{"security_private_reporting", "Security is important to us.", false},
		{"security_response", "The security team acknowledges every report within 3 business days.", true},
		{"security_response", "Security matters.", false},
		{"security_response", "The Committee complements existing governance structures (maintainers, working groups, SIGs, codeowners, issue triage).", false},
		{"security_response", "Maintainers triage the reported vulnerability and confirm it.", true},
		{"security_response", "The maintainers will diagnose the severity of the issue and determine how to address it.", true},
		{"security_roles", "The maintainers will diagnose the severity of the issue and determine how to address it.", false},
		{"security_response", "Run the linter to diagnose build failures.", false},
		{"security_response", "Maintainers triage reported issues and review pull requests.", false},
		{"security_roles", "Maintainers triage reported issues and review pull requests.", false},
		{"security_response", "The reporter(s) can expect a response within 24 hours acknowledging the issue was received.", true},
		{"security_response", "Once a committer has confirmed the relevance of the report, a draft security advisory will be created.", true},
		{"security_response", "The project security team will send an initial response to the disclosure in 3-5 days.", true},
		{"security_response", "Once a vulnerability is confirmed, the fix is released in 7 to 28 days.", true},
		{"security_response", "The build takes 3 hours.", false},
		{"security_response", "A response to a pull request is expected within 24 hours.", false},
		{"security_response", "We acknowledge vulnerability reports within 3 days.", true},
		{"security_roles", "The security response team consists of three maintainers.", true},
		{"security_roles", "Reports are triaged by the security team.", false},
		{"role_onboarding", "Once accepted, the member's name, affiliation and term start date shall be added to the public Committee roster.", true},
		{"role_onboarding", "Triage member is added to the Thanos project with Triage access.", true},
		{"role_onboarding", "New members serve a three month rotation in the Associate role, shadowing the team.", true},
		{"role_onboarding", "Members of the governing board will be given access to these resources.", true},
		{"role_onboarding", "The maintainers remain responsible for code merges, release management and contributor onboarding.", false},
		{"role_onboarding", "Steering committee members serve terms of two years.", false},
		{"role_onboarding", "Fix the bug and add it to the changelog.", false},
		{"role_onboarding", "Maintainers will be added to the GitHub organization and to the Maintainers team.", false},
		{"role_onboarding", "Once all onboarding steps are completed, your company will be listed in the Adopter Group.", false},
		{"role_onboarding", "Once approved by the maintainers, the new steering committee member is added to the steering mailing list.", true},
		{"role_onboarding", "Once sponsored, create a PR to add your name to the list of reviewers in the OWNERS file.", true},
		{"role_onboarding", "Create a PR adding yourself as a Member to the org's peribolos configuration.", true},
		{"role_onboarding", "Add your company to the ADOPTERS file as a member of the community.", false},
		{"role_onboarding", "Add your tests to the suite in the same package.", false},
		{"role_onboarding", "Members should add their topic to the agenda doc before the community meeting.", false},
		{"role_onboarding", "Add your organization to USERS.md via a pull request.", false},
		{"role_onboarding", "Add your SSH key to your GitHub account before cloning the org repositories.", false},
		{"role_onboarding", "Join the organization by adding yourself to the members list in org/members.yaml.", true},
		{"role_onboarding", "Contributors are added to the project board when they open an issue.", false},
		{"role_onboarding", "New SPIRE maintainers participate in an onboarding period for their role.", false},
		{"role_onboarding", "The subset of maintainers who are subscribed to the security team address form the taskforce.", false},
		{"security_roles", "The information that members receive on the distributors list must not be shared without approval from the Security Team.", false},
		{"security_roles", "A scaler maintainer must be assigned and will be tagged for bug reports.", false},
		{"security_roles", "The Product Security Committee (PSC) responsible for organizing the entire response.", true},
		{"security_roles", "The Maintainers will appoint a Security Response Team to handle security reports.", true},
		{"security_roles", "Reports go to the members of the security response committee.", true},
		{"security_roles", "Defined below are the security contacts for this repo.", false},
		{"security_roles", "Only the active maintainers and Quarry security group members will receive the reported security vulnerabilities.", true},
		{"security_roles", "Please email our security contacts.", false},
		{"security_roles", "A coordinator is assigned to each reported security issue from the maintainers team.", true},
		{"security_roles", "The security team is made up of maintainers who have release permissions.", true},
		{"security_roles", "Security advisors are individuals trusted by maintainers and representative of the community.", false},
		{"security_roles", "A security advisor is an advisory role in the project responsible for helping classify security disclosures.", true},
		{"security_roles", "The maintainers are responsible for handling security reports.", true},
		{"security_response", "The Security Response Team is responsible for handling security vulnerabilities and CVEs.", false},
		{"security_response", "Reports are triaged by the security response team within three days.", true},
		{"security_response", "They are responsible for following the project's security policy and coordinating with relevant maintainers for fixes and disclosures.", false},
		{"security_roles", "Maintainers are responsible for the long-term health of the project, including reviewing PRs, stability, adoption, security, etc.", false},
		{"security_roles", "Please report vulnerabilities to security@quarry.example.", false},
		{"security_roles", "We will confirm receipt of your report.", false},
		{"security_roles", "The security team acknowledges a report within three working days.", false},
		{"security_roles", "We acknowledge vulnerability reports within 3 days.", false},
		{"security_roles", "Once a maintainer has confirmed the relevance of the report, a draft advisory is created.", false},
		{"security_roles", "All reports are thoroughly investigated by a set of community volunteers.", false},
		{"security_roles", "The project security team will send an initial response to the disclosure in 3-5 days.", false},
		{"security_response", "All reports are thoroughly investigated by the Security Team.", true},
	}
	for _, tt := range tests {
		if got := states(topic(tt.topic), normalize(tt.text)); got != tt.want {
			t.Errorf("%s states %q = %v, want %v", tt.topic, tt.text, got, tt.want)
		}
	}
	headings := []struct {
		topic, heading string
		want           bool
	}{
		{"release_expectations", "Release cadence", true},
		{"roadmap_changes", "Changes to the roadmap", true},
		{"roadmap_changes", "How to influence the project roadmap", true},
		{"roadmap_changes", "Contributing to Quarry's roadmap", true},
		{"roadmap_changes", "Changes to the Quarry roadmap", true},
		{"roadmap_changes", "Proposing a feature for the roadmap", true},
		{"roadmap_changes", "Updating the Kubeflow roadmap", true},
		{"roadmap_changes", "Product Management and Roadmap Curation", false},
		{"release_tagging", "Versioning", true},
		{"release_branch_tag_strategy", "Branching strategy", true},
		{"release_branch_tag_strategy", "Build failures when switching branches", false},
		{"release_branch_tag_strategy", "Documentation branching", false},
		{"release_branch_tag_strategy", "Branching", true},
		{"release_tag_strategy", "Create git Tags", true},
		{"release_tag_strategy", "Push the Tag", true},
		{"release_tag_strategy", "Tags and labels", false},
		{"release_support", "Supported versions", true},
		{"release_artifacts", "Release artifacts", true},
		{"release_expectations", "Release requirements", true},
		{"release_artifacts", "6. Ship new Helm chart", true},
		{"release_artifacts", "Ship it", false},
		{"release_artifacts", "Publish the blog post", false},
		{"release_security", "Patch releases", false},
		{"release_support", "Support", false},
		{"release_support", "Support policy", true},
		{"role_assignment", "Steering committee", false},
		{"role_assignment", "Steering committee elections", true},
		{"role_assignment", "Applying as a Security Team member", true},
		{"role_removal", "Removal from the Security Team", true},
		{"role_removal", "Steering committee elections", false},
		{"security_response", "Maintainer responsibilities", false},
		{"security_response", "Security response team", false},
		{"security_response", "Product Security Response Team", false},
		{"security_response", "Security response process", true},
		{"security_response", "Applying as a Security Team member", false},
		{"security_response", "Triage Team", false},
		{"security_response", "Bug report triage", false},
		{"security_response", "Vulnerability triage", true},
		{"security_response", "Vulnerability handling process", true},
		{"security_roles", "Applying as a Security Team member", true},
		{"subprojects", "Special Interest Groups (SIGs)", false},
		{"subprojects", "Current subprojects", true},
		{"roadmap_changes", "Proposed 3 Month Roadmap", false},
		{"roadmap_changes", "Roadmap Management for WG Leads", true},
		{"roadmap_changes", "Proposing roadmap items", true},
		{"roadmap_changes", "Feature request policy", false},
		{"roadmap_changes", "Enhancement proposals", false},
		{"roadmap_changes", "Roadmap, Governance, And Contributing", false},
		{"roadmap_changes", "Roadmap change process", true},
		{"roadmap_changes", "Contributing to the roadmap", true},
		{"subprojects", "Changing the status of non-core subprojects", false},
		{"subprojects", "Responsibilities of the Subproject Leads", false},
		{"subprojects", "Subproject Owners", false},
		{"subprojects", "Subprojects and their owners", true},
		{"emeritus", "Emeritus maintainers", true},
		// Removal and inactivity of people, not of things.
		{"maintainer_offboarding", "Removing a Maintainer", true},
		{"maintainer_offboarding", "Removing Inactive Member/Approver/Maintainer", true},
		{"maintainer_offboarding", "Removing a steering committee member", true},
		{"maintainer_offboarding", "Involuntary Removal or Demotion", true},
		{"maintainer_offboarding", "5. Inactivity Policy", true},
		{"maintainer_offboarding", "How member inactivity is measured", true},
		{"maintainer_offboarding", "Handling inactive maintainers", true},
		{"maintainer_offboarding", "Removing Approval Access Due to Inactivity", true},
		{"maintainer_offboarding", "Removing Repositories", false},
		{"maintainer_offboarding", "Removing Deprecated CLI Flags", false},
		{"maintainer_offboarding", "Adding or Removing Sub Projects", false},
		{"maintainer_offboarding", "Inactive Pull Requests", false},
		{"maintainer_offboarding", "Remove `apply` command", false},
		{"maintainer_offboarding", "Maintainer Removal", true},
		{"maintainer_offboarding", "Steering Committee Member Removal", true},
		{"maintainer_offboarding", "Becoming Inactive", true},
		{"maintainer_offboarding", "Removal of Deprecated Features", false},
		{"maintainer_offboarding", "Inactivity of Issues and Pull Requests", false},
		{"maintainer_offboarding", "Removing access tokens", false},
	}
	for _, tt := range headings {
		if got := topic(tt.topic).headed(normalize(tt.heading)); got != tt.want {
			t.Errorf("%s heading %q = %v, want %v", tt.topic, tt.heading, got, tt.want)
		}
	}
}

func TestParseVocabularyErrors(t *testing.T) {
	base := func() map[string]any {
		docs := map[string]any{}
		for _, l := range documentLists(&snapshot.Documents{}) {
			docs[l.kind] = map[string]any{}
		}
		return map[string]any{"documents": docs, "artifacts": map[string]any{}, "topics": map[string]any{}}
	}
	if _, err := ParseVocabulary(base()); err != nil {
		t.Fatalf("minimal vocabulary: %v", err)
	}
	tests := []struct {
		name string
		edit func(map[string]any)
		want string
	}{
		{"unknown key", func(m map[string]any) { m["documents"].(map[string]any)["roadmap"] = map[string]any{"titel": "x"} }, `documents.roadmap: unknown field "titel"`},
		{"bad pattern", func(m map[string]any) { m["documents"].(map[string]any)["roadmap"] = map[string]any{"title": "(("} }, "documents.roadmap.title"},
		{"missing kind", func(m map[string]any) { delete(m["documents"].(map[string]any), "roadmap") }, `no row for the contract's kind "roadmap"`},
		{"extra kind", func(m map[string]any) { m["documents"].(map[string]any)["blog"] = map[string]any{} }, "documents.blog: not one of the contract's document kinds"},
		{"unknown in", func(m map[string]any) {
			m["topics"] = map[string]any{"x": map[string]any{"in": []any{"website"}}}
		}, `topics.x.in: "website" is no document or artifact kind`},
		{"bad statement", func(m map[string]any) {
			m["topics"] = map[string]any{"x": map[string]any{"in": []any{"readme"}, "statements": []any{3}}}
		}, "topics.x.statements[0]: want a pattern or a list of patterns"},
		{"reference with a path", func(m map[string]any) { m["references"] = []any{"https://semver.org/"} }, `references: "https://semver.org/" is not a host name`},
		{"bad hint exclusion", func(m map[string]any) { m["hint_exclude"] = "((" }, "hint_exclude"},
		{"bad hints pattern", func(m map[string]any) {
			m["topics"] = map[string]any{"x": map[string]any{"in": []any{"readme"}, "hints": "(("}}
		}, "topics.x.hints"},
		{"unknown hint_in", func(m map[string]any) {
			m["topics"] = map[string]any{"x": map[string]any{"in": []any{"readme"}, "hints": "x", "hint_in": []any{"blog"}}}
		}, `topics.x.hint_in: "blog" is no document or artifact kind`},
		{"hint_in without hints", func(m map[string]any) {
			m["topics"] = map[string]any{"x": map[string]any{"in": []any{"readme"}, "hint_in": []any{"roadmap"}}}
		}, "topics.x.hint_in: the topic has no hints pattern"},
		{"bad example heading", func(m map[string]any) { m["example_heading"] = "((" }, "example_heading"},
		{"unknown section_in", func(m map[string]any) {
			m["documents"].(map[string]any)["roadmap"] = map[string]any{"section_in": []any{"blog"}}
		}, `roadmap.section_in: "blog" is no document or artifact kind`},
		{"section_in a README", func(m map[string]any) {
			m["documents"].(map[string]any)["roadmap"] = map[string]any{"section_in": []any{"readme"}}
		}, "roadmap.section_in: a README's sections are read by section already"},
		{"bad scope", func(m map[string]any) {
			m["documents"].(map[string]any)["roadmap"] = map[string]any{"names": map[string]any{"deep": []any{"x"}}}
		}, `documents.roadmap.names: "deep" is not root, top or anywhere`},
	}
	for _, tt := range tests {
		m := base()
		tt.edit(m)
		_, err := ParseVocabulary(m)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

// TestReference holds the reference sites to the hosts they name and those under them.
func TestReference(t *testing.T) {
	v := vocabulary(t)
	tests := []struct {
		url  string
		want bool
	}{
		{"https://semver.org/spec/v2.0.0.html", true},
		{"https://www.first.org/cvss/", true},
		{"https://contribute.cncf.io/maintainers/community/vendor-neutrality/", true},
		{"https://quarry.example/docs/releases/", false},
		{"https://semver.org.example/", false},
		{"https://github.com/semver/semver", false},
	}
	for _, tt := range tests {
		if got := v.Reference(tt.url); got != tt.want {
			t.Errorf("Reference(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

func TestCollectReadErrors(t *testing.T) {
	r := repo.NewMemory("r", map[string]string{
		"README.md":          "\x00binary",
		"CODE_OF_CONDUCT.md": "# CoC\n\nWe follow the CNCF Code of Conduct.\n",
	})
	in := []Input{{Repo: r}}
	f, err := Collect(context.Background(), in, vocabulary(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Errors) != 1 || f.Errors[0].Source != Source || !strings.Contains(f.Errors[0].Error, "read r:README.md: binary file") {
		t.Errorf("errors = %+v, want one for README.md", f.Errors)
	}
	if got := locs(f.Content.CoCCNCFReference); !reflect.DeepEqual(got, []string{"CODE_OF_CONDUCT.md:3"}) {
		t.Errorf("coc_cncf_reference = %q", got)
	}
	if f.Repos[0].Documents != 1 {
		t.Errorf("documents read = %d, want 1 (the unreadable README is not read)", f.Repos[0].Documents)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Collect(ctx, in, vocabulary(t)); err == nil {
		t.Error("Collect with a cancelled context succeeded")
	}
}

// locs renders locations compactly for comparison.
func locs(ls []snapshot.Location) []string {
	out := []string{}
	for _, l := range ls {
		s := l.Path + ":" + strconv.Itoa(l.Line)
		if l.URL != "" {
			s += " " + l.URL
		}
		out = append(out, s)
	}
	return out
}

func TestChannelKind(t *testing.T) {
	tests := []struct {
		link string
		want string
	}{
		{"https://slack.cncf.io", "slack"},
		{"https://kubernetes.slack.com/messages/virtualization", "slack"},
		{"https://slack.k8s.io/", "slack"},
		{"https://communityinviter.com/apps/cloud-native/cncf", "slack"},
		{"https://img.shields.io/badge/slack-join-blue", ""},
		{"https://groups.google.com/g/quarry-dev", "mailing_list"},
		{"https://lists.cncf.io/g/cncf-quarry", "mailing_list"},
		{"mailto:quarry-dev@googlegroups.com", "mailing_list"},
		{"mailto:quarry-dev@example.org", "mailing_list"},
		{"mailto:security@quarry.example", ""},
		{"mailto:cncf-quarry-maintainers@lists.cncf.io", ""},
		{"https://github.com/quarry-dev/quarry/discussions", "discussions"},
		{"https://github.com/orgs/quarry-dev/discussions/12", "discussions"},
		{"https://github.com/quarry-dev/quarry/issues", ""},
		{"https://discord.gg/abc", "discord"},
		{"https://matrix.to/#/#quarry:matrix.org", "matrix"},
		{"https://discuss.kubernetes.io", "forum"},
		{"https://quarry.discourse.group", "forum"},
		{"https://twitter.com/quarrydev", "x"},
		{"https://x.com/quarrydev", "x"},
		{"https://twitter.com/intent/tweet?text=x", ""},
		{"irc://irc.libera.chat/quarry", "irc"},
		{"https://example.org", ""},
	}
	for _, tt := range tests {
		if got, _ := channelKind(tt.link); got != tt.want {
			t.Errorf("channelKind(%q) = %q, want %q", tt.link, got, tt.want)
		}
	}
}

func TestLineDetectors(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) bool
		line string
		want bool
	}{
		{"cncf coc link", isCNCFCoC, "See [CNCF CoC](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).", true},
		{"cncf coc text", isCNCFCoC, "This project follows the CNCF Code of Conduct.", true},
		{"cncf coc reversed", isCNCFCoC, "We adopt the Code of Conduct of the CNCF.", true},
		{"cncf coc page", isCNCFCoC, "https://www.cncf.io/conduct/", true},
		{"own coc", isCNCFCoC, "Be kind; this code of conduct applies everywhere.", false},
		{"contributor covenant", isCNCFCoC, "Adapted from the Contributor Covenant, version 2.1.", false},
		{"governance adopts the cncf code", adoptsCNCFCoC, "Quarry follows the CNCF Code of Conduct.", true},
		{"governance links the cncf code", adoptsCNCFCoC, "See [our code](https://github.com/cncf/foundation/blob/main/code-of-conduct.md).", true},
		{"governance names the foundation", adoptsCNCFCoC, "As a CNCF project, our code of conduct is in CODE_OF_CONDUCT.md.", false},
		{"community meeting", isMeeting, "Join the weekly community meeting on Tuesdays.", true},
		{"maintainer sync", isMeeting, "The maintainers sync monthly; see the meeting notes.", true},
		{"zoom", isMeeting, "https://zoom.us/j/123456", true},
		{"an LFX zoom meeting", isMeeting, "**Zoom Call:** https://zoom-lfx.platform.linuxfoundation.org/meeting/96780898261", true},
		{"a design discussion meeting", isMeeting, "### Milestone and design discussion meetings", true},
		{"a discussion of meetings", isMeeting, "The discussion of meeting etiquette is in the handbook.", false},
		{"calendar", isMeeting, "Events are on the CNCF calendar.", true},
		{"no meeting", isMeeting, "We meet our users' needs.", false},
		{"a regular video call", isMeeting, "The Jaeger maintainers and contributors meet regularly on a video call.", true},
		{"a status meeting", isMeeting, "Project Status Meetings", true},
		{"a team meeting", isMeeting, "We have a team meeting every week on Monday at 15:30 UTC.", true},
		{"a team that calls a vote", isMeeting, "The core team calls a vote on each proposal.", false},
		{"meeting a need regularly", isMeeting, "Releases meet the requirements of every downstream user.", false},
		{"what a template may include", isMeeting, "- a working agreement for making progress, which may include weekly meetings, dedicated channels or a repository", false},
		{"a schedule beside a modal clause", isMeeting, "The community meeting is held every other Tuesday at 8am PT; working groups may hold their own meetings as needed.", true},
		{"calendar days", isMeeting, "A maintainer stepping down tells the others within 7 calendar days.", false},
		{"a calendar product", isMeeting, "Sync your jobs with Google Calendar.", false},
		{"calendar events", isMeeting, "Trigger workflows from calendar events.", false},
		{"a calendar API", isMeeting, "See the [calendar API](docs/api.md).", false},
		{"a calendar heading", isMeeting, "## Calendar", false},
		{"project calendars as assets", isMeeting, "- Controlling access to ORAS assets such as source repositories, hosting, project calendars", false},
		{"a linked calendar", isMeeting, "There's also a [Knative Calendar](./CALENDAR.MD) that has all the meetings.", true},
		{"a labelled calendar", isMeeting, "  - Calendar: https://zoom-lfx.platform.linuxfoundation.org/meetings/lima", true},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.line); got != tt.want {
			t.Errorf("%s: %q = %v, want %v", tt.name, tt.line, got, tt.want)
		}
	}
	hows := []struct{ line, want string }{
		{"Join the weekly community meeting on Tuesdays.", "schedule"},
		{"The community meeting is at 17:00.", "schedule"},
		{"The community meeting starts at 9 a.m. sharp.", "schedule"},
		{"Meetings are listed in the calendar of community meetings.", "schedule"},
		{"Maintainers send calendar invites for the community meeting.", "schedule"},
		{"Subscribe to the project calendar for the community meeting.", "schedule"},
		{"The community meeting link is on https://calendar.google.com/calendar/u/0?cid=abc", "schedule"},
		{"Community meetings are held at 16:00 UTC; agenda and notes in the doc.", "schedule"},
		{"https://zoom.us/j/123456", "record"},
		{"A weekly meeting is held to discuss development. It is open to everyone.", "record"},
		{"Join the monthly community meeting (calendar: https://calendar.example/quarry).", "schedule"},
		{"Maintainers lead community calls and help other members.", "mention"},
		{"Hosts community meetings, documentation and channels on vendor-neutral platforms.", "mention"},
		{"The community meeting is held every other Tuesday at 8am PT; working groups may hold their own meetings as needed.", "schedule"},
		{"Join the community calls to get involved.", "mention"},
		{"Community meetings are scheduled as needed.", "mention"},
		{"Every contributor is welcome at the community meeting.", "mention"},
		{"Release notes are discussed at the community meeting.", "mention"},
		{"Community meeting notes: https://docs.example/notes", "record"},
		{"Subscribe to the [community calendar](https://calendar.google.com/calendar/embed?src=x).", "schedule"},
		{"Subscribe to [the meeting feed](https://example.org/quarry.ics).", "schedule"},
		{"Community meeting notes are published within 7 calendar days.", "record"},
	}
	for _, tt := range hows {
		if got := meetingHow(meetingClauses(tt.line)); got != tt.want {
			t.Errorf("meetingHow(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestClassifyLicense(t *testing.T) {
	tests := []struct {
		name, text, spdx string
		line             int
	}{
		{"apache", "\n                                 Apache License\n                           Version 2.0, January 2004\n", "Apache-2.0", 2},
		{"mit", "MIT License\n\nCopyright (c) x\n\nPermission is hereby granted, free of charge, to any person\n", "MIT", 5},
		{"bsd3", "Redistribution and use in source and binary forms, with or without\nmodification ... Neither the name of the copyright holder\n", "BSD-3-Clause", 1},
		{"bsd2", "Redistribution and use in source and binary forms, with or without\nmodification, are permitted\n", "BSD-2-Clause", 1},
		{"mpl", "Mozilla Public License Version 2.0\n", "MPL-2.0", 1},
		{"isc", "ISC License\n\nPermission to use, copy, modify, and/or distribute this software for any\npurpose", "ISC", 3},
		{"gpl3", "                    GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n", "GPL-3.0", 1},
		{"gpl2", "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n", "GPL-2.0", 1},
		{"agpl", "GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3\n", "AGPL-3.0", 1},
		{"lgpl3", "GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n... GNU GENERAL PUBLIC LICENSE\n", "LGPL-3.0", 1},
		{"busl", "Business Source License 1.1\n", "BUSL-1.1", 1},
		{"cc-by", "Attribution 4.0 International\n", "CC-BY-4.0", 1},
		{"cc-by-sa", "Attribution-ShareAlike 4.0 International\n", "NOASSERTION", 1},
		{"apache with bundled mit", "Apache License\nVersion 2.0\n\nThird party: Permission is hereby granted, free of charge\n", "Apache-2.0", 1},
		{"unknown", "All rights reserved.\n", "NOASSERTION", 1},
		{"wrapped marker", "Permission is hereby granted,\nfree of charge, to any person\n", "MIT", 1},
	}
	for _, tt := range tests {
		spdx, line := classifyLicense(tt.text)
		if spdx != tt.spdx || line != tt.line {
			t.Errorf("%s: classifyLicense = %s line %d, want %s line %d", tt.name, spdx, line, tt.spdx, tt.line)
		}
	}
}

func TestOpenSSFBadge(t *testing.T) {
	tests := []struct {
		line string
		id   int
	}{
		{"[![OpenSSF Best Practices](https://www.bestpractices.dev/projects/3203/badge)](https://www.bestpractices.dev/projects/3203)", 3203},
		{"https://www.bestpractices.dev/en/projects/42", 42},
		{"https://bestpractices.dev/pt-BR/projects/7", 7},
		{"[![CII](https://bestpractices.coreinfrastructure.org/projects/1717/badge)]", 1717},
		{"https://bestpractices.coreinfrastructure.org/en/projects/1717", 1717},
		{"https://www.bestpractices.dev/projects", 0},
		{"https://example.org/projects/12", 0},
	}
	for _, tt := range tests {
		id, _, ok := openSSFBadge(tt.line)
		if id != tt.id || ok != (tt.id != 0) {
			t.Errorf("openSSFBadge(%q) = %d, %v; want %d", tt.line, id, ok, tt.id)
		}
	}
}

// TestVocabularyMatchesSchema: every artifact kind and topic of the vocabulary is a
// property of the snapshot schema, and the other way round, so that a misspelt fact in
// a policy is still caught by opa check --schema.
func TestVocabularyMatchesSchema(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "snapshot", "schema", "snapshot.json"))
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Definitions struct {
			Artifacts struct {
				Properties map[string]any `json:"properties"`
			} `json:"artifacts"`
			Content struct {
				Properties struct {
					Topics struct {
						Properties map[string]any `json:"properties"`
					} `json:"topics"`
				} `json:"properties"`
			} `json:"content"`
		} `json:"definitions"`
	}
	if err := json.Unmarshal(b, &schema); err != nil {
		t.Fatal(err)
	}
	v := vocabulary(t)
	var artifacts, topics []string
	for _, k := range v.Artifacts {
		artifacts = append(artifacts, k.Name)
	}
	for _, tp := range v.Topics {
		topics = append(topics, tp.Name)
	}
	keys := func(m map[string]any) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		return out
	}
	if got := keys(schema.Definitions.Artifacts.Properties); !sameSet(got, artifacts) {
		t.Errorf("schema artifacts %q, vocabulary artifacts %q", got, artifacts)
	}
	if got := keys(schema.Definitions.Content.Properties.Topics.Properties); !sameSet(got, topics) {
		t.Errorf("schema topics %q, vocabulary topics %q", got, topics)
	}
}

func TestEarlierVersions(t *testing.T) {
	files := []string{
		"site/content/docs/main/install.md", "site/content/docs/1.30/install.md", "site/content/docs/1.29/install.md",
		"docs/v1/guide.md", "docs/v2/guide.md", "docs/v10/guide.md",
		"website/versioned_docs/version-1.2/intro.md", "website/docs/intro.md",
		"api/v1/README.md", "api/v2/README.md",
		"docs/releases/v1.0.md",
	}
	old := earlierVersions(files)
	for p, want := range map[string]string{
		"site/content/docs/main/install.md":           "",
		"site/content/docs/1.30/install.md":           "site/content/docs/1.30/",
		"docs/v10/guide.md":                           "",
		"docs/v2/guide.md":                            "docs/v2/",
		"website/versioned_docs/version-1.2/intro.md": "website/versioned_docs/",
		"website/docs/intro.md":                       "",
		"api/v1/README.md":                            "",
		"docs/releases/v1.0.md":                       "",
	} {
		if got := earlierVersion(p, old); got != want {
			t.Errorf("earlierVersion(%q) = %q, want %q", p, got, want)
		}
	}
}

// TestPrefilter holds the statement patterns' prefilter to the patterns: on every line
// of the fixtures, and on the sentences below, a pattern with its prefilter matches
// exactly what the pattern alone matches.
func TestPrefilter(t *testing.T) {
	v := vocabulary(t)
	texts := []string{"releases are published every three months", "we support the last two minor versions", "SECURITY: report to security@example.org"}
	files, _ := filepath.Glob("testdata/*/*/*.md")
	more, _ := filepath.Glob("testdata/*/*/*/*.md")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	var patterns []*Pattern
	for _, topic := range v.Topics {
		patterns = append(patterns, topic.Heading, topic.Link)
		for _, all := range topic.Statements {
			patterns = append(patterns, all...)
		}
	}
	for _, k := range v.Kinds() {
		patterns = append(patterns, k.Stems, k.Exclude, k.Content, k.Title, k.Section, k.TitleExclude, k.DeepSection, k.DeepSectionExclude, k.Link)
		patterns = append(patterns, k.Paths...)
	}
	checked := 0
	for _, p := range patterns {
		if p == nil {
			continue
		}
		for _, s := range texts {
			for _, x := range []string{s, normalize(s)} {
				if got, want := p.MatchString(x), p.Regexp.MatchString(x); got != want {
					t.Errorf("%q on %q: prefiltered %v, pattern %v", p.String(), x, got, want)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no pattern checked")
	}
	if n := required(syntaxOf(t, `(?i)\b(release|ship)s? (every|each)\b`)); len(n) != 2 || n[0] != "release" || n[1] != "ship" {
		t.Errorf("required = %q, want [release ship]", n)
	}
	if n := required(syntaxOf(t, `(?i)\b(v\d+)?support`)); len(n) != 1 || n[0] != "support" {
		t.Errorf("required = %q, want [support]", n)
	}
	if n := required(syntaxOf(t, `a*|b`)); n != nil {
		t.Errorf("required = %q, want nil", n)
	}
}

func syntaxOf(t *testing.T, src string) *syntax.Regexp {
	t.Helper()
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return re.Simplify()
}

// TestCodeOnlyUnit: a paragraph or item that is one code span is a command to type,
// and states nothing.
func TestCodeOnlyUnit(t *testing.T) {
	p := parse("# Usage\n\n- `slim build --publish-port 80 your-container-image-name`\n\nImages are published to the registry with `make push`.\n", formatMarkdown)
	if len(p.units) != 2 || !p.units[0].navigation || p.units[1].navigation {
		t.Errorf("units = %+v, want the command alone as navigation", p.units)
	}
}

// FuzzSplitSentences holds splitSentences to the regular expression it replaces.
func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"", ".", ". ", "One. Two! Three? Four", "v1.2 is out.  Next.\tThen.\nEnd.", "e.g. this", "..  .", "a.\r\nb", "Why?\x0bNo."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := slices.Collect(splitSentences(s)), sentenceEndRe.Split(s, -1); !slices.Equal(got, want) {
			t.Errorf("splitSentences(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzMayMeet holds the prefilter to the patterns it spares: a line any of them matches
// has one of the meeting words.
func FuzzMayMeet(f *testing.F) {
	for _, s := range []string{"Community meetings are held weekly.", "Office Hours", "[Quarry Calendar](x)", "calendar: https://x", "zoom.us/j/1", "see x.ICS", "Office ſyncs are held", "nothing here"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if (anyMatch(meetingRes, s) || labelledCalendarRe.MatchString(s)) && !mayMeet(s) {
			t.Errorf("mayMeet(%q) = false, but a meeting pattern matches it", s)
		}
	})
}

// TestCollectNotifying holds the early word on the maintainer and governance documents
// to what the facts say in the end: the history is walked for the files found early.
func TestCollectNotifying(t *testing.T) {
	in := []Input{
		{Repo: repo.NewMemory("quarry-dev/quarry", map[string]string{
			"README.md":      "# Quarry\n\nHow we work: [governance](https://github.com/quarry-dev/community/blob/main/docs/how-we-work.md).\n\n## Maintainers\n\n- Ada Byron (@ada), Acme\n",
			"MAINTAINERS.md": "# Maintainers\n\n- Bob Stone (@bob), Initech\n",
		}), URL: "https://github.com/quarry-dev/quarry"},
		{Repo: repo.NewMemory("quarry-dev/community", map[string]string{
			"GOVERNANCE.md":       "# Governance\n\nDecisions are made by lazy consensus of the maintainers.\n",
			"docs/how-we-work.md": "# How we work\n\nThe maintainers vote on changes to this document.\n",
		}), URL: "https://github.com/quarry-dev/community"},
	}
	var calls int
	var early []RepoFacts
	f, err := CollectNotifying(context.Background(), in, vocabulary(t), func(found []RepoFacts) { calls++; early = found })
	if err != nil {
		t.Fatal(err)
	}
	if calls != 1 || len(early) != len(f.Repos) {
		t.Fatalf("found called %d times with %d repositories, want once with %d", calls, len(early), len(f.Repos))
	}
	for i, rf := range f.Repos {
		if !reflect.DeepEqual(early[i].Maintainers, rf.Maintainers) || !reflect.DeepEqual(early[i].Governance, rf.Governance) {
			t.Errorf("repository %d: found maintainers %v and governance %v early, %v and %v in the end", i, early[i].Maintainers, early[i].Governance, rf.Maintainers, rf.Governance)
		}
	}
	if len(f.Repos[0].Maintainers) != 2 || len(f.Repos[1].Governance) != 2 {
		t.Errorf("maintainers %v, governance %v: want the file and the section, and both governance documents", f.Repos[0].Maintainers, f.Repos[1].Governance)
	}
}

// FuzzNormalize holds normalize's shortcut (the numbering pattern runs only on a string
// that opens with a digit or a roman numeral's letter) to the pattern run on every
// string.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"3.2 Code-of-Conduct:", "iv. Voting", "xi Notes", "  1) Releases", "Vendor-neutral", "i.e. this", "v1.2 release", ""} {
		f.Add(s)
	}
	every := func(s string) string {
		s = strings.ToLower(s)
		s = strings.ReplaceAll(s, "'", "")
		s = strings.ReplaceAll(s, "\u2019", "")
		s = numberingRe.ReplaceAllString(strings.TrimSpace(s), "")
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalize(s), every(s); got != want {
			t.Errorf("normalize(%q) = %q, want %q", s, got, want)
		}
	})
}
