package report

import (
	"fmt"
	"maps"

	"github.com/graduate-dev/graduate/snapshot"
)

// A Diff is what changed between two reports of a project at one level: the criteria
// whose status changed, and for every criterion the evidence gained and lost and the
// reasons new and resolved. Compare builds it; WriteDiff renders it.
type Diff struct {
	Level string   `json:"level"`
	Old   DiffSide `json:"old"`
	New   DiffSide `json:"new"`
	// Regressed lists the required criteria that went from met (pass or waived) to not
	// met (fail or unknown): what makes graduate diff exit 1.
	Regressed []string `json:"regressed"`
	// Changes are the criteria with anything changed, in the new report's order, then
	// those only the old report has.
	Changes []CriterionChange `json:"changes"`
}

// DiffSide is one of the two reports compared, without its criteria.
type DiffSide struct {
	Source      string         `json:"source"` // the file the report was read or judged from
	Project     string         `json:"project"`
	CollectedAt string         `json:"collected_at"`
	Met         bool           `json:"met"`
	Summary     map[string]int `json:"summary"`
	// Repositories are the report's, for links to the evidence (markdown).
	Repositories []snapshot.Repository `json:"-"`
}

// CriterionChange is what changed for one criterion. A status is "" in the report
// that does not have the criterion (policies of another version).
type CriterionChange struct {
	ID        string `json:"id"`
	Section   string `json:"section"`
	Title     string `json:"title"`
	Required  bool   `json:"required"`
	OldStatus string `json:"old_status"`
	NewStatus string `json:"new_status"`
	// Regressed: required, met in the old report, not met in the new one.
	Regressed       bool       `json:"regressed"`
	EvidenceGained  []Evidence `json:"evidence_gained"`
	EvidenceLost    []Evidence `json:"evidence_lost"`
	ReasonsNew      []string   `json:"reasons_new"`
	ReasonsResolved []string   `json:"reasons_resolved"`
}

// StatusChanged reports whether the criterion's status differs between the reports.
func (c CriterionChange) StatusChanged() bool { return c.OldStatus != c.NewStatus }

// Compare lists what changed from old to new. Both must be at the same level: the
// same criterion means something else at another one. A report's Snapshot names it in
// the diff and in the error.
func Compare(old, new *Report) (*Diff, error) {
	if old.Level != new.Level {
		return nil, fmt.Errorf("%s is at %s, %s at %s: compare reports at one level", sourceName(new), new.Level, sourceName(old), old.Level)
	}
	d := &Diff{Level: new.Level, Old: side(old), New: side(new), Regressed: []string{}, Changes: []CriterionChange{}}
	oldByID := make(map[string]Criterion, len(old.Criteria))
	for _, c := range old.Criteria {
		oldByID[c.ID] = c
	}
	seen := make(map[string]bool, len(new.Criteria))
	for _, n := range new.Criteria {
		seen[n.ID] = true
		o, ok := oldByID[n.ID]
		if !ok {
			o = Criterion{ID: n.ID}
		}
		d.add(compareCriterion(o, n))
	}
	for _, o := range old.Criteria {
		if !seen[o.ID] {
			d.add(compareCriterion(o, Criterion{ID: o.ID}))
		}
	}
	return d, nil
}

func (d *Diff) add(c CriterionChange) {
	if !c.StatusChanged() && len(c.EvidenceGained)+len(c.EvidenceLost)+len(c.ReasonsNew)+len(c.ReasonsResolved) == 0 {
		return
	}
	if c.Regressed {
		d.Regressed = append(d.Regressed, c.ID)
	}
	d.Changes = append(d.Changes, c)
}

// compareCriterion compares one criterion's two verdicts; a zero Criterion but for its
// ID stands for the report without it.
func compareCriterion(old, new Criterion) CriterionChange {
	desc := new // the description is the new report's, unless only the old has it
	if new.Status == "" {
		desc = old
	}
	return CriterionChange{
		ID:              desc.ID,
		Section:         desc.Section,
		Title:           desc.Title,
		Required:        desc.Required,
		OldStatus:       old.Status,
		NewStatus:       new.Status,
		Regressed:       new.Required && statusMet(old.Status) && (new.Status == "fail" || new.Status == "unknown"),
		EvidenceGained:  subtract(new.Evidence, old.Evidence, evidenceKey),
		EvidenceLost:    subtract(old.Evidence, new.Evidence, evidenceKey),
		ReasonsNew:      subtract(new.Reasons, old.Reasons, func(s string) string { return s }),
		ReasonsResolved: subtract(old.Reasons, new.Reasons, func(s string) string { return s }),
	}
}

// evidenceKey identifies evidence whatever its line: a file that gained or lost lines
// above the heading or sentence quoted still rests the criterion on the same text.
func evidenceKey(e Evidence) Evidence {
	e.Line = 0
	return e
}

// subtract lists the items of a that b does not have, in a's order, as multisets: an
// item a holds twice and b once is listed once.
func subtract[T any, K comparable](a, b []T, key func(T) K) []T {
	count := make(map[K]int, len(b))
	for _, x := range b {
		count[key(x)]++
	}
	out := []T{}
	for _, x := range a {
		k := key(x)
		if count[k] > 0 {
			count[k]--
			continue
		}
		out = append(out, x)
	}
	return out
}

func side(r *Report) DiffSide {
	return DiffSide{
		Source: r.Snapshot, Project: r.Project, CollectedAt: r.CollectedAt, Met: r.Met,
		Summary: maps.Clone(r.Summary), Repositories: r.Repositories,
	}
}

func sourceName(r *Report) string {
	if r.Snapshot == "" {
		return "a report"
	}
	return r.Snapshot
}

// StatusChanges are the changes whose status changed, in the diff's order.
func (d *Diff) StatusChanges() []CriterionChange {
	var out []CriterionChange
	for _, c := range d.Changes {
		if c.StatusChanged() {
			out = append(out, c)
		}
	}
	return out
}
