package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestRuleSetsOnOneSnapshot judges the same snapshot under the current templates and
// the earlier v1.5 ones KubeVirt's application was written against, and holds the
// criteria that differ: the TAG's two items required, the reviews the current
// templates added not asked for.
func TestRuleSetsOnOneSnapshot(t *testing.T) {
	snap := testdata("snapshots", "graduation-ready.json")
	requirements := func(args ...string) (map[string]string, string) {
		t.Helper()
		code, out, stderr := exec(t, append([]string{"eval", snap, "--format", "json"}, args...)...)
		if code > 1 {
			t.Fatalf("eval %v: exit %d: %s", args, code, stderr)
		}
		var r struct {
			Criteria []struct{ ID, Requirement string }
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, c := range r.Criteria {
			m[c.ID] = c.Requirement
		}
		_, md, _ := exec(t, append([]string{"eval", snap, "--format", "markdown"}, args...)...)
		return m, md
	}
	current, currentMD := requirements()
	old, oldMD := requirements("--rules", "v1.5")
	var differ []string
	for id, req := range current {
		if old[id] != req {
			differ = append(differ, id+": "+req+" -> "+old[id])
		}
	}
	slices.Sort(differ)
	want := []string{
		"governance.review_with_subproject: suggested -> not_applicable",
		"process.governance_review: required -> not_applicable",
		"process.gtr: required -> not_applicable",
		"process.tag_presentation: suggested -> required",
		"process.tag_recommendation: not_applicable -> required",
		"security.joint_assessment: suggested -> not_applicable",
	}
	if strings.Join(differ, "\n") != strings.Join(want, "\n") {
		t.Errorf("criteria that differ:\n%s\nwant:\n%s", strings.Join(differ, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(currentMD, "judged against cncf/toc v1.6@56477dd4") || !strings.Contains(oldMD, "judged against cncf/toc v1.5@58e96d0e") {
		t.Error("the checklist does not name the rule set it was judged by")
	}
	if code, _, stderr := exec(t, "eval", snap, "--rules", "v1.4"); code != 2 || !strings.Contains(stderr, "unknown rule set \"v1.4\" (known: current, v1.5)") {
		t.Errorf("--rules v1.4: exit %d, stderr %q", code, stderr)
	}
	if code, out, _ := exec(t, "impact", "--rules", "v1.5", "--level", "graduation", snap); code != 0 || !strings.Contains(out, "process.tag_recommendation (required) absent → unknown") && !strings.Contains(out, "process.tag_recommendation (required) not_applicable → unknown") {
		t.Errorf("impact --rules v1.5: exit %d:\n%s", code, out)
	}
	if code, out, _ := exec(t, "criteria", "--rules", "v1.5", "--level", "graduation"); code != 0 || !strings.Contains(out, "process.tag_recommendation") {
		t.Errorf("criteria --rules v1.5: exit %d, lists the TAG recommendation: %v", code, strings.Contains(out, "process.tag_recommendation"))
	}
}
