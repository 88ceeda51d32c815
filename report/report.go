// Package report holds the report the policies produce for one snapshot at one level,
// and renders it for people (text, the TOC application checklist in markdown) and tools
// (json, JUnit XML, SARIF, GitHub Actions workflow commands, a shields.io endpoint
// badge), and compares two reports of a project (Compare, WriteDiff).
package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/graduate-dev/graduate/snapshot"
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

	// Repositories are the snapshot's repositories[]. The policies' report does not carry
	// them, so the caller copies them from the snapshot; the formats that link evidence
	// (markdown) or place it in a repository (sarif, github) read them.
	Repositories []snapshot.Repository `json:"-"`
	// Landscape is the snapshot's landscape entry, when it has one: the markdown
	// checklist states the project's level from it, as the application template does.
	Landscape *snapshot.Landscape `json:"-"`
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
	// Waiting says what an unknown criterion waits for: "collection" (facts graduate
	// could not collect or decide), "attestation" (the project's) or "toc" (the TOC's
	// own step).
	Waiting string `json:"waiting,omitempty"`
}

// Evidence names where a fact came from: a file and line, a URL, an attestation or a
// waiver.
type Evidence struct {
	Kind       string `json:"kind"`
	Repo       string `json:"repo,omitempty"`
	Path       string `json:"path,omitempty"`
	Line       int    `json:"line,omitempty"`
	URL        string `json:"url,omitempty"`
	Text       string `json:"text,omitempty"`   // the heading or sentence the fact rests on
	Commit     string `json:"commit,omitempty"` // the commit a fact from history rests on
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

// Decode reads a report as the json format writes it (one report, not an array), and
// checks what a comparison relies on: a known level, and criteria each with an ID of
// its own and a known status. The error names the JSON path.
func Decode(raw []byte) (*Report, error) {
	var r Report
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("decode report: %w", err)
	}
	if err := snapshot.CheckLevel(r.Level); err != nil {
		return nil, fmt.Errorf("$.level: %w", err)
	}
	if len(r.Criteria) == 0 {
		return nil, errors.New("$.criteria: no criteria")
	}
	seen := make(map[string]int, len(r.Criteria))
	for i, c := range r.Criteria {
		switch j, dup := seen[c.ID]; {
		case c.ID == "":
			return nil, fmt.Errorf("$.criteria[%d].id: missing", i)
		case dup:
			return nil, fmt.Errorf("$.criteria[%d].id: %q repeats $.criteria[%d]", i, c.ID, j)
		case !slices.Contains(Statuses, c.Status):
			return nil, fmt.Errorf("$.criteria[%d].status: unknown status %q (want one of %s)", i, c.Status, strings.Join(Statuses, ", "))
		}
		seen[c.ID] = i
	}
	return &r, nil
}

// Formats lists the formats Write accepts.
var Formats = []string{"text", "json", "markdown", "junit", "sarif", "github", "badge"}

// Options change how reports are written.
type Options struct {
	Color bool // ANSI colours in text
	// Tool names the program writing the report (SARIF's tool.driver, the markdown
	// header's rule set).
	Tool Tool
	// Definitions are the criteria as the policies' METADATA describes them, for the
	// formats that describe a criterion beyond its verdict (SARIF rules). Optional: a
	// criterion without one is described from its report entry alone.
	Definitions []Definition
}

// Tool names the program that writes the report and the rule set it judged by.
type Tool struct {
	Name           string
	Version        string
	InformationURI string
	RuleSet        string
}

// Definition is a criterion as its policy's METADATA describes it, independent of any
// report: what the criteria catalogue lists (engine reads it from the policies).
type Definition struct {
	ID          string            `json:"id"`
	Section     string            `json:"section"`
	Order       int               `json:"order"`
	Title       string            `json:"title"`             // the graduation wording, or the only one
	Wording     map[string]string `json:"wording,omitempty"` // a level's wording where it differs from Title
	Description string            `json:"description"`
	Levels      map[string]string `json:"levels"` // level -> required, suggested or not_applicable
	DecidedBy   []string          `json:"decided_by"`
	Facts       []string          `json:"facts"`
	Package     string            `json:"package"`
	Sources     []Source          `json:"related_resources"`
	File        string            `json:"file"`
}

// Source is a document a criterion is taken from (METADATA related_resources).
type Source struct {
	Description string `json:"description,omitempty"`
	URL         string `json:"ref"`
}

// TitleAt is the template's wording of the criterion at a level.
func (d Definition) TitleAt(level string) string {
	if w, ok := d.Wording[level]; ok {
		return w
	}
	return d.Title
}

// Write renders reports in a format. One JSON report is an object, several an array;
// the other formats say in their writers how they hold several.
func Write(w io.Writer, format string, reports []*Report, opts Options) error {
	switch format {
	case "text":
		return writeText(w, reports, opts)
	case "json":
		return writeJSON(w, reports)
	case "markdown":
		return writeMarkdown(w, reports, opts)
	case "junit":
		return writeJUnit(w, reports)
	case "sarif":
		return writeSARIF(w, reports, opts)
	case "github":
		return writeGitHub(w, reports)
	case "badge":
		return writeBadge(w, reports)
	default:
		return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
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
