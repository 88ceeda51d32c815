package maintainers

import (
	"reflect"
	"testing"
)

func TestParseCSV(t *testing.T) {
	src := source{repo: "r", path: "maintainers.csv"}
	got, err := parseCSV(src, "# kept in sync with the CNCF list\nMaintainer Name,Github Name,Company\nAda Lovelace,ada,Analytical Engines\n\"Grace Hopper\", @ghopper , \"Navy, US\"\n,,\nCarol,carol,\n")
	if err != nil {
		t.Fatal(err)
	}
	var rows [][4]string
	for _, e := range got {
		p := e.person
		rows = append(rows, [4]string{deref(p.Name), deref(p.GitHub), deref(p.Company), string(rune('0' + p.Source.Line))})
	}
	want := [][4]string{
		{"Ada Lovelace", "ada", "Analytical Engines", "3"},
		{"Grace Hopper", "ghopper", "Navy, US", "4"},
		{"Carol", "carol", "", "6"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("people = %q, want %q", rows, want)
	}
	if got, err := parseCSV(src, "a,b\n1,2\n"); err != nil || len(got) != 0 {
		t.Errorf("a CSV without a maintainers header = %v, %v; want no one", got, err)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
