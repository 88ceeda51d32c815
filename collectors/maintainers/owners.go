package maintainers

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

// aliasMember is one handle an OWNERS_ALIASES alias expands to, and its line.
type aliasMember struct {
	handle string
	line   int
	rec    record // what the line's comment says of them: "# Ivan Valdes <ivan@vald.es>"
}

// aliases are the OWNERS_ALIASES of one repository, and where they were read.
type aliases struct {
	src     source
	members map[string][]aliasMember
}

// parseAliases reads an OWNERS_ALIASES file: an "aliases:" map of alias to handles.
func parseAliases(src source, content string) (*aliases, error) {
	a := &aliases{src: src, members: map[string][]aliasMember{}}
	root, err := yamlRoot(content)
	if err != nil || root == nil {
		return a, err
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("line %d: want a mapping with an aliases key", root.Line)
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if !strings.EqualFold(root.Content[i].Value, "aliases") {
			continue
		}
		m := root.Content[i+1]
		if m.Kind != yaml.MappingNode {
			continue
		}
		for j := 0; j+1 < len(m.Content); j += 2 {
			var list []aliasMember
			for _, n := range scalars(m.Content[j+1]) {
				if h := handleOf(n.Value); h != "" {
					list = append(list, aliasMember{handle: h, line: n.Line, rec: commentRecord(h, n.LineComment)})
				}
			}
			a.members[m.Content[j].Value] = list
		}
	}
	return a, nil
}

// yamlRoot parses YAML and returns its top node, nil for an empty document.
func yamlRoot(content string) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(strings.TrimPrefix(content, "\ufeff")), &doc); err != nil {
		return nil, err
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// scalars returns the scalar items of a sequence node (or the node itself when it is a
// scalar).
func scalars(n *yaml.Node) []*yaml.Node {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return nil
		}
		return []*yaml.Node{n}
	case yaml.SequenceNode:
		var out []*yaml.Node
		for _, c := range n.Content {
			if c.Kind == yaml.ScalarNode && c.Tag != "!!null" {
				out = append(out, c)
			}
		}
		return out
	}
	return nil
}

// aliasNameRe matches the names Kubernetes-style OWNERS files give OWNERS_ALIASES groups
// ("approvers", "sig-network-approvers"): groups, not people.
var aliasNameRe = regexp.MustCompile(`(?i)(^|-)(approvers|reviewers|maintainers|owners|admins|leads|emeritus_approvers)$`)

// parseOwners reads a root Kubernetes-style OWNERS file: approvers are maintainers,
// emeritus_approvers emeritus, reviewers neither. An entry naming an alias stands for
// the alias's members, each sourced to its line in OWNERS_ALIASES.
func parseOwners(src source, content string, al *aliases) ([]entry, error) {
	root, err := yamlRoot(content)
	if err != nil || root == nil {
		return nil, err
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("line %d: want a mapping of approvers and reviewers", root.Line)
	}
	var out []entry
	add := func(n *yaml.Node, st status) {
		for _, item := range scalars(n) {
			name := strings.TrimSpace(item.Value)
			if al != nil {
				if members, ok := al.members[name]; ok {
					for _, m := range members {
						out = append(out, newEntry(al.src, m.line, m.rec, st))
					}
					continue
				}
			}
			h := handleOf(name)
			if h == "" || (al == nil && aliasNameRe.MatchString(h)) {
				// Without OWNERS_ALIASES, a group name such as sig-network-approvers
				// cannot be expanded, and it is not a person.
				continue
			}
			out = append(out, newEntry(src, item.Line, commentRecord(h, item.LineComment), st))
		}
	}
	var visit func(m *yaml.Node)
	visit = func(m *yaml.Node) {
		for i := 0; i+1 < len(m.Content); i += 2 {
			k, v := strings.ToLower(m.Content[i].Value), m.Content[i+1]
			switch k {
			case "approvers", "maintainers":
				add(v, statusActive)
			case "emeritus_approvers", "emeritus", "emeritus_maintainers":
				add(v, statusEmeritus)
			case "filters":
				// Only the filter that matches every file names the repository's approvers.
				if v.Kind != yaml.MappingNode {
					continue
				}
				for j := 0; j+1 < len(v.Content); j += 2 {
					if v.Content[j].Value == ".*" && v.Content[j+1].Kind == yaml.MappingNode {
						visit(v.Content[j+1])
					}
				}
			}
		}
	}
	visit(root)
	return out, nil
}

// catchAll are the CODEOWNERS patterns that match every file.
var catchAll = map[string]bool{"*": true, "**": true, "/**": true, "/**/*": true}

// parseCodeowners reads a CODEOWNERS file: the handles on the last catch-all line (the
// one GitHub applies), and people named in comment lines such as
// "# Jane Doe, Example Corp (@jdoe)". Teams and per-path owners are not maintainers.
func parseCodeowners(src source, content string) []entry {
	var out []entry
	comment := statusActive
	lastLine, lastOwners := 0, []string(nil)
	// block holds the comment lines since the last blank or code line: spire-style
	// blocks give a maintainer on three lines ("# Name", "# Company", "# @handle").
	var block []string
	// banner is the status of the last "####"-framed section title ("Maintainers",
	// "Community Chair"): a block under a title that names no maintainers is no one's.
	banner, bannerTitle, afterBanner := statusActive, "", false
	// affiliations is set under a comment naming them ("# Individual affiliations"):
	// "# @a @b - Example Corp" then gives each handle's employer, not a name.
	affiliations := false
	for i, l := range markdown.Lines(content) {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			comment = statusActive
			block = nil
			afterBanner = false
			affiliations = false
		case strings.HasPrefix(t, "#"):
			c := strings.TrimSpace(strings.TrimLeft(t, "#"))
			if c == "" {
				if len(t) >= 5 && bannerTitle != "" {
					// Only a banner that names maintainers keeps its people: a
					// "Community Chair" or "Docs" banner names other roles.
					banner = statusNone
					if anyIn(words(bannerTitle), maintainerBannerWords) {
						banner = max(classify(bannerTitle), statusActive)
					}
					bannerTitle = ""
				}
				afterBanner = len(t) >= 5
				continue
			}
			if afterBanner && len(words(c)) <= 4 {
				bannerTitle = c
			}
			afterBanner = false
			if m := affiliationLineRe.FindStringSubmatch(c); m != nil && affiliations {
				// (what follows the employer, "Project Lead 2025-2026", is a role, not
				// an area)
				company, _, _ := strings.Cut(m[2], ",")
				if st := worse(comment, banner); st != statusNone {
					for _, h := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' }) {
						if h = handleOf(h); h != "" {
							out = append(out, newEntry(src, i+1, record{github: h, company: strings.TrimSpace(company)}, st))
						}
					}
				}
				continue
			}
			if !strings.Contains(c, "@") && affiliationsRe.MatchString(c) {
				affiliations = true
				continue
			}
			if rec, ok := blockRecord(block, c); ok {
				if st := worse(worse(comment, banner), rec.role); st != statusNone {
					out = append(out, newEntry(src, i+1, rec, st))
				}
				block = nil
				continue
			}
			if classify(c) == statusUnknown {
				// A heading ("# Maintainers") right above a name is no part of it.
				block = append(block, c)
			}
			rec, ok := parseRecord(c, modeItem, false)
			if ok && rec.github != "" && rec.name != "" {
				if st := worse(worse(comment, banner), rec.role); st != statusNone {
					out = append(out, newEntry(src, i+1, rec, st))
				}
				continue
			}
			if hs, label, ok := parseHandles(c); ok && rec.github == "" {
				if st := worse(worse(comment, banner), label); st != statusNone {
					for _, h := range hs {
						out = append(out, newEntry(src, i+1, record{github: h}, st))
					}
				}
				continue
			}
			if !ok && len(words(c)) <= 6 {
				if st := classify(c); st != statusUnknown {
					comment = st
				}
			}
		default:
			comment = statusActive
			block = nil
			if j := strings.Index(t, " #"); j >= 0 {
				t = t[:j]
			}
			f := strings.Fields(t)
			if len(f) > 0 && catchAll[f[0]] {
				lastLine, lastOwners = i+1, f[1:]
			}
		}
	}
	for _, o := range lastOwners {
		switch {
		case strings.HasPrefix(o, "@") && !strings.Contains(o, "/"):
			if h := handleOf(o); h != "" {
				out = append(out, newEntry(src, lastLine, record{github: h}, statusActive))
			}
		case emailRe.MatchString(o):
			out = append(out, newEntry(src, lastLine, record{email: o}, statusActive))
		}
	}
	return out
}

var (
	// affiliationsRe matches a comment that introduces the maintainers' employers.
	affiliationsRe = regexp.MustCompile(`(?i)\b(?:affiliations?|employers?|compan(?:y|ies)|organi[sz]ations?)\b`)
	// affiliationLineRe matches "@a @b - Example Corp": handles, a dash, an employer.
	affiliationLineRe = regexp.MustCompile(`^((?:@[A-Za-z0-9][A-Za-z0-9-]*[\s,]*)+?)\s*[-\x{2013}\x{2014}:]\s*(\S.*)$`)
)

// blockRecord reads a maintainer given on consecutive comment lines, a name and
// optionally an employer over a line that is one handle alone:
//
//	# Evan Gilman
//	# SPIRL, Inc.
//	# @evan2645
func blockRecord(block []string, line string) (record, bool) {
	h := handleOf(strings.TrimSpace(line))
	if h == "" || !strings.HasPrefix(strings.TrimSpace(line), "@") || strings.ContainsAny(strings.TrimSpace(line), " \t") || len(block) == 0 || len(block) > 2 {
		return record{}, false
	}
	for _, b := range block {
		if strings.Contains(b, "@") || len(words(b)) > 6 || classify(b) != statusUnknown {
			return record{}, false
		}
	}
	rec := record{github: h, name: block[0]}
	if len(block) == 2 && !blank(block[1]) {
		rec.company = block[1]
	}
	return rec, true
}

// commentRecord is the person a handle's line comment describes in OWNERS or
// OWNERS_ALIASES ("- jdoe  # Jane Doe, Example Corp <jane@example.com>"): the handle
// with the name, employer and address the comment gives.
func commentRecord(h, comment string) record {
	rec := record{github: h}
	if c := strings.TrimSpace(strings.TrimLeft(comment, "#")); c != "" {
		if r, ok := parseRecord("@"+h+" "+c, modeItem, false); ok {
			rec.name, rec.company, rec.email = r.name, r.company, r.email
		}
	}
	return rec
}

// maintainerBannerWords are the words of a CODEOWNERS banner that lists maintainers.
var maintainerBannerWords = set("maintainer", "maintainers", "owners", "approvers", "committers", "emeritus", "alumni")

// ownersMaintainersRe matches an OWNERS file's top-level maintainers key.
var ownersMaintainersRe = regexp.MustCompile(`(?m)^maintainers\s*:`)

// namesMaintainers reports whether an OWNERS file lists its people as maintainers (a
// "maintainers:" key, as Helm's does), which makes it a maintainer list rather than a
// list of approvers.
func namesMaintainers(content string) bool { return ownersMaintainersRe.MatchString(content) }
