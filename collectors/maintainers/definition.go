package maintainers

import (
	"context"
	"maps"
	"path"
	"regexp"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
	"github.com/graduate-dev/graduate/snapshot"
)

// definitionRe matches a sentence that makes roles below maintainer maintainers: "A
// reviewer is a core maintainer within the project", "For the purpose of governance,
// reviewers, approvers and leads are considered maintainers".
var definitionRe = regexp.MustCompile(`(?i)\b((?:reviewers?|committers?|approvers?|leads?|owners?)(?:\s*(?:,|\band\b|\bor\b)\s*(?:reviewers?|committers?|approvers?|leads?|owners?))*)\s*,?\s+(?:is|are)\s+(?:(?:also|all|both|each|considered|counted\s+as|treated\s+as)\s+)*(?:an?\s+)?(?:core\s+|project\s+)?maintainers?\b`)

// fileKey names a file of one of the repositories.
type fileKey struct {
	repo int
	path string
}

// definition is what a project's documents say of who its maintainers are.
type definition struct {
	// roles are the roles below maintainer the project counts as maintainers, singular
	// ("reviewer", "committer").
	roles map[string]bool
	// where is the sentence that says so.
	where *snapshot.Location
	// files are the files such sentences link to ("[Owners](OWNERS.md) are also
	// maintainers"), by repository index and path: maintainer lists of their own.
	files map[fileKey]bool
}

// promotes reports whether the role words of a heading or a role cell name a role the
// project counts as maintainers.
func (d *definition) promotes(s string) bool {
	if d == nil || len(d.roles) == 0 {
		return false
	}
	for _, w := range words(s) {
		if d.roles[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// readDefinition reads a sentence of the project's governance or maintainer documents
// that counts a role below maintainer as maintainers: the roles it names, or nil.
func readDefinition(sentence string) map[string]bool {
	m := definitionRe.FindStringSubmatch(sentence)
	if m == nil || strings.Contains(" "+strings.ToLower(sentenceOf(sentence))+" ", " not ") {
		return nil
	}
	roles := map[string]bool{}
	for _, w := range words(m[1]) {
		if w != "and" && w != "or" {
			roles[strings.TrimSuffix(w, "s")] = true
		}
	}
	return roles
}

// lists makes the files the definition links to maintainer lists: a candidate of a
// lesser class (OWNERS.md) is one, and a file no name marks is added.
func (c *collector) lists() {
	if c.def == nil {
		return
	}
	for key := range c.def.files {
		i, found := key.repo, false
		for k, cand := range c.cands[i] {
			if cand.path == key.path {
				c.cands[i][k].class, found = classList, true
			}
		}
		if !found {
			c.cands[i] = append(c.cands[i], candidate{repo: i, path: key.path, class: classList, format: formatOf(strings.ToLower(path.Base(key.path))), dirRank: len(dirRanks)})
		}
	}
}

// sentenceOf returns the sentence of a line that makes the definition.
func sentenceOf(l string) string {
	loc := definitionRe.FindStringIndex(l)
	if loc == nil {
		return strings.TrimSpace(l)
	}
	start := strings.LastIndex(l[:loc[0]], ". ") + 1
	end := len(l)
	if j := strings.Index(l[loc[1]:], ". "); j >= 0 {
		end = loc[1] + j + 1
	}
	return strings.TrimSpace(l[start:end])
}

// isGovernanceFile reports whether p is a governance document a reviewer reads for who
// the maintainers are: GOVERNANCE* at the root or one directory down.
func isGovernanceFile(p string) bool {
	if strings.Count(p, "/") > 1 {
		return false
	}
	base := strings.ToLower(path.Base(p))
	return strings.HasPrefix(base, "governance") && (strings.HasSuffix(base, ".md") || !strings.Contains(base, "."))
}

// define reads the project's definition of its maintainers from its governance
// documents and maintainer files: every sentence that counts a role as maintainers adds
// it, and the first is recorded as the definition. A file that cannot be read is
// skipped here (parse records the error for the maintainer files).
func (c *collector) define(ctx context.Context) error {
	for i := range c.repos {
		var files []string
		for _, p := range c.files[i] {
			if isGovernanceFile(p) {
				files = append(files, p)
			}
		}
		for _, cand := range c.cands[i] {
			if cand.format == formatMarkdown || cand.format == formatText {
				files = append(files, cand.path)
			}
		}
		for _, p := range files {
			content, err := c.content(ctx, i, p)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				continue
			}
			ls, text := markdown.Text(markdown.Lines(content))
			for n, l := range ls {
				if !text[n] {
					continue
				}
				roles := readDefinition(plainText(l))
				if roles == nil {
					continue
				}
				if c.def == nil {
					c.def = &definition{roles: map[string]bool{}, files: map[fileKey]bool{}, where: &snapshot.Location{
						Repo: c.name(i), Path: p, Line: n + 1, How: "statement", Text: sentenceOf(plainText(l)),
					}}
				}
				maps.Copy(c.def.roles, roles)
				for _, m := range mdLinkRe.FindAllStringSubmatch(l, -1) {
					if t, ok := linkTarget(p, m[2]); ok && t.rel != "" {
						if actual, ok := c.fileIndex(i)[strings.ToLower(t.rel)]; ok {
							c.def.files[fileKey{i, actual}] = true
						}
					}
				}
			}
		}
	}
	return nil
}
