// Package documents reads a project's documents as a TOC reviewer does: every document
// of every repository given (vendored, generated and test-fixture trees apart), what
// each one is (by its name, its folder, its title, or the text of the links that point
// to it), the links between them (followed into the other repositories read, and
// recorded when they leave them), and where each topic a criterion asks about is stated
// (a heading, a sentence, a link's text). The vocabulary it reads with is data beside
// the policies. It records facts, each with the file and line it was read from; the
// policies judge them.
package documents

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/internal/parallel"
	"github.com/graduate-dev/graduate/snapshot"
)

// Source is the collection-error source of the facts this package collects.
const Source = "documents"

// Input is one repository to read.
type Input struct {
	Repo repo.Repo
	// URL is the repository's web address, when known: links to it by URL are links
	// inside the project.
	URL string
	// Website is set for a repository that builds the project's website: its pages are
	// the project's documents, its own README, contributing guide and the like (at its
	// top and in .github/) are about building the site.
	Website bool
}

// Facts are what the reader found in the project's repositories.
type Facts struct {
	Documents snapshot.Documents
	Artifacts snapshot.Artifacts
	Content   snapshot.Content // Topics is never nil
	Licenses  []snapshot.License
	// OpenSSF is the first OpenSSF Best Practices badge in a root README, nil when none.
	OpenSSF *snapshot.OpenSSF
	// Errors are the files that could not be read: the facts they hold are missing.
	Errors []snapshot.CollectionError
	// Repos are per-repository facts, in the order given.
	Repos []RepoFacts
}

// RepoFacts are what the other collectors need from one repository's documents.
type RepoFacts struct {
	// Documents counts the documents read; Excluded are the trees left out.
	Documents int
	Excluded  []snapshot.Excluded
	// Maintainers are the maintainer documents the maintainers collector parses, files
	// that point elsewhere included (it follows their pointers itself).
	Maintainers []snapshot.Location
	// Governance and Adopters are the repository's governance and adopters documents.
	Governance []snapshot.Location
	Adopters   []snapshot.Location
}

// reader reads files, each once, and records those it cannot read.
type reader struct {
	errs []snapshot.CollectionError
}

// read returns a file's content; ok is false (and an error is recorded) when it cannot
// be read. Only a cancelled context is returned as an error.
func (rd *reader) read(ctx context.Context, r repo.Repo, p string) (string, bool, error) {
	s, ok, _, err := rd.readFile(ctx, r, p)
	return s, ok, err
}

// readFile is read that also says, when a file could not be read for what it is (larger
// than the reader reads, or not text), the reason a page nothing names would be left out
// for.
func (rd *reader) readFile(ctx context.Context, r repo.Repo, p string) (s string, ok bool, unread string, err error) {
	b, err := r.ReadFile(ctx, p)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return "", false, "", ctxErr
		}
		rd.errs = append(rd.errs, snapshot.CollectionError{
			Source: Source,
			Error:  fmt.Sprintf("read %s:%s: %v", r.Name(), p, strings.TrimPrefix(err.Error(), "read "+p+": ")),
		})
		switch {
		case errors.Is(err, repo.ErrTooLarge):
			unread = tooLargeReason
		case errors.Is(err, repo.ErrBinary):
			unread = binaryReason
		}
		return "", false, unread, nil
	}
	return string(b), true, "", nil
}

// assessmentStageRe matches the line of a self-assessment that states its stage: the
// template's "| Assessment Stage | Incomplete |" row, or "Assessment Stage: Complete".
var assessmentStageRe = regexp.MustCompile(`(?i)^\s*\|?\s*[*_]*assessment stage[*_]*\s*[|:]\s*([^|]*?)\s*\|?\s*$`)

// Collect reads every repository's documents with the vocabulary. It fails only when a
// repository's file list cannot be read or ctx ends; a file that cannot be read becomes
// an entry in Facts.Errors and the reader goes on without it.
func Collect(ctx context.Context, inputs []Input, v *Vocabulary) (*Facts, error) {
	return CollectNotifying(ctx, inputs, v, nil)
}

// CollectNotifying is Collect, and calls found, when it is not nil, with each
// repository's maintainer and governance documents (RepoFacts.Maintainers and
// Governance, as Facts.Repos will hold them) as soon as the links have said which
// documents those are, before the topics and lines are read: the history of those
// files can be walked meanwhile. found runs once, on the caller's goroutine, and must
// not block.
func CollectNotifying(ctx context.Context, inputs []Input, v *Vocabulary, found func([]RepoFacts)) (*Facts, error) {
	pr := &project{v: v, topics: map[string][]snapshot.Location{}, hints: map[string][]snapshot.Location{}, placeholders: map[string][]snapshot.Location{}, pointer: v.Pointer, seenOut: map[string]bool{}}
	var urls []string
	invs := make([]inventory, len(inputs))
	for i, in := range inputs {
		files, err := in.Repo.Files(ctx)
		if err != nil {
			return nil, fmt.Errorf("list files of %s: %w", in.Repo.Name(), err)
		}
		invs[i] = takeInventory(files, v, in.Website)
		pr.names = append(pr.names, in.Repo.Name())
		urls = append(urls, in.URL)
		pr.folders = append(pr.folders, invs[i].folders)
		byPath := map[string]*doc{}
		var ds []*doc
		forms := v.Kind(kindIssueTemplates)
		isForm := func(n name) bool {
			if forms == nil {
				return false
			}
			_, ok := forms.byName(n)
			return ok
		}
		for _, p := range invs[i].docs {
			d := &doc{repo: i, path: p, n: splitName(p), text: true, kinds: map[string]snapshot.Location{}}
			// A website repository's home page is the site's README: a reviewer starts
			// there, and reads its sections as a README's.
			d.readme = d.n.dir == "" && (d.n.readme() || in.Website && homePage(p))
			d.form = isForm(d.n)
			ds = append(ds, d)
			byPath[p] = d
		}
		for _, p := range slices.Concat(invs[i].named, invs[i].linkable) {
			d := &doc{repo: i, path: p, n: splitName(p), kinds: map[string]snapshot.Location{}}
			d.form = isForm(d.n)
			ds = append(ds, d)
			byPath[p] = d
		}
		sort.Slice(ds, func(a, b int) bool { return ds[a].path < ds[b].path })
		pr.docs = append(pr.docs, ds)
		pr.byPath = append(pr.byPath, byPath)
	}
	pr.rs = newResolver(pr.names, urls)
	pr.rs.indexSite(pr.docs)
	pr.classifyByName()

	// Read every document once, on every CPU: its parsed form stays for the link and
	// topic passes, its text for the line detectors of the documents they read.
	type job struct {
		d      *doc
		text   string
		err    *snapshot.CollectionError
		unread string // why a page nothing names would be left out: too large, not text
	}
	var jobs []*job
	for _, ds := range pr.docs {
		for _, d := range ds {
			if d.text || needsContent(d, v) {
				jobs = append(jobs, &job{d: d})
			}
		}
	}
	ctxErr := parallel.Each(ctx, len(jobs), func(i int) error {
		j := jobs[i]
		rd := &reader{}
		s, ok, unread, err := rd.readFile(ctx, inputs[j.d.repo].Repo, j.d.path)
		if err != nil {
			return err
		}
		if !ok {
			// A file named for a kind is still that kind's document; what it says is
			// missing, and the collection error says so.
			j.err, j.unread = &rd.errs[0], unread
			return nil
		}
		if j.d.text {
			j.d.p = parse(s, formatOf(j.d.path))
		}
		pr.classifyByTitle(j.d, s)
		if j.d.text {
			j.text = s // until the links have said what each document is
		}
		return nil
	})
	if ctxErr != nil {
		return nil, ctxErr
	}
	rd := &reader{}
	read := make([]int, len(inputs))
	var unread []*job
	for _, j := range jobs {
		switch {
		case j.err != nil && j.unread != "":
			unread = append(unread, j) // decided once the links have said what it is
		case j.err != nil:
			rd.errs = append(rd.errs, *j.err)
		case j.d.text:
			read[j.d.repo]++
		}
	}
	pr.markPlaceholders()
	pr.markPointers()
	pr.markDeferring()
	pr.findSections()
	pr.followLinks()
	pr.markLinkedPointers()
	pr.linkRepositories()
	for _, j := range unread {
		d := j.d
		if len(d.kinds) > 0 || d.readme || d.n.readme() || communityPage(d) || len(d.linkedFrom) > 0 {
			// A document of a kind, a README or a page a document links is one that
			// could not be read.
			rd.errs = append(rd.errs, *j.err)
			continue
		}
		// A page of more than a mebibyte that nothing names or links is generated or
		// holds data (cubefs's 1.2 MB kernel-client design, its figures inlined), and
		// one that is not text is a test's input (a UTF-16 sample.md): left out, with
		// its reason, as generated trees are, not a gap in what was read that would
		// leave every criterion unknown.
		invs[d.repo].excluded = append(invs[d.repo].excluded, snapshot.Excluded{Path: d.path, Reason: j.unread, Files: 1})
	}
	for i := range invs {
		slices.SortFunc(invs[i].excluded, func(a, b snapshot.Excluded) int { return strings.Compare(a.Path, b.Path) })
	}
	fileFolders := pr.fileFolders(invs)
	if found != nil {
		// (every document's kinds and the sections are final: the passes below read
		// topics and lines, and date the roadmaps)
		governance := pr.locations()[KindGovernance]
		early := make([]RepoFacts, len(invs))
		for i := range invs {
			early[i].Maintainers, early[i].Governance = pr.historyDocuments(i, governance)
		}
		found(early)
	}
	if err := pr.readTopics(ctx); err != nil {
		return nil, err
	}
	// The line detectors read the documents of the kinds they need, however those were
	// found (a code of conduct the README links as such included).
	raw := map[*doc]string{}
	for _, j := range jobs {
		if j.text != "" && keepsText(j.d) {
			raw[j.d] = j.text
		}
	}
	jobs = nil

	f := &Facts{Errors: []snapshot.CollectionError{}, Licenses: []snapshot.License{}}
	locs := pr.locations()
	for _, l := range documentLists(&f.Documents) {
		*l.list = locs[l.kind]
	}
	roadmaps, handOffs, errs := pr.markMaintained(ctx, inputs, KindRoadmap, f.Documents.Roadmap)
	f.Documents.Roadmap = roadmaps
	f.Errors = append(f.Errors, errs...)
	for _, o := range handOffs {
		pr.recordLinkOut(o) // a tracker is read as no document, so none of addLinkOut's filters
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f.Artifacts = snapshot.Artifacts{}
	for _, k := range v.Artifacts {
		ls := locs[k.Name]
		if datedKinds[k.Name] {
			for i := range ls {
				if d := pr.docAt(ls[i]); d != nil {
					ls[i].Date = reportDate(d)
				}
			}
		}
		f.Artifacts[k.Name] = ls
	}
	for i := range invs {
		for _, k := range v.Artifacts {
			for _, folder := range fileFolders[i][k.Name] {
				f.Artifacts[k.Name] = append(f.Artifacts[k.Name], snapshot.Location{Repo: pr.names[i], Path: folder, How: "folder"})
			}
		}
	}
	f.Content = snapshot.Content{
		CoCCNCFReference: []snapshot.Location{},
		CoCLinks:         []snapshot.Location{},
		Channels:         []snapshot.Channel{},
		Meetings:         []snapshot.Location{},
		Topics:           snapshot.Topics{},
	}
	for _, t := range v.Topics {
		ls := pr.topics[t.Name]
		if ls == nil {
			ls = []snapshot.Location{}
		}
		f.Content.Topics[t.Name] = ls
		if t.Hints != nil {
			if f.Content.Hints == nil {
				f.Content.Hints = snapshot.Topics{}
			}
			hs := pr.hints[t.Name]
			if hs == nil {
				hs = []snapshot.Location{}
			}
			f.Content.Hints[t.Name] = hs
		}
	}
	if len(pr.placeholders) > 0 {
		f.Content.Placeholders = pr.placeholders
	}
	if err := pr.readLines(ctx, f, raw); err != nil {
		return nil, err
	}
	f.Errors = append(f.Errors, pr.dateSchedules(ctx, inputs, raw, f.Content.Meetings)...)
	// Every link out, the channel pages readLines met included.
	f.Content.LinksOut = pr.linksOut
	if f.Content.LinksOut == nil {
		f.Content.LinksOut = []snapshot.LinkOut{}
	}
	if err := pr.siteChannels(ctx, inputs, f); err != nil {
		return nil, err
	}
	for i, inv := range invs {
		rf := RepoFacts{Documents: read[i], Excluded: inv.excluded}
		rf.Maintainers, rf.Governance = pr.historyDocuments(i, f.Documents.Governance)
		rf.Adopters = inRepo(f.Documents.Adopters, pr.names[i])
		f.Repos = append(f.Repos, rf)
	}
	f.Errors = append(f.Errors, rd.errs...)
	return f, nil
}

// needsContent reports whether a file named by extension only (not read as text) must be
// read to know whether it is of its kind (a sigs.yaml that lists subprojects).
func needsContent(d *doc, v *Vocabulary) bool {
	for k := range d.kinds {
		if kd := v.Kind(k); kd != nil && kd.Content != nil {
			return true
		}
	}
	return false
}

// communityPage reports whether d is a page on how to take part, read like a README
// for channels and meetings: COMMUNITY.md, or COMMUNICATION.md (helm's channels and
// its calendar of meetings), or a page on how to reach the project or join it
// (perses' docs/contact.md: its Slack channel and its weekly meeting; tekton's
// contact.md; spiffe's get-involved page), but not a security contact page.
func communityPage(d *doc) bool {
	switch d.n.stem {
	case "community", "communication", "communications":
		return true
	case "contact", "contact_us", "get_involved", "getting_involved", "join_us":
		return d.n.richText() && !strings.Contains(d.n.path, "security")
	case "sig_list", "wg_list", "sigs", "wgs", "working_groups":
		// The list of a project's groups gives each one's channels (kubeflow's
		// wg-list.md: "[Slack](...)", "[Mailing List](...)").
		return d.n.richText()
	}
	return false
}

// kindContributorLadder is the artifact kind of a contributor ladder.
const kindContributorLadder = "contributor_ladder"

// keepsText reports whether the line detectors (code of conduct, channels, meetings,
// licences, the OpenSSF badge) read the document, so its text is kept.
func keepsText(d *doc) bool {
	// (a document at a repository's root may turn out to be part of the contributing
	// guide or the governance that link it: its text is kept for the line detectors)
	if d.readme || communityPage(d) || (d.n.top() && d.n.stem == "support") || meetingScheduleName.MatchString(d.n.stem) || d.n.dir == "" {
		return true
	}
	for _, k := range []string{KindCodeOfConduct, KindGovernance, KindContributing, KindLicense, "security_self_assessment", kindContributorLadder} {
		if d.hasKind(k) {
			return true
		}
	}
	return false
}

// historyDocuments returns repository i's maintainer documents, as the maintainers
// collector parses them, and its governance documents of governance (every
// repository's): the files whose history is read.
func (pr *project) historyDocuments(i int, governance []snapshot.Location) (maintainers, own []snapshot.Location) {
	for _, d := range pr.docs[i] {
		// Files named for maintainers (and those that point elsewhere) only: a
		// document a link calls "maintainers" may be anything.
		if l, ok := d.kinds[KindMaintainers]; ok && (l.How == "name" || l.How == "folder") {
			maintainers = append(maintainers, l)
		} else if slices.Contains(d.pointerKinds, KindMaintainers) {
			maintainers = append(maintainers, pr.loc(d, 1))
		}
	}
	for _, s := range pr.sections {
		if s.d.repo == i && s.kind == KindMaintainers {
			maintainers = append(maintainers, s.loc)
		}
	}
	return maintainers, inRepo(governance, pr.names[i])
}

func inRepo(ls []snapshot.Location, name string) []snapshot.Location {
	var out []snapshot.Location
	for _, l := range ls {
		if l.Repo == name {
			out = append(out, l)
		}
	}
	return out
}

// docAt returns the document a location names, or nil.
func (pr *project) docAt(l snapshot.Location) *doc {
	for i, n := range pr.names {
		if n == l.Repo {
			return pr.byPath[i][l.Path]
		}
	}
	return nil
}

// readLines runs the line detectors over the documents they read: the code of
// conduct's adoption of the CNCF code, links to the code of conduct, public channels,
// meetings, licences, the OpenSSF badge and the stage a self-assessment states.
func (pr *project) readLines(ctx context.Context, f *Facts, raw map[*doc]string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c := &f.Content
	// scan calls fn for each prose line of the documents that pass keep, in repository
	// and path order. A draft its site does not publish says nothing.
	scan := func(keep func(*doc) bool, fn func(d *doc, line int, text string)) {
		for _, ds := range pr.docs {
			for _, d := range ds {
				s, ok := raw[d]
				if !ok || d.draft() || !keep(d) {
					continue
				}
				ls := markdown.Lines(s)
				prose := markdown.Prose(ls)
				none := formatOf(d.path) == formatNone
				for i, l := range ls {
					if prose[i] || none {
						fn(d, i+1, l)
					}
				}
			}
		}
	}
	is := func(kinds ...string) func(*doc) bool {
		return func(d *doc) bool {
			for _, k := range kinds {
				// A community page is read wherever it is (a website keeps it under
				// src/app/community/); a SUPPORT file only at the top.
				if k == Readme && d.readme || d.hasKind(k) || k == "community" && communityPage(d) || k == "support" && d.n.top() && d.n.stem == "support" {
					return true
				}
			}
			return false
		}
	}
	scan(is("security_self_assessment"), func(d *doc, n int, l string) {
		if m := assessmentStageRe.FindStringSubmatch(l); m != nil {
			loc := pr.loc(d, n)
			loc.How, loc.Text = "statement", strings.TrimRight(strings.TrimSpace(m[1]), ". ")
			c.AssessmentStages = append(c.AssessmentStages, loc)
		}
	})
	// The CNCF code is adopted wherever the project says so: in its code of conduct, a
	// README, or the governance and contributing documents that cross-link it (there
	// with a verb of adoption or a link to it: they name the foundation for much else).
	scan(is(KindCodeOfConduct, Readme, KindGovernance, KindContributing, kindContributorLadder), func(d *doc, n int, l string) {
		own := d.hasKind(KindCodeOfConduct) || d.readme
		if own && isCNCFCoC(l) || !own && adoptsCNCFCoC(l) {
			c.CoCCNCFReference = append(c.CoCCNCFReference, pr.loc(d, n))
		}
	})
	// The cross-links: in the READMEs, community pages, governance, contributing and
	// contributor ladder documents ("All members of the community are expected to abide
	// by the [Code of Conduct]"), and in a root document the contributing guide or the
	// governance links, read as part of them (cortex's GENAI_POLICY.md).
	linkedRoot := func(d *doc) bool {
		return d.n.dir == "" && (d.linkedFrom[KindContributing] || d.linkedFrom[KindGovernance])
	}
	cocLinked := is(Readme, KindGovernance, KindContributing, "community", kindContributorLadder)
	scan(func(d *doc) bool { return cocLinked(d) || linkedRoot(d) }, func(d *doc, n int, l string) {
		if d.hasKind(KindCodeOfConduct) || !cocNameRe.MatchString(l) {
			return
		}
		// A cross-link links: "Supporting the Code of Conduct within their subproject"
		// only names it. (The parse kept each link with its line.)
		if d.p == nil {
			return
		}
		for _, k := range d.p.links {
			// (a table of contents' "[Code of Conduct Committee](#code-of-conduct-committee)"
			// stays in the document)
			t := strings.ToLower(k.target)
			attribution := strings.Contains(t, "contributor-covenant.org") && covenantSourceRe.MatchString(l)
			if k.line == n && !attribution && !strings.HasPrefix(t, "#") && !otherCodeRe.MatchString(t) && (cocNameRe.MatchString(k.text) || strings.Contains(t, "conduct") || strings.Contains(t, "covenant")) {
				// (the line is the evidence a reviewer reads: "All members are
				// expected to abide by the Code of Conduct")
				loc := pr.loc(d, n)
				loc.How, loc.Text = "link", oneLine(displayText(listItemRe.ReplaceAllString(l, "")))
				c.CoCLinks = append(c.CoCLinks, loc)
				return
			}
		}
	})
	// A governance document's link to the page that lists the channels, kept out of the
	// repositories read ("Engage with the wider community through appropriate
	// [communication channels](https://github.com/o/.github/blob/main/CONTRIBUTING.md#discuss)"):
	// the channels are there. (Its own channel links are not read: a governance document
	// links its members' chat profiles and its private lists.)
	readsChannels := is(Readme, "community", KindContributing, "support")
	for _, ds := range pr.docs {
		for _, d := range ds {
			if d.p == nil || d.draft() || !d.hasKind(KindGovernance) || readsChannels(d) {
				continue
			}
			for _, k := range d.p.links {
				if _, chat := channelKind(k.target); !chat {
					pr.channelPageOut(d, k.line, k, true)
				}
			}
		}
	}
	// Each channel once, in the order first met, at the line that documents it best
	// (channelRank): the "Contact us" table rather than the badge at the top.
	type seen struct{ i, rank int }
	channels := map[string]seen{}
	add := func(d *doc, n int, kind, key, url string, rank int) {
		if s, ok := channels[key]; ok {
			if rank < s.rank {
				c.Channels[s.i].Source = pr.loc(d, n)
				if kind == channelWeChat {
					c.Channels[s.i].URL = url // the better line's page, if any
				}
				channels[key] = seen{s.i, rank}
			}
			return
		}
		channels[key] = seen{len(c.Channels), rank}
		c.Channels = append(c.Channels, snapshot.Channel{Kind: kind, URL: url, Source: pr.loc(d, n)})
	}
	scan(readsChannels, func(d *doc, n int, l string) {
		var refs map[string]string // the document's reference definitions, as parsed
		if d.p != nil {
			refs = d.p.refs
		}
		var targets []link
		definition := false
		if m := refDefRe.FindStringSubmatch(l); m != nil {
			// "[slack]: https://slack.example.io": where a reference link points.
			targets, definition = append(targets, link{target: m[2]}), true
		}
		// "Join us on [Slack][slack]": the prose that uses the definition.
		targets = append(targets, linksOn(l, formatMarkdown, refs)...)
		for _, t := range targets {
			if imageURLRe.MatchString(t.target) {
				// "[![Slack Status][slack-badge]][slack]": the badge's image
				// (slack.example.io/badge.svg) is no channel; the link around it is.
				continue
			}
			kind, ok := channelKind(t.target)
			if !ok {
				// A badge's text is its image: the line names the platform then, when
				// the badge is its only link.
				text := t.text
				if text == "" && len(targets) == 1 {
					text = badgeText(l)
				}
				if kind, ok = shortLinkKind(t.target, text); !ok {
					pr.channelPageOut(d, n, t, false)
					continue
				}
			}
			add(d, n, kind, channelKey(kind, t.target), t.target, channelRank(d.p, n, l, definition))
		}
		// A WeChat group is joined by its QR code or an account's ID, not a link:
		// the line that offers it is the channel ("WeChat group: scan the QR code
		// below to join", carina's "- For wechat users" under "# Community" over the
		// code's image).
		if wechatRe.MatchString(l) && (wechatJoinRe.MatchString(l) || d.p != nil && wechatHeadingRe.MatchString(nearestHeading(d.p.headings, n).text)) {
			add(d, n, channelWeChat, channelWeChat, wechatPage(targets), channelRank(d.p, n, l, false))
		}
	})
	meetingDocs := is(Readme, "community", KindContributing, KindGovernance)
	scan(func(d *doc) bool { return meetingDocs(d) || meetingScheduleName.MatchString(d.n.stem) }, func(d *doc, n int, l string) {
		if cs := meetingClauses(l); len(cs) > 0 {
			loc := pr.loc(d, n)
			loc.How = meetingHow(cs)
			if meetingOff(cs) {
				// "The community meeting is cancelled until further notice": whether
				// the schedule beside it still holds is the policy's to judge.
				loc.How, loc.Text = "cancelled", oneLine(l)
			}
			c.Meetings = append(c.Meetings, loc)
		} else if d.p != nil && isMeeting(nearestHeading(d.p.headings, n).text) && meetingWhenRe.MatchString(l) {
			// "- Time: every other Tuesday" under "### Community meetings": the
			// heading names the meeting, the line says when. (A bare "## Meetings" does
			// not: kubeflow's is its steering committee's, which an audit rated weak
			// as the project's schedule.)
			loc := pr.loc(d, n)
			loc.How = "schedule"
			c.Meetings = append(c.Meetings, loc)
		}
	})
	for _, ds := range pr.docs {
		for _, d := range ds {
			if l, ok := d.kinds[KindLicense]; ok && l.How == "name" {
				spdx, line := classifyLicense(raw[d])
				f.Licenses = append(f.Licenses, snapshot.License{SPDX: spdx, Repo: pr.names[d.repo], Path: d.path, Line: line})
			}
		}
	}
	scan(func(d *doc) bool { return d.readme }, func(d *doc, n int, l string) {
		if f.OpenSSF != nil {
			return
		}
		if id, link, ok := openSSFBadge(l); ok {
			src := pr.loc(d, n)
			src.URL = link
			f.OpenSSF = &snapshot.OpenSSF{ProjectID: id, Source: &src}
		}
	})
	return nil
}

// imageURLRe is the URL of an image: a badge's picture, a logo.
var imageURLRe = regexp.MustCompile(`(?i)\.(?:svg|png|gif|jpe?g|webp)(?:[?#].*)?$`)

// channelKey is what makes two channel links the same channel.
func channelKey(kind, u string) string {
	u = strings.TrimSuffix(strings.ToLower(u), "/")
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return kind + " " + u
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

// datedKinds are the artifact kinds whose documents record the date their name or title
// gives (an audit report, a review: "governance-review/2024-07-22.md").
var datedKinds = map[string]bool{"security_audit": true, "gtr": true, "governance_review": true, "security_self_assessment": true, "joint_assessment": true}

// List returns the list of snapshot documents of a document kind, nil for another kind.
func List(d *snapshot.Documents, kind string) *[]snapshot.Location {
	for _, l := range documentLists(d) {
		if l.kind == kind {
			return l.list
		}
	}
	return nil
}

// sortByPlace orders locations by repository, path and line.
func sortByPlace(ls []snapshot.Location) {
	slices.SortStableFunc(ls, func(a, b snapshot.Location) int {
		return cmp.Or(cmp.Compare(a.Repo, b.Repo), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.URL, b.URL))
	})
}

// channelPageOut records a link to the page that lists the channels, or to the
// community page that lists the channels and the meetings, as a link out when it leads
// out of the repositories read: "[Slack](https://quarry.dev/docs/community)",
// "[Community Info](https://github.com/o/governance/blob/main/COMMUNITY.md)". A link
// from a document not read for channels (outside, set) must lead out of the
// repositories read for either; from one read for them, a link named for the channels
// need only be a web address.
func (pr *project) channelPageOut(d *doc, n int, t link, outside bool) {
	if !strings.HasPrefix(t.target, "http") {
		return
	}
	name := normalize(t.text)
	// (a governance document's "[Slack](...)" is its members' workspace or a private
	// one as often as the project's: there only a page named for the channels as a
	// whole, or for the community, lists them)
	page := channelsNamedRe.MatchString(name) || !outside && chatOnlyRe.MatchString(name)
	community := communityPageRe.MatchString(name)
	if !page && !community {
		return
	}
	if community || outside {
		if rt, ok := pr.rs.resolve(d.repo, d.path, t.target); !ok || rt.repo >= 0 {
			return
		}
	}
	pr.addLinkOut(TopicChannels, pr.loc(d, n), t.target, t.text)
	if community {
		pr.addLinkOut(TopicMeetings, pr.loc(d, n), t.target, t.text)
	}
}

// wechatPage is the web page a line offering a WeChat group links (how to join it, cubefs'
// "WeChat: detail see [here](https://github.com/cubefs/cubefs/issues/604)"), not another
// channel's link on the same line; "" when it links none. (The group's QR code is an
// image, and an image is no page.)
func wechatPage(targets []link) string {
	for _, t := range targets {
		if !strings.HasPrefix(t.target, "http") {
			continue
		}
		if _, chat := channelKind(t.target); chat {
			continue
		}
		if _, chat := shortLinkKind(t.target, t.text); chat {
			continue
		}
		return t.target
	}
	return ""
}
