package report

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sarifErrors lists what a SARIF log lacks of the properties SARIF 2.1.0 requires, and
// of those GitHub code scanning requires on top (a rule's descriptions and help, a
// location with a repository-relative file and a start line for every result, and
// partial fingerprints, which a raw API upload does not compute).
func sarifErrors(raw []byte) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	var log map[string]any
	if err := json.Unmarshal(raw, &log); err != nil {
		return []string{"not JSON: " + err.Error()}
	}
	str := func(v any, path ...string) (string, bool) {
		for _, p := range path {
			m, ok := v.(map[string]any)
			if !ok {
				return "", false
			}
			v = m[p]
		}
		s, ok := v.(string)
		return s, ok && s != ""
	}
	list := func(v any, key string) []any {
		m, _ := v.(map[string]any)
		l, _ := m[key].([]any)
		return l
	}
	if s, _ := str(log, "$schema"); s != SARIFSchema {
		fail("$schema is %q", s)
	}
	if v, _ := str(log, "version"); v != "2.1.0" {
		fail("version is %q, want 2.1.0", v)
	}
	runs, ok := log["runs"].([]any)
	if !ok || len(runs) == 0 {
		fail("no runs")
	}
	categories := map[string]bool{}
	for i, run := range runs {
		at := fmt.Sprintf("runs[%d]", i)
		if _, ok := str(run, "tool", "driver", "name"); !ok {
			fail("%s.tool.driver.name missing", at)
		}
		if id, _ := str(run, "automationDetails", "id"); categories[id] {
			fail("%s.automationDetails.id %q repeats another run's", at, id)
		} else {
			categories[id] = true
		}
		driver, _ := run.(map[string]any)["tool"].(map[string]any)["driver"].(map[string]any)
		rules := list(driver, "rules")
		var ids []string
		for j, rule := range rules {
			rat := fmt.Sprintf("%s.tool.driver.rules[%d]", at, j)
			id, ok := str(rule, "id")
			if !ok {
				fail("%s.id missing", rat)
			}
			if slices.Contains(ids, id) {
				fail("%s.id %q repeats", rat, id)
			}
			ids = append(ids, id)
			for _, p := range [][]string{{"name"}, {"shortDescription", "text"}, {"fullDescription", "text"}, {"help", "text"}, {"defaultConfiguration", "level"}} {
				if _, ok := str(rule, p...); !ok {
					fail("%s.%s missing", rat, strings.Join(p, "."))
				}
			}
			if lvl, _ := str(rule, "defaultConfiguration", "level"); lvl != "error" && lvl != "warning" && lvl != "note" {
				fail("%s.defaultConfiguration.level %q", rat, lvl)
			}
		}
		results, ok := run.(map[string]any)["results"].([]any)
		if !ok {
			fail("%s.results missing", at)
		}
		for j, res := range results {
			rat := fmt.Sprintf("%s.results[%d]", at, j)
			if _, ok := str(res, "message", "text"); !ok {
				fail("%s.message.text missing", rat)
			}
			id, _ := str(res, "ruleId")
			index, ok := res.(map[string]any)["ruleIndex"].(float64)
			if !slices.Contains(ids, id) {
				fail("%s.ruleId %q names no rule", rat, id)
			} else if !ok || int(index) >= len(ids) || ids[int(index)] != id {
				fail("%s.ruleIndex %v is not rule %q", rat, index, id)
			}
			if lvl, _ := str(res, "level"); lvl != "error" && lvl != "warning" && lvl != "note" {
				fail("%s.level %q", rat, lvl)
			}
			locs := list(res, "locations")
			if len(locs) == 0 || len(locs) > 10 {
				fail("%s has %d locations, want 1 to 10", rat, len(locs))
			}
			for k, loc := range locs {
				uri, ok := str(loc, "physicalLocation", "artifactLocation", "uri")
				if !ok || uri == "." || strings.Contains(uri, "://") || strings.HasPrefix(uri, "/") || strings.Contains(uri, "#") {
					fail("%s.locations[%d] uri %q is not a repository-relative file", rat, k, uri)
				}
				region, _ := loc.(map[string]any)["physicalLocation"].(map[string]any)["region"].(map[string]any)
				if line, ok := region["startLine"].(float64); !ok || line < 1 {
					fail("%s.locations[%d].region.startLine %v, want >= 1", rat, k, region["startLine"])
				}
			}
			fps, _ := res.(map[string]any)["partialFingerprints"].(map[string]any)
			if len(fps) == 0 {
				fail("%s.partialFingerprints missing", rat)
			}
		}
	}
	return errs
}

func TestSARIFShape(t *testing.T) {
	a, b := fixture(), fixture()
	b.Level = "incubation"
	c := fixture() // the same project and level again: its own category
	for _, tc := range []struct {
		name    string
		reports []*Report
		runs    int
	}{{"one snapshot", []*Report{a}, 1}, {"several snapshots", []*Report{a, b, c}, 3}} {
		t.Run(tc.name, func(t *testing.T) {
			out := render(t, "sarif", tc.reports...)
			if errs := sarifErrors([]byte(out)); len(errs) > 0 {
				t.Fatalf("invalid SARIF:\n%s\n%s", strings.Join(errs, "\n"), out)
			}
			var log struct{ Runs []json.RawMessage }
			if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != tc.runs {
				t.Errorf("%d runs, want %d (%v)", len(log.Runs), tc.runs, err)
			}
		})
	}
}

// TestSARIFShapeCatches makes sure the shape check fails on what GitHub refuses.
func TestSARIFShapeCatches(t *testing.T) {
	good := render(t, "sarif", fixture())
	for _, tc := range []struct{ old, new, want string }{
		{`"version": "2.1.0"`, `"version": "2.0.0"`, "version"},
		{`"uri": "README.md"`, `"uri": "."`, "repository-relative"},
		{`"startLine": 3`, `"startLine": 0`, "startLine"},
		{`"ruleIndex": 2`, `"ruleIndex": 3`, "ruleIndex"},
		{`"name": "graduate"`, `"name": ""`, "driver.name"},
		{`"partialFingerprints": {
            "primaryLocationLineHash": "`, `"partialFingerprints": {}, "x": {"y": "`, "partialFingerprints"},
	} {
		bad := strings.Replace(good, tc.old, tc.new, 1)
		if bad == good {
			t.Fatalf("%q not in the output", tc.old)
		}
		errs := sarifErrors([]byte(bad))
		if !strings.Contains(strings.Join(errs, "\n"), tc.want) {
			t.Errorf("%s -> %s: errors %v, want one about %s", tc.old, tc.new, errs, tc.want)
		}
	}
}

func TestSARIFContent(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal([]byte(render(t, "sarif", fixture())), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "graduate" || d.Version != "1.2.3" || d.SemanticVersion != "1.2.3" || d.InformationURI != "https://example.org/graduate" {
		t.Errorf("driver %+v", d)
	}
	if run.AutomationDetails == nil || run.AutomationDetails.ID != "graduate/graduation/acme/" {
		t.Errorf("automationDetails %+v", run.AutomationDetails)
	}
	var ruleIDs []string
	for _, r := range d.Rules {
		ruleIDs = append(ruleIDs, r.ID)
	}
	if slices.Contains(ruleIDs, "sandbox.license") || len(ruleIDs) != 11 {
		t.Errorf("rules %v, want the 11 criteria applicable at graduation", ruleIDs)
	}
	orgs := d.Rules[slices.Index(ruleIDs, "governance.maintainer_orgs")]
	if orgs.Name != "GovernanceMaintainerOrgs" || orgs.ShortDescription.Text != "Project maintainers from at least 2 organizations." ||
		orgs.FullDescription.Text != "Counts the organisations of the maintainers." ||
		orgs.HelpURI != "https://github.com/cncf/toc/blob/x/template-graduation-application.md" ||
		orgs.DefaultConfiguration.Level != "error" ||
		!strings.Contains(orgs.Help.Markdown, "[graduation template](https://github.com/cncf/toc/blob/x/template-graduation-application.md)") ||
		!slices.Equal(orgs.Properties.Tags, []string{"cncf", "graduation", "governance", "required", "decided-by:repository_files"}) {
		t.Errorf("rule from METADATA: %+v", orgs)
	}
	ladder := d.Rules[slices.Index(ruleIDs, "community.contributor_ladder")]
	if ladder.FullDescription.Text != ladder.ShortDescription.Text || ladder.HelpURI != "" || ladder.DefaultConfiguration.Level != "warning" {
		t.Errorf("rule without METADATA: %+v", ladder)
	}

	type want struct {
		level, uri string
		line       int
	}
	wants := map[string]want{
		// Evidence only in the community repository: placed at README.md.
		"governance.maintainer_orgs":          {"error", "README.md", 1},
		"community.contributor_ladder":        {"note", "README.md", 1},
		"engineering.release_process.tagging": {"error", "RELEASES.md", 1},
		"security.reporting_process":          {"warning", "README.md", 1},
		"security.openssf_silver_gold":        {"warning", "README.md", 3},
		"governance.subproject_governance":    {}, // waived: no result
		"process.tag_presentation":            {}, // passed
		"engineering.roadmap_change_process":  {},
		"ecosystem.adopters_list":             {},
		"process.gtr":                         {},
		"engineering.release_process":         {},
		"sandbox.license":                     {},
	}
	got := map[string]sarifResult{}
	for _, r := range run.Results {
		got[r.RuleID] = r
		if d.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("%s: ruleIndex %d is %s", r.RuleID, r.RuleIndex, d.Rules[r.RuleIndex].ID)
		}
	}
	if len(got) != 5 {
		t.Errorf("%d results, want one per criterion failed or unknown (5)", len(got))
	}
	for id, w := range wants {
		r, ok := got[id]
		if w.level == "" {
			if ok {
				t.Errorf("%s has a result", id)
			}
			continue
		}
		loc := r.Locations[0].PhysicalLocation
		if !ok || r.Level != w.level || loc.ArtifactLocation.URI != w.uri || loc.Region.StartLine != w.line {
			t.Errorf("%s: %+v, want %+v", id, r, w)
		}
	}
	msg := got["governance.maintainer_orgs"].Message.Text
	if msg != "Not met (required): 3 maintainers work for 1 organisation(s) (Acme)\nattestation by jo does not override the collected evidence\n"+
		"Evidence: acme/community:MAINTAINERS.md:4; attested by jo on 2026-04-01: https://example.org/orgs" {
		t.Errorf("message %q", msg)
	}
	// Alerts are keyed by criterion only: the same ID gives the same fingerprint
	// whatever the location, and different IDs different ones.
	fp := got["governance.maintainer_orgs"].PartialFingerprints["primaryLocationLineHash"]
	if fp != fingerprint("governance.maintainer_orgs") || fp == got["security.reporting_process"].PartialFingerprints["primaryLocationLineHash"] {
		t.Errorf("fingerprints %v", fp)
	}
}

func TestResultLevel(t *testing.T) {
	for _, tc := range []struct {
		status   string
		required bool
		want     string
	}{
		{"fail", true, "error"},
		{"fail", false, "warning"},
		{"unknown", true, "warning"},
		{"unknown", false, "note"},
	} {
		if got := resultLevel(Criterion{Status: tc.status, Required: tc.required}); got != tc.want {
			t.Errorf("resultLevel(%s, required=%v) = %s, want %s", tc.status, tc.required, got, tc.want)
		}
	}
}

func TestCamelCase(t *testing.T) {
	for id, want := range map[string]string{
		"governance.maintainer_orgs":                   "GovernanceMaintainerOrgs",
		"security.third_party_review.findings_tracked": "SecurityThirdPartyReviewFindingsTracked",
		"ecosystem.adopters_min3":                      "EcosystemAdoptersMin3",
		"sandbox.gtr_day0":                             "SandboxGtrDay0",
	} {
		if got := camelCase(id); got != want {
			t.Errorf("camelCase(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestSARIFURI(t *testing.T) {
	for file, want := range map[string]string{
		"README.md":             "README.md",
		"./docs/a b.md":         "docs/a%20b.md",
		"docs/100%.md":          "docs/100%25.md",
		".github/SECURITY.md":   ".github/SECURITY.md",
		"weird/na#me?.md":       "weird/na%23me%3F.md",
		"docs/security/x y.pdf": "docs/security/x%20y.pdf",
	} {
		if got := sarifURI(file); got != want {
			t.Errorf("sarifURI(%q) = %q, want %q", file, got, want)
		}
	}
}

// TestSARIFGoldens runs the shape check over the SARIF the command writes for the
// example snapshots (cmd/graduate's golden files).
func TestSARIFGoldens(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "golden", "*.sarif"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden SARIF files (%v)", err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if errs := sarifErrors(raw); len(errs) > 0 {
			t.Errorf("%s:\n%s", f, strings.Join(errs, "\n"))
		}
	}
}
