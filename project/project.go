// Package project reads and checks the project file (graduate.yaml): the project's
// repositories, level, attestations and waivers.
package project

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/graduate-dev/graduate/snapshot"
)

// FileName is the project file looked for in the first checkout.
const FileName = "graduate.yaml"

// Error is a problem at a place in the project file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Load reads and checks a project file. knownCriteria, when not nil, is the set of
// criterion IDs attestations and waivers may name.
func Load(path string, knownCriteria map[string]bool) (*snapshot.Project, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read project file: %w", err)
	}
	return Parse(path, raw, knownCriteria)
}

// Parse checks a project file's content; name is used in error messages.
func Parse(name string, raw []byte, knownCriteria map[string]bool) (*snapshot.Project, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(raw, &root); err != nil {
		return nil, yamlError(name, err)
	}
	var p snapshot.Project
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&p); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlError(name, err)
	}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	at := func(path ...any) int { return lineOf(doc, path...) }
	fail := func(line int, format string, args ...any) error {
		return &Error{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}

	if p.Level != "" {
		if err := snapshot.CheckLevel(p.Level); err != nil {
			return nil, fail(at("level"), "%v", err)
		}
	}
	for i, r := range p.Repositories {
		if r.Role != "" {
			if err := snapshot.CheckRole(r.Role); err != nil {
				return nil, fail(at("repositories", i, "role"), "repositories[%d]: %v", i, err)
			}
		}
		if r.URL == "" && r.Path == "" {
			return nil, fail(at("repositories", i), "repositories[%d]: needs a url or a path", i)
		}
	}
	if p.OpenSSFBestPracticesID < 0 {
		return nil, fail(at("openssf_best_practices_id"), "openssf_best_practices_id must be a positive number")
	}
	for i, a := range p.Attestations {
		field := func(f string) int { return at("attestations", i, f) }
		if err := checkCriterion(a.Criterion, knownCriteria); err != nil {
			return nil, fail(field("criterion"), "attestations[%d].criterion: %v", i, err)
		}
		for _, f := range []struct{ name, value string }{{"evidence", a.Evidence}, {"statement", a.Statement}, {"attested_by", a.AttestedBy}} {
			if strings.TrimSpace(f.value) == "" {
				return nil, fail(at("attestations", i), "attestations[%d].%s is required", i, f.name)
			}
		}
		if err := checkDate(a.Date); err != nil {
			return nil, fail(field("date"), "attestations[%d].date: %v", i, err)
		}
	}
	for i, w := range p.Waivers {
		field := func(f string) int { return at("waivers", i, f) }
		if err := checkCriterion(w.Criterion, knownCriteria); err != nil {
			return nil, fail(field("criterion"), "waivers[%d].criterion: %v", i, err)
		}
		for _, f := range []struct{ name, value string }{{"reason", w.Reason}, {"approved_by", w.ApprovedBy}} {
			if strings.TrimSpace(f.value) == "" {
				return nil, fail(at("waivers", i), "waivers[%d].%s is required", i, f.name)
			}
		}
		if err := checkDate(w.Expires); err != nil {
			return nil, fail(field("expires"), "waivers[%d].expires: %v", i, err)
		}
	}
	return &p, nil
}

// CheckReferences checks that the attestations and waivers a project (from a file or a
// snapshot) carries name known criteria and valid dates. where names the input.
func CheckReferences(where string, p *snapshot.Project, knownCriteria map[string]bool) error {
	if p == nil {
		return nil
	}
	for i, a := range p.Attestations {
		if err := checkCriterion(a.Criterion, knownCriteria); err != nil {
			return fmt.Errorf("%s: $.project.attestations[%d].criterion: %w", where, i, err)
		}
		if err := checkDate(a.Date); err != nil {
			return fmt.Errorf("%s: $.project.attestations[%d].date: %w", where, i, err)
		}
	}
	for i, w := range p.Waivers {
		if err := checkCriterion(w.Criterion, knownCriteria); err != nil {
			return fmt.Errorf("%s: $.project.waivers[%d].criterion: %w", where, i, err)
		}
		if err := checkDate(w.Expires); err != nil {
			return fmt.Errorf("%s: $.project.waivers[%d].expires: %w", where, i, err)
		}
	}
	return nil
}

func checkCriterion(id string, known map[string]bool) error {
	if id == "" {
		return errors.New("is required")
	}
	if known != nil && !known[id] {
		return fmt.Errorf("no criterion %q (see graduate criteria)", id)
	}
	return nil
}

func checkDate(s string) error {
	if s == "" {
		return errors.New("is required (YYYY-MM-DD)")
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("%q is not a date (YYYY-MM-DD)", s)
	}
	return nil
}

// yamlError turns a yaml.v3 error into one line naming the file and line.
func yamlError(name string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg := te.Errors[0]
		line := 0
		if _, rest, ok := strings.Cut(msg, "line "); ok {
			var n int
			if _, scanErr := fmt.Sscanf(rest, "%d:", &n); scanErr == nil {
				line = n
				_, msg, _ = strings.Cut(rest, ": ")
			}
		}
		return &Error{File: name, Line: line, Msg: strings.TrimSpace(msg)}
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		var n int
		if _, scanErr := fmt.Sscanf(rest, "%d:", &n); scanErr == nil {
			line = n
			_, msg, _ = strings.Cut(rest, ": ")
		}
	}
	return &Error{File: name, Line: line, Msg: strings.ReplaceAll(msg, "\n", " ")}
}

// lineOf finds the line of a value by a path of map keys and list indexes.
func lineOf(n *yaml.Node, path ...any) int {
	line := n.Line
	for _, step := range path {
		switch s := step.(type) {
		case string:
			if n.Kind != yaml.MappingNode {
				return line
			}
			found := false
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == s {
					n = n.Content[i+1]
					found = true
					break
				}
			}
			if !found {
				return line
			}
		case int:
			if n.Kind != yaml.SequenceNode || s >= len(n.Content) {
				return line
			}
			n = n.Content[s]
		}
		line = n.Line
	}
	return line
}
