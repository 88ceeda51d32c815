package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// The text diff: a header naming the two reports, the verdict, the criteria whose
// status changed, then every changed criterion with its reasons (+ new, - resolved)
// and evidence (+ gained, - lost), and the summary counts. Text from the reports is
// kept to one line, as in the text report.

func writeDiffText(w io.Writer, d *Diff) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s at %s: %s -> %s\n", plainLine(d.project("->")), d.Level, textSide(d.Old), textSide(d.New))
	fmt.Fprintln(bw, verdictLine(d))
	if len(d.Changes) == 0 {
		fmt.Fprintln(bw, "\nNo criterion changed.")
	}
	if changed := d.StatusChanges(); len(changed) > 0 {
		fmt.Fprintf(bw, "\nStatus changed (%d)\n", len(changed))
		for _, c := range changed {
			mark := ""
			if c.Regressed {
				mark = "  REGRESSED"
			}
			fmt.Fprintf(bw, "  %s (%s): %s -> %s%s\n", plainLine(c.ID), requirement(c.Required), statusOrAbsent(c.OldStatus), statusOrAbsent(c.NewStatus), mark)
		}
	}
	if len(d.Changes) > 0 {
		fmt.Fprintf(bw, "\nDetails (%d)\n", len(d.Changes))
	}
	for _, c := range d.Changes {
		status := statusOrAbsent(c.NewStatus) + " (unchanged)"
		if c.StatusChanged() {
			status = statusOrAbsent(c.OldStatus) + " -> " + statusOrAbsent(c.NewStatus)
		}
		fmt.Fprintf(bw, "  %s (%s): %s\n", plainLine(c.ID), requirement(c.Required), status)
		if c.Title != "" {
			fmt.Fprintf(bw, "      %s\n", plainLine(c.Title))
		}
		for _, r := range c.ReasonsNew {
			fmt.Fprintf(bw, "      + reason: %s\n", plainLine(r))
		}
		for _, r := range c.ReasonsResolved {
			fmt.Fprintf(bw, "      - reason: %s\n", plainLine(r))
		}
		for _, e := range c.EvidenceGained {
			fmt.Fprintf(bw, "      + evidence: %s\n", plainLine(e.String()))
		}
		for _, e := range c.EvidenceLost {
			fmt.Fprintf(bw, "      - evidence: %s\n", plainLine(e.String()))
		}
	}
	fmt.Fprintf(bw, "\nSummary: %s.\n", summaryChange(d, "->"))
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write text diff: %w", err)
	}
	return nil
}

func textSide(s DiffSide) string {
	name := plainLine(s.Source)
	if name == "" {
		name = "report"
	}
	if s.CollectedAt != "" {
		name += fmt.Sprintf(" (collected %s)", plainLine(s.CollectedAt))
	}
	return name
}

// verdictLine says whether the level's required criteria are met before and after,
// and which required criteria went from met to not met.
func verdictLine(d *Diff) string {
	met := func(b bool) string {
		if b {
			return "met"
		}
		return "NOT met"
	}
	s := fmt.Sprintf("Required criteria: %s -> %s.", met(d.Old.Met), met(d.New.Met))
	if d.Old.Met == d.New.Met {
		s = fmt.Sprintf("Required criteria: %s, as before.", met(d.New.Met))
	}
	if n := len(d.Regressed); n > 0 {
		s += fmt.Sprintf(" %d required %s went from met to not met: %s.", n, plural(n, "criterion", "criteria"), plainLine(strings.Join(d.Regressed, ", ")))
	}
	return s
}

// summaryChange is the count of each status, old arrow new where it changed.
func summaryChange(d *Diff, arrow string) string {
	var parts []string
	for _, s := range Statuses {
		o, n := d.Old.Summary[s], d.New.Summary[s]
		name := strings.ReplaceAll(s, "_", " ")
		if o == n {
			parts = append(parts, fmt.Sprintf("%d %s", n, name))
		} else {
			parts = append(parts, fmt.Sprintf("%d %s %d %s", o, arrow, n, name))
		}
	}
	return strings.Join(parts, ", ")
}
