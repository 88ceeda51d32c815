// Command people measures the maintainers and adopters graduate collected from the
// corpus against the hand labels: recall, precision, employers, emeriti counted as
// active, and adopters counted per file. It writes people.md (the figures and every
// project's line) and people-misses.tsv (each person or file it got wrong) into -out.
//
//	go run ./scripts/corpus/people -snapshots OUT/snapshots -out OUT
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/graduate-dev/graduate/collectors/adopters"
	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/snapshot"
)

func main() {
	labels := flag.String("labels", "scripts/corpus/maintainers.tsv", "hand-labelled maintainers")
	adopters := flag.String("adopters", "scripts/corpus/adopters.tsv", "hand-counted adopters")
	snapshots := flag.String("snapshots", "", "directory of PROJECT.json snapshots")
	checkouts := flag.String("checkouts", "", "directory of the OWNER+NAME checkouts the snapshots were collected from")
	out := flag.String("out", "", "directory for people.md and people-misses.tsv")
	flag.Parse()
	if *snapshots == "" || *checkouts == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: people [-labels FILE] [-adopters FILE] -snapshots DIR -checkouts DIR -out DIR")
		os.Exit(2)
	}
	if err := run(*labels, *adopters, *snapshots, *checkouts, *out); err != nil {
		fmt.Fprintln(os.Stderr, "people:", err)
		os.Exit(1)
	}
}

// label is one hand-labelled person.
type label struct {
	project, handle, name, status, employer, where string
}

// count is one hand-counted adopter file and type.
type count struct {
	project, repo, path, typ string
	n                        int
}

// readTSV reads a tab-separated file with a header line, skipping # comments.
func readTSV(path string, cols int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open labels: %w", err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	header := true
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		r := strings.Split(l, "\t")
		if len(r) < cols {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", path, n, len(r), cols)
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

var punct = regexp.MustCompile(`[^a-z0-9]+`)

// key normalises a handle or a name for matching.
func key(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "@")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "github.com/")
	if s == "-" {
		return ""
	}
	return strings.Trim(punct.ReplaceAllString(s, " "), " ")
}

// suffixes are the legal forms dropped before comparing employers.
var suffixes = regexp.MustCompile(`\b(inc|llc|ltd|gmbh|corp|corporation|co|plc|ag|sa|bv|limited)\b`)

// sameEmployer compares employers as written, ignoring case, punctuation and legal
// forms, and accepting one contained in the other ("Red Hat" and "Red Hat, Inc.").
func sameEmployer(a, b string) bool {
	n := func(s string) string {
		return strings.Join(strings.Fields(suffixes.ReplaceAllString(key(s), " ")), " ")
	}
	x, y := n(a), n(b)
	if x == "" || y == "" {
		return false
	}
	return x == y || strings.Contains(" "+x+" ", " "+y+" ") || strings.Contains(" "+y+" ", " "+x+" ")
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// tally is the figures over many projects.
type tally struct {
	labelled, found, reported, right, employers, employersRight, emeritusActive int
	files, filesWithin                                                          int
}

func run(labelsPath, adoptersPath, snapshots, checkouts, out string) error {
	rows, err := readTSV(labelsPath, 9)
	if err != nil {
		return err
	}
	byProject := map[string][]label{}
	var projects []string
	for _, r := range rows {
		l := label{project: r[0], handle: key(r[1]), name: key(r[2]), status: r[3], employer: r[4], where: r[5] + "/" + r[6] + ":" + r[7]}
		if l.employer == "-" {
			l.employer = ""
		}
		if _, ok := byProject[l.project]; !ok {
			projects = append(projects, l.project)
		}
		byProject[l.project] = append(byProject[l.project], l)
	}
	crows, err := readTSV(adoptersPath, 5)
	if err != nil {
		return err
	}
	counts := map[string][]count{}
	for _, r := range crows {
		n, err := strconv.Atoi(r[4])
		if err != nil {
			return fmt.Errorf("%s: count %q: %w", adoptersPath, r[4], err)
		}
		counts[r[0]] = append(counts[r[0]], count{project: r[0], repo: r[1], path: r[2], typ: r[3], n: n})
		if _, ok := byProject[r[0]]; !ok {
			projects = append(projects, r[0])
			byProject[r[0]] = nil
		}
	}
	slices.Sort(projects)

	var md, misses strings.Builder
	misses.WriteString("project\tkind\thandle\tname\twant\tgot\twhere\n")
	fmt.Fprintf(&md, "| project | labelled | found | reported | right | employers right | emeritus as active | adopter files within 5%% |\n|---|---|---|---|---|---|---|---|\n")
	var all tally
	for _, p := range projects {
		snap, err := load(filepath.Join(snapshots, p+".json"))
		if err != nil {
			return err
		}
		t := measure(p, byProject[p], counts[p], snap, checkouts, &misses)
		fmt.Fprintf(&md, "| %s | %d | %d | %d | %d | %d/%d | %d | %d/%d |\n", p, t.labelled, t.found, t.reported, t.right, t.employersRight, t.employers, t.emeritusActive, t.filesWithin, t.files)
		all.labelled += t.labelled
		all.found += t.found
		all.reported += t.reported
		all.right += t.right
		all.employers += t.employers
		all.employersRight += t.employersRight
		all.emeritusActive += t.emeritusActive
		all.files += t.files
		all.filesWithin += t.filesWithin
	}
	ratio := func(a, b int) string {
		if b == 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.3f (%d/%d)", float64(a)/float64(b), a, b)
	}
	head := fmt.Sprintf("# Maintainers and adopters against the hand labels\n\n"+
		"- projects: %d\n- recall (labelled active maintainers reported active): %s\n"+
		"- precision (reported active who are labelled active): %s\n"+
		"- employers right (of found maintainers whose label states one): %s\n"+
		"- emeritus counted as active: %d\n- adopter files counted within 5%%: %s\n\n",
		len(projects), ratio(all.found, all.labelled), ratio(all.right, all.reported),
		ratio(all.employersRight, all.employers), all.emeritusActive, ratio(all.filesWithin, all.files))
	if err := os.WriteFile(filepath.Join(out, "people.md"), []byte(head+md.String()), 0o644); err != nil {
		return fmt.Errorf("write people.md: %w", err)
	}
	if err := os.WriteFile(filepath.Join(out, "people-misses.tsv"), []byte(misses.String()), 0o644); err != nil {
		return fmt.Errorf("write people-misses.tsv: %w", err)
	}
	fmt.Print(head)
	return nil
}

// load reads one snapshot; a missing one is an empty snapshot (nothing collected).
func load(path string) (*snapshot.Snapshot, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return &snapshot.Snapshot{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read snapshot: %w", err)
	}
	var s snapshot.Snapshot
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	return &s, nil
}

// measure compares one project's snapshot with its labels, writing each miss.
func measure(p string, labels []label, counts []count, snap *snapshot.Snapshot, checkouts string, misses io.Writer) tally {
	var t tally
	var active, emeriti []snapshot.Person
	if snap.Maintainers != nil {
		active, emeriti = snap.Maintainers.Active, snap.Maintainers.Emeritus
	}
	match := func(l label, ps []snapshot.Person) *snapshot.Person {
		for i, q := range ps {
			if l.handle != "" && key(str(q.GitHub)) == l.handle {
				return &ps[i]
			}
		}
		for i, q := range ps {
			if l.name != "" && (key(str(q.Name)) == l.name || (l.handle == "" && key(str(q.GitHub)) == l.name)) {
				return &ps[i]
			}
		}
		return nil
	}
	miss := func(kind string, l label, want, got string) {
		fmt.Fprintf(misses, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p, kind, l.handle, l.name, want, got, l.where)
	}
	claimed := map[*snapshot.Person]bool{}
	for _, l := range labels {
		q := match(l, active)
		if l.status != "active" {
			if q != nil {
				t.emeritusActive++
				claimed[q] = true
				miss("emeritus-as-active", l, "emeritus", "active")
			}
			continue
		}
		t.labelled++
		if q == nil {
			got := "missing"
			if snap.Maintainers == nil {
				got = "not collected"
			} else if match(l, emeriti) != nil {
				got = "emeritus"
			}
			miss("missed", l, "active", got)
			continue
		}
		t.found++
		claimed[q] = true
		if l.employer != "" {
			t.employers++
			if sameEmployer(l.employer, str(q.Company)) {
				t.employersRight++
			} else {
				miss("employer", l, l.employer, str(q.Company))
			}
		}
	}
	t.reported = len(active)
	for i := range active {
		if claimed[&active[i]] {
			if !slices.ContainsFunc(labels, func(l label) bool { return l.status != "active" && match(l, active[i:i+1]) != nil }) {
				t.right++
			}
			continue
		}
		q := active[i]
		fmt.Fprintf(misses, "%s\textra\t%s\t%s\t-\tactive\t%s/%s:%d\n", p, str(q.GitHub), str(q.Name), q.Source.Repo, q.Source.Path, q.Source.Line)
	}
	// Adopters: per labelled file, the organisations graduate's parser reads there that
	// the snapshot holds (from that file or, listed twice, from another), against the
	// hand count. A file the collector never read counts none.
	have := map[string]bool{}
	if snap.Adopters != nil {
		for _, e := range snap.Adopters.Entries {
			have[strings.ToLower(e.Name)] = true
		}
	}
	perFile := map[[2]string]int{}
	var files [][2]string
	for _, c := range counts {
		k := [2]string{c.repo, c.path}
		if _, ok := perFile[k]; !ok {
			files = append(files, k)
		}
		perFile[k] += c.n
	}
	for _, f := range files {
		want := perFile[f]
		t.files++
		n := 0
		for _, a := range parseFile(checkouts, f[0], f[1]) {
			if have[strings.ToLower(a.Name)] {
				n++
			}
		}
		if math.Abs(float64(n-want)) <= 0.05*float64(want) {
			t.filesWithin++
			continue
		}
		fmt.Fprintf(misses, "%s\tadopters\t-\t-\t%d\t%d\t%s/%s\n", p, want, n, f[0], f[1])
	}
	return t
}

// parseFile reads the adopters of a labelled file (PATH or PATH#SECTION) with
// graduate's parser; none when it cannot be read.
func parseFile(checkouts, repo, p string) []snapshot.Adopter {
	file, section, _ := strings.Cut(p, "#")
	b, err := os.ReadFile(filepath.Join(checkouts, strings.Replace(repo, "/", "+", 1), filepath.FromSlash(file)))
	if err != nil {
		return nil
	}
	if section != "" {
		kept, ok := markdown.SectionOnly(string(b), section)
		if !ok {
			return nil
		}
		b = []byte(kept)
	}
	found, err := adopters.Parse(file, b)
	if err != nil {
		return nil
	}
	return found
}
