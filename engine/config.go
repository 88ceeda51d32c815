package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// config is the policies' configuration document, data.graduate.config (nil if absent).
func (p *Policies) config() map[string]any {
	graduate, _ := p.data["graduate"].(map[string]any)
	config, _ := graduate["config"].(map[string]any)
	return config
}

// Thresholds returns the thresholds the policies' data sets (data.graduate.config.thresholds).
func (p *Policies) Thresholds() map[string]any {
	t, _ := p.config()["thresholds"].(map[string]any)
	return t
}

// RuleSet names the cncf/toc templates the policies judge by (data.graduate.config.rules,
// which UseRuleSet sets to the selected rule set's name).
func (p *Policies) RuleSet() string {
	if s, ok := p.config()["rules"].(string); ok {
		return s
	}
	return "unknown"
}

// LoadThresholdFile reads threshold overrides from a YAML or JSON file: a map of
// threshold names to values.
func LoadThresholdFile(path string) (map[string]any, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read thresholds: %w", err)
	}
	var v any
	if err := yaml.Unmarshal(raw, &v); err != nil {
		return nil, fmt.Errorf("%s: %s", path, oneLine(strings.TrimPrefix(err.Error(), "yaml: ")))
	}
	if v == nil {
		return map[string]any{}, nil
	}
	// Round-trip through JSON so values have the types OPA's store expects.
	js, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("%s: thresholds must be a map of names to JSON values: %w", path, err)
	}
	var out map[string]any
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.UseNumber()
	if err := dec.Decode(&out); err != nil {
		return nil, fmt.Errorf("%s: top level must be a map of threshold names to values", filepath.Base(path))
	}
	return out, nil
}

// OverrideThresholds merges overrides over the default thresholds. An unknown name or a
// value of another type than the default's is an error naming it.
func (p *Policies) OverrideThresholds(overrides map[string]any) error {
	defaults := p.Thresholds()
	if defaults == nil {
		return fmt.Errorf("%w: %s has no data.graduate.config.thresholds to override", ErrPolicy, p.Origin)
	}
	merged := maps.Clone(defaults)
	for _, name := range slices.Sorted(maps.Keys(overrides)) {
		def, ok := defaults[name]
		if !ok {
			return fmt.Errorf("unknown threshold %q (known: %s)", name, strings.Join(slices.Sorted(maps.Keys(defaults)), ", "))
		}
		if got, want := kind(overrides[name]), kind(def); !sameKind(got, want) {
			return fmt.Errorf("threshold %s: got %s, want %s", name, got, want)
		}
		merged[name] = overrides[name]
	}
	p.setConfig(map[string]any{"thresholds": merged})
	return nil
}

// setConfig replaces keys of data.graduate.config with values, on copies: data a
// prepared query already holds is never changed under it.
func (p *Policies) setConfig(values map[string]any) {
	config := maps.Clone(p.config())
	maps.Copy(config, values)
	graduate := maps.Clone(p.data["graduate"].(map[string]any))
	graduate["config"] = config
	p.data = maps.Clone(p.data)
	p.data["graduate"] = graduate
}

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number, float64, int, int64:
		return "a number"
	case string:
		return "a string"
	case []any:
		kinds := map[string]bool{}
		for _, e := range x {
			kinds[kind(e)] = true
		}
		if len(kinds) == 1 {
			for k := range kinds {
				return "a list of " + strings.TrimPrefix(strings.TrimPrefix(k, "a "), "an ") + "s"
			}
		}
		return "a list"
	default:
		return "a map"
	}
}

// sameKind accepts a list for a list whose element type an empty default cannot show.
func sameKind(got, want string) bool {
	if got == want {
		return true
	}
	isList := func(k string) bool { return strings.HasPrefix(k, "a list") }
	return isList(got) && isList(want) && (got == "a list" || want == "a list")
}
