package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// SectionTitles names the template sections, in the template's order.
var SectionTitles = []struct{ ID, Title string }{
	{"process", "Application Process Principles"},
	{"governance", "Governance and Maintainers"},
	{"community", "Contributors and Community"},
	{"engineering", "Engineering Principles"},
	{"security", "Security"},
	{"ecosystem", "Ecosystem"},
	{"sandbox", "Sandbox"},
}

var symbols = map[string]string{
	"pass":           "✓",
	"fail":           "✗",
	"unknown":        "?",
	"waived":         "~",
	"not_applicable": "-",
}

var colors = map[string]string{
	"pass":    "\x1b[32m",
	"fail":    "\x1b[31m",
	"unknown": "\x1b[33m",
	"waived":  "\x1b[36m",
}

const reset = "\x1b[0m"

func writeText(w io.Writer, reports []*Report, opts Options) error {
	bw := bufio.NewWriter(w)
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(bw)
		}
		textReport(bw, r, opts)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write text report: %w", err)
	}
	return nil
}

func textReport(w io.Writer, r *Report, opts Options) {
	paint := func(status, s string) string {
		if c, ok := colors[status]; ok && opts.Color {
			return c + s + reset
		}
		return s
	}
	name := r.Project
	if name == "" {
		name = "project"
	}
	fmt.Fprintf(w, "%s at %s", plainLine(name), r.Level)
	if r.Snapshot != "" {
		fmt.Fprintf(w, " (%s", plainLine(r.Snapshot))
		if r.CollectedAt != "" {
			fmt.Fprintf(w, ", collected %s", plainLine(r.CollectedAt))
		}
		fmt.Fprint(w, ")")
	} else if r.CollectedAt != "" {
		fmt.Fprintf(w, " (collected %s)", plainLine(r.CollectedAt))
	}
	fmt.Fprintln(w)
	// Where the gaps are, at a glance: required criteria met, section by section.
	if ts := r.tallies(); len(ts) > 0 {
		parts := make([]string, len(ts))
		for i, t := range ts {
			parts[i] = fmt.Sprintf("%s %d/%d", t.Title, t.Met, t.Required)
		}
		fmt.Fprintf(w, "required met: %s\n", strings.Join(parts, ", "))
	}
	// Every text that comes from the snapshot is kept to one line: CI runners read
	// workflow commands from the log (a line starting "::", or "##[" anywhere).
	for _, sec := range SectionTitles {
		var rows []Criterion
		for _, c := range r.Criteria {
			if c.Section == sec.ID && c.Status != "not_applicable" {
				rows = append(rows, c)
			}
		}
		if len(rows) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s\n", sec.Title)
		for _, c := range rows {
			req := "suggested"
			if c.Required {
				req = "required"
			}
			fmt.Fprintf(w, "  %s %-8s %s (%s)\n", paint(c.Status, symbols[c.Status]), paint(c.Status, c.Status), plainLine(c.ID), req)
			fmt.Fprintf(w, "             %s\n", plainLine(c.Title))
			if c.Status == "pass" && !c.Attested {
				continue
			}
			for _, reason := range c.Reasons {
				fmt.Fprintf(w, "             - %s\n", plainLine(reason))
			}
			lines := make([]string, len(c.Evidence))
			for i, e := range c.Evidence {
				lines[i] = e.String()
			}
			for _, l := range shown(lines) {
				fmt.Fprintf(w, "             evidence: %s\n", plainLine(l))
			}
		}
	}
	fmt.Fprintf(w, "\n%s\n", summaryLine(r))
}

func summaryLine(r *Report) string {
	var parts []string
	for _, s := range Statuses {
		parts = append(parts, fmt.Sprintf("%d %s", r.Summary[s], strings.ReplaceAll(s, "_", " ")))
	}
	verdict := fmt.Sprintf("%s criteria met", r.Level)
	if !r.Met {
		verdict = fmt.Sprintf("%s criteria NOT met: %d required criteria not passed or waived", r.Level, len(r.Unmet))
		if g := r.gaps(); len(g) > 0 {
			verdict += ": " + gapCounts(g)
		}
	}
	return fmt.Sprintf("%s. %s.", strings.Join(parts, ", "), verdict)
}

// String renders evidence on one line.
func (e Evidence) String() string {
	switch e.Kind {
	case "attestation":
		return fmt.Sprintf("attested by %s on %s: %s", e.AttestedBy, e.Date, e.URL)
	case "waiver":
		return fmt.Sprintf("waiver approved by %s until %s: %s", e.ApprovedBy, e.Expires, e.Reason)
	}
	if e.Path == "" {
		switch {
		case e.URL != "" && e.Text != "":
			return fmt.Sprintf("%s %q", e.URL, e.Text)
		case e.URL != "":
			return e.URL
		}
		return e.Text
	}
	s := e.Path
	if e.Repo != "" {
		s = e.Repo + ":" + s
	}
	if e.Line > 0 {
		s += fmt.Sprintf(":%d", e.Line)
	}
	if e.Commit != "" {
		s += " @ " + shortSHA(e.Commit)
		if e.Date != "" {
			s += " (" + e.Date[:min(len(e.Date), 10)] + ")"
		}
	}
	if e.URL != "" {
		s += " " + e.URL
	}
	if e.Text != "" {
		s += fmt.Sprintf(" %q", e.Text)
	}
	return s
}

// shortSHA is a commit's abbreviation, as git shows it.
func shortSHA(sha string) string { return sha[:min(len(sha), 12)] }

// maxShown is how many evidence items the text and markdown reports show for one
// criterion; the JSON report has them all.
const maxShown = 10

// shown is items without repeats, the first maxShown of them and a count of the rest.
func shown(items []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, it := range items {
		if !seen[it] {
			seen[it] = true
			out = append(out, it)
		}
	}
	if len(out) > maxShown {
		out = append(out[:maxShown], fmt.Sprintf("and %d more", len(out)-maxShown))
	}
	return out
}
