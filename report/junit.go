package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// The junit format is JUnit XML as CI test reporters read it (the Ant/Jenkins schema):
// a testsuite per template section, a testcase per criterion applicable at the level.
// A criterion that failed is a <failure>, one that could not be decided is <skipped>,
// a waived one passes with the waiver in <system-out>. Several reports share one
// <testsuites> root, their suites named "snapshot: section" so that every testcase
// stays unique.

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Time       string          `xml:"time,attr"`
	Properties []junitProperty `xml:"properties>property,omitempty"`
	Cases      []junitCase     `xml:"testcase"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	ClassName string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

func writeJUnit(w io.Writer, reports []*Report) error {
	root := junitSuites{Name: "graduate", Time: "0"}
	for _, r := range reports {
		prefix := ""
		if len(reports) > 1 {
			prefix = reportName(r) + ": "
		}
		if len(reports) == 1 {
			root.Name = fmt.Sprintf("graduate: %s at %s", projectName(r), r.Level)
		}
		for _, sec := range sectionsAt(r) {
			suite := junitSuite{Name: prefix + sec.Title, Time: "0", Properties: junitProperties(r)}
			for _, c := range r.Criteria {
				if c.Section != sec.ID || c.Status == "not_applicable" {
					continue
				}
				tc := junitCase{ClassName: suite.Name, Name: c.ID + ": " + oneLineText(c.Title), Time: "0"}
				switch c.Status {
				case "fail":
					tc.Failure = &junitFailure{Message: reasonsLine(c), Type: c.Requirement, Text: junitDetail(c)}
					suite.Failures++
				case "unknown":
					tc.Skipped = &junitSkipped{Message: reasonsLine(c)}
					tc.SystemOut = junitDetail(c)
					suite.Skipped++
				case "waived", "pass":
					if c.Status == "waived" || c.Attested {
						tc.SystemOut = junitDetail(c)
					}
				}
				suite.Cases = append(suite.Cases, tc)
				suite.Tests++
			}
			if suite.Tests == 0 {
				continue
			}
			root.Tests += suite.Tests
			root.Failures += suite.Failures
			root.Skipped += suite.Skipped
			root.Suites = append(root.Suites, suite)
		}
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(root); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	return nil
}

func junitProperties(r *Report) []junitProperty {
	props := []junitProperty{{"project", r.Project}, {"level", r.Level}}
	if r.Snapshot != "" {
		props = append(props, junitProperty{"snapshot", r.Snapshot})
	}
	if r.CollectedAt != "" {
		props = append(props, junitProperty{"collected_at", r.CollectedAt})
	}
	return append(props, junitProperty{"met", fmt.Sprint(r.Met)})
}

// junitDetail is a criterion's verdict for the body of a failure or system-out: the
// status, the reasons and the evidence, one a line.
func junitDetail(c Criterion) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)", c.Status, c.Requirement)
	if c.Attested {
		b.WriteString(", attested, not verified")
	}
	b.WriteString("\n")
	for _, reason := range c.Reasons {
		fmt.Fprintf(&b, "%s\n", oneLineText(reason))
	}
	for _, e := range c.Evidence {
		fmt.Fprintf(&b, "evidence: %s\n", oneLineText(e.String()))
	}
	return b.String()
}

// reasonsLine is a criterion's reasons on one line, or its status when it has none.
func reasonsLine(c Criterion) string {
	if len(c.Reasons) == 0 {
		return c.Status
	}
	parts := make([]string, len(c.Reasons))
	for i, r := range c.Reasons {
		parts[i] = oneLineText(r)
	}
	return strings.Join(parts, "; ")
}

func oneLineText(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func projectName(r *Report) string {
	if r.Project != "" {
		return r.Project
	}
	return "project"
}

// reportName tells reports apart when several are written together: the snapshot's
// name, else the project's.
func reportName(r *Report) string {
	if r.Snapshot != "" {
		return r.Snapshot
	}
	return projectName(r)
}
