package snapshot

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDecode(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		input   string
		wantErr string
	}{
		{"minimal", `{"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}`, ""},
		{"not JSON", `schema_version: 1`, "line 1, column 1: invalid JSON"},
		{"truncated", "{\"schema_version\": 1,\n \"collected_at\": \"2026-11-01T00:00:00Z\",\n \"collection_errors\": [", "line 3, column 24: invalid JSON: unexpected end of input"},
		{"array at top level", `[{"schema_version": 1}]`, "top level: got an array, want a JSON object"},
		{"wrong schema version", `{"schema_version": 2, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": []}`, "schema_version: got 2, want 1"},
		{"missing collected_at", `{"schema_version": 1, "collection_errors": []}`, "$: missing property 'collected_at'"},
		{"bad time", `{"schema_version": 1, "collected_at": "yesterday", "collection_errors": []}`, "$.collected_at: 'yesterday' is not valid date-time"},
		{"wrong type deep", `{"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": [],
			"maintainers": {"active": [{"github": 7, "name": null, "company": null, "source": {"repo": "r", "path": "p"}}], "emeritus": []}}`,
			"$.maintainers.active[0].github: got number, want null or string"},
		{"unknown key", `{"schema_version": 1, "collected_at": "2026-11-01T00:00:00Z", "collection_errors": [], "maintainer": {}}`, "additional properties 'maintainer' not allowed"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := v.Decode([]byte(tc.input))
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error %v, want it to contain %q", err, tc.wantErr)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}

// TestGoTypesMatchSchema: a snapshot built from the Go types validates, and every
// example snapshot decodes into the Go types without unknown fields.
func TestGoTypesMatchSchema(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	s := "x"
	snap := Snapshot{
		SchemaVersion: SchemaVersion,
		CollectedAt:   time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
		Repositories: []Repository{{Name: "r", Role: "main", Commit: "0123456789abcdef0123456789abcdef01234567", Documents: new(int),
			Excluded: []Excluded{{Path: "testdata/", Reason: "test fixtures", Files: 2}}}},
		Documents: &Documents{Governance: []Location{{Repo: "r", Path: "docs/how-we-work.md", Line: 1, How: "link", Text: "governance",
			Via: &Location{Repo: "r", Path: "README.md", Line: 9, URL: "docs/how-we-work.md"}}}},
		Artifacts:   Artifacts{"security_audit": {{Repo: "r", Path: "docs/audit-2023-06.pdf", How: "name", Date: "2023-06"}}},
		Maintainers: &Maintainers{Active: []Person{{GitHub: &s, Source: Location{Repo: "r", Path: "MAINTAINERS.md"}}}, Emeritus: []Person{}},
		Content: &Content{
			Topics:   Topics{"release_expectations": {{Repo: "r", Path: "RELEASES.md", Line: 4, How: "sentence", Text: "We release every month."}}},
			LinksOut: []LinkOut{{Topic: "roadmap", Repo: "r", Path: "README.md", Line: 3, URL: "https://example.org/roadmap", Text: "roadmap"}},
		},
		History:          &History{},
		CollectionErrors: []CollectionError{{Source: "history", Error: "no .git"}},
	}
	raw, err := json.Marshal(snap)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.Decode(raw); err != nil {
		t.Fatalf("snapshot from Go types does not validate: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "snapshots", "*.json"))
	if len(files) == 0 {
		t.Fatal("no example snapshots")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := v.Decode(raw); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		dec := json.NewDecoder(strings.NewReader(string(raw)))
		dec.DisallowUnknownFields()
		var s Snapshot
		if err := dec.Decode(&s); err != nil {
			t.Errorf("%s: Go types: %v", f, err)
		}
	}
}
