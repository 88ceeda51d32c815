// Command claims checks a snapshot against the claims a project's application makes
// about where its documents live (scripts/corpus/seed-claims.tsv): each claim must be
// found in the fact it names, in its repository and file, and is printed with the lines
// that are its evidence. It exits 1 when a claim is not found.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/graduate-dev/graduate/snapshot"
)

func main() {
	claims := flag.String("claims", "scripts/corpus/seed-claims.tsv", "the claims (tab-separated)")
	snap := flag.String("snapshot", "", "the snapshot to check")
	flag.Parse()
	missing, err := run(os.Stdout, *claims, *snap)
	if err != nil {
		fmt.Fprintln(os.Stderr, "claims:", err)
		os.Exit(2)
	}
	if missing > 0 {
		os.Exit(1)
	}
}

// claim is one row of the claims file.
type claim struct{ text, fact, repo, path string }

func run(w io.Writer, claimsPath, snapPath string) (int, error) {
	cs, err := readClaims(claimsPath)
	if err != nil {
		return 0, err
	}
	b, err := os.ReadFile(snapPath)
	if err != nil {
		return 0, fmt.Errorf("read snapshot: %w", err)
	}
	var s snapshot.Snapshot
	if err := json.Unmarshal(b, &s); err != nil {
		return 0, fmt.Errorf("parse snapshot %s: %w", snapPath, err)
	}
	missing := 0
	for _, c := range cs {
		var hits []string
		for _, l := range places(&s, c.fact) {
			file, _, _ := strings.Cut(l.Path, "#")
			if l.Repo == c.repo && file == c.path {
				hits = append(hits, fmt.Sprintf("%s:%d %s", l.Path, l.Line, l.How))
			}
		}
		status := "found"
		if len(hits) == 0 {
			status = "MISSING"
			missing++
		}
		fmt.Fprintf(w, "%-7s %s: %s in %s:%s", status, c.text, c.fact, c.repo, c.path)
		if len(hits) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(hits, ", "))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d of %d claims found\n", len(cs)-missing, len(cs))
	return missing, nil
}

func readClaims(p string) ([]claim, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("read claims: %w", err)
	}
	defer f.Close()
	var out []claim
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "claim\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated columns, got %d", p, n, len(f))
		}
		out = append(out, claim{f[0], f[1], f[2], f[3]})
	}
	return out, sc.Err()
}

// places returns where a fact was found in the snapshot.
func places(s *snapshot.Snapshot, fact string) []snapshot.Location {
	family, name, _ := strings.Cut(fact, ".")
	switch {
	case family == "documents" && s.Documents != nil:
		v := map[string][]snapshot.Location{
			"governance": s.Documents.Governance, "maintainers": s.Documents.Maintainers,
			"security_policy": s.Documents.SecurityPolicy, "code_of_conduct": s.Documents.CodeOfConduct,
			"contributing": s.Documents.Contributing, "adopters": s.Documents.Adopters,
			"roadmap": s.Documents.Roadmap, "release_process": s.Documents.ReleaseProcess,
			"changelog": s.Documents.Changelog, "license": s.Documents.License,
		}
		return v[name]
	case family == "artifacts":
		return s.Artifacts[name]
	case family == "openssf" && s.OpenSSF != nil && s.OpenSSF.Source != nil:
		return []snapshot.Location{*s.OpenSSF.Source}
	case family == "content" && s.Content != nil:
		switch {
		case strings.HasPrefix(name, "topics."):
			return s.Content.Topics[strings.TrimPrefix(name, "topics.")]
		case strings.HasPrefix(name, "links_out."):
			var out []snapshot.Location
			for _, l := range s.Content.LinksOut {
				if l.Topic == strings.TrimPrefix(name, "links_out.") {
					out = append(out, snapshot.Location{Repo: l.Repo, Path: l.Path, Line: l.Line, URL: l.URL, How: "link out to " + l.URL})
				}
			}
			return out
		case name == "channels":
			var out []snapshot.Location
			for _, c := range s.Content.Channels {
				out = append(out, c.Source)
			}
			return out
		case name == "coc_cncf_reference":
			return s.Content.CoCCNCFReference
		}
	}
	return nil
}
