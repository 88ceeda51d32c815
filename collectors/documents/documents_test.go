package documents

import (
	"context"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

func TestDocumentKind(t *testing.T) {
	tests := []struct {
		path string
		want string // "" means not a document
	}{
		{"GOVERNANCE.md", KindGovernance},
		{"governance.MD", KindGovernance},
		{"docs/Governance.rst", KindGovernance},
		{".github/GOVERNANCE", KindGovernance},
		{"GOVERNANCE_TEMPLATE.md", ""},
		{"governance/README.md", ""},
		{"community/GOVERNANCE.md", ""},
		{"docs/governance/index.md", ""},
		{"GOVERNANCE.go", ""},
		{"MAINTAINERS.md", KindMaintainers},
		{"MAINTAINERS", KindMaintainers},
		{"MAINTAINERS.yaml", KindMaintainers},
		{"OWNERS", KindMaintainers},
		{"OWNERS.md", KindMaintainers},
		{"OWNERS_ALIASES", ""},
		{".github/CODEOWNERS", KindMaintainers},
		{"SECURITY.md", KindSecurityPolicy},
		{".github/SECURITY.md", KindSecurityPolicy},
		{"SECURITY_CONTACTS", KindSecurityPolicy},
		{"docs/SECURITY-considerations.md", ""},
		{"pkg/security.go", ""},
		{"CODE_OF_CONDUCT.md", KindCodeOfConduct},
		{"code-of-conduct.md", KindCodeOfConduct},
		{"CONTRIBUTING.md", KindContributing},
		{"docs/CONTRIBUTING.adoc", KindContributing},
		{"CONTRIBUTORS.md", ""},
		{"ADOPTERS.md", KindAdopters},
		{"USERS.md", KindAdopters},
		{"docs/users.md", ""},
		{".github/USERS.md", ""},
		{"docs/ADOPTERS.md", KindAdopters},
		{"users.go", ""},
		{"users.yaml", ""},
		{"pkg/users/users.go", ""},
		{"ROADMAP.md", KindRoadmap},
		{"docs/roadmap.md", KindRoadmap},
		{"roadmap.go", ""},
		{"docs/roadmap/README.md", ""},
		{"RELEASES.md", KindReleaseProcess},
		{"RELEASE.md", KindReleaseProcess},
		{"RELEASING.md", KindReleaseProcess},
		{"release-process.md", KindReleaseProcess},
		{"docs/release-cycle.md", KindReleaseProcess},
		{"docs/release-notes.md", KindChangelog},
		{"docs/design/release.md", ""},
		{"CHANGELOG.md", KindChangelog},
		{"CHANGES", KindChangelog},
		{"HISTORY.rst", KindChangelog},
		{"NEWS", KindChangelog},
		{"RELEASE_NOTES.md", KindChangelog},
		{"LICENSE", KindLicense},
		{"LICENCE.txt", KindLicense},
		{"COPYING", KindLicense},
		{"LICENSE-APACHE", KindLicense},
		{"LICENSE-MIT", KindLicense},
		{"LICENSE_TEMPLATE", ""},
		{"license.go", ""},
		{"vendor/x/LICENSE", ""},
		{"README.md", ""},
	}
	for _, tt := range tests {
		got, ok := DocumentKind(tt.path)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("DocumentKind(%q) = %q, %v; want %q", tt.path, got, ok, tt.want)
		}
	}
}

func TestArtifactKinds(t *testing.T) {
	tests := []struct {
		path string
		want []string
	}{
		{"docs/general-technical-review.md", []string{ArtifactGTR}},
		{"GENERAL_TECHNICAL_REVIEW_incubation.md", []string{ArtifactGTR}},
		{"tech-review/2025-06-30.md", []string{ArtifactGTR}},
		{"tech-review/notes.md", nil},
		{"governance-review.md", []string{ArtifactGovernanceReview}},
		{"docs/governance-review/2025.md", []string{ArtifactGovernanceReview}},
		{"docs/security/self-assessment.md", []string{ArtifactSecuritySelfAssessment}},
		{"SECURITY_SELF_ASSESSMENT.md", []string{ArtifactSecuritySelfAssessment}},
		{"security/quarry-self-assessment.md", []string{ArtifactSecuritySelfAssessment}},
		{"myself-assessment.md", nil},
		{"docs/joint-assessment.md", []string{ArtifactJointAssessment}},
		{"docs/security-audit-2024.pdf", []string{ArtifactSecurityAudit}},
		{"SECURITY_AUDIT.md", []string{ArtifactSecurityAudit}},
		{"security/ADA-quarry-audit-2023.pdf", []string{ArtifactSecurityAudit}},
		{"docs/security/audit/report.pdf", []string{ArtifactSecurityAudit}},
		{"docs/audit-logging.md", nil},
		{"docs/auditing.md", nil},
		{"docs/audit-policy.md", nil},
		{"pkg/audit/audit.md", nil},
		{"audit.go", nil},
		{"docs/architecture.md", []string{ArtifactArchitecture}},
		{"ARCHITECTURE.md", []string{ArtifactArchitecture}},
		{"pkg/scheduler/architecture.rst", []string{ArtifactArchitecture}},
		{"architecture_test.go", nil},
		{"docs/design.md", []string{ArtifactArchitecture}},
		{"docs/design-proposals/queues.md", []string{ArtifactArchitecture}},
		{"docs/designer.png", nil},
		{"vendor/x/ARCHITECTURE.md", nil},
		{"pkg/testdata/ARCHITECTURE.md", nil},
		{"CONTRIBUTOR_LADDER.md", []string{ArtifactContributorLadder}},
		{"docs/contributor-ladder.md", []string{ArtifactContributorLadder}},
		{"community-membership.md", []string{ArtifactContributorLadder}},
		{"membership_policy.md", []string{ArtifactContributorLadder}},
		{".github/ISSUE_TEMPLATE/bug.yml", []string{ArtifactIssueTemplates}},
		{".github/PULL_REQUEST_TEMPLATE.md", []string{ArtifactIssueTemplates}},
		{"docs/ISSUE_TEMPLATE/bug.md", nil},
		{"INTEGRATIONS.md", []string{ArtifactIntegrations}},
		{"integrations.go", nil},
		{"sigs.yaml", []string{ArtifactSubprojects}},
		{"sig-list.md", []string{ArtifactSubprojects}},
		{"SUBPROJECTS.md", []string{ArtifactSubprojects}},
		{"subprojects.yaml", []string{ArtifactSubprojects}},
		{"README.md", nil},
	}
	for _, tt := range tests {
		if got := ArtifactKinds(tt.path); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ArtifactKinds(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestReadmeHeadingKind(t *testing.T) {
	tests := []struct {
		heading string
		want    string
	}{
		{"## Governance", KindGovernance},
		{"## Project governance", KindGovernance},
		{"## 📜 Governance:", KindGovernance},
		{"## Using the governance API", ""},
		{"## Governance API", ""},
		{"## Code of Conduct", KindCodeOfConduct},
		{"## Code-of-Conduct", KindCodeOfConduct},
		{"## Security", KindSecurityPolicy},
		{"## Reporting security issues", KindSecurityPolicy},
		{"## Reporting a Vulnerability", KindSecurityPolicy},
		{"## Security considerations", ""},
		{"## Security considerations for operators", ""},
		{"## Contributing", KindContributing},
		{"## How to contribute", KindContributing},
		{"## Contributing to the docs site", ""},
		{"## Roadmap", KindRoadmap},
		{"## Adopters", KindAdopters},
		{"## Users", KindAdopters},
		{"## Who is using Quarry?", KindAdopters},
		{"## Users and groups", ""},
		{"## Maintainers", KindMaintainers},
		{"## Releases", KindReleaseProcess},
		{"## Release process", KindReleaseProcess},
		{"## Release notes for 1.2", ""},
		{"## [Governance](GOVERNANCE.md)", KindGovernance},
		{"## License", ""},
	}
	for _, tt := range tests {
		hs := headings(tt.heading+"\n", formatMarkdown)
		if len(hs) != 1 {
			t.Fatalf("headings(%q) = %v, want one", tt.heading, hs)
		}
		got, _ := readmeHeadingKind(hs[0].norm)
		if got != tt.want {
			t.Errorf("readmeHeadingKind(%q) = %q, want %q", tt.heading, got, tt.want)
		}
	}
}

func TestHeadings(t *testing.T) {
	md := "---\ntitle: x\n---\n# Title\n\nIntro\n\nSetext two\n----------\n\n```\n# not a heading\n```\n\n- item\n---\n\n#hashtag\n###### Six ######\n"
	var got []string
	for _, h := range headings(md, formatMarkdown) {
		got = append(got, h.text)
	}
	if want := []string{"Title", "Setext two", "Six"}; !reflect.DeepEqual(got, want) {
		t.Errorf("headings = %q, want %q", got, want)
	}
	rst := "Release process\n===============\n\nVersioning\n----------\n"
	got = nil
	for _, h := range headings(rst, formatRST) {
		got = append(got, h.text)
	}
	if want := []string{"Release process", "Versioning"}; !reflect.DeepEqual(got, want) {
		t.Errorf("rst headings = %q, want %q", got, want)
	}
	if hs := headings("# comment\n* @owner\n", formatOf("CODEOWNERS")); hs != nil {
		t.Errorf("CODEOWNERS comments taken for headings: %v", hs)
	}
}

func TestLinkKind(t *testing.T) {
	tests := []struct {
		target string
		want   string
	}{
		{"https://github.com/org/community/blob/main/GOVERNANCE.md", KindGovernance},
		{"./docs/SECURITY.md", KindSecurityPolicy},
		{"SECURITY.md#reporting", KindSecurityPolicy},
		{"https://github.com/org/repo/security/policy", KindSecurityPolicy},
		{"https://github.com/cncf/foundation/blob/main/code-of-conduct.md", KindCodeOfConduct},
		{"MAINTAINERS", KindMaintainers},
		{"https://github.com/org/repo/releases", ""},
		{"https://example.org/users", ""},
		{"https://example.org/news", ""},
		{"LICENSE", ""},
		{"users.go", ""},
		{"#governance", ""},
		{"mailto:governance@example.org", ""},
	}
	for _, tt := range tests {
		if got, _ := linkKind(tt.target); got != tt.want {
			t.Errorf("linkKind(%q) = %q, want %q", tt.target, got, tt.want)
		}
	}
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
		{"community meeting", isMeeting, "Join the weekly community meeting on Tuesdays.", true},
		{"maintainer sync", isMeeting, "The maintainers sync monthly; see the meeting notes.", true},
		{"zoom", isMeeting, "https://zoom.us/j/123456", true},
		{"calendar", isMeeting, "Events are on the CNCF calendar.", true},
		{"no meeting", isMeeting, "We meet our users' needs.", false},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.line); got != tt.want {
			t.Errorf("%s: %q = %v, want %v", tt.name, tt.line, got, tt.want)
		}
	}
}

func TestHeadingTopics(t *testing.T) {
	tests := []struct {
		kind    string
		heading string
		want    []string
	}{
		{KindGovernance, "Decision making", []string{"decision_making"}},
		{KindGovernance, "Voting", []string{"decision_making"}},
		{KindGovernance, "Lazy consensus", []string{"decision_making"}},
		{KindGovernance, "Requesting CNCF resources", []string{"cncf_requests"}},
		{KindGovernance, "Changes to this governance", []string{"governance_changes"}},
		{KindGovernance, "Amending the charter", []string{"governance_changes"}},
		{KindGovernance, "Vendor neutrality", []string{"vendor_neutrality"}},
		{KindGovernance, "Steering committee", []string{"role_assignment"}},
		{KindGovernance, "Becoming a maintainer", []string{"maintainer_onboarding"}},
		{KindGovernance, "Adding and removing maintainers", []string{"maintainer_onboarding", "maintainer_offboarding"}},
		{KindGovernance, "Stepping down", []string{"maintainer_offboarding"}},
		{KindGovernance, "Emeritus maintainers", []string{"emeritus"}},
		{KindGovernance, "Subprojects", []string{"subprojects"}},
		{KindGovernance, "Special Interest Groups (SIGs)", []string{"subprojects"}},
		{KindContributing, "Reviewers and approvers", []string{"contributor_roles"}},
		{KindGovernance, "Overview", nil},
		{KindRoadmap, "How to propose changes", []string{"roadmap_changes"}},
		{KindRoadmap, "2026 Q1", nil},
		{KindGovernance, "Changing the roadmap", []string{"roadmap_changes"}},
		{KindSecurityPolicy, "Reporting a vulnerability", []string{"security_private_reporting"}},
		{KindSecurityPolicy, "Security response process", []string{"security_response"}},
		{KindSecurityPolicy, "Embargo policy", []string{"security_embargo"}},
		{KindGovernance, "Reporting a vulnerability", nil},
		{KindReleaseProcess, "Release cadence", []string{"release_expectations"}},
		{KindReleaseProcess, "Versioning", []string{"release_tagging"}},
		{KindReleaseProcess, "Branching strategy", []string{"release_branch_tag_strategy"}},
		{KindReleaseProcess, "Supported versions", []string{"release_support"}},
		{KindReleaseProcess, "Version numbers", []string{"release_tagging"}},
		{KindReleaseProcess, "Release artifacts", []string{"release_artifacts"}},
		{KindSecurityPolicy, "Supported versions", nil},
		{KindGovernance, "Release cadence", nil},
	}
	for _, tt := range tests {
		if got := headingTopics(tt.kind, normalize(tt.heading)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("headingTopics(%s, %q) = %q, want %q", tt.kind, tt.heading, got, tt.want)
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

// TestCollectDecoys runs the whole detector over a repository of decoys: nothing in it
// is one of the project's documents.
func TestCollectDecoys(t *testing.T) {
	r := repo.NewMemory("decoys", map[string]string{
		"README.md": "# Tool\n\n## Security considerations\n\n## Using the governance API\n\n" +
			"## Users and groups\n\nSee the [releases](https://github.com/o/r/releases) and [users](https://example.org/users).\n\n" +
			"```\n## Governance\n[x](GOVERNANCE.md)\n```\n",
		"governance/README.md":         "# Governance\n",
		"users.go":                     "package tool\n",
		"roadmap.go":                   "package tool\n",
		"GOVERNANCE_TEMPLATE.md":       "# Governance\n",
		"docs/security/considerations": "# Security\n",
		"vendor/x/GOVERNANCE.md":       "# Governance\n",
		"docs/audit-logging.md":        "# Audit logs\n",
	})
	f, err := Collect(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range documentLists(&f.Documents) {
		if len(*l.list) != 0 {
			t.Errorf("documents.%s = %q, want none", l.kind, locs(*l.list))
		}
	}
	for _, l := range artifactLists(&f.Artifacts) {
		if len(*l.list) != 0 {
			t.Errorf("artifacts.%s = %q, want none", l.kind, locs(*l.list))
		}
	}
	if f.OpenSSF != nil || len(f.Licenses) != 0 || len(f.Errors) != 0 {
		t.Errorf("unexpected facts: %+v %+v %+v", f.OpenSSF, f.Licenses, f.Errors)
	}
}

func TestCollectReadmeFallback(t *testing.T) {
	r := repo.NewMemory("r", map[string]string{
		"SECURITY.md": "# Security\n\n## Reporting a vulnerability\n",
		"README.md": "# Tool\n\n## Security\n\nSee [policy](SECURITY.md) and [governance](https://github.com/o/community/blob/main/GOVERNANCE.md).\n\n" +
			"Governance\n----------\n\n#### Roadmap\n",
	})
	f, err := Collect(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind string
		got  []snapshot.Location
		want []string
	}{
		{KindSecurityPolicy, f.Documents.SecurityPolicy, []string{"SECURITY.md:1", "README.md#Security:3", "README.md:5 SECURITY.md"}},
		{KindGovernance, f.Documents.Governance, []string{"README.md:5 https://github.com/o/community/blob/main/GOVERNANCE.md", "README.md#Governance:7"}},
		{KindRoadmap, f.Documents.Roadmap, []string{}}, // a level-4 heading is not a README section of its own
	}
	for _, tt := range tests {
		if got := locs(tt.got); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("documents.%s = %q, want %q", tt.kind, got, tt.want)
		}
	}
	if got := locs(f.Content.Topics.SecurityPrivateReporting); !reflect.DeepEqual(got, []string{"SECURITY.md:3"}) {
		t.Errorf("security_private_reporting = %q", got)
	}
}

func TestCollectReadErrors(t *testing.T) {
	r := repo.NewMemory("r", map[string]string{
		"README.md":          "\x00binary",
		"CODE_OF_CONDUCT.md": "# CoC\n\nWe follow the CNCF Code of Conduct.\n",
	})
	f, err := Collect(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Errors) != 1 || f.Errors[0].Source != Source || !strings.Contains(f.Errors[0].Error, "read r:README.md: binary file") {
		t.Errorf("errors = %+v, want one for README.md", f.Errors)
	}
	if got := locs(f.Content.CoCCNCFReference); !reflect.DeepEqual(got, []string{"CODE_OF_CONDUCT.md:3"}) {
		t.Errorf("coc_cncf_reference = %q", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Collect(ctx, r); err == nil {
		t.Error("Collect with a cancelled context succeeded")
	}
}

func TestMerge(t *testing.T) {
	a := NewFacts()
	a.Documents.Governance = []snapshot.Location{{Repo: "a", Path: "README.md#Governance", Line: 3}}
	a.Content.Channels = []snapshot.Channel{{Kind: "slack", URL: "https://slack.cncf.io", Source: snapshot.Location{Repo: "a", Path: "README.md", Line: 1}}}
	b := NewFacts()
	b.Documents.Governance = []snapshot.Location{{Repo: "b", Path: "GOVERNANCE.md", Line: 1}}
	b.Content.Channels = []snapshot.Channel{{Kind: "slack", URL: "https://slack.cncf.io/", Source: snapshot.Location{Repo: "b", Path: "README.md", Line: 2}}}
	b.OpenSSF = &snapshot.OpenSSF{ProjectID: 1}
	m := Merge(a, b)
	if got, want := locs(m.Documents.Governance), []string{"GOVERNANCE.md:1", "README.md#Governance:3"}; !reflect.DeepEqual(got, want) {
		t.Errorf("governance = %q, want %q", got, want)
	}
	if len(m.Content.Channels) != 1 || m.Content.Channels[0].Source.Repo != "a" {
		t.Errorf("channels = %+v, want the first one only", m.Content.Channels)
	}
	if m.OpenSSF == nil || m.OpenSSF.ProjectID != 1 {
		t.Errorf("openssf = %+v", m.OpenSSF)
	}
	if m.Documents.Roadmap == nil || m.Content.Topics.Emeritus == nil {
		t.Error("merged lists must be empty, not nil")
	}
}
