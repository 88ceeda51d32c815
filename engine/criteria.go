package engine

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/graduate-dev/graduate/report"
	"github.com/graduate-dev/graduate/snapshot"
)

// Criterion describes one criterion, read from its package's METADATA: the report's
// Definition, one type for the catalogue, the reports and the CLI.
type Criterion = report.Definition

// Resource is a related_resources entry.
type Resource = report.Source

const criteriaPackage = "data.graduate.criteria."

// Criteria lists the criteria the policies define, in template order. It is built from
// METADATA alone, so it never drifts from the policies.
func (p *Policies) Criteria() ([]Criterion, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	refs, err := p.criterionAnnotations()
	if err != nil {
		return nil, err
	}
	var out []Criterion
	seen := map[string]string{}
	for _, ref := range refs {
		a := ref.Annotations
		c, err := criterionFrom(ref.Path.String(), a)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrPolicy, a.Location.String(), err)
		}
		if other, dup := seen[c.ID]; dup {
			return nil, fmt.Errorf("%w: criterion %s is defined twice (%s and %s)", ErrPolicy, c.ID, other, c.File)
		}
		seen[c.ID] = c.File
		p.applyRuleSet(&c)
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Criterion) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// criterionAnnotations are the package-scope METADATA of the packages under
// graduate.criteria, test packages aside: one per criterion. p.mu is held.
func (p *Policies) criterionAnnotations() ([]*ast.AnnotationsRef, error) {
	mods := make([]*ast.Module, 0, len(p.modules))
	for _, name := range p.moduleNames() {
		mods = append(mods, p.modules[name])
	}
	set, errs := ast.BuildAnnotationSet(mods)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%w: read METADATA: %s", ErrPolicy, oneLine(errs.Error()))
	}
	var out []*ast.AnnotationsRef
	for _, ref := range set.Flatten() {
		a := ref.Annotations
		path := ref.Path.String()
		if a == nil || a.Scope != "package" || !strings.HasPrefix(path, criteriaPackage) || strings.HasSuffix(path, "_test") {
			continue
		}
		out = append(out, ref)
	}
	return out, nil
}

func criterionFrom(path string, a *ast.Annotations) (Criterion, error) {
	c := Criterion{
		Title:       a.Title,
		Description: strings.TrimSpace(a.Description),
		Package:     strings.TrimPrefix(path, "data."),
		File:        a.Location.File,
	}
	custom := a.Custom
	section, id, err := fromPackage(path)
	if err != nil {
		return c, err
	}
	var ok bool
	if c.Section, ok = custom["section"].(string); !ok {
		c.Section = section
	}
	if c.ID, ok = custom["id"].(string); !ok {
		c.ID = id
	}
	if !strings.HasPrefix(c.ID, c.Section+".") || len(c.ID) == len(c.Section)+1 {
		return c, fmt.Errorf("METADATA custom.id %q is not <section>.<name> in section %s", c.ID, c.Section)
	}
	if c.Title == "" {
		return c, fmt.Errorf("criterion %s: METADATA title missing", c.ID)
	}
	order, err := toInt(custom["order"])
	if err != nil {
		return c, fmt.Errorf("criterion %s: METADATA custom.order: %w", c.ID, err)
	}
	c.Order = order
	levels, ok := custom["levels"].(map[string]any)
	if !ok {
		return c, fmt.Errorf("criterion %s: METADATA custom.levels missing", c.ID)
	}
	c.Levels = map[string]string{}
	for _, l := range snapshot.Levels {
		v, ok := levels[l].(string)
		if !ok || (v != "required" && v != "suggested" && v != "not_applicable") {
			return c, fmt.Errorf("criterion %s: METADATA custom.levels.%s must be required, suggested or not_applicable", c.ID, l)
		}
		c.Levels[l] = v
	}
	if w, ok := custom["wording"].(map[string]any); ok {
		c.Wording = map[string]string{}
		for k, v := range w {
			if s, ok := v.(string); ok {
				c.Wording[k] = s
			}
		}
	}
	c.DecidedBy = strings_(custom["decided_by"])
	c.Facts = strings_(custom["facts"])
	for _, r := range a.RelatedResources {
		c.Sources = append(c.Sources, Resource{Description: r.Description, URL: r.Ref.String()})
	}
	return c, nil
}

// fromPackage is the section and the id a criterion's package path gives:
// data.graduate.criteria.<section>.<name> is in section <section>, with id
// <section>.<name>. A sub-criterion's id has a second dot where its package name has
// an underscore (engineering.release_process.tagging in package
// release_process_tagging); an underscore alone does not say where the parts meet
// (governance.maintainer_orgs), so such a criterion gives its id in METADATA
// custom.id. verdict.meta derives the same in Rego.
func fromPackage(path string) (section, id string, err error) {
	parts := strings.Split(strings.TrimPrefix(path, criteriaPackage), ".")
	if !strings.HasPrefix(path, criteriaPackage) || len(parts) != 2 || parts[0] == "" || parts[1] == "" || strings.ContainsAny(path, `["`) {
		return "", "", fmt.Errorf("package %s is not %s<section>.<name>", strings.TrimPrefix(path, "data."), strings.TrimPrefix(criteriaPackage, "data."))
	}
	return parts[0], parts[0] + "." + parts[1], nil
}

func toInt(v any) (int, error) {
	switch n := v.(type) {
	case int:
		return n, nil
	case float64:
		return int(n), nil
	case uint64:
		return int(n), nil
	case int64:
		return int(n), nil
	}
	return 0, fmt.Errorf("want a number, got %T", v)
}

func strings_(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
