package maintainers

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

var (
	tomlHeaderRe = regexp.MustCompile(`^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$`)
	// tomlSniffRe is a table header that only a TOML maintainers file starts with.
	tomlSniffRe = regexp.MustCompile(`(?im)^\s*\[\[?\s*"?(people|org|maintainers|roles|teams)\b[^\]]*\]\]?\s*(?:#.*)?$`)
)

// looksTOML reports whether a MAINTAINERS file without extension is TOML: its first
// statement is a table header (Markdown has none; a TOML list must).
func looksTOML(content string) bool {
	for _, l := range markdown.Lines(content) {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		return tomlSniffRe.MatchString(t) || (tomlHeaderRe.MatchString(t) && tomlSniffRe.MatchString(content))
	}
	return false
}

// tomlIndex finds the lines of a TOML file's table headers, which the decoder does not
// report.
type tomlIndex struct {
	lines  []string
	tables map[string]int   // [a.b] -> 1-based line
	arrays map[string][]int // [[a.b]] -> the lines of each element
}

func tomlKey(path []string) string {
	low := make([]string, len(path))
	for i, p := range path {
		low[i] = strings.ToLower(p)
	}
	return strings.Join(low, "\x00")
}

// splitDotted splits a dotted TOML key, keeping dots inside quotes.
func splitDotted(s string) []string {
	var out []string
	var cur strings.Builder
	quote := rune(0)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '"' || r == '\'':
			quote = r
		case r == '.':
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	return append(out, strings.TrimSpace(cur.String()))
}

func newTOMLIndex(content string) *tomlIndex {
	ix := &tomlIndex{lines: markdown.Lines(content), tables: map[string]int{}, arrays: map[string][]int{}}
	for i, l := range ix.lines {
		m := tomlHeaderRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		k := tomlKey(splitDotted(m[2]))
		if m[1] == "[[" {
			ix.arrays[k] = append(ix.arrays[k], i+1)
		} else if _, dup := ix.tables[k]; !dup {
			ix.tables[k] = i + 1
		}
	}
	return ix
}

// valueLine returns the line, at or after from, that holds the quoted string s; from
// when none does.
func (ix *tomlIndex) valueLine(from int, s string) int {
	for i := max(from-1, 0); i < len(ix.lines); i++ {
		if i >= from && tomlHeaderRe.MatchString(ix.lines[i]) {
			break
		}
		l := ix.lines[i]
		if strings.Contains(l, `"`+s+`"`) || strings.Contains(l, `'`+s+`'`) {
			return i + 1
		}
	}
	return from
}

// tomlFields reads a table's string (and string-list) values by field.
func tomlFields(m map[string]any) fields {
	f := fields{}
	for _, k := range sortedKeys(m) {
		field := fieldOfKey(k)
		if field == "" || f[field] != "" {
			continue
		}
		switch v := m[k].(type) {
		case string:
			f[field] = strings.TrimSpace(v)
		case bool:
			f[field] = fmt.Sprint(v)
		case []any:
			var vs []string
			for _, x := range v {
				if s, ok := x.(string); ok {
					vs = append(vs, s)
				}
			}
			f[field] = strings.Join(vs, ", ")
		}
	}
	return f
}

func sortedKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// tomlPerson is a person defined once (in a [people.<id>] table) and listed by id in
// role tables.
type tomlPerson struct {
	rec  record
	line int
}

// parseTOML reads a TOML maintainers list: people defined in [people.<id>] tables and
// listed by id in role tables ([Org."Core maintainers"] people = [...]), or people as
// [[maintainers]] tables, or [maintainers.<handle>] tables.
func parseTOML(src source, content string) ([]entry, error) {
	var doc map[string]any
	if _, err := toml.Decode(strings.TrimPrefix(content, "\ufeff"), &doc); err != nil {
		return nil, err
	}
	ix := newTOMLIndex(content)
	var out []entry
	emit := func(line int, rec record, st status) { out = addPerson(out, src, line, rec, st) }

	defs := map[string]tomlPerson{}
	var defIDs []string
	for _, k := range sortedKeys(doc) {
		if !strings.EqualFold(k, "people") {
			continue
		}
		people, _ := doc[k].(map[string]any)
		for _, id := range sortedKeys(people) {
			m, ok := people[id].(map[string]any)
			if !ok {
				continue
			}
			rec := tomlFields(m).toRecord()
			if rec.github == "" {
				rec.github = handleOf(id)
			}
			line := ix.tables[tomlKey([]string{k, id})]
			if line == 0 {
				line = ix.valueLine(ix.tables[tomlKey([]string{k})], id)
			}
			defs[strings.ToLower(id)] = tomlPerson{rec: rec, line: line}
			defIDs = append(defIDs, strings.ToLower(id))
		}
	}

	listed := false // a role table named the role of the people it lists
	var walk func(path []string, v any, st status, explicit bool)
	walk = func(path []string, v any, st status, explicit bool) {
		switch v := v.(type) {
		case map[string]any:
			if f := tomlFields(v); f.person() && len(path) > 1 {
				rec := f.toRecord()
				if rec.github == "" && explicit && classify(path[len(path)-1]) == statusUnknown {
					rec.github = handleOf(path[len(path)-1])
				}
				emit(ix.tables[tomlKey(path)], rec, st)
				return
			}
			for _, k := range sortedKeys(v) {
				sub := append(slices.Clone(path), k)
				if len(path) == 0 && strings.EqualFold(k, "people") {
					continue // definitions, not a role
				}
				if strings.EqualFold(k, "people") {
					if !explicit {
						continue
					}
					listed = true
					from := ix.tables[tomlKey(path)]
					ids, _ := v[k].([]any)
					for _, x := range ids {
						id, ok := x.(string)
						if !ok {
							continue
						}
						if d, ok := defs[strings.ToLower(id)]; ok {
							emit(d.line, d.rec, st)
						} else if h := handleOf(id); h != "" {
							emit(ix.valueLine(from, id), record{github: h}, st)
						}
					}
					continue
				}
				switch c := classify(k); c {
				case statusNone:
					if m, ok := v[k].(map[string]any); ok && hasKeyFold(m, "people") {
						listed = true // reviewers listed apart: the rest are not all maintainers
					}
				case statusUnknown:
					walk(sub, v[k], st, explicit)
				default:
					walk(sub, v[k], c, true)
				}
			}
		case []map[string]any:
			lines := ix.arrays[tomlKey(path)]
			for i, m := range v {
				line := 0
				if i < len(lines) {
					line = lines[i]
				}
				if f := tomlFields(m); f.person() {
					emit(line, f.toRecord(), st)
				}
			}
		case []any:
			if !explicit {
				return
			}
			from := ix.tables[tomlKey(path[:len(path)-1])]
			for _, x := range v {
				switch x := x.(type) {
				case string:
					if d, ok := defs[strings.ToLower(x)]; ok {
						emit(d.line, d.rec, st)
					} else if h := handleOf(x); h != "" {
						emit(ix.valueLine(from, x), record{github: h}, st)
					}
				case map[string]any:
					if f := tomlFields(x); f.person() {
						emit(from, f.toRecord(), st)
					}
				}
			}
		}
	}
	walk(nil, doc, statusActive, false)
	if !listed && len(out) == 0 {
		// People defined but listed in no role table: the file is the list.
		for _, id := range defIDs {
			d := defs[id]
			emit(d.line, d.rec, statusActive)
		}
	}
	return out, nil
}

func hasKeyFold(m map[string]any, key string) bool {
	for k := range m {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}
