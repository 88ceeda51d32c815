package documents

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/graduate-dev/graduate/internal/parallel"
	"github.com/graduate-dev/graduate/snapshot"
)

// maxPerDocument caps the headings, and the sentences, that one document contributes to
// one topic: enough to show where it is stated, not every mention.
const maxPerDocument = 3

// maxHints caps the hints recorded for one topic: enough for a person to look.
const maxHints = 5

// readTopics records, for each topic, the headings and the sentences (paragraphs, list
// items, table rows) that state it in the documents it is read in.
func (pr *project) readTopics(ctx context.Context) error {
	var docs []*doc
	for _, ds := range pr.docs {
		for _, d := range ds {
			if d.p != nil && !d.draft() {
				docs = append(docs, d)
			}
		}
	}
	// Each document is read on its own, on every CPU; what they found is merged in
	// document order.
	type found struct {
		topic string
		loc   snapshot.Location
		out   *link // a link out a sentence states the topic through
		hint  bool  // a sentence in a document the topic is not read in
	}
	results := make([][]found, len(docs))
	err := parallel.Each(ctx, len(docs), func(i int) error {
		d := docs[i]
		for _, t := range pr.v.Topics {
			if !pr.mayRead(d, t) {
				if t.Hints != nil && pr.hintable(d, t) {
					if u, ok := firstStatement(t, d.p.units, t.Hints); ok {
						l := pr.loc(d, u.line)
						l.How, l.Text = "sentence", u.text
						results[i] = append(results[i], found{topic: t.Name, loc: l, hint: true})
					}
				}
				continue
			}
			n := 0
			for hi, h := range d.p.headings {
				if n == maxPerDocument {
					break
				}
				if pr.readsTopic(d, t, h.line) && t.headed(h.norm) {
					// "## Schedule" over only "The schedule is defined on [the
					// website](...)": the heading names the topic, its section only
					// points to where it is stated.
					// (A section that points into the repositories read keeps its
					// heading: the document it points to is read as well.)
					end := sectionEnd(d.p.headings, hi)
					units, links := sectionText(d.p, h.line, end)
					if t.ListHeading != "" && pr.roster(units) {
						l := pr.loc(d, h.line)
						l.How, l.Text = "heading", h.text
						results[i] = append(results[i], found{topic: t.ListHeading, loc: l})
						continue
					}
					points := len(units) > 0 && pr.onlyPoints(d, units, links, "")
					if points {
						var out []found
						for j := range d.p.links {
							if k := d.p.links[j]; k.line > h.line && k.line < end && pr.leaves(d, k) {
								out = append(out, found{topic: t.Name, out: &d.p.links[j]})
							}
						}
						if len(out) > 0 {
							results[i] = append(results[i], out...)
							continue
						}
					}
					// "## Reporting a Vulnerability" opening with "Instructions for
					// reporting a vulnerability can be found on the [Istio Security
					// Vulnerabilities] page": the topic is stated on that page, out of the
					// repositories read; the heading is the link out.
					if !points && len(units) > 0 && pr.pointsFirst(d, units[0]) && !statesIn(t, units[0].sentences) {
						if j := units[0].links[0]; pr.leaves(d, d.p.links[j]) {
							results[i] = append(results[i], found{topic: t.Name, out: &d.p.links[j]})
							continue
						}
					}
					// "## Roles and Membership" opening with "Roles are described in
					// [Community Membership](membership.md)": the topic is stated in
					// the document the heading points to, which is read as well; that
					// document is the evidence, reached through the heading's link.
					// (A first paragraph that states the topic itself keeps the heading.)
					if ls := pr.pointedDocs(d, units, points); len(ls) > 0 && !statesIn(t, units[0].sentences) {
						for _, l := range ls {
							results[i] = append(results[i], found{topic: t.Name, loc: l})
						}
						n++
						continue
					}
					if t.ListOnly && listed(t, d.p, hi, end) == 0 {
						// "## Subprojects" over how one is created: no list under it.
						continue
					}
					l := pr.loc(d, h.line)
					l.How, l.Text = "heading", h.text
					results[i] = append(results[i], found{topic: t.Name, loc: l})
					n++
				}
			}
			n = 0
			for _, u := range d.p.units {
				if n == maxPerDocument {
					break
				}
				if u.navigation || !pr.readsTopic(d, t, u.line) {
					continue
				}
				under := ""
				if !statesIn(t, u.sentences) {
					var ok bool
					if under, ok = goesOn(t, d.p, u); !ok {
						continue
					}
				}
				// A sentence that states the topic only in the text of a link out of
				// the repositories read ("see our [support matrix](https://...)"),
				// or that says it is stated there ("the release schedule is defined
				// on [the website](https://...)"), is that link, not the statement;
				// unless it also gives an address to write to, which is a statement.
				if out := pr.outLinks(d, u); len(out) > 0 && (namedByLink(t, d, out) || pr.statedOnlyElsewhere(t, u)) {
					for _, j := range out {
						results[i] = append(results[i], found{topic: t.Name, out: &d.p.links[j]})
					}
					continue
				}
				// One that says only that the topic is in a document read ("Learn more
				// about our support policy [here](SUPPORT.md)") states nothing: the
				// document it links is read for itself, and states it or not.
				if under == "" && pr.linksRead(d, u) && pr.opensWithPointer(t, u) {
					continue
				}
				l := pr.loc(d, u.line)
				l.How, l.Text = "sentence", u.text
				if under != "" {
					l.Text = under + ": " + u.text
				}
				results[i] = append(results[i], found{topic: t.Name, loc: l})
				n++
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, fs := range results {
		d := docs[i]
		for _, f := range fs {
			if f.hint {
				if len(pr.hints[f.topic]) < maxHints {
					pr.hints[f.topic] = append(pr.hints[f.topic], f.loc)
				}
				continue
			}
			if f.out == nil {
				pr.topics[f.topic] = append(pr.topics[f.topic], f.loc)
				continue
			}
			t, _ := pr.rs.resolve(d.repo, d.path, f.out.target)
			pr.addLinkOut(f.topic, pr.loc(d, f.out.line), t.url, f.out.text)
		}
	}
	for name, ls := range pr.topics {
		pr.topics[name] = sortLocations(ls)
	}
	return nil
}

// rosterWords is the most words a paragraph that introduces a list of people may have
// ("The following emeritus members are recognized for their previous role").
const rosterWords = 20

// roster reports whether a section's units are only a list of people: brief list items
// or table rows (at least one) (a row of name, company, handle and key), and brief
// paragraphs ("The following emeritus members are recognized ..."), none of which
// states a topic. A list item that says how one becomes emeritus is a statement, not a
// name.
func (pr *project) roster(units []unit) bool {
	if len(units) == 1 && !units[0].item && noneYetRe.MatchString(units[0].norm) {
		return true // "(No emeritus maintainers yet)": the list, empty for now
	}
	if items(units) == 0 {
		return false // an empty section, or a paragraph, is no list of people
	}
	for _, u := range units {
		most := rosterWords
		if u.item {
			most *= 2
		}
		if len(strings.Fields(u.norm)) > most || pr.statesAnyTopic(u) {
			return false
		}
	}
	return true
}

// noneYetRe matches the line that stands for an empty list of people: "No emeritus
// maintainers yet", "None.", "TBD".
var noneYetRe = regexp.MustCompile(`^(?:(?:there are )?(?:currently )?no (?:\w+ ){0,3}(?:yet|so far|at (?:the moment|this time)|currently)|(?:there are )?(?:currently )?no (?:\w+ ){0,3}(?:maintainers|members|people|one)|none(?: yet| so far| at (?:the moment|this time)| currently)?|nobody(?: yet)?|tbd|n a)$`)

// pointedDocs returns, as pointers, the documents of the repositories read that a
// section points to: every document it links when it only points (points), else those
// its first paragraph says the topic is in ("Roles are described in [...](...)"),
// through the paragraph's first link.
func (pr *project) pointedDocs(d *doc, units []unit, points bool) []snapshot.Location {
	if len(units) == 0 || !points && !pr.pointsFirst(d, units[0]) {
		return nil
	}
	from := units[:1]
	if points {
		from = units
	}
	var out []snapshot.Location
	for _, u := range from {
		links := u.links
		if !points && len(links) > 1 {
			// The paragraph's first link is the one its pointer sentence names; the
			// others are what it goes on to say.
			links = links[:1]
		}
		for _, i := range links {
			k := d.p.links[i]
			t, ok := pr.rs.resolve(d.repo, d.path, k.target)
			if !ok || t.repo < 0 {
				continue
			}
			td := pr.lookup(t)
			if td == nil || td == d || td.p == nil {
				continue
			}
			out = append(out, pr.pointerLoc(d, td, k))
		}
	}
	return out
}

// pointsFirst reports whether u says, before its first link, that what follows is
// elsewhere: "Roles are described in [Community Membership](...)", not
// "[Maintainers](...) contributions are measured with DevStats (see also ...)".
func (pr *project) pointsFirst(d *doc, u unit) bool {
	if len(u.links) == 0 {
		return false
	}
	at := pr.pointer.FindStringIndex(u.norm)
	if at == nil {
		return false
	}
	k := d.p.links[u.links[0]]
	name := normalize(k.text)
	if name == "" {
		return true // a bare URL after the words
	}
	return strings.Index(u.norm, name) >= at[1]
}

// outLinks returns the links of a unit that leave the repositories read, as indexes
// into d's links.
func (pr *project) outLinks(d *doc, u unit) []int {
	var out []int
	for _, i := range u.links {
		if pr.leaves(d, d.p.links[i]) {
			out = append(out, i)
		}
	}
	return out
}

// linksRead reports whether u links a document of the repositories read.
func (pr *project) linksRead(d *doc, u unit) bool {
	for _, i := range u.links {
		if t, ok := pr.rs.resolve(d.repo, d.path, d.p.links[i].target); ok && t.repo >= 0 && pr.lookup(t) != nil {
			return true
		}
	}
	return false
}

// leaves reports whether a link of d leads out of the repositories read, to a web page
// that could hold the project's own text: "we follow [Semantic
// Versioning](https://semver.org)" names a reference, and states the topic itself.
//
// A chat is no such page: "announced on [#project-chaos](slack)" says where people
// talk, not where a topic is written down (a forum or discussion thread may be).
func (pr *project) leaves(d *doc, k link) bool {
	t, ok := pr.rs.resolve(d.repo, d.path, k.target)
	if !ok || t.repo >= 0 || !strings.HasPrefix(t.url, "http") || pr.v.Reference(t.url) {
		return false
	}
	return !isChat(t.url)
}

// statedOnlyElsewhere reports whether every sentence of u that states t says it is
// stated elsewhere ("the release schedule is defined on the website"), and u gives no
// address to write to.
func (pr *project) statedOnlyElsewhere(t *Topic, u unit) bool {
	if emailRe.MatchString(u.text) {
		return false
	}
	for _, s := range u.sentences {
		if states(t, s) && !matches(pr.pointer, s) {
			return false
		}
	}
	return true
}

// opensWithPointer reports whether u has a sentence that states t and every such
// sentence opens by sending the reader elsewhere ("Learn more about our support policy
// [here](...)"), and u gives no address to write to: a sentence that states something
// and then points on ("Quarry follows a three-month cadence, see [the calendar]")
// states it.
func (pr *project) opensWithPointer(t *Topic, u unit) bool {
	if emailRe.MatchString(u.text) {
		return false
	}
	stating := 0
	for _, s := range u.sentences {
		if !states(t, s) {
			continue
		}
		if !matches(pr.v.PointerOpening, s) {
			return false
		}
		stating++
	}
	return stating > 0
}

// namedByLink reports whether the text of one of the links names the topic itself
// ("our [support matrix](...)"): the sentence states it only through that link.
func namedByLink(t *Topic, d *doc, links []int) bool {
	for _, i := range links {
		if w := normalize(d.p.links[i].text); w != "" && (matches(t.Link, w) || matches(t.Heading, w)) {
			return true
		}
	}
	return false
}

// mayRead reports whether any part of d may be read for t, before looking at lines.
func (pr *project) mayRead(d *doc, t *Topic) bool {
	if d.form {
		return false // a template's checklist states nothing about the project
	}
	for _, in := range t.In {
		if in == Readme && d.readme || d.hasKind(in) || d.linkedFrom[in] {
			return true
		}
	}
	for _, s := range pr.sections {
		if s.d == d && slices.Contains(t.In, s.kind) {
			return true
		}
	}
	for kind := range t.InUnder {
		if d.hasKind(kind) || d.linkedFrom[kind] {
			return true // under which headings: readsTopic, line by line
		}
	}
	return false
}

// hintable reports whether a document not read for topic t may hint at it: one of the
// project's own pages (in a repository's root or the vocabulary's hint_folders, or one
// an entry document links to, not an unlinked package's, test suite's or sample's
// README), and not a form, a changelog or a roadmap (unless t's hint_in names its
// kind), a blog post or a page hint_exclude names (a proposal, an announcement), which
// tell of one release, one plan or one day, nor an adopters list (an adopter's "Beta"
// is its own stage, not a release's).
func (pr *project) hintable(d *doc, t *Topic) bool {
	oneOf := func(kind string) bool { return d.hasKind(kind) && !slices.Contains(t.HintIn, kind) }
	if d.p == nil || d.form || oneOf(KindChangelog) || oneOf(KindRoadmap) || d.hasKind(KindAdopters) || isPost(d.path) || matches(pr.v.HintExclude, strings.ToLower(d.path)) {
		return false
	}
	top, _, nested := strings.Cut(d.path, "/")
	// (cloudevents' README links its SDK requirements, kept beside the spec, which
	// state the releases SDKs support.)
	// (A security self-assessment or a general technical review describes the
	// project's practices for the TOC, wherever it is kept: microcks' "Microcks
	// components are distributed as OCI container images".)
	return !nested || pr.v.HintFolders[strings.ToLower(top)] || d.depth > 0 || d.hasKind(kindSelfAssessment) || d.hasKind(kindGTR)
}

// firstStatement returns the first unit of a document that states the topic and
// matches also.
func firstStatement(t *Topic, units []unit, also *Pattern) (unit, bool) {
	for _, u := range units {
		if !u.navigation && also.MatchString(u.norm) && statesIn(t, u.sentences) {
			return u, true
		}
	}
	return unit{}, false
}

// statesIn reports whether one sentence of a paragraph states the topic.
func statesIn(t *Topic, sentences []string) bool {
	for _, s := range sentences {
		if states(t, s) {
			return true
		}
	}
	return false
}

// states reports whether a sentence states the topic: every pattern of one of its
// statements matches it, and the topic's except does not. (except is asked last: few
// sentences match a statement.)
func states(t *Topic, norm string) bool {
	for _, all := range t.Statements {
		ok := true
		for _, re := range all {
			if !re.MatchString(norm) {
				ok = false
				break
			}
		}
		if ok {
			return !matches(t.Except, norm)
		}
	}
	return false
}

// sortLocations orders locations by repository, path and line, dropping repeats of a
// place (a heading that is also a link's place keeps its first entry).
func sortLocations(ls []snapshot.Location) []snapshot.Location {
	sortByPlace(ls)
	out := ls[:0]
	seen := map[string]bool{}
	for _, l := range ls {
		k := l.Key() + "\x00" + l.How
		if !seen[k] {
			seen[k] = true
			out = append(out, l)
		}
	}
	return out
}

// maxItemWords is the length of a list item that reads as going on from its heading
// ("- Roughly every 3 months" under "MINOR release"), not as a statement of its own.
const maxItemWords = 12

// maxLeadQuote is how much of a lead-in the evidence quotes before its item.
const maxLeadQuote = 100

// goesOn returns what a brief list item that does not state topic t alone goes on from
// when the two together state it, quoted as the evidence quotes it: the sentence that
// introduces its list, for a topic whose row says lead_in ("Patch releases may be
// created to resolve:" over "- CVEs"), or a heading the row's under_heading matches
// ("#### MINOR release" over "- Roughly every 3 months"). Neither when the lead-in or
// the heading states the topic itself: that is the evidence already.
func goesOn(t *Topic, p *parsed, u unit) (string, bool) {
	if lead, ok := leadIn(p, u); ok && t.LeadIn && !statesIn(t, lead.sentences) && states(t, lead.sentences[len(lead.sentences)-1]+" "+u.norm) {
		quote := strings.TrimSuffix(strings.TrimSpace(lead.text), ":")
		if r := []rune(quote); len(r) > maxLeadQuote {
			quote = "…" + string(r[len(r)-maxLeadQuote:]) // the lead-in's end, which the item goes on from
		}
		return quote, true
	}
	if t.UnderHeading == nil {
		return "", false
	}
	h, ok := headingOver(p.headings, u)
	if !ok || !matches(t.UnderHeading, h.norm) || t.headed(h.norm) || !states(t, h.norm+" "+u.norm) {
		return "", false
	}
	return h.text, true
}

// leadIn returns the paragraph that introduces the list u is a brief item of.
func leadIn(p *parsed, u unit) (unit, bool) {
	if u.lead == 0 || len(strings.Fields(u.norm)) > maxItemWords {
		return unit{}, false
	}
	l := p.units[u.lead-1]
	return l, len(l.sentences) > 0
}

// headingOver returns the heading a brief list item or table row stands under, when it
// is one.
func headingOver(hs []heading, u unit) (heading, bool) {
	if !u.item || len(strings.Fields(u.norm)) > maxItemWords {
		return heading{}, false
	}
	h := nearestHeading(hs, u.line)
	return h, h.line > 0
}

// listed counts the entries of the list under the heading hs[hi] (its section ends at
// end): the list items and table rows, and the subheadings that name an entry ("###
// mappers-go"); a subsection on something the topic excludes ("### Adding core
// subprojects", "### Changing the status of ...") is no entry, nor is anything under it.
func listed(t *Topic, p *parsed, hi, end int) int {
	n := 0
	owner := p.headings[hi]
	for _, h := range p.headings[hi+1:] {
		if h.line >= end {
			break
		}
		if !underHeading(p.headings, h.line, t.Except, owner.line) {
			n++
		}
	}
	for _, u := range p.units {
		if u.line > owner.line && u.line < end && u.item && !underHeading(p.headings, u.line, t.Except, owner.line) {
			n++
		}
	}
	return n
}

// underHeading reports whether line is, or lies under, a heading re matches: the
// heading at line itself or one of those it is nested in, below the line above (0: any).
func underHeading(hs []heading, line int, re *Pattern, above int) bool {
	level := 1 << 30
	for i := len(hs) - 1; i >= 0; i-- {
		h := hs[i]
		if h.line > line || h.level >= level {
			continue
		}
		if h.line <= above {
			return false
		}
		if matches(re, h.norm) {
			return true
		}
		level = h.level
	}
	return false
}

// nearestHeading returns the last heading before line.
func nearestHeading(hs []heading, line int) heading {
	var over heading
	for _, h := range hs {
		if h.line >= line {
			break
		}
		over = h
	}
	return over
}
