package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/graduate-dev/graduate/snapshot"
)

// The markdown format is the TOC application checklist: the template's sections in its
// order, each with the template's Suggested and Required groups for the level, one task
// item per criterion with its wording, evidence and, when not met, why. It is meant to be
// pasted into the application issue, so it holds nothing that changes between two runs
// on the same snapshot. Several reports are written one after the other, separated by a
// horizontal rule.

// group is one sub-heading of a template section and the requirement it lists. An empty
// title is a section the template does not divide.
type group struct{ title, requirement string }

var (
	// The incubation and graduation templates list Suggested before Required.
	templateGroups = []group{{"Suggested", "suggested"}, {"Required", "required"}}
	// The sandbox form's checks come before its recommendations.
	sandboxGroups = []group{{"Required", "required"}, {"Suggested", "suggested"}}
	// The graduation template's Engineering Principles has no sub-headings: every item
	// is required.
	undivided = []group{{"", ""}}
)

// groupsAt is how the template for a level divides a section.
func groupsAt(level, section string) []group {
	switch {
	case level == "sandbox":
		return sandboxGroups
	case level == "graduation" && section == "engineering":
		return undivided
	}
	return templateGroups
}

// sectionsAt lists the sections of a report in the order its template has them: the
// TOC templates' order, with the sandbox form's own list first at sandbox. A section
// the titles do not know (from policies newer than this code) comes last, by its ID.
func sectionsAt(r *Report) []struct{ ID, Title string } {
	out := slices.Clone(SectionTitles)
	if r.Level == "sandbox" {
		i := slices.IndexFunc(out, func(s struct{ ID, Title string }) bool { return s.ID == "sandbox" })
		if i > 0 {
			s := out[i]
			out = slices.Insert(slices.Delete(out, i, i+1), 0, s)
		}
	}
	for _, c := range r.Criteria {
		if !slices.ContainsFunc(out, func(s struct{ ID, Title string }) bool { return s.ID == c.Section }) {
			out = append(out, struct{ ID, Title string }{c.Section, c.Section})
		}
	}
	return out
}

func writeMarkdown(w io.Writer, reports []*Report, opts Options) error {
	bw := bufio.NewWriter(w)
	for i, r := range reports {
		if i > 0 {
			fmt.Fprint(bw, "\n---\n\n")
		}
		markdownReport(bw, r, opts)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write markdown report: %w", err)
	}
	return nil
}

func markdownReport(w io.Writer, r *Report, opts Options) {
	name := r.Project
	if name == "" {
		name = "Project"
	}
	level := capitalise(r.Level)
	fmt.Fprintf(w, "# %s %s Application\n\n", mdText(name), level)

	var from []string
	if r.Snapshot != "" {
		from = append(from, fmt.Sprintf("from `%s`", strings.ReplaceAll(r.Snapshot, "`", "'")))
	}
	if r.CollectedAt != "" {
		from = append(from, "collected "+mdText(r.CollectedAt))
	}
	line := "Criteria checklist drafted by graduate"
	if len(from) > 0 {
		line += " " + strings.Join(from, ", ")
	}
	if opts.Tool.RuleSet != "" {
		line += ", judged against " + mdText(opts.Tool.RuleSet)
	}
	fmt.Fprintf(w, "%s. Checked items passed or are waived; attested items are the project's own statements, not verified by graduate.\n\n", line)

	var repos []string
	for _, repo := range r.Repositories {
		if repo.URL != "" {
			repos = append(repos, mdText(repo.URL)) // a bare URL GitHub links as it is
		} else {
			repos = append(repos, mdText(repo.Name))
		}
	}
	if len(repos) > 0 {
		fmt.Fprintf(w, "Project Repo(s): %s\n\n", strings.Join(repos, ", "))
	}
	if a := levelAssertion(r.Landscape, r.Level); a != "" {
		fmt.Fprintf(w, "%s\n\n", a)
	}

	if r.Met {
		fmt.Fprintf(w, "**%s criteria met:** every required criterion passed or is waived.\n\n", level)
	} else {
		// Split by what each waits for, which tells the maintainer what to do next; the
		// reasons under each criterion say why.
		fmt.Fprintf(w, "**%s criteria not met:** %d required %s did not pass and %s not waived:\n\n",
			level, len(r.Unmet), plural(len(r.Unmet), "criterion", "criteria"), plural(len(r.Unmet), "is", "are"))
		for _, g := range r.gaps() {
			codes := make([]string, len(g.IDs))
			for i, id := range g.IDs {
				codes[i] = "`" + id + "`"
			}
			label := gapLabel(g.Kind)
			fmt.Fprintf(w, "- %s%s (%d): %s\n", strings.ToUpper(label[:1]), label[1:], len(g.IDs), strings.Join(codes, ", "))
		}
		fmt.Fprintln(w)
	}
	if ts := r.tallies(); len(ts) > 0 {
		fmt.Fprintln(w, "| section | required met |")
		fmt.Fprintln(w, "|---|---:|")
		for _, t := range ts {
			fmt.Fprintf(w, "| %s | %d of %d |\n", mdText(t.Title), t.Met, t.Required)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "| pass | fail | unknown | waived | not applicable |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|")
	fmt.Fprintf(w, "| %d | %d | %d | %d | %d |\n", r.Summary["pass"], r.Summary["fail"], r.Summary["unknown"], r.Summary["waived"], r.Summary["not_applicable"])

	for _, sec := range sectionsAt(r) {
		var rows []Criterion
		for _, c := range r.Criteria {
			if c.Section == sec.ID && c.Status != "not_applicable" {
				rows = append(rows, c)
			}
		}
		if len(rows) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n## %s\n", mdText(sec.Title))
		groups := groupsAt(r.Level, sec.ID)
		for _, g := range groups {
			var items []Criterion
			for _, c := range rows {
				if g.requirement == "" || c.Requirement == g.requirement {
					items = append(items, c)
				}
			}
			if g.title != "" {
				fmt.Fprintf(w, "\n### %s\n", g.title)
			}
			fmt.Fprintln(w)
			if len(items) == 0 {
				fmt.Fprintln(w, "N/A")
				continue
			}
			for _, c := range items {
				if _, ok := parentIn(c, items); ok {
					continue // listed under its parent
				}
				markdownItem(w, r, c, items, "", g.requirement == "")
			}
		}
		// A requirement no group lists (none today) is still shown, never dropped.
		var rest []Criterion
		for _, c := range rows {
			if !slices.ContainsFunc(groups, func(g group) bool { return g.requirement == "" || g.requirement == c.Requirement }) {
				rest = append(rest, c)
			}
		}
		if len(rest) > 0 {
			fmt.Fprint(w, "\n### Other\n\n")
			for _, c := range rest {
				markdownItem(w, r, c, nil, "", true)
			}
		}
	}
}

// parentIn returns the ID of the criterion a sub-criterion belongs to when that one is
// listed in the same group (engineering.release_process.tagging belongs to
// engineering.release_process), as the template nests such items.
func parentIn(c Criterion, items []Criterion) (string, bool) {
	for id := c.ID; ; {
		i := strings.LastIndex(id, ".")
		if i <= 0 {
			return "", false
		}
		id = id[:i]
		if slices.ContainsFunc(items, func(o Criterion) bool { return o.ID == id }) {
			return id, true
		}
	}
}

// markdownItem writes one task item, its evidence and verdict, then its sub-criteria
// nested under it.
func markdownItem(w io.Writer, r *Report, c Criterion, items []Criterion, indent string, showRequirement bool) {
	// A criterion with parts (the release process) is ticked only when its parts are.
	var partsUnmet bool
	for _, child := range items {
		if parent, ok := parentIn(child, items); ok && parent == c.ID && !statusMet(child.Status) {
			partsUnmet = true
		}
	}
	box := "[ ]"
	if statusMet(c.Status) && !partsUnmet {
		box = "[x]"
	}
	fmt.Fprintf(w, "%s- %s **%s** (`%s`", indent, box, mdText(strings.TrimSpace(c.Title)), c.ID)
	// An undivided section lists required items; a suggested one among them says so.
	if showRequirement && c.Requirement == "suggested" {
		fmt.Fprintf(w, ", %s", c.Requirement)
	}
	fmt.Fprintln(w, ")")
	sub := indent + "  "

	var links []string
	var waiverReasons []string
	for _, e := range c.Evidence {
		switch e.Kind {
		case "file", "url":
			links = append(links, markdownEvidence(r, e))
		}
	}
	if links = shown(links); len(links) > 0 {
		fmt.Fprintf(w, "%s- Evidence: %s\n", sub, strings.Join(links, ", "))
	}
	if statusMet(c.Status) && partsUnmet {
		fmt.Fprintf(w, "%s- Not ticked: not all of its parts below are met.\n", sub)
	}
	for _, e := range c.Evidence {
		switch e.Kind {
		case "attestation":
			fmt.Fprintf(w, "%s- Attested by %s on %s, not verified: %s", sub, mdText(e.AttestedBy), mdText(e.Date), mdText(e.Statement))
			if e.URL != "" {
				fmt.Fprintf(w, " (%s)", mdLink("evidence", e.URL))
			}
			fmt.Fprintln(w)
		case "waiver":
			fmt.Fprintf(w, "%s- Waived until %s, approved by %s: %s\n", sub, mdText(e.Expires), mdText(e.ApprovedBy), mdText(e.Reason))
			waiverReasons = append(waiverReasons, fmt.Sprintf("waived until %s by %s: %s", e.Expires, e.ApprovedBy, e.Reason))
		case "file", "url":
		default:
			fmt.Fprintf(w, "%s- Evidence: %s\n", sub, mdText(e.String()))
		}
	}
	switch c.Status {
	case "fail", "unknown":
		if len(c.Reasons) == 0 {
			fmt.Fprintf(w, "%s- **Not met (%s).**\n", sub, c.Status)
		}
		for _, reason := range c.Reasons {
			fmt.Fprintf(w, "%s- **Not met (%s):** %s\n", sub, c.Status, mdText(reason))
		}
	case "waived":
		for _, reason := range c.Reasons {
			if !slices.Contains(waiverReasons, reason) {
				fmt.Fprintf(w, "%s- Without the waiver: %s\n", sub, mdText(reason))
			}
		}
	case "pass":
		// An attested pass carries the attestation above; its reasons only repeat it.
		if !c.Attested {
			for _, reason := range c.Reasons {
				fmt.Fprintf(w, "%s- Note: %s\n", sub, mdText(reason))
			}
		}
	}
	for _, child := range items {
		if parent, ok := parentIn(child, items); ok && parent == c.ID {
			markdownItem(w, r, child, items, sub, showRequirement)
		}
	}
}

// markdownEvidence renders a file or URL evidence as a link: to the file's page in its
// repository when the snapshot gives the repository's URL, else as the plain path.
func markdownEvidence(r *Report, e Evidence) string {
	if e.Kind == "url" || e.Path == "" {
		switch {
		case e.URL != "" && e.Text != "":
			return mdAutolink(e.URL) + ": " + mdText(e.Text)
		case e.URL != "":
			return mdAutolink(e.URL)
		}
		return mdText(e.Text)
	}
	text := e.Path
	if e.Repo != "" {
		text = e.Repo + ": " + e.Path
	}
	if e.Line > 1 {
		text += fmt.Sprintf(", line %d", e.Line)
	}
	if e.Commit != "" {
		text += ", commit " + shortSHA(e.Commit)
		if e.Date != "" {
			text += " of " + e.Date[:min(len(e.Date), 10)]
		}
	}
	var s string
	if link := r.webURL(e); link != "" {
		s = mdLink(text, link)
	} else {
		plain := e.Path
		if e.Repo != "" {
			plain = e.Repo + ":" + e.Path
		}
		if e.Line > 0 {
			plain += fmt.Sprintf(":%d", e.Line)
		}
		if e.Commit != "" {
			plain += " @ " + shortSHA(e.Commit)
		}
		s = "`" + strings.ReplaceAll(plain, "`", "'") + "`"
	}
	if e.URL != "" {
		s += " linking " + mdAutolink(e.URL)
	}
	if e.Commit != "" && e.Text != "" {
		s += ": " + mdText(e.Text)
	}
	return s
}

var mdEscaper = strings.NewReplacer(
	"\\", "\\\\", "`", "\\`", "*", "\\*", "<", "\\<", ">", "\\>", "[", "\\[", "]", "\\]", "~", "\\~", "|", "\\|",
	"\r\n", " ", "\n", " ", "\r", " ",
)

// mdText escapes text so GitHub shows it as written: no emphasis, HTML, links or table
// cells made from it, no line breaks that would end a list item, and no @-mentions. The
// checklist is pasted into an issue, where an @handle from a maintainers file or a
// reason would notify that person or team; in a code span it is shown, not sent.
func mdText(s string) string {
	var b strings.Builder
	plain := 0 // start of the text not yet written
	for i := 0; i < len(s); i++ {
		if i > 0 && isWordByte(s[i-1]) {
			continue // GitHub starts neither a mention nor a bare URL inside a word
		}
		if n := bareURLLen(s[i:]); n > 0 {
			i += n - 1 // an @ in a URL is part of its link
			continue
		}
		if n := mentionLen(s[i:]); n > 0 {
			b.WriteString(mdEscaper.Replace(s[plain:i]))
			b.WriteString("`" + s[i:i+n] + "`")
			plain = i + n
			i += n - 1
		}
	}
	b.WriteString(mdEscaper.Replace(s[plain:]))
	return b.String()
}

// mentionLen is the length of the @user or @org/team that s starts with, or 0.
func mentionLen(s string) int {
	handle := func(s string, first func(byte) bool) int {
		if s == "" || !first(s[0]) {
			return 0
		}
		n := 1
		for n < len(s) && (isAlnum(s[n]) || s[n] == '-' || s[n] == '_') {
			n++
		}
		return n
	}
	if !strings.HasPrefix(s, "@") {
		return 0
	}
	n := handle(s[1:], isAlnum)
	if n == 0 {
		return 0
	}
	n++
	if strings.HasPrefix(s[n:], "/") {
		if team := handle(s[n+1:], isAlnum); team > 0 {
			n += 1 + team
		}
	}
	return n
}

// bareURLLen is the length of the URL GitHub would link that s starts with, up to the
// next space, or 0.
func bareURLLen(s string) int {
	lower := strings.ToLower(s[:min(len(s), 8)])
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "www.") {
		return 0
	}
	if n := strings.IndexAny(s, " \t\r\n"); n >= 0 {
		return n
	}
	return len(s)
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordByte(c byte) bool { return isAlnum(c) || c == '_' }

// mdLink is a link whose target may hold spaces or parentheses.
func mdLink(text, target string) string {
	return "[" + mdText(text) + "](" + mdTarget(target) + ")"
}

func mdTarget(target string) string {
	target = strings.NewReplacer("<", "%3C", ">", "%3E", "\n", "", "\r", "").Replace(target)
	if strings.ContainsAny(target, " ()") {
		return "<" + target + ">"
	}
	return target
}

// mdAutolink shows a URL as itself, linked.
func mdAutolink(u string) string {
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return mdText(u)
	}
	if strings.ContainsAny(u, " <>\n\r") {
		return mdLink(u, u)
	}
	return "<" + u + ">"
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// levelAssertion is the application template's opening sentence ("This project is
// currently Incubating, accepted on 20220419, and applying to Graduate."), from the
// project's landscape entry; "" without one.
func levelAssertion(l *snapshot.Landscape, level string) string {
	if l == nil || l.Maturity == "" {
		return ""
	}
	since := map[string]string{"sandbox": l.Accepted, "incubating": l.Incubating, "graduated": l.Graduated, "archived": l.Archived}[strings.ToLower(l.Maturity)]
	s := "This project is currently " + mdText(capitalise(l.Maturity))
	if since != "" {
		s += ", accepted on " + strings.ReplaceAll(since, "-", "")
	}
	applying := map[string]string{"incubation": "Incubation", "graduation": "Graduate"}[level]
	switch {
	case strings.EqualFold(l.Maturity, "graduated"):
		// A graduated project is not applying to anything: the checklist reviews it.
	case applying != "":
		s += ", and applying to " + applying
	}
	return s + " (the CNCF landscape's entry for " + mdText(l.Name) + ")."
}
