package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestWriteCatalog(t *testing.T) {
	defs := []Definition{
		{ID: "governance.decision_making", Section: "governance", Title: "Document how decisions are made.",
			Wording:   map[string]string{"incubation": "Document decisions | roles."},
			Levels:    map[string]string{"sandbox": "not_applicable", "incubation": "suggested", "graduation": "required"},
			DecidedBy: []string{"repository_files", "attestation"}},
		{ID: "process.gtr", Section: "process", Title: "Complete a GTR.",
			Levels:    map[string]string{"sandbox": "not_applicable", "incubation": "required", "graduation": "required"},
			DecidedBy: []string{"repository_files", "telepathy"}},
		{ID: "sandbox.vote", Section: "sandbox", Title: "TOC vote required",
			Levels: map[string]string{"sandbox": "suggested", "incubation": "not_applicable", "graduation": "not_applicable"}},
		{ID: "later.thing", Section: "later", Title: "From newer policies",
			Levels: map[string]string{"sandbox": "required"}},
	}
	var b bytes.Buffer
	if err := WriteCatalog(&b, defs, "rules v1"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	inOrder(t, out,
		"# Criteria\n",
		"The criteria graduate judges, 4 in all, from rules v1.",
		"\n## Application Process Principles\n\n| ID | Criterion | Sandbox | Incubation | Graduation | Decided by |\n|---|---|---|---|---|---|\n",
		"| `process.gtr` | Complete a GTR. | — | **required** | **required** | repository files, telepathy |\n",
		"\n## Governance and Maintainers\n\n",
		"| `governance.decision_making` | Document how decisions are made.<br>*At incubation:* Document decisions \\| roles. | — | suggested | **required** | repository files, attestation |\n",
		"\n## Sandbox\n\n",
		"| `sandbox.vote` | TOC vote required | suggested | — | — |  |\n",
		"\n## later\n\n",
		"| `later.thing` | From newer policies | **required** | — | — |  |\n",
	)
	if strings.Contains(out, "## Security") {
		t.Error("a section without criteria has a table")
	}
}
