package adopters

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Keys, lower-cased, that YAML adopters files use.
var (
	listKeys     = []string{"adopters", "users", "organizations", "organisations", "companies", "entries", "items"}
	yamlNameKeys = []string{"name", "organization", "organisation", "company", "title"}
	yamlTypeKeys = []string{"type", "category", "kind", "segment"}
)

// parseYAML returns the adopters in a YAML document: a list of names or of mappings
// with a name key, at the top level or under an adopters-like key, or a mapping from
// type to such a list (the key is then the type).
func parseYAML(content []byte) ([]entry, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(content, &doc); err != nil {
		return nil, err
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil // an empty document lists no one
	}
	root := doc.Content[0]
	switch root.Kind {
	case yaml.SequenceNode:
		return yamlList(root, ""), nil
	case yaml.MappingNode:
		if v := mapValue(root, listKeys); v != nil {
			switch v.Kind {
			case yaml.SequenceNode:
				return yamlList(v, ""), nil
			case yaml.MappingNode:
				return yamlGroups(v), nil
			}
		}
		return nil, fmt.Errorf("line %d: no list of adopters (a top-level list, or one under %s)", root.Line, strings.Join(listKeys[:2], " or "))
	}
	return nil, fmt.Errorf("line %d: no list of adopters", root.Line)
}

// yamlGroups reads a mapping from adopter type to a list of adopters. A key that only
// says the list holds adopters ("companies" beside a project's name and description,
// as fluxcd/website's data files have it) gives no type.
func yamlGroups(m *yaml.Node) []entry {
	var out []entry
	for i := 0; i+1 < len(m.Content); i += 2 {
		if v := m.Content[i+1]; v.Kind == yaml.SequenceNode {
			typ := strings.TrimSpace(m.Content[i].Value)
			if slices.Contains(listKeys, strings.ToLower(typ)) {
				typ = ""
			}
			out = append(out, yamlList(v, typ)...)
		}
	}
	return out
}

// yamlList reads a list of adopters; groupType is the type its group states, if any.
func yamlList(seq *yaml.Node, groupType string) []entry {
	var out []entry
	for _, item := range seq.Content {
		var name, typ string
		switch item.Kind {
		case yaml.ScalarNode:
			name = item.Value
		case yaml.MappingNode:
			if v := mapValue(item, yamlNameKeys); v != nil && v.Kind == yaml.ScalarNode {
				name = v.Value
			}
			if v := mapValue(item, yamlTypeKeys); v != nil && v.Kind == yaml.ScalarNode {
				typ = strings.TrimSpace(v.Value)
			}
		default:
			continue
		}
		name, ok := cleanName(name)
		if !ok {
			continue // a logo-only item, or a template's placeholder
		}
		if typ == "" || isPlaceholder(typ) {
			typ = groupType
		}
		out = append(out, entry{name: name, typ: typ, line: item.Line})
	}
	return out
}

// mapValue returns the value of the first of keys (compared case-insensitively) that the
// mapping m has, or nil.
func mapValue(m *yaml.Node, keys []string) *yaml.Node {
	for _, k := range keys {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if strings.EqualFold(strings.TrimSpace(m.Content[i].Value), k) {
				return m.Content[i+1]
			}
		}
	}
	return nil
}
