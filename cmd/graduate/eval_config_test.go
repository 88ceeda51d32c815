package main

import (
	"encoding/json"
	"testing"
)

// TestEvalConfigReplacesTheSnapshotsProject: eval --config judges the snapshot with the
// given project file's attestations and waivers, not the ones it was collected with.
func TestEvalConfigReplacesTheSnapshotsProject(t *testing.T) {
	grad := testdata("snapshots", "graduation-ready.json")
	statuses := func(args ...string) (int, map[string]string) {
		t.Helper()
		code, out, stderr := exec(t, append([]string{"eval", grad, "--format", "json"}, args...)...)
		var r struct {
			Criteria []struct{ ID, Status string } `json:"criteria"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("exit %d, stderr %q: %v", code, stderr, err)
		}
		m := map[string]string{}
		for _, c := range r.Criteria {
			m[c.ID] = c.Status
		}
		return code, m
	}
	code, base := statuses()
	if code != 0 || base["process.vendor_neutral_metadata"] != "pass" || base["governance.subproject_governance"] != "waived" {
		t.Fatalf("the example snapshot: exit %d, %v", code, base)
	}
	cfg := writeFile(t, "graduate.yaml", `project: Lantern
level: graduation
waivers:
  - criterion: process.due_diligence
    reason: Due diligence under way.
    approved_by: toc-sponsor
    expires: 2027-01-31
`)
	code, got := statuses("--config", cfg)
	if code != 1 {
		t.Errorf("with a project file that attests nothing: exit %d, want 1", code)
	}
	if got["process.vendor_neutral_metadata"] != "unknown" {
		t.Errorf("process.vendor_neutral_metadata = %s, want unknown: the snapshot's attestation must not count", got["process.vendor_neutral_metadata"])
	}
	if got["governance.subproject_governance"] == "waived" {
		t.Errorf("governance.subproject_governance is still waived by the snapshot's waiver")
	}
	if got["process.due_diligence"] != "waived" {
		t.Errorf("process.due_diligence = %s, want waived by the project file", got["process.due_diligence"])
	}
}
