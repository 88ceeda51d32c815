// Package documents finds a repository's project documents, review artifacts, licences
// and OpenSSF badge, and records what those documents say, each fact with the file and
// line it was read from. It records facts; the policies judge them.
package documents

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// Source is the collection-error source of the facts this package collects.
const Source = "documents"

// Facts are what the detectors found in one repository, or merged over several.
type Facts struct {
	Documents snapshot.Documents
	Artifacts snapshot.Artifacts
	Content   snapshot.Content // Topics is never nil
	Licenses  []snapshot.License
	// OpenSSF is the first OpenSSF Best Practices badge in a root README, nil when none.
	OpenSSF *snapshot.OpenSSF
	// Errors are the files that could not be read: the facts they hold are missing.
	Errors []snapshot.CollectionError
}

// NewFacts returns facts with every list empty, not nil.
func NewFacts() *Facts {
	f := &Facts{}
	for _, l := range documentLists(&f.Documents) {
		*l.list = []snapshot.Location{}
	}
	for _, l := range artifactLists(&f.Artifacts) {
		*l.list = []snapshot.Location{}
	}
	f.Content = snapshot.Content{
		CoCCNCFReference: []snapshot.Location{},
		CoCLinks:         []snapshot.Location{},
		Channels:         []snapshot.Channel{},
		Meetings:         []snapshot.Location{},
		Topics:           &snapshot.Topics{},
	}
	for _, l := range topicLists(f.Content.Topics) {
		*l.list = []snapshot.Location{}
	}
	f.Licenses = []snapshot.License{}
	f.Errors = []snapshot.CollectionError{}
	return f
}

// kindList ties a snapshot key to the list that holds its locations.
type kindList struct {
	kind string
	list *[]snapshot.Location
}

func documentLists(d *snapshot.Documents) []kindList {
	return []kindList{
		{KindGovernance, &d.Governance},
		{KindMaintainers, &d.Maintainers},
		{KindSecurityPolicy, &d.SecurityPolicy},
		{KindCodeOfConduct, &d.CodeOfConduct},
		{KindContributing, &d.Contributing},
		{KindAdopters, &d.Adopters},
		{KindRoadmap, &d.Roadmap},
		{KindReleaseProcess, &d.ReleaseProcess},
		{KindChangelog, &d.Changelog},
		{KindLicense, &d.License},
	}
}

func artifactLists(a *snapshot.Artifacts) []kindList {
	return []kindList{
		{ArtifactGTR, &a.GTR},
		{ArtifactGovernanceReview, &a.GovernanceReview},
		{ArtifactSecuritySelfAssessment, &a.SecuritySelfAssessment},
		{ArtifactJointAssessment, &a.JointAssessment},
		{ArtifactSecurityAudit, &a.SecurityAudit},
		{ArtifactArchitecture, &a.Architecture},
		{ArtifactContributorLadder, &a.ContributorLadder},
		{ArtifactIssueTemplates, &a.IssueTemplates},
		{ArtifactIntegrations, &a.Integrations},
		{ArtifactSubprojects, &a.Subprojects},
	}
}

func topicLists(t *snapshot.Topics) []kindList {
	return []kindList{
		{"decision_making", &t.DecisionMaking},
		{"cncf_requests", &t.CNCFRequests},
		{"governance_changes", &t.GovernanceChanges},
		{"vendor_neutrality", &t.VendorNeutrality},
		{"role_assignment", &t.RoleAssignment},
		{"maintainer_onboarding", &t.MaintainerOnboarding},
		{"maintainer_offboarding", &t.MaintainerOffboarding},
		{"emeritus", &t.Emeritus},
		{"subprojects", &t.Subprojects},
		{"contributor_roles", &t.ContributorRoles},
		{"roadmap_changes", &t.RoadmapChanges},
		{"security_private_reporting", &t.SecurityPrivateReporting},
		{"security_response", &t.SecurityResponse},
		{"security_embargo", &t.SecurityEmbargo},
		{"release_expectations", &t.ReleaseExpectations},
		{"release_tagging", &t.ReleaseTagging},
		{"release_branch_tag_strategy", &t.ReleaseBranchTagStrategy},
		{"release_support", &t.ReleaseSupport},
		{"release_artifacts", &t.ReleaseArtifacts},
	}
}

func listOf(lists []kindList, kind string) *[]snapshot.Location {
	for _, l := range lists {
		if l.kind == kind {
			return l.list
		}
	}
	panic("documents: unknown kind " + kind) // a programming error: kinds are constants
}

// reader reads the files the detectors need, each once, and records those it cannot read.
type reader struct {
	r     repo.Repo
	cache map[string]string
	errs  []snapshot.CollectionError
}

// text returns a file's content; ok is false (and an error is recorded) when it cannot be
// read. Only a cancelled context is returned as an error.
func (rd *reader) text(ctx context.Context, p string) (string, bool, error) {
	if s, ok := rd.cache[p]; ok {
		return s, true, nil
	}
	b, err := rd.r.ReadFile(ctx, p)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return "", false, ctxErr
		}
		rd.errs = append(rd.errs, snapshot.CollectionError{
			Source: Source,
			Error:  fmt.Sprintf("read %s:%s: %v", rd.r.Name(), p, unwrapPath(err, p)),
		})
		rd.cache[p] = ""
		return "", false, nil
	}
	s := string(b)
	rd.cache[p] = s
	return s, true, nil
}

// unwrapPath drops a leading "read <path>: " the repository already put on err, so the
// message names the file once.
func unwrapPath(err error, p string) string {
	return strings.TrimPrefix(err.Error(), "read "+p+": ")
}

// Collect runs every detector over one repository. It fails only when the repository's
// file list cannot be read or ctx ends; a file that cannot be read becomes an entry in
// Facts.Errors and the detectors go on without it.
func Collect(ctx context.Context, r repo.Repo) (*Facts, error) {
	files, err := r.Files(ctx)
	if err != nil {
		return nil, fmt.Errorf("list files of %s: %w", r.Name(), err)
	}
	f := NewFacts()
	rd := &reader{r: r, cache: map[string]string{}}
	name := r.Name()
	loc := func(p string, line int) snapshot.Location {
		return snapshot.Location{Repo: name, Path: p, Line: line}
	}

	// Files by kind, in path order (Files is sorted).
	byKind := map[string][]string{}
	var readmes, community, support []string
	docs := documentLists(&f.Documents)
	arts := artifactLists(&f.Artifacts)
	for _, p := range files {
		if k, ok := DocumentKind(p); ok {
			byKind[k] = append(byKind[k], p)
			*listOf(docs, k) = append(*listOf(docs, k), loc(p, 1))
		}
		for _, k := range ArtifactKinds(p) {
			byKind[k] = append(byKind[k], p)
			*listOf(arts, k) = append(*listOf(arts, k), loc(p, 1))
		}
		switch {
		case isReadme(p):
			readmes = append(readmes, p)
		case rootDoc(p, "community"):
			community = append(community, p)
		case rootDoc(p, "support"):
			support = append(support, p)
		}
	}

	// README references: weaker evidence, after the files.
	for _, p := range readmes {
		s, ok, err := rd.text(ctx, p)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		for _, h := range headings(s, formatOf(p)) {
			if h.level > 3 {
				continue
			}
			if k, ok := readmeHeadingKind(h.norm); ok {
				*listOf(docs, k) = append(*listOf(docs, k), loc(p+"#"+h.text, h.line))
			}
		}
		ls := markdown.Lines(s)
		prose := proseLines(ls)
		seen := map[string]bool{}
		for i, l := range ls {
			if !prose[i] {
				continue
			}
			for _, target := range links(l) {
				k, ok := linkKind(target)
				if !ok {
					continue
				}
				if key := fmt.Sprint(k, i, target); !seen[key] {
					seen[key] = true
					lc := loc(p, i+1)
					lc.URL = target
					*listOf(docs, k) = append(*listOf(docs, k), lc)
				}
			}
		}
	}

	for _, l := range docs {
		*l.list = filesFirst(*l.list, true)
	}

	// scan calls fn for each prose line of each file.
	scan := func(paths []string, fn func(p string, line int, text string)) error {
		for _, p := range paths {
			s, ok, err := rd.text(ctx, p)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			ls := markdown.Lines(s)
			prose := proseLines(ls)
			for i, l := range ls {
				if prose[i] || formatOf(p) == formatNone {
					fn(p, i+1, l)
				}
			}
		}
		return nil
	}
	// join lists the files of several groups once each, in group order: the README first.
	join := func(groups ...[]string) []string {
		var out []string
		seen := map[string]bool{}
		for _, g := range groups {
			for _, p := range g {
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
		return out
	}

	c := &f.Content
	// A README that adopts the CNCF code in place of a CODE_OF_CONDUCT file counts too.
	if err := scan(join(byKind[KindCodeOfConduct], readmes), func(p string, n int, l string) {
		if isCNCFCoC(l) {
			c.CoCCNCFReference = append(c.CoCCNCFReference, loc(p, n))
		}
	}); err != nil {
		return nil, err
	}
	if err := scan(join(readmes, byKind[KindGovernance], byKind[KindContributing]), func(p string, n int, l string) {
		if cocNameRe.MatchString(l) {
			c.CoCLinks = append(c.CoCLinks, loc(p, n))
		}
	}); err != nil {
		return nil, err
	}
	seenChannel := map[string]bool{}
	if err := scan(join(readmes, community, byKind[KindContributing], support), func(p string, n int, l string) {
		for _, u := range links(l) {
			k, ok := channelKind(u)
			if !ok || seenChannel[channelKey(k, u)] {
				continue
			}
			seenChannel[channelKey(k, u)] = true
			c.Channels = append(c.Channels, snapshot.Channel{Kind: k, URL: u, Source: loc(p, n)})
		}
	}); err != nil {
		return nil, err
	}
	if err := scan(join(readmes, community, byKind[KindContributing], byKind[KindGovernance]), func(p string, n int, l string) {
		if isMeeting(l) {
			c.Meetings = append(c.Meetings, loc(p, n))
		}
	}); err != nil {
		return nil, err
	}

	// Topics: headings of the documents that state process.
	topics := topicLists(c.Topics)
	for _, k := range []string{KindGovernance, KindMaintainers, KindContributing, ArtifactContributorLadder, KindSecurityPolicy, KindReleaseProcess, KindRoadmap} {
		for _, p := range byKind[k] {
			fm := formatOf(p)
			if fm == formatNone {
				continue
			}
			s, ok, err := rd.text(ctx, p)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			for _, h := range headings(s, fm) {
				for _, t := range headingTopics(k, h.norm) {
					*listOf(topics, t) = append(*listOf(topics, t), loc(p, h.line))
				}
			}
		}
	}
	for _, t := range topics {
		*t.list = sortLocations(*t.list)
	}

	for _, p := range byKind[KindLicense] {
		s, ok, err := rd.text(ctx, p)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		spdx, line := classifyLicense(s)
		f.Licenses = append(f.Licenses, snapshot.License{SPDX: spdx, Repo: name, Path: p, Line: line})
	}

	if err := scan(readmes, func(p string, n int, l string) {
		if f.OpenSSF != nil {
			return
		}
		if id, link, ok := openSSFBadge(l); ok {
			src := loc(p, n)
			src.URL = link
			f.OpenSSF = &snapshot.OpenSSF{ProjectID: id, Source: &src}
		}
	}); err != nil {
		return nil, err
	}

	f.Errors = append(f.Errors, rd.errs...)
	return f, nil
}

// channelKey is what makes two channel links the same channel.
func channelKey(kind, u string) string {
	return kind + " " + strings.TrimSuffix(strings.ToLower(u), "/")
}

// IsReference reports whether a document location is a README reference (a section or a
// link) rather than the document's own file.
func IsReference(l snapshot.Location) bool {
	return l.URL != "" || strings.Contains(l.Path, "#")
}

// sortLocations orders locations by repository, path and line, dropping duplicates.
func sortLocations(ls []snapshot.Location) []snapshot.Location {
	sort.SliceStable(ls, func(i, j int) bool {
		a, b := ls[i], ls[j]
		if a.Repo != b.Repo {
			return a.Repo < b.Repo
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.URL < b.URL
	})
	out := ls[:0]
	for i, l := range ls {
		if i == 0 || l != ls[i-1] {
			out = append(out, l)
		}
	}
	return out
}

// Merge combines the facts of several repositories, in the order given: a criterion is met
// by evidence in any of them. Document files come before README references; channels are
// kept once per kind and URL; the OpenSSF badge is the first one found.
func Merge(all ...*Facts) *Facts {
	out := NewFacts()
	seenChannel := map[string]bool{}
	for _, f := range all {
		if f == nil {
			continue
		}
		for i, l := range documentLists(&f.Documents) {
			*documentLists(&out.Documents)[i].list = append(*documentLists(&out.Documents)[i].list, *l.list...)
		}
		for i, l := range artifactLists(&f.Artifacts) {
			*artifactLists(&out.Artifacts)[i].list = append(*artifactLists(&out.Artifacts)[i].list, *l.list...)
		}
		out.Content.CoCCNCFReference = append(out.Content.CoCCNCFReference, f.Content.CoCCNCFReference...)
		out.Content.CoCLinks = append(out.Content.CoCLinks, f.Content.CoCLinks...)
		out.Content.Meetings = append(out.Content.Meetings, f.Content.Meetings...)
		for _, ch := range f.Content.Channels {
			if k := channelKey(ch.Kind, ch.URL); !seenChannel[k] {
				seenChannel[k] = true
				out.Content.Channels = append(out.Content.Channels, ch)
			}
		}
		if f.Content.Topics != nil {
			for i, l := range topicLists(f.Content.Topics) {
				*topicLists(out.Content.Topics)[i].list = append(*topicLists(out.Content.Topics)[i].list, *l.list...)
			}
		}
		out.Licenses = append(out.Licenses, f.Licenses...)
		if out.OpenSSF == nil && f.OpenSSF != nil {
			o := *f.OpenSSF
			out.OpenSSF = &o
		}
		out.Errors = append(out.Errors, f.Errors...)
	}
	for _, l := range documentLists(&out.Documents) {
		*l.list = filesFirst(*l.list, false)
	}
	return out
}

// filesFirst puts document files before README references, keeping the files' order; the
// references are put in line order when sortRefs is set, else kept in theirs.
func filesFirst(ls []snapshot.Location, sortRefs bool) []snapshot.Location {
	files := []snapshot.Location{}
	var refs []snapshot.Location
	for _, x := range ls {
		if IsReference(x) {
			refs = append(refs, x)
		} else {
			files = append(files, x)
		}
	}
	if sortRefs {
		sort.SliceStable(refs, func(i, j int) bool {
			a, b := refs[i], refs[j]
			if a.Repo != b.Repo {
				return a.Repo < b.Repo
			}
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			if a.Path != b.Path {
				return a.Path < b.Path
			}
			return a.URL < b.URL
		})
	}
	return append(files, refs...)
}
