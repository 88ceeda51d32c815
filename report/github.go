package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// The github format is GitHub Actions workflow commands: an ::error annotation per
// required criterion not met (fail or unknown), a ::warning per suggested one, then a
// plain summary line per report. An annotation names a file only when the criterion
// has evidence in the main repository, the one the workflow checks out; otherwise it
// is an annotation of the run. Several reports are written one after the other, each
// message then naming its project and snapshot.

func writeGitHub(w io.Writer, reports []*Report) error {
	bw := bufio.NewWriter(w)
	for _, r := range reports {
		prefix := ""
		if len(reports) > 1 {
			prefix = fmt.Sprintf("%s (%s): ", oneLineText(projectName(r)), oneLineText(reportName(r)))
		}
		for _, c := range r.Criteria {
			if c.Status != "fail" && c.Status != "unknown" {
				continue
			}
			command := "warning"
			if c.Required {
				command = "error"
			}
			var props []string
			if file, line, ok := r.localEvidence(c); ok {
				props = append(props, "file="+escapeProperty(file))
				if line > 0 {
					props = append(props, fmt.Sprintf("line=%d", line))
				}
			}
			props = append(props, "title="+escapeProperty(c.ID))
			fmt.Fprintf(bw, "::%s %s::%s\n", command, strings.Join(props, ","), escapeData(prefix+githubMessage(c)))
		}
		// A plain line, though the project file (which a pull request may change) names
		// the project: see plainLine.
		summary := fmt.Sprintf("graduate: %s at %s", projectName(r), r.Level)
		if r.Snapshot != "" {
			summary += fmt.Sprintf(" (%s)", r.Snapshot)
		}
		fmt.Fprintln(bw, plainLine(summary+": "+summaryLine(r)))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write github report: %w", err)
	}
	return nil
}

func githubMessage(c Criterion) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", notMet(c.Status), c.Requirement, oneLineText(c.Title))
	for _, r := range c.Reasons {
		fmt.Fprintf(&b, "\n- %s", oneLineText(r))
	}
	return b.String()
}

// plainLine makes text one output line that the runner does not read as a workflow
// command: it reads "::command::" at the start of a line (the caller starts the line
// with other text) and the older "##[command]" anywhere in it.
func plainLine(s string) string {
	return strings.ReplaceAll(oneLineText(s), "##[", "## [")
}

// escapeData escapes a workflow command's message as the runner unescapes it.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value: as data, plus the
// separators of the property list.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
