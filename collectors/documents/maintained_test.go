package documents

import "testing"

func TestRoadmapHandsOff(t *testing.T) {
	board := "https://github.com/orgs/quarry-dev/projects/4"
	links := ""
	for i := range 7 {
		links += "- [Board " + string(rune('A'+i)) + "](" + board + ")\n"
	}
	tests := []struct {
		name string
		md   string
		want bool
	}{
		{"a sentence and its board", "# Roadmap\n\nThe roadmap is maintained in [a GitHub project](" + board + ").\n", true},
		{"a sentence over links to where it is kept", "# Roadmap\n\nWe plan in the open.\n\n- [Milestones](https://github.com/quarry-dev/quarry/milestones)\n- [Board](" + board + ")\n", true},
		{"more links than a hand-off lists", "# Roadmap\n\nWe plan in the open.\n\n" + links, false},
		{"items of its own", "# Roadmap\n\nTracked in [the board](" + board + ").\n\n- Plugins\n- A faster scheduler\n", false},
		{"items linking their issues", "# Roadmap\n\nTracked in [the board](" + board + ").\n\n- [Plugin API](https://github.com/quarry-dev/quarry/issues/13)\n", false},
		{"paragraphs of its own", "# Roadmap\n\nTracked in [the board](" + board + ").\n\nOne.\n\nTwo.\n\nThree.\n", false},
		{"a diagram", "# Roadmap\n\nTracked in [the board](" + board + ").\n\n![plan](plan.png)\n", false},
		{"code", "# Roadmap\n\nTracked in [the board](" + board + ").\n\n```\nmake plan\n```\n", false},
		{"a subheading", "# Roadmap\n\nTracked in [the board](" + board + ").\n\n## 2027\n\nPlugins.\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc{p: parse(tt.md, formatMarkdown)}
			if got := roadmapHandsOff(d, d.p.titleLine, 0); got != tt.want {
				t.Errorf("roadmapHandsOff = %v, want %v", got, tt.want)
			}
		})
	}
}
