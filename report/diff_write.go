package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// DiffFormats lists the formats WriteDiff accepts: text for a terminal, markdown for a
// pull request comment, json for tools (the Diff as it is).
var DiffFormats = []string{"text", "markdown", "json"}

// WriteDiff renders a diff in a format.
func WriteDiff(w io.Writer, format string, d *Diff) error {
	switch format {
	case "text":
		return writeDiffText(w, d)
	case "markdown":
		return writeDiffMarkdown(w, d)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("write json diff: %w", err)
		}
		return nil
	default:
		return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(DiffFormats, ", "))
	}
}

// project names the project a diff is about: the new report's name, else the old's;
// both, joined by arrow, when they differ (two projects compared).
func (d *Diff) project(arrow string) string {
	switch {
	case d.Old.Project != "" && d.New.Project != "" && d.Old.Project != d.New.Project:
		return d.Old.Project + " " + arrow + " " + d.New.Project
	case d.New.Project != "":
		return d.New.Project
	case d.Old.Project != "":
		return d.Old.Project
	}
	return "project"
}

// statusOrAbsent is a status for people: absent where the report lacks the criterion.
func statusOrAbsent(s string) string {
	if s == "" {
		return "absent"
	}
	return s
}

func requirement(required bool) string {
	if required {
		return "required"
	}
	return "suggested"
}
