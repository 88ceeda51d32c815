package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMaintainersRecord runs check on the example project with a foundation maintainer
// record: the snapshot holds the project's part of it, and ownership_matches says who
// the record and the repositories do not share. A record without the project is a
// collection error that names it, never a crash.
func TestMaintainersRecord(t *testing.T) {
	main := filepath.Join("..", "..", "examples", "lantern", "lantern")
	csv := filepath.Join(t.TempDir(), "project-maintainers.csv")
	record := ",Project,Maintainer Name,Company,Github Name,OWNERS/MAINTAINERS\n" +
		"Graduated,Beacon,Ada Byron,Contoso,abyron,https://github.com/beacon-dev/beacon/blob/main/MAINTAINERS.md\n" +
		"Incubating,Lantern,Mira Okafor,Northwind Systems,mira-okafor,https://github.com/lantern-dev/community/blob/main/MAINTAINERS.md\n" +
		",,Tove Jansen,Northwind Systems,tjansen,\n" +
		",,Kai Moreno,Contoso Cloud,kmoreno,\n"
	if err := os.WriteFile(csv, []byte(record), 0o644); err != nil {
		t.Fatal(err)
	}
	snap := filepath.Join(t.TempDir(), "snapshot.json")
	if code, _, stderr := exec(t, "collect", main, "-o", snap, "--offline", "--cache-dir", t.TempDir(), "--maintainers-csv", csv); code != 0 {
		t.Fatalf("collect: exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(snap)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		FoundationMaintainers struct {
			Project string
			People  []struct{ GitHub string }
		} `json:"foundation_maintainers"`
		Maintainers struct {
			Active []struct {
				GitHub *string
				Source struct{ Path string }
				Record *struct {
					Path string
					Line int
				}
			}
		}
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.FoundationMaintainers.Project != "Lantern" || len(doc.FoundationMaintainers.People) != 3 {
		t.Errorf("foundation_maintainers = %+v, want Lantern's 3 people", doc.FoundationMaintainers)
	}
	// A maintainer the record lists too keeps both sources: the repository's line and
	// the record's row.
	rows := map[string]int{}
	for _, p := range doc.Maintainers.Active {
		if p.GitHub != nil && p.Record != nil {
			if p.Record.Path != filepath.Base(csv) || p.Source.Path == "" {
				t.Errorf("%s: record %+v beside source %q", *p.GitHub, *p.Record, p.Source.Path)
			}
			rows[*p.GitHub] = p.Record.Line
		}
	}
	if rows["mira-okafor"] != 3 || rows["tjansen"] != 4 || len(rows) != 2 {
		t.Errorf("record rows of the maintainers = %v, want mira-okafor at 3 and tjansen at 4", rows)
	}
	code, out, stderr := exec(t, "eval", snap, "--format", "json")
	if code != 1 || stderr != "" {
		t.Fatalf("eval: exit %d, stderr %q", code, stderr)
	}
	if n := strings.Count(out, "the CNCF's maintainer record (Lantern, "+filepath.Base(csv)+":3) lists 1 people the repositories do not (kmoreno)"); n != 2 {
		t.Errorf("ownership_matches and up_to_date name the person only the record lists %d times, want 2:\n%s", n, out)
	}

	missing := filepath.Join(t.TempDir(), "other.csv")
	if err := os.WriteFile(missing, []byte(record[:strings.Index(record, "Incubating")]), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr = exec(t, "collect", main, "--offline", "--cache-dir", t.TempDir(), "--maintainers-csv", missing)
	if code != 0 || stderr != "" {
		t.Fatalf("collect with a record that lacks the project: exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, `"source": "foundation_maintainers"`) || !strings.Contains(out, `no project named \"Lantern\"`) {
		t.Errorf("no collection error naming the project:\n%s", out)
	}
}
