package report

import (
	"fmt"
	"slices"
	"strings"
)

// Gap is one kind of reason a required criterion is not met, and the criteria it
// holds back, in report order.
type Gap struct {
	// Kind is failed, collection, attestation or toc.
	Kind string
	IDs  []string
}

// gapKinds are the kinds, in the order a maintainer acts on them, with what the
// summaries call them.
var gapKinds = []struct{ kind, label string }{
	{"failed", "failed"},
	{"collection", "not collected or undecided from what was read"},
	{"attestation", "waiting for the project's attestation"},
	{"toc", "waiting for the TOC's own step"},
}

// gaps splits the required criteria that are not met (the report's unmet list) by
// what each waits for. An unknown criterion that does not say (policies older than the
// waiting field) counts as not collected.
func (r *Report) gaps() []Gap {
	by := map[string][]string{}
	for _, c := range r.Criteria {
		if !slices.Contains(r.Unmet, c.ID) {
			continue
		}
		kind := "failed"
		if c.Status == "unknown" {
			kind = c.Waiting
			if kind == "" {
				kind = "collection"
			}
		}
		by[kind] = append(by[kind], c.ID)
	}
	var out []Gap
	for _, k := range gapKinds {
		if ids := by[k.kind]; len(ids) > 0 {
			out = append(out, Gap{Kind: k.kind, IDs: ids})
		}
	}
	return out
}

// gapLabel is what the summaries call a kind of gap.
func gapLabel(kind string) string {
	for _, k := range gapKinds {
		if k.kind == kind {
			return k.label
		}
	}
	return kind
}

// gapCounts is "2 failed, 5 not collected ..., 8 waiting for ...".
func gapCounts(gaps []Gap) string {
	parts := make([]string, len(gaps))
	for i, g := range gaps {
		parts[i] = fmt.Sprintf("%d %s", len(g.IDs), gapLabel(g.Kind))
	}
	return strings.Join(parts, ", ")
}

// SectionTally is how many of a section's required criteria are met.
type SectionTally struct {
	ID, Title     string
	Met, Required int
}

// tallies counts, section by section in template order, the required criteria met.
// A section with no required criterion at the level is left out.
func (r *Report) tallies() []SectionTally {
	var out []SectionTally
	for _, sec := range sectionsAt(r) {
		t := SectionTally{ID: sec.ID, Title: sec.Title}
		for _, c := range r.Criteria {
			if c.Section != sec.ID || !c.Required {
				continue
			}
			t.Required++
			if statusMet(c.Status) {
				t.Met++
			}
		}
		if t.Required > 0 {
			out = append(out, t)
		}
	}
	return out
}
