package maintainers

import (
	"path"
	"strings"

	"gopkg.in/yaml.v3"
)

// fieldOfKey returns the record field a YAML or TOML key names, or "".
func fieldOfKey(k string) string {
	switch strings.Join(words(k), "") {
	case "name", "fullname", "displayname", "realname":
		return "name"
	case "github", "githubid", "githubhandle", "githubusername", "githubuser", "githublogin",
		"githubaccount", "gh", "handle", "username", "login":
		return "github"
	case "company", "affiliation", "employer", "organization", "organisation", "org", "companyname":
		return "company"
	case "email", "mail", "emailaddress":
		return "email"
	case "responsibilities", "responsibility", "area", "areas", "scope", "role", "roles", "focus",
		"component", "components", "projects", "repositories", "repos", "subprojects":
		return "responsibility"
	case "status", "state":
		return "status"
	case "emeritus", "retired":
		return "emeritus"
	case "active":
		return "active"
	}
	return ""
}

// fields is a person's stated values by field, each as text.
type fields map[string]string

// toRecord turns key values into a record.
func (f fields) toRecord() record {
	var rec record
	if v := f["github"]; v != "" {
		rec.github = handleOf(v)
		if rec.github == "" {
			for _, it := range tokenize(v) {
				if it.kind == itemHandle {
					rec.github = it.text
					break
				}
			}
		}
	}
	rec.name = strings.TrimSpace(f["name"])
	if v := f["company"]; !blank(v) {
		rec.company = strings.TrimSpace(v)
	}
	if m := emailRe.FindString(f["email"]); m != "" {
		rec.email = strings.TrimPrefix(m, "mailto:")
	}
	if v := strings.TrimSpace(f["responsibility"]); !blank(v) {
		rec.responsibility = v
		if st, ok := roleText(v); ok && st != statusActive {
			rec.role = st
		}
	}
	rec.role = worse(rec.role, roleStatus(f["status"]))
	switch strings.ToLower(strings.TrimSpace(f["emeritus"])) {
	case "true", "yes":
		rec.role = worse(rec.role, statusEmeritus)
	}
	switch strings.ToLower(strings.TrimSpace(f["active"])) {
	case "false", "no":
		rec.role = worse(rec.role, statusEmeritus)
	}
	return rec
}

// addPerson appends the person a YAML or TOML entry states, under the status st of the
// key it is listed under, unless the entry states no one (a handle that is none, as in
// "github: n/a", and nothing else) or a role that is no maintainer's.
func addPerson(out []entry, src source, line int, rec record, st status) []entry {
	if rec.github == "" && rec.name == "" && rec.email == "" {
		return out
	}
	if s := worse(st, rec.role); s != statusNone {
		out = append(out, newEntry(src, line, rec, s))
	}
	return out
}

// person reports whether the values describe a person: a name or a handle.
func (f fields) person() bool { return f["name"] != "" || f["github"] != "" }

// yamlFields reads the scalar (and list-of-scalar) values of a mapping by field.
func yamlFields(m *yaml.Node) fields {
	f := fields{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		field := fieldOfKey(m.Content[i].Value)
		if field == "" || f[field] != "" {
			continue
		}
		var vs []string
		for _, n := range scalars(m.Content[i+1]) {
			if v := strings.TrimSpace(n.Value); v != "" {
				vs = append(vs, v)
			}
		}
		f[field] = strings.Join(vs, ", ")
	}
	return f
}

// hasNested reports whether a mapping holds a list or mapping under a key that is not a
// person's field: a group of people rather than a person.
func hasNested(m *yaml.Node) bool {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i].Value, m.Content[i+1]
		if v.Kind == yaml.ScalarNode || fieldOfKey(k) != "" {
			continue
		}
		if classify(k) != statusUnknown {
			return true
		}
		for _, c := range v.Content {
			if c.Kind == yaml.MappingNode {
				return true
			}
		}
	}
	return false
}

// namesRoles reports whether a mapping has a key naming a role or a topic: the file says
// per key who its people are.
func namesRoles(m *yaml.Node) bool {
	for i := 0; m.Kind == yaml.MappingNode && i+1 < len(m.Content); i += 2 {
		if classify(m.Content[i].Value) != statusUnknown || fieldOfKey(m.Content[i].Value) != "" {
			return true
		}
	}
	return false
}

// parseYAML reads a YAML (or JSON) maintainers list: lists of people under keys naming
// their role ("maintainers", "emeritus", "reviewers"), each person a mapping with name,
// GitHub handle or profile URL, company and so on in any case, or a bare handle.
func parseYAML(src source, content string) ([]entry, error) {
	root, err := yamlRoot(content)
	if err != nil || root == nil {
		return nil, err
	}
	var out []entry
	emit := func(line int, rec record, st status) { out = addPerson(out, src, line, rec, st) }
	// walk visits a node under a status; explicit says a key above named the role, so
	// bare strings are people; key is the mapping key the node is the value of.
	var walk func(n *yaml.Node, st status, explicit bool, key *yaml.Node)
	walk = func(n *yaml.Node, st status, explicit bool, key *yaml.Node) {
		switch n.Kind {
		case yaml.MappingNode:
			// The document's own mapping is not a person even when it has a name key.
			if f := yamlFields(n); n != root && !hasNested(n) && (f.person() || (explicit && key != nil && f["company"] != "")) {
				rec := f.toRecord()
				line := n.Line
				// "jdoe: {name: ...}" under a role key: the key is the handle.
				if rec.github == "" && explicit && key != nil && classify(key.Value) == statusUnknown {
					rec.github = handleOf(key.Value)
					line = key.Line
				}
				emit(line, rec, st)
				return
			}
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				switch c := classify(k.Value); c {
				case statusNone:
				case statusUnknown:
					walk(n.Content[i+1], st, explicit, k)
				default:
					walk(n.Content[i+1], c, true, k)
				}
			}
		case yaml.SequenceNode:
			for _, item := range n.Content {
				switch item.Kind {
				case yaml.ScalarNode:
					if !explicit && key != nil {
						continue // a list of strings under a key that names no role
					}
					area := ""
					if key != nil && classify(key.Value) == statusUnknown {
						area = strings.TrimSpace(key.Value) // "flux2: [a, b]": the repository they keep
					}
					if h := handleOf(item.Value); h != "" {
						emit(item.Line, record{github: h, responsibility: area}, st)
					} else if rec, ok := parseRecord(item.Value, modeItem, false); ok {
						emit(item.Line, rec, st)
					} else if st == statusEmeritus && nameLike(item.Value) {
						emit(item.Line, record{name: strings.TrimSpace(item.Value)}, st) // former maintainers by name
					}
				default:
					walk(item, st, explicit, nil)
				}
			}
		}
	}
	// A file named for its role ("flux-project-maintainers.yaml", "emeriti.yaml") says
	// what every list in it is, even under keys that name no role (one per repository).
	named := classify(strings.TrimSuffix(path.Base(src.path), path.Ext(src.path)))
	if (named == statusActive || named == statusEmeritus) && !namesRoles(root) {
		walk(root, named, true, nil)
		return out, nil
	}
	walk(root, statusActive, false, nil)
	return out, nil
}
