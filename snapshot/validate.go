package snapshot

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

//go:embed schema/snapshot.json
var schemaJSON []byte

// SchemaJSON returns the JSON Schema of schema_version 1.
func SchemaJSON() []byte { return bytes.Clone(schemaJSON) }

// SchemaDocument returns the schema decoded as a JSON value, for OPA's type checker.
func SchemaDocument() (any, error) {
	var doc any
	if err := json.Unmarshal(schemaJSON, &doc); err != nil {
		return nil, fmt.Errorf("decode snapshot schema: %w", err)
	}
	return doc, nil
}

// Validator checks documents against the snapshot schema. Build one and reuse it.
type Validator struct {
	schema *jsonschema.Schema
}

// NewValidator compiles the embedded schema.
func NewValidator() (*Validator, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, fmt.Errorf("decode snapshot schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "snapshot.json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, fmt.Errorf("add snapshot schema: %w", err)
	}
	s, err := c.Compile(url)
	if err != nil {
		return nil, fmt.Errorf("compile snapshot schema: %w", err)
	}
	return &Validator{schema: s}, nil
}

// Decode parses data as one JSON document and validates it against the schema. The
// error names the place: a line and column for malformed JSON, a JSON path for a
// schema violation. The value returned is the generic JSON form OPA evaluates.
func (v *Validator) Decode(data []byte) (map[string]any, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, syntaxError(data, err)
	}
	obj, ok := doc.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("top level: got %s, want a JSON object", jsonType(doc))
	}
	if sv, ok := obj["schema_version"].(json.Number); ok && sv.String() != fmt.Sprint(SchemaVersion) {
		return nil, fmt.Errorf("schema_version: got %s, want %d", sv, SchemaVersion)
	}
	if err := v.schema.Validate(doc); err != nil {
		return nil, schemaError(err)
	}
	return obj, nil
}

func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := position(data, max(se.Offset-1, 0))
		return fmt.Errorf("line %d, column %d: invalid JSON: %s", line, col, se.Error())
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected EOF") {
		line, col := position(data, int64(len(data)))
		return fmt.Errorf("line %d, column %d: invalid JSON: unexpected end of input (truncated?)", line, col)
	}
	return fmt.Errorf("invalid JSON: %w", err)
}

func position(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// schemaError reduces a validation error to its first, deepest cause on one line.
func schemaError(err error) error {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return fmt.Errorf("validate against the snapshot schema: %w", err)
	}
	leaf := ve
	for len(leaf.Causes) > 0 {
		leaf = leaf.Causes[0]
	}
	path := "$"
	for _, tok := range leaf.InstanceLocation {
		if isIndex(tok) {
			path += "[" + tok + "]"
		} else {
			path += "." + tok
		}
	}
	msg := strings.ReplaceAll(leaf.ErrorKind.LocalizedString(message.NewPrinter(language.English)), "\n", " ")
	return fmt.Errorf("%s: %s", path, msg)
}

func isIndex(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number, float64:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "an array"
	default:
		return "an object"
	}
}
