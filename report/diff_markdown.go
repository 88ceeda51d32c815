package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// The markdown diff is a pull request comment: a heading, the verdict, a short table of
// the criteria whose status changed, and the details of every changed criterion
// folded under <details>, since reasons that count what was read change with most
// edits. Text from the reports is escaped as in the checklist (no mentions, no HTML).

func writeDiffMarkdown(w io.Writer, d *Diff) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "### graduate diff: %s at %s\n\n", mdText(d.project("→")), d.Level)
	fmt.Fprintf(bw, "%s → %s\n\n", markdownSide(d.Old), markdownSide(d.New))
	fmt.Fprintf(bw, "%s\n\n", markdownVerdict(d))
	if len(d.Changes) == 0 {
		fmt.Fprint(bw, "No criterion changed.\n")
		return flushDiff(bw)
	}
	if changed := d.StatusChanges(); len(changed) > 0 {
		fmt.Fprint(bw, "| Criterion | | Old | New |\n|---|---|---|---|\n")
		for _, c := range changed {
			newStatus := statusOrAbsent(c.NewStatus)
			if c.Regressed {
				newStatus = "**" + newStatus + "** (regressed)"
			}
			fmt.Fprintf(bw, "| `%s` %s | %s | %s | %s |\n", codeText(c.ID), mdText(c.Title), requirement(c.Required), statusOrAbsent(c.OldStatus), newStatus)
		}
		fmt.Fprintln(bw)
	} else {
		fmt.Fprint(bw, "No status changed.\n\n")
	}
	fmt.Fprintf(bw, "<details><summary>Details: %d %s changed</summary>\n\n", len(d.Changes), plural(len(d.Changes), "criterion", "criteria"))
	for _, c := range d.Changes {
		status := statusOrAbsent(c.NewStatus) + ", unchanged"
		if c.StatusChanged() {
			status = statusOrAbsent(c.OldStatus) + " → " + statusOrAbsent(c.NewStatus)
		}
		fmt.Fprintf(bw, "**`%s`** (%s): %s", codeText(c.ID), requirement(c.Required), status)
		if c.Title != "" {
			fmt.Fprintf(bw, "\\\n%s", mdText(c.Title)) // a hard line break
		}
		fmt.Fprint(bw, "\n\n")
		var items []string
		for _, r := range c.ReasonsNew {
			items = append(items, "New reason: "+mdText(r))
		}
		for _, r := range c.ReasonsResolved {
			items = append(items, "Resolved reason: "+mdText(r))
		}
		for _, e := range c.EvidenceGained {
			items = append(items, "Evidence gained: "+diffEvidence(d.New, e))
		}
		for _, e := range c.EvidenceLost {
			items = append(items, "Evidence lost: "+diffEvidence(d.Old, e))
		}
		for _, item := range items {
			fmt.Fprintf(bw, "- %s\n", item)
		}
		if len(items) > 0 {
			fmt.Fprintln(bw)
		}
	}
	fmt.Fprint(bw, "</details>\n\n")
	fmt.Fprintf(bw, "Summary: %s.\n", summaryChange(d, "→"))
	return flushDiff(bw)
}

func flushDiff(bw *bufio.Writer) error {
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write markdown diff: %w", err)
	}
	return nil
}

// codeText is text for inside a code span: a backtick would end it.
func codeText(s string) string {
	return strings.ReplaceAll(oneLineText(s), "`", "'")
}

func markdownSide(s DiffSide) string {
	name := "report"
	if s.Source != "" {
		name = "`" + codeText(s.Source) + "`"
	}
	if s.CollectedAt != "" {
		name += " (collected " + mdText(s.CollectedAt) + ")"
	}
	return name
}

func markdownVerdict(d *Diff) string {
	met := func(b bool) string {
		if b {
			return "met"
		}
		return "**not met**"
	}
	s := fmt.Sprintf("Required criteria: %s → %s.", met(d.Old.Met), met(d.New.Met))
	if d.Old.Met == d.New.Met {
		s = fmt.Sprintf("Required criteria: %s, as before.", met(d.New.Met))
	}
	if n := len(d.Regressed); n > 0 {
		ids := make([]string, n)
		for i, id := range d.Regressed {
			ids[i] = "`" + codeText(id) + "`"
		}
		s += fmt.Sprintf(" **%d required %s went from met to not met:** %s.", n, plural(n, "criterion", "criteria"), strings.Join(ids, ", "))
	}
	return s
}

// diffEvidence renders evidence as the checklist does, linked to the file's page when
// that side's report names its repository's URL (a report read from JSON does not);
// an attestation or a waiver as its one line.
func diffEvidence(s DiffSide, e Evidence) string {
	switch e.Kind {
	case "attestation", "waiver":
		return mdText(e.String())
	}
	return markdownEvidence(&Report{Repositories: s.Repositories}, e)
}
