// Command tabulate turns the corpus reports (graduate eval --format json, one per
// project, named PROJECT.json) into summary.md, fails.tsv and passes.tsv.
//
//	go run ./scripts/corpus/tabulate -list scripts/corpus/projects.tsv -reports OUT/reports -out OUT
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	rep "github.com/graduate-dev/graduate/report"
)

// The landscape levels, in the order the summary gives them.
const (
	graduated  = "graduated"
	incubating = "incubating"
	sandbox    = "sandbox"
)

type project struct {
	name, level string
}

// The reports are graduate's JSON reports.
type (
	criterion = rep.Criterion
	evidence  = rep.Evidence
	report    = rep.Report
)

// judged is one project with its report's required criteria.
type judged struct {
	project
	required []criterion
}

// counts are the required criteria of one project by status.
type counts struct {
	required, pass, fail, unknown, waived int
}

func main() {
	list := flag.String("list", "scripts/corpus/projects.tsv", "the corpus list")
	reports := flag.String("reports", "", "directory of PROJECT.json reports")
	out := flag.String("out", "", "directory for summary.md, fails.tsv and passes.tsv")
	flag.Parse()
	if *reports == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: tabulate -list FILE -reports DIR -out DIR")
		os.Exit(2)
	}
	if err := run(*list, *reports, *out); err != nil {
		fmt.Fprintln(os.Stderr, "tabulate:", err)
		os.Exit(1)
	}
}

func run(list, reportDir, outDir string) error {
	projects, err := readList(list)
	if err != nil {
		return err
	}
	var all []judged
	var missing []string
	for _, p := range projects {
		r, err := readReport(filepath.Join(reportDir, p.name+".json"))
		if errors.Is(err, fs.ErrNotExist) {
			missing = append(missing, p.name)
			continue
		}
		if err != nil {
			return err
		}
		if r.Level != "graduation" {
			return fmt.Errorf("%s: judged at %q, not graduation", p.name, r.Level)
		}
		all = append(all, judged{p, requiredOnly(r.Criteria)})
	}
	if err := os.WriteFile(filepath.Join(outDir, "summary.md"), []byte(summary(all, missing)), 0o644); err != nil {
		return fmt.Errorf("writing summary: %w", err)
	}
	if err := os.WriteFile(filepath.Join(outDir, "fails.tsv"), []byte(rows(all, isFail)), 0o644); err != nil {
		return fmt.Errorf("writing fails: %w", err)
	}
	if err := os.WriteFile(filepath.Join(outDir, "passes.tsv"), []byte(rows(all, isDocumentPass)), 0o644); err != nil {
		return fmt.Errorf("writing passes: %w", err)
	}
	return nil
}

// readList reads the projects, in list order, from the corpus list.
func readList(path string) ([]project, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading the list: %w", err)
	}
	defer f.Close()
	var projects []project
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "project\t") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 6 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 6", path, n, len(cols))
		}
		switch cols[1] {
		case graduated, incubating, sandbox:
		default:
			return nil, fmt.Errorf("%s:%d: unknown level %q", path, n, cols[1])
		}
		if !seen[cols[0]] {
			seen[cols[0]] = true
			projects = append(projects, project{cols[0], cols[1]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading the list: %w", err)
	}
	return projects, nil
}

func readReport(path string) (report, error) {
	var r report
	b, err := os.ReadFile(path)
	if err != nil {
		return r, fmt.Errorf("reading report: %w", err)
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

func requiredOnly(cs []criterion) []criterion {
	var req []criterion
	for _, c := range cs {
		if c.Required {
			req = append(req, c)
		}
	}
	return req
}

func count(cs []criterion) counts {
	n := counts{required: len(cs)}
	for _, c := range cs {
		switch c.Status {
		case "pass":
			n.pass++
		case "fail":
			n.fail++
		case "unknown":
			n.unknown++
		case "waived":
			n.waived++
		}
	}
	return n
}

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func summary(all []judged, missing []string) string {
	var b strings.Builder
	b.WriteString("# Corpus at graduation\n\nRequired criteria at graduation, per project.\n\n")
	b.WriteString("| project | level | required | pass | fail | unknown | waived | pass fraction |\n|---|---|---|---|---|---|---|---|\n")
	for _, j := range all {
		n := count(j.required)
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d | %d | %.2f |\n",
			j.name, j.level, n.required, n.pass, n.fail, n.unknown, n.waived, frac(n.pass, n.required))
	}
	if len(missing) > 0 {
		fmt.Fprintf(&b, "\nNo report for: %s.\n", strings.Join(missing, ", "))
	}

	b.WriteString("\n## Mean fraction of required criteria, per landscape level\n\n")
	b.WriteString("| level | projects | pass | fail | unknown |\n|---|---|---|---|---|\n")
	for _, level := range []string{graduated, incubating, sandbox} {
		var projects int
		var pass, fail, unknown float64
		for _, j := range all {
			if j.level != level {
				continue
			}
			n := count(j.required)
			projects++
			pass += frac(n.pass, n.required)
			fail += frac(n.fail, n.required)
			unknown += frac(n.unknown, n.required)
		}
		if projects == 0 {
			continue
		}
		d := float64(projects)
		fmt.Fprintf(&b, "| %s | %d | %.3f | %.3f | %.3f |\n", level, projects, pass/d, fail/d, unknown/d)
	}

	var pairs, above, gradFails int
	for _, g := range all {
		if g.level != graduated {
			continue
		}
		gp := count(g.required)
		gradFails += gp.fail
		for _, s := range all {
			if s.level != sandbox {
				continue
			}
			pairs++
			if gp.pass > count(s.required).pass {
				above++
			}
		}
	}
	fmt.Fprintf(&b, "\n## Graduated above sandbox\n\nIn %d of %d (graduated, sandbox) pairs (%.3f) the graduated project passes more required criteria than the sandbox one (ties count as not above).\n",
		above, pairs, frac(above, pairs))
	fmt.Fprintf(&b, "\n## Fails on graduated projects\n\n%d required criteria fail on the graduated projects.\n", gradFails)
	return b.String()
}

func isFail(c criterion) bool { return c.Status == "fail" }

// isDocumentPass: a pass of a criterion decided on documents, not on counts, history or
// an external service.
func isDocumentPass(c criterion) bool {
	if c.Status != "pass" {
		return false
	}
	switch c.Section {
	case "governance", "community", "engineering", "security", "ecosystem":
	default:
		return false
	}
	switch c.ID {
	case "governance.iterated", "governance.maintainer_count", "governance.maintainer_orgs",
		"governance.maintainer_lifecycle_used", "community.contributor_activity",
		"engineering.release_history", "ecosystem.adopters_min3",
		"security.openssf_passing", "security.openssf_silver_gold":
		return false
	}
	return true
}

// rows is a TSV of the required criteria keep selects: project, level, criterion, its
// first reason on one line, and its evidence as repo:path:line.
func rows(all []judged, keep func(criterion) bool) string {
	var b strings.Builder
	b.WriteString("project\tlevel\tcriterion\treason\tevidence\n")
	for _, j := range all {
		for _, c := range j.required {
			if !keep(c) {
				continue
			}
			reason := ""
			if len(c.Reasons) > 0 {
				reason = strings.Join(strings.Fields(c.Reasons[0]), " ")
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", j.name, j.level, c.ID, reason, locations(c.Evidence))
		}
	}
	return b.String()
}

func locations(es []evidence) string {
	var locs []string
	seen := map[string]bool{}
	for _, e := range es {
		loc := e.URL
		if e.Path != "" {
			loc = fmt.Sprintf("%s:%s:%d", e.Repo, e.Path, e.Line)
		}
		if loc != "" && !seen[loc] {
			seen[loc] = true
			locs = append(locs, loc)
		}
	}
	return strings.Join(locs, " ")
}
