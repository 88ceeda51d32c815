package maintainers

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
)

// parseCSV reads a maintainers list kept as CSV (cert-manager's maintainers.csv,
// "Maintainer Name,Github Name,Company"): the first row whose cells name at least two
// of a person's fields is the header, and each row after it is a person, active unless
// a role or status cell says otherwise. A file with no such header states no one it can
// be sure of.
func parseCSV(src source, content string) ([]entry, error) {
	r := csv.NewReader(strings.NewReader(content))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.TrimLeadingSpace = true
	r.Comment = '#'
	var (
		header []string // field per column, "" for a column that is no field
		out    []entry
	)
	for {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := r.FieldPos(0)
		if header == nil {
			header = csvHeader(row)
			continue
		}
		f := fields{}
		for i, cell := range row {
			if i < len(header) && header[i] != "" && f[header[i]] == "" {
				f[header[i]] = strings.TrimSpace(cell)
			}
		}
		if !f.person() {
			continue
		}
		out = addPerson(out, src, line, f.toRecord(), statusActive)
	}
}

// csvHeader returns the field each column names when the row is a header (two or more
// of its cells name a field), else nil.
func csvHeader(row []string) []string {
	fs := make([]string, len(row))
	named := 0
	for i, cell := range row {
		k := strings.Join(words(cell), " ")
		k = strings.TrimPrefix(strings.TrimPrefix(k, "maintainer "), "maintainers ")
		if f := fieldOfKey(strings.TrimSuffix(strings.TrimSuffix(k, " name"), " id")); f == "github" {
			fs[i] = f // "Github Name", "GitHub ID"
		} else {
			fs[i] = fieldOfKey(k)
		}
		if fs[i] != "" {
			named++
		}
	}
	if named < 2 {
		return nil
	}
	return fs
}
