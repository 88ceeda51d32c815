package report

import (
	"fmt"
	"reflect"
	"testing"
)

func TestGapsAndTallies(t *testing.T) {
	c := func(id, section, status, waiting string, required bool) Criterion {
		return Criterion{ID: id, Section: section, Status: status, Waiting: waiting, Required: required}
	}
	r := &Report{Level: "graduation", Unmet: []string{"process.b", "process.c", "governance.a", "governance.b", "security.a"}, Criteria: []Criterion{
		c("process.a", "process", "pass", "", true),
		c("process.b", "process", "fail", "", true),
		c("process.c", "process", "unknown", "toc", true),
		c("governance.a", "governance", "unknown", "attestation", true),
		c("governance.b", "governance", "unknown", "", true), // no waiting field: not collected
		c("governance.c", "governance", "waived", "", true),
		c("governance.d", "governance", "fail", "", false), // suggested: no gap
		c("security.a", "security", "unknown", "collection", true),
		c("ecosystem.a", "ecosystem", "not_applicable", "", false),
	}}
	want := []Gap{
		{Kind: "failed", IDs: []string{"process.b"}},
		{Kind: "collection", IDs: []string{"governance.b", "security.a"}},
		{Kind: "attestation", IDs: []string{"governance.a"}},
		{Kind: "toc", IDs: []string{"process.c"}},
	}
	if got := r.gaps(); !reflect.DeepEqual(got, want) {
		t.Errorf("gaps = %+v, want %+v", got, want)
	}
	if got := gapCounts(want); got != "1 failed, 2 not collected or undecided from what was read, 1 waiting for the project's attestation, 1 waiting for the TOC's own step" {
		t.Errorf("gapCounts = %q", got)
	}
	tallies := r.tallies()
	wantT := []SectionTally{
		{ID: "process", Title: "Application Process Principles", Met: 1, Required: 3},
		{ID: "governance", Title: "Governance and Maintainers", Met: 1, Required: 3},
		{ID: "security", Title: "Security", Met: 0, Required: 1},
	}
	if !reflect.DeepEqual(tallies, wantT) {
		t.Errorf("tallies = %+v, want %+v", tallies, wantT)
	}
}

func TestShownCapsAndDedupes(t *testing.T) {
	var many []string
	for i := range 14 {
		many = append(many, fmt.Sprintf("e%02d", i))
	}
	for _, tc := range []struct {
		in, want []string
	}{
		{[]string{"a", "b", "a"}, []string{"a", "b"}},
		{many, append(append([]string{}, many[:10]...), "and 4 more")},
		{nil, nil},
	} {
		if got := shown(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("shown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
