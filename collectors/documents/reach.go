package documents

import (
	"fmt"
	"maps"
	"net/url"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/snapshot"
)

// maxLinkDepth is how far the reader follows links from a README or a governance,
// contributing, security or maintainers document: to the documents they link, and to
// the documents those link.
const maxLinkDepth = 2

// entryKinds are the kinds of document a reviewer starts from, besides the READMEs:
// their links are followed, and the documents they link are read for their topics.
// (a general technical review too: the TOC reads it, and what it links out, "the
// HAMi-filtered case study list", is where a reviewer would look next)
var entryKinds = []string{KindGovernance, KindContributing, KindSecurityPolicy, KindMaintainers, KindCodeOfConduct, KindReleaseProcess, KindRoadmap, kindContributorLadder, kindGTR}

// how ranks the ways a document is found, the strongest first.
var howRank = map[string]int{"name": 0, "folder": 1, "title": 2, "link": 3, "pointer": 4, "section": 5}

// doc is one document (or named file) of a repository as the reader knows it.
type doc struct {
	repo   int
	path   string
	n      name
	text   bool    // read as text; false for a file named by extension only (a PDF)
	p      *parsed // nil until read, and for files that are not text
	readme bool    // a repository's root README
	// kinds says how the document was found to be of each kind.
	kinds map[string]snapshot.Location
	// pointerKinds are the kinds of a document that only points elsewhere: its links
	// carry them.
	pointerKinds []string
	// linkedFrom are the entry kinds of documents that link here: the document is read
	// for their topics too.
	linkedFrom map[string]bool
	depth      int // link depth at which the reader reached it; -1 when not
	// form is set for an issue or pull request template (the issue_templates kind's
	// files): a form to fill in, of no other kind, stating no topic.
	form bool
	// placeholder is set for a document whose every paragraph only says the text is
	// still to come: of no kind, however it is named, titled or linked.
	placeholder bool
}

func (d *doc) hasKind(k string) bool { _, ok := d.kinds[k]; return ok }

// anchor returns the heading a link's #anchor names in d.
func (d *doc) anchor(a string) (heading, bool) {
	if a == "" || d.p == nil {
		return heading{}, false
	}
	a = strings.ToLower(a)
	for _, h := range d.p.headings {
		if markdown.Slug(h.text) == a {
			return h, true
		}
	}
	return heading{}, false
}

// addKind records that d is of kind k, keeping the strongest way it was found.
func (d *doc) addKind(k string, l snapshot.Location) {
	if old, ok := d.kinds[k]; ok && howRank[old.How] <= howRank[l.How] {
		return
	}
	// An issue or pull request template is a form to fill in, whatever its title or a
	// link calls it ("Release: vX.Y.Z" is a release tracker's checklist, not the
	// release process): it is only the templates' kind.
	if d.form && k != kindIssueTemplates || d.placeholder {
		return
	}
	d.kinds[k] = l
}

// kindIssueTemplates is the kind of the issue and pull request templates.
const kindIssueTemplates = "issue_templates"

// kindSelfAssessment and kindGTR are the kinds of a security self-assessment and a
// general technical review.
const (
	kindSelfAssessment = "security_self_assessment"
	kindGTR            = "gtr"
)

// postRe matches the paths of a website's blog posts and news.
var postRe = regexp.MustCompile(`(?i)(?:^|/)(?:blog|blogs|posts|_posts|news)/`)

// isPost reports whether a path is a blog post or a news item.
func isPost(p string) bool { return postRe.MatchString(p) }

// project is every document of the repositories read, and what the reader learnt.
type project struct {
	v       *Vocabulary
	names   []string // repository names, as locations name them
	docs    [][]*doc // per repository, in path order
	byPath  []map[string]*doc
	folders []map[string]bool
	rs      resolver
	pointer *Pattern
	// sections are the README sections that are documents of a kind.
	sections []section
	linksOut []snapshot.LinkOut
	seenOut  map[string]bool
	topics   map[string][]snapshot.Location
	// hints are, by topic, sentences stating it in documents it is not read in.
	hints map[string][]snapshot.Location
	// placeholders are, by kind, the documents named for it that say only that the text
	// is still to come.
	placeholders map[string][]snapshot.Location
}

// section is a part of a README, from its heading to the next of the same level, that
// is a document of a kind.
type section struct {
	d          *doc
	kind       string
	start, end int // lines, 1-based, end exclusive
	loc        snapshot.Location
}

func (pr *project) loc(d *doc, line int) snapshot.Location {
	return snapshot.Location{Repo: pr.names[d.repo], Path: d.path, Line: line}
}

// classifyByName records the kinds each document's name, path or folder gives it.
func (pr *project) classifyByName() {
	for _, ds := range pr.docs {
		for _, d := range ds {
			for _, k := range pr.v.Kinds() {
				if how, ok := k.byName(d.n); ok {
					l := pr.loc(d, 1)
					l.How = how
					d.addKind(k.Name, l)
				}
			}
		}
	}
}

// classifyByTitle records the kinds each read document's title gives it, and drops the
// kinds whose content rule the text fails and, for a kind that asks for a listing, those
// of a document that lists nothing.
func (pr *project) classifyByTitle(d *doc, raw string) {
	for _, k := range pr.v.Kinds() {
		if k.Content != nil && d.hasKind(k.Name) && !k.Content.MatchString(raw) {
			delete(d.kinds, k.Name)
		}
	}
	if d.p == nil {
		return
	}
	if d.p.title != "" {
		pr.classifyTitle(d)
	}
	pr.dropUnlisted(d)
}

// dropUnlisted drops, from a document found by its name or title, the kinds whose row
// asks for a listing when it lists nothing (a link gives none: project.excludes).
func (pr *project) dropUnlisted(d *doc) {
	for _, k := range pr.v.Kinds() {
		if d.hasKind(k.Name) && unlisted(k, d) {
			delete(d.kinds, k.Name)
		}
	}
}

// unlisted reports whether d is a Markdown document that lists nothing while kind k
// asks for a listing.
func unlisted(k *Kind, d *doc) bool {
	return k.Listing && d.p != nil && d.n.richText() && linkedItems(d.p) < 2
}

// classifyTitle records the kinds a read document's title gives it, and drops the kinds
// its name gave that the title rules out.
func (pr *project) classifyTitle(d *doc) {
	t := normalize(d.p.title)
	for _, k := range pr.v.Kinds() {
		// docs/security/architecture.md titled "Security Architecture": a title that
		// rules the kind out does so for a file named for it too.
		if l, ok := d.kinds[k.Name]; ok && l.How == "name" && matches(k.TitleExclude, t) {
			delete(d.kinds, k.Name)
		}
	}
	for _, k := range pr.v.Kinds() {
		if k.Title == nil || !k.Title.MatchString(t) || matches(k.TitleExclude, t) || (k.OnlyTop && !d.n.top()) || d.readme {
			continue
		}
		// A path the kind rules out is ruled out whatever the title says (a test
		// package's README titled "Integration").
		if matches(k.Exclude, d.n.path) {
			continue
		}
		// A blog post is an announcement of its day ("Semantic Versioning", 2017: the
		// move to 1.0.0), not the document its title names; an audit's announcement
		// still reports the audit.
		if isPost(d.path) && k.Name != "security_audit" {
			continue
		}
		// A title counts only for documents the kind could hold: a licence or an
		// adopters list is named for itself.
		if len(k.Root)+len(k.Top) > 0 && len(k.Anywhere)+len(k.Prefixes)+len(k.Folders) == 0 && k.Stems == nil {
			continue
		}
		l := pr.loc(d, d.p.titleLine)
		l.How, l.Text = "title", d.p.title
		d.addKind(k.Name, l)
	}
}

// linkedItems counts the table rows of a document that link somewhere and its list items
// and paragraphs that open with a link ("- [quarry-cli](...): the command line",
// "[func](...) provides a simple programming model"; not a step that links where to
// open an issue).
func linkedItems(p *parsed) int {
	n := 0
	for _, u := range p.units {
		if len(u.links) == 0 {
			continue
		}
		t := strings.TrimLeft(u.text, "*_` ")
		if u.item && strings.Contains(u.text, " | ") || strings.HasPrefix(t, "[") || strings.HasPrefix(t, "<http") || strings.HasPrefix(t, "http") {
			n++
		}
	}
	return n
}

// markPointers finds the documents that only point elsewhere ("moved to ...", "see
// our community repository"): they are not the document, their links are.
func (pr *project) markPointers() {
	for _, ds := range pr.docs {
		for _, d := range ds {
			if d.p == nil || len(d.kinds) == 0 || d.readme || d.p.proseChars > 300 {
				continue
			}
			if !pr.pointsElsewhere(d) {
				continue
			}
			for _, k := range slices.Sorted(maps.Keys(d.kinds)) {
				if kd := pr.v.Kind(k); kd != nil && kd.ByReference {
					continue
				}
				if d.kinds[k].How == "name" || d.kinds[k].How == "folder" {
					d.pointerKinds = append(d.pointerKinds, k)
					delete(d.kinds, k)
				}
			}
		}
	}
}

// markPlaceholders finds the documents named or titled for a kind whose only text is a
// placeholder ("# Governance" over "TBD"), and the draft pages a site generator does
// not publish (distribution's "draft: true" architecture page, over "TODO: Discuss the
// architecture"): not the document, which is still to come, but recorded, so that a
// reason that says none was found can name them. A draft is not read for topics either.
func (pr *project) markPlaceholders() {
	for _, ds := range pr.docs {
		for _, d := range ds {
			if !d.draft() && (d.p == nil || d.readme || len(d.p.links) > 0 || !placeholderOnly(d.p.units)) {
				continue
			}
			d.placeholder = true
			for _, k := range slices.Sorted(maps.Keys(d.kinds)) {
				pr.notePlaceholder(k, d, d.kinds[k].How)
				delete(d.kinds, k)
			}
		}
	}
}

// draft reports whether d is a page its front matter keeps out of the published site.
func (d *doc) draft() bool { return d.p != nil && d.p.draftLine > 0 && !d.readme }

// notePlaceholder records that placeholder d was found for kind k, and how: a draft at
// its front matter's line, how "draft"; any other at its placeholder text.
func (pr *project) notePlaceholder(k string, d *doc, how string) {
	for _, l := range pr.placeholders[k] {
		if l.Repo == pr.names[d.repo] && l.Path == d.path {
			return
		}
	}
	l := snapshot.Location{Repo: pr.names[d.repo], Path: d.path, Line: d.p.draftLine, How: "draft"}
	if !d.draft() {
		l.Line, l.How, l.Text = d.p.units[0].line, how, d.p.units[0].text
	}
	pr.placeholders[k] = append(pr.placeholders[k], l)
}

// placeholderOnly reports whether units, at least one, each only say that the text is
// still to come ("TODO", "Coming soon").
func placeholderOnly(units []unit) bool {
	return len(units) > 0 && !slices.ContainsFunc(units, func(u unit) bool { return !placeholderRe.MatchString(u.norm) })
}

// markDeferring finds the documents named for a kind whose row says opening_hand_off
// and whose opening paragraph sends the reader to the kind's main document outside the
// repositories read ("We would love to accept your contributions. Please read the
// [contributor's guide in our docs](https://site/docs/about/contributing/)"): whatever
// they add after it (what the guide covers, one topic's rules), the document is there,
// and its link stands for it.
func (pr *project) markDeferring() {
	for _, ds := range pr.docs {
		for _, d := range ds {
			if d.p == nil || len(d.kinds) == 0 || d.readme {
				continue
			}
			for _, k := range slices.Sorted(maps.Keys(d.kinds)) {
				kd := pr.v.Kind(k)
				if kd == nil || !kd.OpeningHandOff || d.kinds[k].How != "name" && d.kinds[k].How != "folder" {
					continue
				}
				if l, ok := pr.defersTo(d, kd); ok {
					d.pointerKinds = append(d.pointerKinds, k)
					delete(d.kinds, k)
					pr.pointSection(d, k, []link{l})
				}
			}
		}
	}
}

// defersTo returns the link of d's opening paragraph when that paragraph points, with
// one link out of the repositories read, to a document of kind k: the link's text names
// the kind, or its target is named for it. (The paragraph's own words do not: "This
// guide explains how to contribute. Questions? See the [forum](...)" links no guide.)
func (pr *project) defersTo(d *doc, k *Kind) (link, bool) {
	for _, u := range d.p.units {
		if u.navigation {
			continue
		}
		out := pr.outLinks(d, u)
		if u.item || len(out) != 1 || !matches(pr.pointer, u.norm) {
			return link{}, false
		}
		l := d.p.links[out[0]]
		if matches(k.Link, normalize(l.text)) || namedFor(k, l.target) {
			return l, true
		}
		return link{}, false
	}
	return link{}, false
}

// namedFor reports whether a link's target names kind k by its last segment
// (".../docs/about/contributing/", ".../blob/main/CONTRIBUTING.md").
func namedFor(k *Kind, target string) bool {
	t := target
	if i := strings.IndexAny(t, "?#"); i >= 0 {
		t = t[:i]
	}
	t = strings.TrimSuffix(t, "/")
	n := splitName(t[strings.LastIndex(t, "/")+1:])
	return n.stem != "" && (k.Root[n.stem] || k.Top[n.stem] || k.Anywhere[n.stem])
}

// markLinkedPointers does for the documents that became a kind through a link to them
// or their title what markPointers does for those named for it: a document that only
// points elsewhere ("This file has been moved to the specs repository") is not the
// document its link or title promised, the place it points to is.
func (pr *project) markLinkedPointers() {
	for _, ds := range pr.docs {
		for _, d := range ds {
			if d.p == nil || len(d.kinds) == 0 || d.readme || d.p.proseChars > 300 || !pr.pointsElsewhere(d) {
				continue
			}
			for _, k := range slices.Sorted(maps.Keys(d.kinds)) {
				if kd := pr.v.Kind(k); kd == nil || kd.ByReference {
					continue
				}
				if how := d.kinds[k].How; how == "link" || how == "title" || how == "pointer" {
					delete(d.kinds, k)
					pr.pointSection(d, k, d.p.links)
				}
			}
		}
	}
}

// fileFolders returns, per repository and kind, the folders whose files are evidence
// of the kind, leaving out a folder that holds only a README that points elsewhere;
// that README's links stand for the kind instead.
func (pr *project) fileFolders(invs []inventory) []map[string][]string {
	out := make([]map[string][]string, len(invs))
	for i, inv := range invs {
		out[i] = map[string][]string{}
		for _, kind := range slices.Sorted(maps.Keys(inv.fileFolders)) {
			for _, folder := range inv.fileFolders[kind] {
				if inv.onlyReadme[folder] {
					if d := pr.lookup(target{repo: i, path: strings.TrimSuffix(folder, "/")}); d != nil && d.p != nil && pr.pointsElsewhere(d) {
						pr.pointSection(d, kind, d.p.links)
						continue
					}
				}
				out[i][kind] = append(out[i][kind], folder)
			}
		}
	}
	return out
}

// pointsElsewhere reports whether a short document's text says the document is
// elsewhere and links there: one place, other than the document itself, a chat or a
// mailing list.
func (pr *project) pointsElsewhere(d *doc) bool {
	return pr.onlyPoints(d, d.p.units, d.p.links, "")
}

// onlyPoints reports whether units and their links, all of d, only point elsewhere,
// for a kind ("" when the text is read for no one kind).
func (pr *project) onlyPoints(d *doc, units []unit, links []link, kind string) bool {
	places := map[string]bool{}
	for _, u := range units {
		// "Report vulnerabilities to security@example.io": an address to write to is a
		// place of its own, so the document states something, it does not only point.
		if m := emailRe.FindString(u.text); m != "" {
			places["mailto:"+strings.ToLower(m)] = true
		}
	}
	holders := pr.holders(d, links, kind)
	for i, k := range links {
		if strings.HasPrefix(strings.ToLower(k.target), "mailto:") {
			places[strings.ToLower(k.target)] = true
			continue
		}
		t, ok := pr.rs.resolve(d.repo, d.path, k.target)
		if !ok || holders[i] || (t.repo == d.repo && t.path == d.path) {
			continue
		}
		if _, channel := channelKind(t.url); channel {
			continue
		}
		if t.repo >= 0 {
			// A template a list of links offers beside them ("Flux release notes
			// template") is a form to fill in, not a place the document is.
			if td := pr.lookup(t); td != nil && !template(td.path) {
				places[fmt.Sprint(td.repo, td.path)] = true
			}
			continue
		}
		places[placeOf(t.url)] = true
	}
	if len(places) != 1 || !brief(units) && !allLinked(units) {
		return false
	}
	for p := range places {
		if strings.HasPrefix(p, "mailto:") && pr.addressIsContent(d, kind) {
			// "Please report these by emailing [the maintainers](mailto:...)": for a
			// security policy, where to write is what the text states, not a document
			// kept elsewhere.
			return false
		}
	}
	for _, u := range units {
		// "We support the last three minor releases": a unit that states a topic in
		// its own words is content, whatever else points elsewhere.
		if !u.navigation && !matches(pr.pointer, u.norm) && pr.statesAnyTopic(u) {
			return false
		}
	}
	navigation := true
	for _, u := range units {
		if matches(pr.pointer, u.norm) {
			return true
		}
		navigation = navigation && u.navigation
	}
	if navigation || briefLinks(units) {
		// Nothing but the link: a bare URL, or a list of links to one place; or short
		// paragraphs that each describe and link the same place ("the Get Started docs
		// cover installation and quick starts"), stating no topic themselves.
		return true
	}
	return len(units) == 1 && len(links) == 1 && len(strings.Fields(units[0].norm)) <= len(strings.Fields(normalize(links[0].text)))+3
}

// addressIsContent reports whether an address to write to is what a text of kind (or,
// read for no one kind, of one of d's kinds) states: a kind's address_is_content.
func (pr *project) addressIsContent(d *doc, kind string) bool {
	if kind != "" {
		k := pr.v.Kind(kind)
		return k != nil && k.AddressIsContent
	}
	for name := range d.kinds {
		if k := pr.v.Kind(name); k != nil && k.AddressIsContent {
			return true
		}
	}
	return false
}

// Most a text that only points elsewhere says besides its link: a few sentences.
const (
	maxPointerUnits = 3
	maxPointerChars = 300
)

// brief reports whether units are a few short sentences: as much as a pointer to a
// document elsewhere says.
func brief(units []unit) bool {
	chars := 0
	for _, u := range units {
		chars += len(strings.TrimSpace(displayText(u.text)))
	}
	return len(units) <= maxPointerUnits && chars <= maxPointerChars
}

// onlyLinksOut reports whether units are nothing but brief paragraphs or list items,
// each linking out of the repositories read, stating no topic themselves: a "Getting
// started" section listing sample repositories and the website points to several places,
// none of which graduate reads.
func (pr *project) onlyLinksOut(d *doc, units []unit, links []link) bool {
	units = pr.withoutLeadIn(units)
	if len(links) == 0 || len(units) == 0 || !briefLinks(units) {
		return false
	}
	for _, k := range links {
		if !pr.leaves(d, k) {
			return false
		}
	}
	for _, u := range units {
		if !u.navigation && pr.statesAnyTopic(u) {
			return false
		}
	}
	return true
}

// leadInWords is the most words of a paragraph that only leads in to a list of links:
// "We welcome contributions! Please see our:".
const leadInWords = 12

// withoutLeadIn returns units without the brief paragraphs, linking nothing and stating
// no topic, that lead in to a list ("We welcome contributions! Please see our:"): those
// before its first item. A paragraph after it ("All commits must be signed off") is
// the section's own.
func (pr *project) withoutLeadIn(units []unit) []unit {
	first := slices.IndexFunc(units, func(u unit) bool { return u.item })
	if first <= 0 {
		return units
	}
	for _, u := range units[:first] {
		if len(u.links) > 0 || len(strings.Fields(u.norm)) > leadInWords || pr.statesAnyTopic(u) {
			return units
		}
	}
	return units[first:]
}

// handsOff reports whether a README section of one paragraph hands its kind's document
// to a place outside the repositories read, whatever else the paragraph says: "We
// welcome pull requests with open arms! ... The [contributing
// guide](https://site/docs/contributing/) will help you get started". The link's text
// names the document, or the sentence says the document is there. A section that says
// more than that paragraph ("## Install" with the package managers' commands, then
// "see the [installation guide](...) for more options") is the document.
func (pr *project) handsOff(d *doc, k *Kind, units []unit) bool {
	var text []unit
	for _, u := range units {
		if !u.navigation {
			text = append(text, u)
		}
	}
	// "The release process is fully documented in the [release](https://...) repo":
	// a paragraph that says the whole document is elsewhere hands it off, however
	// much else the section says (dates and end of life in a table).
	for _, u := range text {
		if out := pr.outLinks(d, u); len(out) == 1 && !u.item && matches(k.Link, u.norm) && matches(pr.pointer, u.norm) && wholeRe.MatchString(u.norm) {
			return true
		}
	}
	if len(text) != 1 || text[0].item {
		return false
	}
	u := text[0]
	out := pr.outLinks(d, u)
	// The sentence says the document is there, and links one place.
	if len(out) == 1 && matches(k.Link, u.norm) && matches(pr.pointer, u.norm) {
		return true
	}
	for _, i := range out {
		if matches(k.Link, normalize(d.p.links[i].text)) {
			return true
		}
	}
	return false
}

// wholeRe finds the words that say a document is elsewhere in full: documented there
// fully, or kept there ("a list of integrations and adoptions is maintained in the
// in-toto/friends repository").
var wholeRe = regexp.MustCompile(`\b(?:fully|completely|in full|in (?:more |full |great )?detail|comprehensively)\b|\b(?:is|are) (?:maintained|kept) (?:in|at|on)\b`)

// ownUnits returns the units of heading i's section that come before its first
// subsection.
func ownUnits(units []unit, hs []heading, i int) []unit {
	if i+1 >= len(hs) {
		return units
	}
	var out []unit
	for _, u := range units {
		if u.line < hs[i+1].line {
			out = append(out, u)
		}
	}
	return out
}

// leaving returns the links of units that lead out of the repositories read.
func (pr *project) leaving(d *doc, units []unit) []link {
	var out []link
	for _, u := range units {
		for _, i := range pr.outLinks(d, u) {
			out = append(out, d.p.links[i])
		}
	}
	return out
}

// repoRootRe matches the address of a GitHub repository itself, not a page in it.
var repoRootRe = regexp.MustCompile(`^https?://github\.com/[^/?#]+/[^/?#]+/?$`)

// repoList reports whether units are a list of repositories: two or more list items,
// each opening with a link to a repository's root (one read or not), and nothing else
// that states a topic.
func (pr *project) repoList(d *doc, units []unit) bool {
	if items(units) < 2 {
		return false
	}
	for _, u := range units {
		if !u.item {
			if pr.statesAnyTopic(u) {
				return false
			}
			continue
		}
		if len(u.links) == 0 {
			return false
		}
		t, ok := pr.rs.resolve(d.repo, d.path, d.p.links[u.links[0]].target)
		if !ok || !(t.repo >= 0 && t.path == "" || t.repo < 0 && repoRootRe.MatchString(t.url)) {
			return false
		}
	}
	return true
}

// ownCatalogue reports whether units list the project's own repositories: two or more
// list items or table rows, most of them opening with a link to the root of a
// repository read or of another repository of the project's GitHub owner (not to a
// page of its own documentation: "- [Kafka](docs/kafka.md)" is an integration).
func (pr *project) ownCatalogue(d *doc, units []unit) bool {
	n, own := 0, 0
	for _, u := range units {
		if !u.item || len(u.links) == 0 {
			continue
		}
		n++
		t, ok := pr.rs.resolve(d.repo, d.path, d.p.links[u.links[0]].target)
		if ok && (t.repo >= 0 && t.path == "" || pr.otherRepository(t)) {
			own++
		}
	}
	return n >= 2 && 2*own > n
}

// isList reports whether units are a list: two or more list items or table rows (an
// adopters list linking each company), not a paragraph that links two places.
func isList(units []unit) bool { return items(units) >= 2 }

// items counts the list items and table rows among units.
func items(units []unit) int {
	n := 0
	for _, u := range units {
		if u.item {
			n++
		}
	}
	return n
}

// inSection reports whether one of lines (a fenced code block's, an image's) lies
// between the lines from and to.
func inSection(lines []int, from, to int) bool {
	for _, l := range lines {
		if l > from && l < to {
			return true
		}
	}
	return false
}

// allLinked reports whether every unit links somewhere: a README section of a
// sentence and a list of links, all to one site, points there however long it is.
func allLinked(units []unit) bool {
	for _, u := range units {
		if len(u.links) == 0 {
			return false
		}
	}
	return true
}

// briefWords is the most words a paragraph that describes a link may have; a longer
// one says something of its own (a policy with a link to where requests are filed).
const briefWords = 30

// briefLinks reports whether every unit links somewhere and is brief.
func briefLinks(units []unit) bool {
	return allLinked(units) && !slices.ContainsFunc(units, func(u unit) bool { return len(strings.Fields(u.norm)) > briefWords })
}

// statesAnyTopic reports whether a sentence of u states a topic of the vocabulary.
func (pr *project) statesAnyTopic(u unit) bool {
	for _, t := range pr.v.Topics {
		if statesIn(t, u.sentences) {
			return true
		}
	}
	return false
}

// emailRe finds an e-mail address in text.
var emailRe = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)

// siteRepoRe matches a repository named for the site it builds ("kubevela.io").
var siteRepoRe = regexp.MustCompile(`^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:io|dev|org|com|net|sh|cloud)$`)

// placeOf is where a link out leads, for telling whether a document points to one
// place: a GitHub repository (its files are one place), else the site (a README whose
// documentation section links the website's installation, quick start and reference
// pages points to one place, the website).
func placeOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return strings.TrimSuffix(strings.SplitN(raw, "#", 2)[0], "/")
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if host == "github.com" {
		// A repository, or a person's or an organisation's page: GitHub is many places.
		parts := strings.Split(strings.Trim(u.Path, "/"), "/")
		if len(parts) > 2 {
			parts = parts[:2]
		}
		if len(parts) == 2 && siteRepoRe.MatchString(strings.ToLower(parts[1])) {
			// A repository named for a site is where that site is built from:
			// "kubevela.io" and github.com/kubevela/kubevela.io are one place.
			return strings.TrimPrefix(strings.ToLower(parts[1]), "www.")
		}
		return strings.ToLower("github.com/" + strings.Join(parts, "/"))
	}
	return host
}

// lookup returns the document a link target names: the file, or a folder's README or
// index; nil when it is none of the repository's documents.
func (pr *project) lookup(t target) *doc {
	if t.repo < 0 {
		return nil
	}
	if d, ok := pr.byPath[t.repo][t.path]; ok {
		return d
	}
	if t.path == "" || pr.folders[t.repo][t.path] {
		prefix := t.path
		if prefix != "" {
			prefix += "/"
		}
		for _, idx := range []string{"README.md", "readme.md", "Readme.md", "README.rst", "README.adoc", "README", "index.md", "_index.md", "README.markdown"} {
			if d, ok := pr.byPath[t.repo][prefix+idx]; ok {
				return d
			}
		}
	}
	return nil
}

// followLinks walks the links of the READMEs and of the governance, contributing,
// security and maintainers documents (and the documents they link, to maxLinkDepth),
// as a reviewer follows them: a link whose text names a kind makes its target of that
// kind, a link whose text names a topic states it, and a link out of the repositories
// read is recorded as such.
func (pr *project) followLinks() {
	type item struct {
		d     *doc
		depth int
	}
	var queue []item
	for _, ds := range pr.docs {
		for _, d := range ds {
			d.depth = -1
			// A reviewer starts at the READMEs, the community page (a website's
			// community/ page, a COMMUNITY.md or COMMUNICATION.md) and the entry
			// documents.
			if d.readme || communityPage(d) || len(d.pointerKinds) > 0 || pr.isEntry(d) {
				d.depth = 0
				queue = append(queue, item{d, 0})
			}
		}
	}
	// inherit is applied once every link was followed, so that whether a document has a
	// kind of its own does not depend on the order its links were met in.
	type inheritance struct {
		d    *doc
		kind string
	}
	var inherit []inheritance
	defer func() {
		// A document of no kind of its own that an entry document links is read as
		// part of it (a governance document's "how we vote" page); one of its own kind
		// (the code of conduct it links) is read as that.
		for _, in := range inherit {
			if len(in.d.kinds) > 0 {
				continue
			}
			if in.d.linkedFrom == nil {
				in.d.linkedFrom = map[string]bool{}
			}
			in.d.linkedFrom[in.kind] = true
		}
	}()
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		d := it.d
		if d.p == nil {
			continue
		}
		entry := pr.entryKindsOf(d)
		for _, k := range d.p.links {
			t, ok := pr.rs.resolve(d.repo, d.path, k.target)
			if !ok {
				continue
			}
			kinds, topics := pr.linkNames(d, k, linkWords(k))
			if len(kinds) == 0 && len(topics) == 0 && k.inLine != "" && t.repo < 0 && !emailRe.MatchString(k.inLine) {
				// "The release process is described on [our website](...)": the
				// sentence a link out stands alone in names what it links. (A link
				// into the repositories needs no such guess: its target is read; and
				// a sentence that gives an address to write to states something.)
				kinds, topics = pr.linkNames(d, k, normalize(k.inLine))
			}
			if t.repo >= 0 && matches(pr.v.PointerOpening, normalize(k.inLine)) {
				// "Learn more about our support policy [here](SUPPORT.md)" sends the
				// reader to a document read: it states what that document states, no
				// more, and the document is read for itself.
				topics = nil
			}
			if _, chat := channelKind(t.url); !chat && !strings.HasPrefix(strings.ToLower(k.target), "mailto:") && !(t.repo >= 0 && namesOther(kinds, d.pointerKinds)) {
				// A pointer's links carry its kinds; its chat and mail links do not,
				// nor a link to a document read whose text names another kind ("add
				// yourself to the [adopters](ADOPTERS.md)" in a CONTRIBUTING.md that
				// hands off): that document is read for itself.
				kinds = append(append([]string(nil), d.pointerKinds...), kinds...)
			}
			at := pr.loc(d, k.line)
			if t.repo < 0 {
				// (a site generator's link to a page no document read is the source of,
				// "{{ site.url }}/about/releases.html", is a link out as written)
				if !strings.HasPrefix(strings.ToLower(t.url), "http") && !strings.HasPrefix(t.url, "{{") {
					continue
				}
				kinds = append(kinds, pr.pathKinds(t.url, kinds)...)
				for _, name := range kinds {
					pr.addLinkOut(name, at, t.url, k.text)
				}
				for _, tp := range topics {
					pr.addLinkOut(tp.Name, at, t.url, k.text)
				}
				continue
			}
			td := pr.lookup(t)
			if td == nil {
				// A link into a repository read that reaches none of its files (a
				// website's site-relative page, a moved file) points to what graduate
				// could not read.
				// A document's path that is no file of the repository (a broken relative
				// link to "docs-release-process.md") leads nowhere to read: the whole
				// repository was read. One in a tree left out (an archived or translated
				// document) was not read, and stays a link out.
				if _, ok := pr.byPath[t.repo][t.path]; !ok && !pr.folders[t.repo][t.path] && (!docFile(t.path) || leftOut(t.path)) {
					for _, name := range kinds {
						pr.addLinkOut(name, at, k.target, k.text) // as written: "/governance/"
					}
				}
				continue
			}
			same := td == d
			if !same {
				for _, name := range kinds {
					if pr.unread(name, td) {
						pr.addLinkOut(name, at, k.target, k.text)
						continue
					}
					if td.placeholder {
						pr.notePlaceholder(name, td, "link")
						continue
					}
					if pr.excludes(name, td) || !pr.saysKind(td, t.anchor, name) {
						continue
					}
					l := pr.loc(td, 1)
					if h, ok := td.anchor(t.anchor); ok {
						l.Path, l.Line = td.path+"#"+h.text, h.line
					}
					l.How, l.Text = "link", oneLine(k.text)
					via := at
					via.URL = k.target
					l.Via = &via
					if len(d.pointerKinds) > 0 && slices.Contains(d.pointerKinds, name) {
						if template(td.path) {
							continue // a form offered beside the pointer is not the document
						}
						l.How = "pointer"
					}
					td.addKind(name, l)
				}
				for ek := range entry {
					inherit = append(inherit, inheritance{td, ek})
				}
			}
			for _, tp := range topics {
				l := at
				l.How, l.Text, l.URL = "link_text", oneLine(k.text), t.url
				pr.topics[tp.Name] = append(pr.topics[tp.Name], l)
			}
			if !same && td.depth < 0 && it.depth+1 <= maxLinkDepth {
				td.depth = it.depth + 1
				queue = append(queue, item{td, td.depth})
			}
		}
	}
}

// namesOther reports whether a link's text names kinds, none of them one of these (a
// pointer's kinds).
func namesOther(named, these []string) bool {
	return len(named) > 0 && !slices.ContainsFunc(named, func(k string) bool { return slices.Contains(these, k) })
}

// saysKind reports whether the part of td a link leads to (the section its anchor
// names, else the whole document) says what a kind with section_text is about, as a
// README section of that kind must: "[Security](design-principles.md#security)" in a
// proposal's list of design principles leads to secure-design advice, not to a
// security policy. A document already of the kind, and a kind without section_text,
// need no such line.
func (pr *project) saysKind(td *doc, anchor, name string) bool {
	kd := pr.v.Kind(name)
	if kd == nil || kd.SectionText == nil || td.p == nil {
		return true
	}
	if _, ok := td.kinds[name]; ok {
		return true
	}
	units, links := td.p.units, td.p.links
	if h, ok := td.anchor(anchor); ok {
		units, links = sectionText(td.p, h.line, sectionEnd(td.p.headings, slices.Index(td.p.headings, h)))
	}
	if slices.ContainsFunc(units, func(u unit) bool { return kd.SectionText.MatchString(u.norm) }) {
		return true
	}
	return slices.ContainsFunc(links, func(k link) bool { return matches(kd.Link, normalize(k.text)) })
}

// addLinkOut records a link out of the repositories read that names a document kind or
// topic. A link to another owner's GitHub repository is a reference to someone else's
// document (Kubernetes' design proposals, Go's documentation), not the project's own,
// and so is a link to one of the vocabulary's reference sites (semver.org).
// linkNames returns the document kinds and the topics a link's words name.
func (pr *project) linkNames(d *doc, k link, words string) ([]string, []*Topic) {
	var kinds []string
	for _, kd := range pr.v.Kinds() {
		if matches(kd.Link, words) && !matches(kd.TitleExclude, words) && !slices.Contains(d.pointerKinds, kd.Name) {
			kinds = append(kinds, kd.Name)
		}
	}
	var topics []*Topic
	for _, tp := range pr.v.Topics {
		// A file of a kind that only points elsewhere (a ROADMAP.md that says plans are
		// kept in "[release milestones on GitHub](...)") links that kind's topics out
		// as the kind's document would, and so does a document of a kind that may hint
		// at the topic (hint_in): a link out leaves the topic unknown, as a hint does.
		if matches(tp.Link, words) && (pr.readsTopic(d, tp, k.line) || pr.hintsVia(d, tp)) {
			topics = append(topics, tp)
		}
	}
	return kinds, topics
}

// hintsVia reports whether d is of a kind the topic may hint from (hint_in), or only
// points for a kind the topic is read in or hinted from.
func (pr *project) hintsVia(d *doc, tp *Topic) bool {
	if slices.ContainsFunc(tp.HintIn, d.hasKind) {
		return true
	}
	return slices.ContainsFunc(d.pointerKinds, func(k string) bool { return slices.Contains(tp.In, k) || slices.Contains(tp.HintIn, k) })
}

func (pr *project) addLinkOut(topic string, at snapshot.Location, url, text string) {
	if pr.foreignGitHub(url) || gitHubActivityPage(url) || pr.v.Reference(url) {
		return
	}
	if isChat(url) {
		return // people talk there; nothing is written down there to read
	}
	pr.recordLinkOut(snapshot.LinkOut{Topic: topic, Repo: at.Repo, Path: at.Path, Line: at.Line, URL: url, Text: oneLine(text)})
}

// recordLinkOut records a link out once for each topic, place and target.
func (pr *project) recordLinkOut(o snapshot.LinkOut) {
	at := snapshot.Location{Repo: o.Repo, Path: o.Path, Line: o.Line}
	key := o.Topic + "\x00" + at.Key() + "\x00" + o.URL
	if pr.seenOut[key] {
		return
	}
	pr.seenOut[key] = true
	pr.linksOut = append(pr.linksOut, o)
}

// leftOut reports whether p lies in a tree the reader leaves out (test fixtures,
// archived documents, translations).
func leftOut(p string) bool {
	reason, _ := excluded(p, false)
	return reason != ""
}

// docFile reports whether p names a document by its extension ("release.md"), not a
// page of a site ("/governance/").
func docFile(p string) bool {
	n := splitName(p)
	return n.doc && n.ext != ""
}

// unread reports whether a link to d, a file not read as text (a PDF), can make it no
// document of the kind: only a kind that reads files of its extension takes one (an
// audit report); a code of conduct or a roadmap kept as a PDF is linked, not read.
func (pr *project) unread(kind string, d *doc) bool {
	k := pr.v.Kind(kind)
	return !d.text && (k == nil || !k.Extensions[strings.TrimPrefix(d.n.ext, ".")])
}

// excludes reports whether kind may not be given to d by a link: d is of a kind the
// vocabulary says it excludes (an architecture document is not user documentation), or
// its title is one the kind's title_exclude rules out.
func (pr *project) excludes(kind string, d *doc) bool {
	k := pr.v.Kind(kind)
	if k == nil {
		return false
	}
	for _, u := range k.Unless {
		if d.hasKind(u) {
			return true
		}
	}
	// "[Subprojects Governance](SUBPROJECTS.md)" over a page that lists none.
	if unlisted(k, d) {
		return true
	}
	// "Setup the development environment", linked as "install": a title that rules
	// the kind out does so however the document is reached.
	return d.p != nil && d.p.title != "" && matches(k.TitleExclude, normalize(d.p.title))
}

// otherRepository reports whether a link's target is the root of a repository not
// read whose GitHub owner is not someone else's (one of the owners of the repositories
// read, or any when none of those is on GitHub).
func (pr *project) otherRepository(t target) bool {
	return t.repo < 0 && repoRootRe.MatchString(t.url) && !pr.foreignGitHub(t.url)
}

// foreignGitHub reports whether url is on GitHub under an owner none of the
// repositories read has.
func (pr *project) foreignGitHub(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Hostname())
	if host != "github.com" && host != "www.github.com" && host != "raw.githubusercontent.com" {
		return false
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	owner := strings.ToLower(parts[0])
	if owner == "orgs" && len(parts) > 1 {
		// github.com/orgs/OWNER/projects/N: an organisation's project board.
		owner = strings.ToLower(parts[1])
	}
	known := false
	for _, n := range pr.rs.names {
		if o, _, ok := strings.Cut(n, "/"); ok {
			known = true
			if o == owner {
				return false
			}
		}
	}
	// Without a repository on GitHub the project's owner is not known: no link can
	// be told to be someone else's.
	return known
}

// gitHubActivityPage reports whether url is a GitHub page of a repository's activity
// (issues, pull requests, labels, commits, releases): no document is there. One issue
// is a thread the project may keep a document in ("[Who is using
// Kubean](.../issues/910)", a roadmap's tracking issue): that is a link out, as a
// discussion always was.
func gitHubActivityPage(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || !strings.EqualFold(u.Hostname(), "github.com") {
		return false
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) < 3 {
		return false
	}
	if len(parts) == 4 && parts[2] == "issues" && issueNumberRe.MatchString(parts[3]) {
		return false
	}
	switch parts[2] {
	case "issues", "pull", "pulls", "labels", "actions", "commits", "commit", "compare", "releases", "tags", "graphs", "stargazers", "network", "contributors", "forks", "branches":
		return true
	}
	return false
}

// pathKinds returns the kinds, besides those already named, whose link_path the words
// of a link out's URL path match: "[Connect security policy](https://connectrpc.com/
// docs/governance/security)" leads into the website's governance pages, whatever its
// text names.
func (pr *project) pathKinds(raw string, named []string) []string {
	u, err := url.Parse(raw)
	if err != nil || u.Path == "" {
		return nil
	}
	words := normalize(strings.ReplaceAll(u.Path, "/", " "))
	var out []string
	for _, kd := range pr.v.Kinds() {
		if matches(kd.LinkPath, words) && !slices.Contains(named, kd.Name) {
			out = append(out, kd.Name)
		}
	}
	return out
}

// issueNumberRe matches an issue's number in its URL path.
var issueNumberRe = regexp.MustCompile(`^\d+$`)

// isEntry reports whether d is a document a reviewer starts from.
func (pr *project) isEntry(d *doc) bool {
	for _, k := range entryKinds {
		if d.hasKind(k) {
			return true
		}
	}
	return false
}

// entryKindsOf returns the entry kinds d is of.
func (pr *project) entryKindsOf(d *doc) map[string]bool {
	out := map[string]bool{}
	for _, k := range entryKinds {
		if d.hasKind(k) {
			out[k] = true
		}
	}
	return out
}

// deepSectionOf reports whether a heading of a document other than a README opens a
// section of the kind: the heading matches deep_section and no title_exclude, the
// document is not already of the kind, and its path is one the kind reads deep sections
// in and does not exclude.
func (k *Kind) deepSectionOf(d *doc, h heading) bool {
	if !matches(k.DeepSection, h.norm) || matches(k.TitleExclude, h.norm) || d.hasKind(k.Name) {
		return false
	}
	p := strings.ToLower(d.path)
	return !matches(k.Exclude, p) && !matches(k.DeepSectionExclude, p) && (k.DeepSectionIn == nil || k.DeepSectionIn.MatchString(p))
}

// sectionsIn reports whether the kind reads a document other than a README as it reads
// a README, by its sections' headings: the document is of a kind the kind names in
// section_in, not of the kind itself, and on no path it excludes (a chart's
// CONTRIBUTING.md has the chart's releases).
func (k *Kind) sectionsIn(d *doc) bool {
	if !slices.ContainsFunc(k.SectionIn, d.hasKind) || d.hasKind(k.Name) {
		return false
	}
	p := strings.ToLower(d.path)
	return !matches(k.Exclude, p) && !matches(k.DeepSectionExclude, p)
}

// placeholderRe matches a paragraph that only says the text is still to come.
var placeholderRe = regexp.MustCompile(`^(?:todo|tbd|tba|wip|coming soon|work in progress|to be (?:added|written|done|defined|documented|determined))$`)

// underExample reports whether heading i is inside the section of a heading that names
// a demo, an example or a tutorial (example): "### Design" under "## Local Demo" is the
// demo's design, not the project's. The document's title is no such section: "# Quarry
// Playground" is the project's name.
func underExample(hs []heading, i int, example *Pattern) bool {
	level := hs[i].level
	for j := i - 1; j >= 0 && level > 2; j-- {
		if hs[j].level >= level {
			continue
		}
		if matches(example, hs[j].norm) {
			return true
		}
		level = hs[j].level
	}
	return false
}

// findSections records the README sections whose headings name a kind (and those of
// the documents a kind's section_in names), and the sections of any other document
// whose headings match a kind's deep_section.
func (pr *project) findSections() {
	for _, ds := range pr.docs {
		for _, d := range ds {
			if d.p == nil {
				continue
			}
			hs := d.p.headings
			for i, h := range hs {
				if h.level > 3 {
					continue
				}
				end := sectionEnd(hs, i)
				units, links := sectionText(d.p, h.line, end)
				if len(links) == 0 && placeholderOnly(units) {
					// "## Releasing" over "TODO": a heading over a placeholder is over
					// nothing to read.
					units = nil
				}
				for _, k := range pr.v.Kinds() {
					// A README's sections are the kind's when their headings name it, any
					// other document's when their headings are a deep section's; those of
					// the documents the kind reads as it reads a README, either way.
					deep := !d.readme && k.deepSectionOf(d, h)
					top := !deep && (d.readme || k.sectionsIn(d)) &&
						matches(k.Section, h.norm) && !matches(k.TitleExclude, h.norm) && !underExample(hs, i, pr.v.ExampleHeading)
					if !top && !deep {
						continue
					}
					if top && k.SectionText != nil && len(links) == 0 && !slices.ContainsFunc(units, func(u unit) bool { return k.SectionText.MatchString(u.norm) }) {
						// "## Security" on the product's isolation features is no
						// security policy: the section must say what the kind is about,
						// or link where it is.
						continue
					}
					code := inSection(d.p.code, h.line, end)
					if len(units) == 0 && !code && !(k.Figures && inSection(d.p.images, h.line, end)) {
						// "## Usage" over an animated screenshot: a heading over
						// nothing to read is not the document (a diagram under
						// "## Architecture" is).
						continue
					}
					commands := k.Commands && code
					// A diagram under "## Architecture" is the overview, whatever the
					// prose beside it links ("see the documentation for more").
					figure := k.Figures && inSection(d.p.images, h.line, end)
					if !k.ByReference && !commands && !figure && (pr.onlyPoints(d, units, links, k.Name) || !(k.LinkList && isList(units)) && pr.onlyLinksOut(d, units, links)) {
						// "## Adopters" with only "see [our website](...)": the
						// section is a link, not the document. (For user
						// documentation, commands to run, "pip install ...", are
						// documentation whatever it links.)
						pr.pointSection(d, k.Name, links)
						continue
					}
					if k.Others && pr.ownCatalogue(d, units) {
						// "### Ecosystem" over a table of the project's own repositories:
						// where its parts are, not what it works with.
						continue
					}
					if own := ownUnits(units, hs, i); !k.ByReference && !k.LinkList && !commands && pr.repoList(d, own) {
						// "## Getting Started" over "[spire](https://github.com/spiffe/spire):
						// a reference implementation ...": a list of the project's
						// repositories says where things are, it documents none of them.
						// The repositories not read are where the document may be; those
						// read are read for themselves.
						pr.pointSection(d, k.Name, pr.leaving(d, own))
						continue
					}
					if top && !k.ByReference && !commands && !figure {
						if pr.handsOff(d, k, units) {
							// Like a section that only points: its links are the
							// kind's, followed when read, links out otherwise.
							pr.pointSection(d, k.Name, links)
							continue
						}
					}
					l := pr.loc(d, h.line)
					l.Path = d.path + "#" + h.text
					l.How, l.Text = "section", h.text
					pr.sections = append(pr.sections, section{d: d, kind: k.Name, start: h.line, end: end, loc: l})
				}
			}
		}
	}
}

// sectionEnd is the line where the section under heading i ends: the next heading of
// the same or a higher level, else past the end.
func sectionEnd(hs []heading, i int) int {
	for _, h := range hs[i+1:] {
		if h.level <= hs[i].level {
			return h.line
		}
	}
	return 1 << 30
}

// sectionText returns the units and the links of a section, its heading's links apart.
func sectionText(p *parsed, heading, end int) ([]unit, []link) {
	var units []unit
	var links []link
	for _, u := range p.units {
		if u.line > heading && u.line < end {
			units = append(units, u)
		}
	}
	for _, k := range p.links {
		if k.line > heading && k.line < end {
			links = append(links, k)
		}
	}
	return units, links
}

// pointSection records the links of a README section that only points elsewhere as
// the document of its kind: the linked document when it is read, a link out otherwise.
func (pr *project) pointSection(d *doc, kind string, links []link) {
	holders := pr.holders(d, links, kind)
	for i, k := range links {
		t, ok := pr.rs.resolve(d.repo, d.path, k.target)
		if !ok || holders[i] {
			continue
		}
		// "Refer to the [Contributing] guide and the [Code of Conduct]": a link whose
		// text names another kind leads to that kind's document, not to this one.
		if named, _ := pr.linkNames(d, k, linkWords(k)); namesOther(named, []string{kind}) {
			continue
		}
		at := pr.loc(d, k.line)
		if t.repo < 0 {
			if strings.HasPrefix(strings.ToLower(t.url), "http") {
				pr.addLinkOut(kind, at, t.url, k.text)
			}
			continue
		}
		td := pr.lookup(t)
		switch {
		case td != nil && pr.unread(kind, td):
			pr.addLinkOut(kind, at, k.target, k.text)
		case td != nil && td != d && !pr.excludes(kind, td):
			td.addKind(kind, pr.pointerLoc(d, td, k))
		}
	}
}

// holders returns the indexes of the links that lead to a repository or a folder
// holding a document another of the links leads to, one that is the kind's (its text
// names no other kind) and no form: "You can find the
// [roadmap](https://github.com/o/community/blob/main/ROADMAP.md) in the [community
// repository](https://github.com/o/community)" points to one place, the roadmap, and
// says where it is kept; the repository's front page is not the document. Beside a
// link to the code of conduct, or to a template, the repository is a place of its own.
// Read for no one kind (kind ""), every link is a place.
func (pr *project) holders(d *doc, links []link, kind string) map[int]bool {
	if kind == "" {
		return nil
	}
	type resolved struct {
		t            target
		folder, keep bool
	}
	ts := make([]resolved, len(links))
	for i, k := range links {
		t, ok := pr.rs.resolve(d.repo, d.path, k.target)
		if !ok || t.repo < 0 {
			continue // out of the repositories read: a place by its site
		}
		r := resolved{t: t, folder: t.path == "" || pr.folders[t.repo][t.path]}
		if td := pr.lookup(t); !r.folder && td != nil && td != d && !template(td.path) {
			named, _ := pr.linkNames(d, k, linkWords(k))
			r.keep = len(named) == 0 || slices.Contains(named, kind)
		}
		ts[i] = r
	}
	out := map[int]bool{}
	for i, h := range ts {
		if !h.folder {
			continue
		}
		for j, x := range ts {
			if i != j && x.keep && x.t.repo == h.t.repo && (h.t.path == "" || strings.HasPrefix(x.t.path, h.t.path+"/")) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// pointerLoc locates td as reached through k, a link of d that points to it: td's first
// line, how "pointer", the link's text, and the link's place as via.
func (pr *project) pointerLoc(d, td *doc, k link) snapshot.Location {
	l := pr.loc(td, 1)
	l.How, l.Text = "pointer", oneLine(k.text)
	via := pr.loc(d, k.line)
	via.URL = k.target
	l.Via = &via
	return l
}

// readsTopic reports whether the line of d is read for topic t: d is of a kind the
// topic is read in, or linked from one, or the line is in a README section of one.
func (pr *project) readsTopic(d *doc, t *Topic, line int) bool {
	for _, in := range t.In {
		if in == Readme && d.readme || d.hasKind(in) || d.linkedFrom[in] {
			return true
		}
	}
	for _, s := range pr.sections {
		if s.d == d && line >= s.start && line < s.end && slices.Contains(t.In, s.kind) {
			return true
		}
	}
	for kind, re := range t.InUnder {
		if (d.hasKind(kind) || d.linkedFrom[kind]) && d.p != nil && underHeading(d.p.headings, line, re, 0) {
			return true
		}
	}
	return false
}

// locations returns, for each kind, where its documents were found: the files of every
// repository, in repository order and the strongest way first, then README sections.
func (pr *project) locations() map[string][]snapshot.Location {
	out := map[string][]snapshot.Location{}
	for _, k := range pr.v.Kinds() {
		out[k.Name] = []snapshot.Location{}
	}
	for _, ds := range pr.docs {
		for _, d := range ds {
			for k, l := range d.kinds {
				out[k] = append(out[k], l)
			}
		}
	}
	for k, ls := range out {
		repoOf := map[string]int{}
		for i, n := range pr.names {
			repoOf[n] = i
		}
		sort.SliceStable(ls, func(i, j int) bool {
			a, b := ls[i], ls[j]
			if repoOf[a.Repo] != repoOf[b.Repo] {
				return repoOf[a.Repo] < repoOf[b.Repo]
			}
			if howRank[a.How] != howRank[b.How] {
				return howRank[a.How] < howRank[b.How]
			}
			return a.Path < b.Path
		})
		out[k] = ls
	}
	for _, s := range pr.sections {
		out[s.kind] = append(out[s.kind], s.loc)
	}
	return out
}

// dateRe finds a report's date in its name or title: 2023, 2023-06, 2023-06-30.
var dateRe = regexp.MustCompile(`\b(20\d\d)(?:[-_. ]?(0[1-9]|1[0-2]))?(?:[-_. ]?(0[1-9]|[12]\d|3[01]))?\b`)

// reportDate returns the date a report's file name, else its title, gives.
func reportDate(d *doc) string {
	for _, s := range []string{path.Base(d.path), titleOf(d)} {
		if m := dateRe.FindStringSubmatch(strings.NewReplacer("_", "-").Replace(s)); m != nil {
			out := m[1]
			if m[2] != "" {
				out += "-" + m[2]
				if m[3] != "" {
					out += "-" + m[3]
				}
			}
			return out
		}
	}
	return ""
}

func titleOf(d *doc) string {
	if d.p == nil {
		return ""
	}
	return d.p.title
}

// template reports whether p names a template: a form to fill in
// ("release-notes-template.md", "ISSUE_TEMPLATE/bug.md").
func template(p string) bool {
	return strings.Contains(strings.ToLower(p), "template")
}
