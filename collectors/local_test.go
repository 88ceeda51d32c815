package collectors

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/internal/golden"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/graduate-dev/graduate/snapshot"
)

const fixtures = "../testdata/collect"

func fixedNow() time.Time {
	return time.Date(2026, 3, 14, 15, 9, 26, 535897932, time.FixedZone("CET", 3600))
}

// compileSchema compiles the snapshot JSON Schema, asserting formats.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("../snapshot/schema/snapshot.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("parse schema: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const id = "https://github.com/graduate-dev/graduate/snapshot/schema/snapshot.json"
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	return s
}

func TestCollectGolden(t *testing.T) {
	schema := compileSchema(t)
	tests := []struct {
		name string
		opts Options
	}{
		{"full", Options{Repos: []RepoSpec{{Dir: fixtures + "/full", URL: "https://github.com/quarry-dev/quarry"}}}},
		{"readme-only", Options{Repos: []RepoSpec{{Name: "lantern", Dir: fixtures + "/readme-only"}}}},
		{"split", Options{
			Repos: []RepoSpec{
				{Role: snapshot.RoleMain, Dir: fixtures + "/split/main", URL: "https://github.com/beacon-dev/beacon"},
				{Role: snapshot.RoleCommunity, Dir: fixtures + "/split/community", URL: "https://github.com/beacon-dev/community.git"},
			},
			Project: &snapshot.Project{Name: "Beacon", Level: "incubation", OpenSSFBestPracticesID: 9001},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := tt.opts
			opts.Now = fixedNow
			opts.ToolVersion = "test"
			snap, err := Collect(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(snap, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')

			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(got))
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(inst); err != nil {
				t.Errorf("snapshot does not validate against the schema: %v", err)
			}

			golden.Equal(t, filepath.Join(fixtures, tt.name+".golden.json"), got)

			// Deterministic: a second run gives the same bytes.
			again, err := Collect(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.MarshalIndent(again, "", "  ")
			if !bytes.Equal(append(b, '\n'), got) {
				t.Error("a second collection differs from the first")
			}
		})
	}
}

func TestCollectErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"no repository", Options{}, "no repository"},
		{"missing dir", Options{Repos: []RepoSpec{{Dir: filepath.Join(dir, "missing")}}}, "missing"},
		{"same name twice", Options{Repos: []RepoSpec{{Name: "a", Dir: dir}, {Name: "a", Dir: dir}}}, "also used"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Collect(context.Background(), tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Collect error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestCollectUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"README.md":          "# x\n\n## Governance\n\nThe maintainers decide by consensus.\n",
		"GOVERNANCE.md":      "# Governance\n\n## Voting\n",
		"CODE_OF_CONDUCT.md": "binary\x00content",
		"CONTRIBUTING.md":    strings.Repeat("x", 1<<20+1),
	}
	for p, c := range files {
		if err := os.WriteFile(filepath.Join(dir, p), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	snap, err := Collect(context.Background(), Options{Repos: []RepoSpec{{Name: "r", Dir: dir}}, Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	// Three errors: the two unreadable files, and the history of a directory that is
	// not a git checkout.
	if got := len(snap.CollectionErrors); got != 3 {
		t.Fatalf("collection errors = %+v, want 3", snap.CollectionErrors)
	}
	if e := snap.CollectionErrors[2]; e.Source != "history" || e.Error != "r: no git history (not a git checkout)" {
		t.Errorf("collection error %+v, want the history of r not collected", e)
	}
	for _, e := range snap.CollectionErrors[:2] {
		if e.Source != "documents" || !strings.HasPrefix(e.Error, "read r:") {
			t.Errorf("collection error %+v, want source documents and an error naming r:<path>", e)
		}
	}
	if len(snap.Documents.Governance) != 2 || len(snap.Content.Topics["decision_making"]) == 0 {
		t.Errorf("the readable files were not collected: %+v", snap.Documents.Governance)
	}
	if len(snap.Documents.CodeOfConduct) != 1 || len(snap.Documents.Contributing) != 1 {
		t.Error("an unreadable document file is still a document file")
	}
}

// TestCollectRecordedList: the file the foundation's record names as the project's
// maintainer list is read as one, in the repository the record's link names.
func TestCollectRecordedList(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"README.md":            "# Community\n",
		"CODEOWNERS":           "* @ada @erin\n",
		"community-members.md": "# Members\n\n## Steering\n\n- [Ada Byron](https://github.com/ada), Engines Ltd\n- [Bob Ng](https://github.com/bob), Looms Inc\n\n## Docs\n\n- [Carol Wu](https://github.com/carol), Mills plc\n",
	}
	writeTree(t, dir, files)
	csv := filepath.Join(t.TempDir(), "project-maintainers.csv")
	record := ",Project,Maintainer Name,Company,Github Name,OWNERS/MAINTAINERS\n" +
		"Incubating,Quarry,Ada Byron,Engines Ltd,ada,https://github.com/quarry-dev/community/blob/main/community-members.md#steering\n" +
		",,Bob Ng,Looms Inc,bob,\n"
	if err := os.WriteFile(csv, []byte(record), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, url, active string
	}{
		{"the record's repository", "https://github.com/quarry-dev/community", "ada,bob,erin"},
		// The same path in another repository is not the file the record names.
		{"another repository", "https://github.com/other-dev/community", "ada,erin"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			snap, err := Collect(context.Background(), Options{
				Project:        &snapshot.Project{Name: "Quarry"},
				Repos:          []RepoSpec{{Dir: dir, URL: tt.url}},
				MaintainersCSV: csv,
				Now:            fixedNow,
			})
			if err != nil {
				t.Fatal(err)
			}
			if snap.Maintainers == nil {
				t.Fatalf("no maintainers: %+v", snap.CollectionErrors)
			}
			var got []string
			for _, p := range snap.Maintainers.Active {
				got = append(got, *p.GitHub)
			}
			if strings.Join(got, ",") != tt.active {
				t.Errorf("active = %q, want %q", got, tt.active)
			}
		})
	}
}
