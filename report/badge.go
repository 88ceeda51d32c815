package report

import (
	"encoding/json"
	"fmt"
	"io"
)

// The badge format is a shields.io endpoint badge
// (https://shields.io/badges/endpoint-badge): a JSON object shields.io reads from a
// URL and draws, here the share of the level's required criteria that are met.
// A README shows it with https://img.shields.io/endpoint?url=<where badge.json is
// published>.

// Badge is the endpoint JSON shields.io reads. SchemaVersion, Label and Message are
// required by the endpoint; Color is optional.
type Badge struct {
	SchemaVersion int    `json:"schemaVersion"`
	Label         string `json:"label"`
	Message       string `json:"message"`
	Color         string `json:"color,omitempty"`
}

// NewBadge is the readiness badge of a report: the level as the label, how many of
// the required criteria are met (passed or waived) as the message, and a colour for
// the share met.
func NewBadge(r *Report) Badge {
	met, required := requiredMet(r)
	return Badge{
		SchemaVersion: 1,
		Label:         r.Level,
		Message:       fmt.Sprintf("%d/%d required", met, required),
		Color:         badgeColor(met, required),
	}
}

// requiredMet counts the criteria required at the report's level, and those of them
// that passed or are waived.
func requiredMet(r *Report) (met, required int) {
	for _, c := range r.Criteria {
		if !c.Required || c.Status == "not_applicable" {
			continue
		}
		required++
		if statusMet(c.Status) {
			met++
		}
	}
	return met, required
}

// statusMet reports whether a status counts as met for the exit code: passed, or
// waived by a valid waiver.
func statusMet(status string) bool {
	return status == "pass" || status == "waived"
}

// badgeColor is the badge's colour for met of required criteria met. Only a level
// whose every required criterion is met is green; the other steps say how far the
// project still is from it. A level with no required criteria is met.
func badgeColor(met, required int) string {
	if met >= required {
		return "brightgreen"
	}
	// Lowest share met (in percent) for each colour, highest first.
	steps := []struct {
		percent int
		color   string
	}{
		{80, "yellowgreen"},
		{50, "yellow"},
		{25, "orange"},
		{0, "red"},
	}
	for _, s := range steps {
		if met*100 >= s.percent*required {
			return s.color
		}
	}
	return "red"
}

// writeBadge writes the badge of one report. An endpoint badge is one object, so
// several reports are an error rather than a JSON array shields.io cannot read.
func writeBadge(w io.Writer, reports []*Report) error {
	if len(reports) != 1 {
		return fmt.Errorf("write badge: a badge shows one report, got %d (judge one snapshot)", len(reports))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(NewBadge(reports[0])); err != nil {
		return fmt.Errorf("write badge: %w", err)
	}
	return nil
}
