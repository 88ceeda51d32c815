package report

import (
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
)

// junitDoc is what a CI test reporter reads back from the junit format.
type junitDoc struct {
	XMLName  xml.Name `xml:"testsuites"`
	Name     string   `xml:"name,attr"`
	Tests    string   `xml:"tests,attr"`
	Failures string   `xml:"failures,attr"`
	Errors   string   `xml:"errors,attr"`
	Skipped  string   `xml:"skipped,attr"`
	Suites   []struct {
		Name       string `xml:"name,attr"`
		Tests      string `xml:"tests,attr"`
		Failures   string `xml:"failures,attr"`
		Errors     string `xml:"errors,attr"`
		Skipped    string `xml:"skipped,attr"`
		Properties []struct {
			Name  string `xml:"name,attr"`
			Value string `xml:"value,attr"`
		} `xml:"properties>property"`
		Cases []struct {
			ClassName string `xml:"classname,attr"`
			Name      string `xml:"name,attr"`
			Failure   *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Skipped *struct {
				Message string `xml:"message,attr"`
			} `xml:"skipped"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func parseJUnit(t *testing.T, out string) junitDoc {
	t.Helper()
	if !strings.HasPrefix(out, `<?xml version="1.0" encoding="UTF-8"?>`+"\n") {
		t.Fatalf("no XML declaration:\n%s", out)
	}
	var doc junitDoc
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	return doc
}

func TestJUnit(t *testing.T) {
	out := render(t, "junit", fixture())
	doc := parseJUnit(t, out)
	if doc.Name != "graduate: Acme at graduation" {
		t.Errorf("root name %q", doc.Name)
	}
	type counts struct{ tests, failures, skipped int }
	want := map[string]counts{
		"Application Process Principles": {2, 0, 0},
		"Governance and Maintainers":     {2, 1, 0},
		"Contributors and Community":     {1, 0, 1},
		"Engineering Principles":         {3, 1, 0},
		"Security":                       {2, 1, 1},
		"Ecosystem":                      {1, 0, 0},
	}
	var names []string
	var total counts
	for _, s := range doc.Suites {
		names = append(names, s.Name)
		var got counts
		for _, c := range s.Cases {
			if c.ClassName != s.Name {
				t.Errorf("%s: classname %q, want the suite's name", c.Name, c.ClassName)
			}
			got.tests++
			if c.Failure != nil {
				got.failures++
			}
			if c.Skipped != nil {
				got.skipped++
			}
		}
		if got != want[s.Name] {
			t.Errorf("suite %s holds %+v, want %+v", s.Name, got, want[s.Name])
		}
		if s.Tests != strconv.Itoa(got.tests) || s.Failures != strconv.Itoa(got.failures) || s.Skipped != strconv.Itoa(got.skipped) || s.Errors != "0" {
			t.Errorf("suite %s says tests=%s failures=%s skipped=%s errors=%s; it holds %+v", s.Name, s.Tests, s.Failures, s.Skipped, s.Errors, got)
		}
		if len(s.Properties) == 0 || s.Properties[0].Name != "project" || s.Properties[0].Value != "Acme" {
			t.Errorf("suite %s properties %+v", s.Name, s.Properties)
		}
		total.tests += got.tests
		total.failures += got.failures
		total.skipped += got.skipped
	}
	if strings.Join(names, "|") != "Application Process Principles|Governance and Maintainers|Contributors and Community|Engineering Principles|Security|Ecosystem" {
		t.Errorf("suites %v, want the template's sections in order (no sandbox: not applicable)", names)
	}
	if doc.Tests != strconv.Itoa(total.tests) || doc.Failures != strconv.Itoa(total.failures) || doc.Skipped != strconv.Itoa(total.skipped) || doc.Errors != "0" {
		t.Errorf("root says tests=%s failures=%s skipped=%s; suites hold %+v", doc.Tests, doc.Failures, doc.Skipped, total)
	}

	cases := map[string]int{}
	for si, s := range doc.Suites {
		for ci, c := range s.Cases {
			cases[c.Name] = si*100 + ci
		}
	}
	find := func(id string) (suite, index int) {
		for name, at := range cases {
			if strings.HasPrefix(name, id+": ") {
				return at / 100, at % 100
			}
		}
		t.Fatalf("no testcase for %s", id)
		return 0, 0
	}
	si, ci := find("governance.maintainer_orgs")
	orgs := doc.Suites[si].Cases[ci]
	if orgs.Name != "governance.maintainer_orgs: Project maintainers from at least 2 organizations." || orgs.Failure == nil ||
		orgs.Failure.Message != "3 maintainers work for 1 organisation(s) (Acme); attestation by jo does not override the collected evidence" ||
		orgs.Failure.Type != "required" || !strings.Contains(orgs.Failure.Text, "evidence: acme/community:MAINTAINERS.md:4\n") {
		t.Errorf("failed criterion: %+v %+v", orgs, orgs.Failure)
	}
	si, ci = find("community.contributor_ladder")
	ladder := doc.Suites[si].Cases[ci]
	if ladder.Skipped == nil || ladder.Skipped.Message != "no ladder found (looked for projects/<project>/ladder.md)" || ladder.Failure != nil {
		t.Errorf("unknown criterion: %+v", ladder)
	}
	si, ci = find("governance.subproject_governance")
	waived := doc.Suites[si].Cases[ci]
	if waived.Failure != nil || waived.Skipped != nil || !strings.Contains(waived.SystemOut, "waiver approved by toc-x until 2027-01-31: No subprojects.") {
		t.Errorf("waived criterion passes with the waiver in system-out: %+v", waived)
	}
	si, ci = find("process.gtr")
	if pass := doc.Suites[si].Cases[ci]; pass.Failure != nil || pass.Skipped != nil || pass.SystemOut != "" {
		t.Errorf("passed criterion: %+v", pass)
	}
	if _, ok := cases["sandbox.license: Apache 2.0"]; ok {
		t.Error("a criterion not applicable at the level is a testcase")
	}
}

func TestJUnitSeveralReports(t *testing.T) {
	a, b := fixture(), fixture()
	b.Snapshot = "snaps/beta.json"
	b.Criteria = b.Criteria[:1]
	doc := parseJUnit(t, render(t, "junit", a, b))
	if doc.Name != "graduate" || len(doc.Suites) != 7 {
		t.Fatalf("root %q with %d suites, want graduate with 6 + 1", doc.Name, len(doc.Suites))
	}
	if doc.Suites[0].Name != "snaps/acme.json: Application Process Principles" || doc.Suites[6].Name != "snaps/beta.json: Application Process Principles" {
		t.Errorf("suites %q ... %q, want named by snapshot and section", doc.Suites[0].Name, doc.Suites[6].Name)
	}
	if doc.Suites[6].Cases[0].ClassName != "snaps/beta.json: Application Process Principles" {
		t.Errorf("classname %q", doc.Suites[6].Cases[0].ClassName)
	}
	if doc.Tests != "12" || doc.Failures != "3" || doc.Skipped != "2" {
		t.Errorf("root counts tests=%s failures=%s skipped=%s, want 12, 3, 2", doc.Tests, doc.Failures, doc.Skipped)
	}
}
