package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
)

// The sarif format is SARIF 2.1.0 for GitHub code scanning: one run per report, a rule
// per criterion applicable at the level, a result per criterion not met (fail or
// unknown; a waived criterion is met and has none).
//
// Code scanning needs every result placed in a file of the repository it annotates, at
// a line. A criterion is about the project rather than a line of code, so a result is
// placed at its first evidence in the main repository (a README section at its
// heading's line), and when it has none there (a document not found, or found only in
// another repository such as a separate community repository) at line 1 of README.md,
// the file a reader of the repository sees first. The message then names the evidence
// in the other repositories. Alerts are keyed by criterion (partialFingerprints), not by
// that place, so an alert stays the same one while its evidence moves.

// SARIFSchema is the JSON schema the sarif format's output declares.
const SARIFSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// sarifFallbackFile is where a result with no evidence in the main repository is placed.
const sarifFallbackFile = "README.md"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool              sarifTool           `json:"tool"`
	AutomationDetails *sarifAutomation    `json:"automationDetails,omitempty"`
	Results           []sarifResult       `json:"results"`
	Properties        *sarifRunProperties `json:"properties,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	InformationURI  string      `json:"informationUri,omitempty"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	Rules           []sarifRule `json:"rules"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifRunProperties struct {
	Project     string         `json:"project,omitempty"`
	Level       string         `json:"level"`
	Snapshot    string         `json:"snapshot,omitempty"`
	CollectedAt string         `json:"collected_at,omitempty"`
	RuleSet     string         `json:"rule_set,omitempty"`
	Met         bool           `json:"met"`
	Summary     map[string]int `json:"summary"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string              `json:"id"`
	Name                 string              `json:"name"`
	ShortDescription     sarifText           `json:"shortDescription"`
	FullDescription      sarifText           `json:"fullDescription"`
	Help                 sarifHelp           `json:"help"`
	HelpURI              string              `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfiguration  `json:"defaultConfiguration"`
	Properties           sarifRuleProperties `json:"properties"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifRuleProperties struct {
	Tags      []string `json:"tags"`
	Precision string   `json:"precision,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          sarifResultProps  `json:"properties"`
}

type sarifResultProps struct {
	Status      string `json:"status"`
	Requirement string `json:"requirement"`
	Section     string `json:"section"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
}

func writeSARIF(w io.Writer, reports []*Report, opts Options) error {
	log := sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{}}
	categories := map[string]int{}
	for _, r := range reports {
		run := sarifReport(r, opts)
		// Code scanning refuses two runs of one tool in one category.
		id := run.AutomationDetails.ID
		if n := categories[id]; n > 0 {
			run.AutomationDetails.ID = fmt.Sprintf("%s%d/", id, n+1)
		}
		categories[id]++
		log.Runs = append(log.Runs, run)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return fmt.Errorf("write sarif report: %w", err)
	}
	return nil
}

func sarifReport(r *Report, opts Options) sarifRun {
	defs := map[string]Definition{}
	for _, d := range opts.Definitions {
		defs[d.ID] = d
	}
	name := opts.Tool.Name
	if name == "" {
		name = "graduate"
	}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:            name,
			InformationURI:  opts.Tool.InformationURI,
			Version:         opts.Tool.Version,
			SemanticVersion: opts.Tool.Version,
			Rules:           []sarifRule{},
		}},
		AutomationDetails: &sarifAutomation{ID: fmt.Sprintf("graduate/%s/%s/", r.Level, categoryName(projectName(r)))},
		Results:           []sarifResult{},
		Properties: &sarifRunProperties{
			Project: r.Project, Level: r.Level, Snapshot: r.Snapshot, CollectedAt: r.CollectedAt,
			RuleSet: opts.Tool.RuleSet, Met: r.Met, Summary: r.Summary,
		},
	}
	index := map[string]int{}
	for _, c := range r.Criteria {
		if c.Status == "not_applicable" {
			continue
		}
		index[c.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleFor(r.Level, c, defs[c.ID]))
	}
	for _, c := range r.Criteria {
		if c.Status != "fail" && c.Status != "unknown" {
			continue
		}
		file, line, ok := r.localEvidence(c)
		if !ok {
			file, line = sarifFallbackFile, 1
		}
		run.Results = append(run.Results, sarifResult{
			RuleID:    c.ID,
			RuleIndex: index[c.ID],
			Level:     resultLevel(c),
			Message:   sarifText{Text: sarifMessage(c)},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: sarifURI(file)},
				Region:           sarifRegion{StartLine: max(line, 1)},
			}}},
			PartialFingerprints: map[string]string{"primaryLocationLineHash": fingerprint(c.ID)},
			Properties:          sarifResultProps{Status: c.Status, Requirement: c.Requirement, Section: c.Section},
		})
	}
	return run
}

func sarifRuleFor(level string, c Criterion, d Definition) sarifRule {
	title := strings.TrimSpace(c.Title)
	full := title
	if d.Description != "" {
		full = oneLineText(d.Description)
	}
	helpURI := ""
	for _, s := range d.Sources {
		if strings.Contains(s.URL, level) {
			helpURI = s.URL
			break
		}
	}
	if helpURI == "" && len(d.Sources) > 0 {
		helpURI = d.Sources[0].URL
	}

	var text, md strings.Builder
	fmt.Fprintf(&text, "%s\n\n%s at %s.", title, capitalise(c.Requirement), level)
	fmt.Fprintf(&md, "**%s**\n\n%s at %s.", mdText(title), capitalise(c.Requirement), level)
	if d.Description != "" {
		fmt.Fprintf(&text, " %s", oneLineText(d.Description))
		fmt.Fprintf(&md, " %s", mdText(oneLineText(d.Description)))
	}
	if len(d.DecidedBy) > 0 {
		var by []string
		for _, k := range d.DecidedBy {
			if s, ok := decidedBy[k]; ok {
				by = append(by, s)
			} else {
				by = append(by, k)
			}
		}
		fmt.Fprintf(&text, "\n\nDecided by: %s.", strings.Join(by, ", "))
		fmt.Fprintf(&md, "\n\nDecided by: %s.", mdText(strings.Join(by, ", ")))
	}
	for _, s := range d.Sources {
		fmt.Fprintf(&text, "\n\nSource: %s %s", s.Description, s.URL)
		fmt.Fprintf(&md, "\n\nSource: %s", mdLink(s.Description, s.URL))
	}

	tags := []string{"cncf", level}
	for _, t := range append([]string{c.Section, c.Requirement}, prefixed("decided-by:", d.DecidedBy)...) {
		if t != "" && !slices.Contains(tags, t) {
			tags = append(tags, t)
		}
	}
	return sarifRule{
		ID:                   c.ID,
		Name:                 camelCase(c.ID),
		ShortDescription:     sarifText{Text: title},
		FullDescription:      sarifText{Text: full},
		Help:                 sarifHelp{Text: text.String(), Markdown: md.String()},
		HelpURI:              helpURI,
		DefaultConfiguration: sarifConfiguration{Level: map[bool]string{true: "error", false: "warning"}[c.Required]},
		Properties:           sarifRuleProperties{Tags: tags},
	}
}

func prefixed(prefix string, list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = prefix + s
	}
	return out
}

// resultLevel: a required criterion that failed is an error; one that could not be
// decided, or a suggested one that failed, a warning; a suggested one not decided, a note.
func resultLevel(c Criterion) string {
	switch {
	case c.Status == "fail" && c.Required:
		return "error"
	case c.Status == "unknown" && !c.Required:
		return "note"
	}
	return "warning"
}

func sarifMessage(c Criterion) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): ", notMet(c.Status), c.Requirement)
	if len(c.Reasons) == 0 {
		b.WriteString(c.Status)
	}
	for i, r := range c.Reasons {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(oneLineText(r))
	}
	var evidence []string
	for _, e := range c.Evidence {
		evidence = append(evidence, e.String())
	}
	if len(evidence) > 0 {
		fmt.Fprintf(&b, "\nEvidence: %s", strings.Join(evidence, "; "))
	}
	return b.String()
}

// notMet says how a criterion was not met.
func notMet(status string) string {
	if status == "unknown" {
		return "Not decided"
	}
	return "Not met"
}

// sarifURI is a repository-relative path as a URI reference.
func sarifURI(file string) string {
	segments := strings.Split(strings.TrimPrefix(file, "./"), "/")
	for i, s := range segments {
		segments[i] = strings.NewReplacer("%", "%25", " ", "%20", "#", "%23", "?", "%3F").Replace(s)
	}
	return strings.Join(segments, "/")
}

// fingerprint keys a result by its criterion alone, so that code scanning keeps one alert
// per criterion across runs whatever its message and location.
func fingerprint(id string) string {
	sum := sha256.Sum256([]byte("graduate criterion " + id))
	return hex.EncodeToString(sum[:8]) + ":1"
}

// camelCase turns a criterion ID into a rule name: governance.maintainer_orgs becomes
// GovernanceMaintainerOrgs.
func camelCase(id string) string {
	var b strings.Builder
	upper := true
	for _, r := range id {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			upper = true
			continue
		}
		if upper {
			r = unicode.ToUpper(r)
			upper = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// categoryName makes a project name fit a code scanning category.
func categoryName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	return b.String()
}
