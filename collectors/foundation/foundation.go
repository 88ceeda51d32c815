// Package foundation reads the CNCF's record of a project's maintainers
// (cncf/foundation's project-maintainers.csv) for one project: the people the
// foundation holds as its maintainers, to compare with those its repositories list.
//
// The file is grouped: a row that states a level (Graduated, Incubating, Sandbox) opens
// a project and names its first person; the rows below continue it, and a row that
// names a group without a level opens a group of that project ("Harbor: SIG Community",
// "Steering Committee").
package foundation

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/graduate-dev/graduate/collectors/web"
	"github.com/graduate-dev/graduate/snapshot"
)

// Source is the collection-error source of the foundation's record.
const Source = "foundation_maintainers"

// maxBytes caps the file (the whole foundation's record is about 200 KB).
const maxBytes = 8 << 20

// record is one project of the file.
type record struct {
	name, level, list string
	line              int
	people            []snapshot.FoundationPerson
}

// Want names the project to find: its name, and the GitHub owner/name of each of its
// repositories (a group whose list links one of their owners is the project's).
type Want struct {
	Name  string
	Repos []string
}

// Read reads the record at src (a file, or an http(s) URL fetched with c) and returns
// the project's part. A file that cannot be read or parsed, or that holds no such
// project, is a collection error that names it; the fact is then not collected.
func Read(ctx context.Context, c *web.Client, src string, want Want) (*snapshot.FoundationMaintainers, *snapshot.CollectionError) {
	fail := func(format string, args ...any) *snapshot.CollectionError {
		return &snapshot.CollectionError{Source: Source, Error: fmt.Sprintf(format, args...)}
	}
	body, at, err := web.Read(ctx, c, src, maxBytes)
	if err != nil {
		return nil, fail("%v", err)
	}
	projects, err := parse(body)
	if err != nil {
		return nil, fail("%s: %v", src, err)
	}
	p, err := find(projects, want)
	if err != nil {
		return nil, fail("%s: %v", src, err)
	}
	at.Line = p.line
	return &snapshot.FoundationMaintainers{Project: p.name, Level: p.level, List: p.list, Source: at, People: p.people}, nil
}

// columns are the header's columns; -1 is absent.
type columns struct{ level, project, name, company, github, list int }

func header(row []string) (columns, error) {
	c := columns{level: 0, project: -1, name: -1, company: -1, github: -1, list: -1}
	for i, h := range row {
		switch k := strings.ToLower(strings.TrimSpace(h)); {
		case k == "project":
			c.project = i
		case strings.Contains(k, "github"):
			c.github = i
		case strings.Contains(k, "name"):
			c.name = i
		case k == "company" || strings.Contains(k, "affiliation"):
			c.company = i
		case strings.Contains(k, "owners") || strings.Contains(k, "maintainers"):
			c.list = i
		}
	}
	if c.project < 0 || (c.name < 0 && c.github < 0) {
		return c, errors.New("read the header (line 1): no Project and Maintainer Name or Github Name columns")
	}
	return c, nil
}

// parse reads every project of the file, in order.
func parse(body []byte) ([]*record, error) {
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\ufeff")))
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	cols, err := header(head)
	if err != nil {
		return nil, err
	}
	var (
		out   []*record
		cur   *record
		group string
	)
	cell := func(row []string, i int) string {
		if i < 0 || i >= len(row) {
			return ""
		}
		return strings.TrimSpace(row[i])
	}
	for {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err // *csv.ParseError names the line
		}
		line, _ := r.FieldPos(0)
		level, name := cell(row, cols.level), cell(row, cols.project)
		switch {
		case level != "" && name != "":
			cur = &record{name: name, level: level, list: cell(row, cols.list), line: line}
			out = append(out, cur)
			group = name
		case name != "":
			if cur == nil {
				return nil, fmt.Errorf("line %d: group %q before any project", line, name)
			}
			group = name
		}
		person := snapshot.FoundationPerson{
			GitHub: strings.TrimPrefix(cell(row, cols.github), "@"), Name: cell(row, cols.name),
			Company: cell(row, cols.company), Group: group, Line: line,
		}
		if person.GitHub == "" && person.Name == "" {
			continue // a blank row
		}
		if cur == nil {
			return nil, fmt.Errorf("line %d: a person before any project", line)
		}
		cur.people = append(cur.people, person)
	}
	return out, nil
}

var (
	parenRe  = regexp.MustCompile(`\s*\([^)]*\)`)
	wordsRe  = regexp.MustCompile(`[^a-z0-9]+`)
	ownerRe  = regexp.MustCompile(`(?i)github\.com/([^/\s]+)`)
	trailers = regexp.MustCompile(` (steering|maintainers|governance committee|technical committee.*)$`)
)

// key is a project name as compared: lower case, its words, without a parenthesis or a
// trailing group word ("TUF (The Update Framework)" is "tuf", "Kubernetes steering" is
// "kubernetes").
func key(s string) string {
	s = strings.ToLower(parenRe.ReplaceAllString(s, ""))
	s = strings.TrimSpace(wordsRe.ReplaceAllString(s, " "))
	return trailers.ReplaceAllString(s, "")
}

// find returns the project wanted: the one of that name, else the one whose list links
// a GitHub owner of its repositories. None, or two, is an error that says so.
func find(projects []*record, want Want) (*record, error) {
	var byName, byOwner []*record
	wantKey := key(want.Name)
	owners := map[string]bool{}
	for _, r := range want.Repos {
		if owner, _, ok := strings.Cut(r, "/"); ok {
			owners[strings.ToLower(owner)] = true
		}
	}
	for _, p := range projects {
		if wantKey != "" && key(p.name) == wantKey {
			byName = append(byName, p)
		}
		if m := ownerRe.FindStringSubmatch(p.list); m != nil && owners[strings.ToLower(m[1])] {
			byOwner = append(byOwner, p)
		}
	}
	found := byName
	if len(found) == 0 {
		found = byOwner
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("no project named %q, and none whose list is in the GitHub organisation of %s", want.Name, strings.Join(want.Repos, ", "))
	case 1:
		return found[0], nil
	}
	return nil, fmt.Errorf("project %q is listed %d times (lines %d and %d)", want.Name, len(found), found[0].line, found[1].line)
}
