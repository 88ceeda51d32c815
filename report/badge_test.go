package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/graduate-dev/graduate/internal/golden"
)

// endpointSchema compiles testdata/endpoint-badge.schema.json, the fields shields.io's
// endpoint badge requires.
func endpointSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	const path = "testdata/endpoint-badge.schema.json"
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(path, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(path)
	if err != nil {
		t.Fatalf("compile %s: %v", path, err)
	}
	return s
}

func validateBadge(t *testing.T, s *jsonschema.Schema, raw []byte) error {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("badge is not JSON: %v\n%s", err, raw)
	}
	return s.Validate(doc)
}

func TestBadge(t *testing.T) {
	// The fixture's 8 required criteria: 4 passed, 1 waived, 3 not met (62%: yellow).
	out := render(t, "badge", fixture())
	golden.Equal(t, filepath.Join("testdata", "badge.golden.json"), []byte(out))
	if err := validateBadge(t, endpointSchema(t), []byte(out)); err != nil {
		t.Errorf("badge does not match the endpoint schema: %v", err)
	}
}

// TestBadgeSchemaCatches holds the schema to what it checks, so that the test above
// does not pass on a schema that accepts anything.
func TestBadgeSchemaCatches(t *testing.T) {
	s := endpointSchema(t)
	for _, raw := range []string{
		`{"label":"graduation","message":"4/7 required"}`,
		`{"schemaVersion":2,"label":"graduation","message":"4/7 required"}`,
		`{"schemaVersion":1,"message":"4/7 required"}`,
		`{"schemaVersion":1,"label":"graduation","message":""}`,
		`{"schemaVersion":1,"label":"graduation","message":"x","colour":"red"}`,
	} {
		if err := validateBadge(t, s, []byte(raw)); err == nil {
			t.Errorf("schema accepts %s", raw)
		}
	}
}

func TestBadgeGoldens(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "golden", "*.badge.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden badges (%v)", err)
	}
	s := endpointSchema(t)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := validateBadge(t, s, raw); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestBadgeColor(t *testing.T) {
	for _, tc := range []struct {
		met, required int
		want          string
	}{
		{50, 50, "brightgreen"},
		{0, 0, "brightgreen"}, // nothing required: met
		{49, 50, "yellowgreen"},
		{40, 50, "yellowgreen"}, // exactly 80%
		{39, 50, "yellow"},
		{4, 5, "yellowgreen"},
		{25, 50, "yellow"}, // exactly 50%
		{24, 50, "orange"},
		{1, 4, "orange"}, // exactly 25%
		{12, 50, "red"},
		{0, 50, "red"},
	} {
		if got := badgeColor(tc.met, tc.required); got != tc.want {
			t.Errorf("badgeColor(%d, %d) = %s, want %s", tc.met, tc.required, got, tc.want)
		}
	}
}

func TestBadgeCounts(t *testing.T) {
	r := fixture()
	for i := range r.Criteria {
		if r.Criteria[i].Required {
			r.Criteria[i].Status = "pass"
		}
	}
	// A criterion not applicable at the level is never counted, even marked required.
	r.Criteria = append(r.Criteria, Criterion{ID: "x.y", Required: true, Status: "not_applicable"})
	r.Level = "incubation"
	if got, want := NewBadge(r), (Badge{SchemaVersion: 1, Label: "incubation", Message: "8/8 required", Color: "brightgreen"}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestBadgeOneReport(t *testing.T) {
	var b bytes.Buffer
	err := Write(&b, "badge", []*Report{fixture(), fixture()}, Options{})
	if err == nil || !strings.Contains(err.Error(), "a badge shows one report, got 2") || b.Len() != 0 {
		t.Errorf("err = %v, output %q", err, b.String())
	}
}
