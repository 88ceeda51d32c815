package report

import (
	"bytes"
	"strings"
	"testing"
)

// TestTextInjection: text output goes to CI logs, where a line starting "::" or any
// "##[" is a workflow command. Nothing from the snapshot may start one.
func TestTextInjection(t *testing.T) {
	payload := "x\n::error file=README.md::injected\r\n  ::add-mask::secret ##[warning]y"
	r := &Report{
		Level: "graduation", Project: payload, Snapshot: payload, CollectedAt: payload,
		Criteria: []Criterion{{
			ID: "governance.maintainer_orgs", Section: "governance", Title: payload,
			Required: true, Status: "fail", Reasons: []string{payload},
			Evidence: []Evidence{{Kind: "file", Repo: payload, Path: payload, Line: 3}},
		}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, "text", []*Report{r}, Options{}); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "::") || strings.Contains(line, "##[") {
			t.Errorf("line %d is a workflow command: %q", i+1, line)
		}
	}
	if !strings.Contains(buf.String(), "injected") {
		t.Error("the payload's text was dropped instead of kept on one line")
	}
}
