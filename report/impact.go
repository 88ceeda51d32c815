package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Impact is what an edit of the policies changes across many projects: for each
// snapshot judged with the baseline and with the edited policies, the criteria whose
// status changes and whether the level's verdict flips.
type Impact struct {
	Baseline string          `json:"baseline"`
	Policy   string          `json:"policy"`
	Projects []ProjectImpact `json:"projects"`
	// Changed counts the projects with a status changed; Flipped those whose verdict
	// changed.
	Changed int `json:"changed"`
	Flipped int `json:"flipped"`
}

// ProjectImpact is one snapshot's part of an impact.
type ProjectImpact struct {
	Snapshot  string         `json:"snapshot"`
	Project   string         `json:"project"`
	Level     string         `json:"level"`
	MetBefore bool           `json:"met_before"`
	MetAfter  bool           `json:"met_after"`
	Changes   []StatusChange `json:"changes"`
}

// StatusChange is one criterion whose status an edit changes.
type StatusChange struct {
	ID       string `json:"id"`
	Required bool   `json:"required"`
	Before   string `json:"before"`
	After    string `json:"after"`
}

// Flipped reports whether the project's verdict at its level changes.
func (p ProjectImpact) Flipped() bool { return p.MetBefore != p.MetAfter }

// NewImpact compares, pair by pair, the reports of the same snapshots judged with the
// baseline (before) and the edited policies (after).
func NewImpact(baseline, policy string, before, after []*Report) (*Impact, error) {
	if len(before) != len(after) {
		return nil, fmt.Errorf("compare %d reports with %d", len(before), len(after))
	}
	im := &Impact{Baseline: baseline, Policy: policy, Projects: []ProjectImpact{}}
	for i := range before {
		d, err := Compare(before[i], after[i])
		if err != nil {
			return nil, err
		}
		p := ProjectImpact{
			Snapshot: after[i].Snapshot, Project: after[i].Project, Level: after[i].Level,
			MetBefore: before[i].Met, MetAfter: after[i].Met, Changes: []StatusChange{},
		}
		for _, c := range d.Changes {
			if c.StatusChanged() {
				p.Changes = append(p.Changes, StatusChange{ID: c.ID, Required: c.Required, Before: orNone(c.OldStatus), After: orNone(c.NewStatus)})
			}
		}
		if len(p.Changes) > 0 {
			im.Changed++
		}
		if p.Flipped() {
			im.Flipped++
		}
		im.Projects = append(im.Projects, p)
	}
	return im, nil
}

// orNone names the status of a criterion one policy set does not have.
func orNone(s string) string {
	if s == "" {
		return "absent"
	}
	return s
}

// ImpactFormats are the formats WriteImpact writes.
var ImpactFormats = []string{"text", "markdown", "json"}

// WriteImpact renders an impact.
func WriteImpact(w io.Writer, format string, im *Impact) error {
	switch format {
	case "json":
		b, err := json.MarshalIndent(im, "", "  ")
		if err != nil {
			return fmt.Errorf("encode impact: %w", err)
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	case "markdown":
		return impactMarkdown(w, im)
	case "text":
		return impactText(w, im)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(ImpactFormats, ", "))
}

func verdictWord(met bool) string {
	if met {
		return "met"
	}
	return "not met"
}

func (p ProjectImpact) name() string {
	if p.Project != "" {
		return p.Project
	}
	return p.Snapshot
}

func (p ProjectImpact) verdict() string {
	if p.Flipped() {
		return fmt.Sprintf("%s → %s", verdictWord(p.MetBefore), verdictWord(p.MetAfter))
	}
	return verdictWord(p.MetAfter) + ", unchanged"
}

func (c StatusChange) String() string {
	req := "suggested"
	if c.Required {
		req = "required"
	}
	return fmt.Sprintf("%s (%s) %s → %s", c.ID, req, c.Before, c.After)
}

func impactText(w io.Writer, im *Impact) error {
	fmt.Fprintf(w, "impact of %s over %s on %d project(s): %d with a status changed, %d with the verdict flipped\n",
		plainLine(im.Policy), plainLine(im.Baseline), len(im.Projects), im.Changed, im.Flipped)
	for _, p := range im.Projects {
		fmt.Fprintf(w, "\n%s at %s (%s): %s\n", plainLine(p.name()), p.Level, plainLine(p.Snapshot), p.verdict())
		if len(p.Changes) == 0 {
			fmt.Fprintln(w, "  no status changed")
		}
		for _, c := range p.Changes {
			fmt.Fprintf(w, "  %s\n", plainLine(c.String()))
		}
	}
	return nil
}

func impactMarkdown(w io.Writer, im *Impact) error {
	fmt.Fprintf(w, "### Impact of %s over %s\n\n", mdText(im.Policy), mdText(im.Baseline))
	fmt.Fprintf(w, "%d project(s): %d with a status changed, %d with the verdict flipped.\n\n", len(im.Projects), im.Changed, im.Flipped)
	fmt.Fprintln(w, "| project | level | verdict | statuses changed |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, p := range im.Projects {
		changes := make([]string, len(p.Changes))
		for i, c := range p.Changes {
			changes[i] = "`" + c.ID + "` " + c.Before + " → " + c.After
		}
		cell := strings.Join(changes, "<br>")
		if cell == "" {
			cell = "none"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", mdText(p.name()), p.Level, p.verdict(), cell)
	}
	return nil
}
