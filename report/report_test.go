package report

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestDecodeRoundTrip(t *testing.T) {
	want := fixture()
	got, err := Decode([]byte(render(t, "json", want)))
	if err != nil {
		t.Fatal(err)
	}
	want.Repositories = nil // not part of the JSON
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decoded report differs:\n%+v\nwant\n%+v", got, want)
	}
}

func TestDecodeErrors(t *testing.T) {
	valid := func(edit func(m map[string]any)) string {
		var m map[string]any
		if err := json.Unmarshal([]byte(render(t, "json", fixture())), &m); err != nil {
			t.Fatal(err)
		}
		edit(m)
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	criterion := func(m map[string]any, i int) map[string]any {
		return m["criteria"].([]any)[i].(map[string]any)
	}
	for _, tc := range []struct {
		name, raw, err string
	}{
		{"not JSON", `{"level": `, "decode report: unexpected end of JSON input"},
		{"wrong type", `{"level": "graduation", "met": "yes"}`, "decode report: json: cannot unmarshal string into Go struct field Report.met of type bool"},
		{"unknown level", valid(func(m map[string]any) { m["level"] = "graduated" }), `$.level: unknown level "graduated"`},
		{"no level", valid(func(m map[string]any) { delete(m, "level") }), `$.level: unknown level ""`},
		{"no criteria", valid(func(m map[string]any) { m["criteria"] = []any{} }), "$.criteria: no criteria"},
		{"no id", valid(func(m map[string]any) { criterion(m, 2)["id"] = "" }), "$.criteria[2].id: missing"},
		{"repeated id", valid(func(m map[string]any) { criterion(m, 3)["id"] = "process.gtr" }), `$.criteria[3].id: "process.gtr" repeats $.criteria[0]`},
		{"unknown status", valid(func(m map[string]any) { criterion(m, 1)["status"] = "passed" }), `$.criteria[1].status: unknown status "passed" (want one of pass, fail, unknown, waived, not_applicable)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode([]byte(tc.raw))
			if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
				t.Errorf("err = %v, want %s", err, tc.err)
			}
		})
	}
}
