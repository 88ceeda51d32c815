// Package report holds the report the policies produce for one snapshot at one level,
// and renders it for people (text) and tools (json).
package report

import (
	"encoding/json"
	"fmt"
	"io"
)

// Statuses in the order summaries list them.
var Statuses = []string{"pass", "fail", "unknown", "waived", "not_applicable"}

// Report is the document at data.graduate.report.<level>.
type Report struct {
	Snapshot    string         `json:"snapshot,omitempty"`
	Level       string         `json:"level"`
	Project     string         `json:"project"`
	CollectedAt string         `json:"collected_at"`
	Met         bool           `json:"met"`
	Unmet       []string       `json:"unmet"`
	Summary     map[string]int `json:"summary"`
	Criteria    []Criterion    `json:"criteria"`
}

// Criterion is one criterion's verdict at the report's level.
type Criterion struct {
	ID          string     `json:"id"`
	Section     string     `json:"section"`
	Title       string     `json:"title"`
	Requirement string     `json:"requirement"`
	Required    bool       `json:"required"`
	Status      string     `json:"status"`
	Attested    bool       `json:"attested"`
	Reasons     []string   `json:"reasons"`
	Evidence    []Evidence `json:"evidence"`
}

// Evidence names where a fact came from: a file and line, a URL, an attestation or a
// waiver.
type Evidence struct {
	Kind       string `json:"kind"`
	Repo       string `json:"repo,omitempty"`
	Path       string `json:"path,omitempty"`
	Line       int    `json:"line,omitempty"`
	URL        string `json:"url,omitempty"`
	Statement  string `json:"statement,omitempty"`
	AttestedBy string `json:"attested_by,omitempty"`
	Date       string `json:"date,omitempty"`
	Reason     string `json:"reason,omitempty"`
	ApprovedBy string `json:"approved_by,omitempty"`
	Expires    string `json:"expires,omitempty"`
}

// FromValue converts the value OPA returned into a Report, and checks that it is one.
func FromValue(v any) (*Report, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode policy result: %w", err)
	}
	var r Report
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("decode policy result as a report: %w", err)
	}
	if r.Level == "" || len(r.Criteria) == 0 {
		return nil, fmt.Errorf("policy result is not a report: no level or no criteria")
	}
	return &r, nil
}

// Formats lists the formats Write accepts.
var Formats = []string{"text", "json"}

// Options change how reports are written.
type Options struct {
	Color bool // ANSI colours in text
}

// Write renders reports in a format. One JSON report is an object, several an array.
func Write(w io.Writer, format string, reports []*Report, opts Options) error {
	switch format {
	case "text":
		return writeText(w, reports, opts)
	case "json":
		return writeJSON(w, reports)
	default:
		return fmt.Errorf("unknown format %q (want one of text, json)", format)
	}
}

func writeJSON(w io.Writer, reports []*Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	var v any = reports
	if len(reports) == 1 {
		v = reports[0]
	}
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}
