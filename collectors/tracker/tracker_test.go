package tracker_test

import (
	"testing"

	"github.com/graduate-dev/graduate/collectors/tracker"
)

func TestParse(t *testing.T) {
	tests := []struct {
		url  string
		want tracker.Ref // the zero ref: no tracker
	}{
		{"https://github.com/quarry-dev/quarry/milestones", tracker.Ref{Kind: tracker.Milestones, Owner: "quarry-dev", Name: "quarry"}},
		{"https://github.com/quarry-dev/quarry/milestones?sort=due_date&direction=asc", tracker.Ref{Kind: tracker.Milestones, Owner: "quarry-dev", Name: "quarry"}},
		{"https://github.com/quarry-dev/quarry/labels/roadmap", tracker.Ref{Kind: tracker.Label, Owner: "quarry-dev", Name: "quarry", Label: "roadmap"}},
		{"https://github.com/quarry-dev/quarry/issues?labels=roadmap", tracker.Ref{Kind: tracker.Label, Owner: "quarry-dev", Name: "quarry", Label: "roadmap"}},
		{"https://github.com/quarry-dev/quarry/issues?q=is%3Aopen+is%3Aissue+label%3Aroadmap", tracker.Ref{Kind: tracker.Label, Owner: "quarry-dev", Name: "quarry", Label: "roadmap"}},
		{"https://github.com/quarry-dev/quarry/issues?q=label%3A%22help+wanted%22", tracker.Ref{Kind: tracker.Label, Owner: "quarry-dev", Name: "quarry", Label: "help wanted"}},
		{"https://github.com/orgs/quarry-dev/projects/25/views/14", tracker.Ref{Kind: tracker.Project, Owner: "quarry-dev", Number: 25}},
		{"https://github.com/quarry-dev/quarry/labels/good%20first%20issue", tracker.Ref{Kind: tracker.Label, Owner: "quarry-dev", Name: "quarry", Label: "good first issue"}},
		// Not trackers the API reads: one milestone, a search on no label or on two,
		// two labels, a repository's classic projects, another host.
		{"https://github.com/quarry-dev/quarry/milestone/3", tracker.Ref{}},
		{"https://github.com/quarry-dev/quarry/issues?q=milestone%3A%22v1.0%22", tracker.Ref{}},
		{"https://github.com/quarry-dev/quarry/issues?q=label%3Aa+label%3Ab", tracker.Ref{}},
		{"https://github.com/quarry-dev/quarry/issues?labels=a,b", tracker.Ref{}},
		{"https://github.com/quarry-dev/quarry/projects", tracker.Ref{}},
		{"https://gitlab.com/quarry-dev/quarry/milestones", tracker.Ref{}},
		{"https://github.com/quarry-dev/quarry/issues/12", tracker.Ref{}},
		{"https://github.com/quarry-dev/quarry/blob/main/docs/roadmap-2021.md", tracker.Ref{}},
	}
	for _, tt := range tests {
		got, ok := tracker.Parse(tt.url, "github.com")
		if ok != (tt.want != tracker.Ref{}) || got != tt.want {
			t.Errorf("Parse(%s) = %+v, %v; want %+v", tt.url, got, ok, tt.want)
		}
	}
}
