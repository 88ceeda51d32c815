package engine

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// A rule set is a version of the TOC's templates: the criteria's requirement at each
// level and their wording as that version had them. The policies hold the current
// one in their METADATA, and each earlier one as the differences from it, in
// data.graduate.config.rule_sets:
//
//	"rule_sets": {"v1.5": {"name": "...", "levels": {ID: {level: requirement}},
//	                       "wording": {ID: {level: text}}}}
//
// data.graduate.config.rule_set names the one the verdicts follow; "" or a key without
// differences is the METADATA's.

// ruleSets returns the rule sets the data defines, by key.
func (p *Policies) ruleSets() map[string]any {
	sets, _ := p.config()["rule_sets"].(map[string]any)
	return sets
}

// RuleSets lists the keys of the rule sets the policies know, sorted.
func (p *Policies) RuleSets() []string {
	return slices.Sorted(maps.Keys(p.ruleSets()))
}

// UseRuleSet makes the policies judge, and the catalogue list, the criteria as the rule
// set key has them. An unknown key is an error naming the known ones.
func (p *Policies) UseRuleSet(key string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	set, ok := p.ruleSets()[key].(map[string]any)
	if !ok {
		known := p.RuleSets()
		if len(known) == 0 {
			return fmt.Errorf("%w: %s defines no rule sets (data.graduate.config.rule_sets)", ErrPolicy, p.Origin)
		}
		return fmt.Errorf("unknown rule set %q (known: %s)", key, strings.Join(known, ", "))
	}
	values := map[string]any{"rule_set": key}
	if name, ok := set["name"].(string); ok {
		values["rules"] = name
	}
	p.setConfig(values)
	return nil
}

// applyRuleSet changes a criterion read from its METADATA as the selected rule set
// does: its requirement at each level, its wording.
func (p *Policies) applyRuleSet(c *Criterion) {
	key, _ := p.config()["rule_set"].(string)
	set, _ := p.ruleSets()[key].(map[string]any)
	if levels, ok := lookup(set, "levels", c.ID); ok {
		c.Levels = maps.Clone(c.Levels)
		for level, v := range levels {
			if s, ok := v.(string); ok {
				c.Levels[level] = s
			}
		}
	}
	if wording, ok := lookup(set, "wording", c.ID); ok {
		c.Wording = maps.Clone(c.Wording)
		if c.Wording == nil {
			c.Wording = map[string]string{}
		}
		for level, v := range wording {
			if s, ok := v.(string); ok {
				c.Wording[level] = s
			}
		}
	}
}

// lookup returns set[part][id] as a map.
func lookup(set map[string]any, part, id string) (map[string]any, bool) {
	byID, _ := set[part].(map[string]any)
	m, ok := byID[id].(map[string]any)
	return m, ok
}
