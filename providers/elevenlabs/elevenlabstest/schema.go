package elevenlabstest

// A JSON Schema checker for the parts of JSON Schema that ElevenLabs'
// OpenAPI document uses on request bodies: $ref, type (with "integer" for
// whole numbers), enum, const, required, properties, additionalProperties,
// items, min/max on numbers, lengths and counts, pattern, propertyNames,
// allOf, anyOf (including the "or null" form), and oneOf with a
// discriminator. oneOf without a discriminator is checked like anyOf (one
// match suffices), which is how pydantic's smart unions accept bodies.
// Violations read like FastAPI's: a location starting at "body", a message
// and a type.

import (
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"sort"
	"strings"
)

// Spec is the schemas of an OpenAPI document.
type Spec struct {
	schemas map[string]any
}

// Violation is one way a document breaks its schema.
type Violation struct {
	Loc  []any  `json:"loc"`
	Msg  string `json:"msg"`
	Type string `json:"type"`
}

func (v Violation) String() string {
	parts := make([]string, len(v.Loc))
	for i, p := range v.Loc {
		parts[i] = fmt.Sprint(p)
	}
	return strings.Join(parts, ".") + ": " + v.Msg
}

// Has reports whether the spec defines a schema of that name.
func (s *Spec) Has(name string) bool { _, ok := s.schemas[name]; return ok }

// Validate checks doc (decoded with UseNumber) against the named schema.
func (s *Spec) Validate(name string, doc any) []Violation {
	c := checker{spec: s}
	c.check(map[string]any{"$ref": "#/components/schemas/" + name}, doc, []any{"body"})
	return c.out
}

// ValidateJSON decodes body and checks it against the named schema.
func (s *Spec) ValidateJSON(name string, body []byte) []Violation {
	var doc any
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return []Violation{{Loc: []any{"body"}, Msg: "JSON decode error: " + err.Error(), Type: "json_invalid"}}
	}
	return s.Validate(name, doc)
}

type checker struct {
	spec *Spec
	out  []Violation
}

func (c *checker) fail(loc []any, typ, format string, args ...any) {
	c.out = append(c.out, Violation{Loc: append([]any(nil), loc...), Msg: fmt.Sprintf(format, args...), Type: typ})
}

// sub checks val against schema on its own and returns what it found.
func (c *checker) sub(schema, val any, loc []any) []Violation {
	s := checker{spec: c.spec}
	s.check(schema, val, loc)
	return s.out
}

func (c *checker) resolve(ref string) any {
	name := strings.TrimPrefix(ref, "#/components/schemas/")
	if sch, ok := c.spec.schemas[name]; ok {
		return sch
	}
	// The spec has a few dangling references to "-Input"/"-Output" twins of
	// a schema defined once (DynamicVariablesConfig-Input); use the one.
	for _, suffix := range []string{"-Input", "-Output"} {
		if sch, ok := c.spec.schemas[strings.TrimSuffix(name, suffix)]; ok {
			return sch
		}
	}
	return nil
}

func (c *checker) check(schemaAny, val any, loc []any) {
	schema, ok := schemaAny.(map[string]any)
	if !ok {
		return // true, {} or an unknown form: anything goes
	}
	if ref, ok := schema["$ref"].(string); ok {
		if target := c.resolve(ref); target != nil {
			c.check(target, val, loc)
		} else {
			c.fail(loc, "schema", "schema %s is not in the spec", ref)
		}
	}
	for _, part := range arr(schema["allOf"]) {
		c.check(part, val, loc)
	}
	if branches := arr(schema["anyOf"]); len(branches) > 0 {
		c.union(branches, val, loc)
	}
	if branches := arr(schema["oneOf"]); len(branches) > 0 {
		if d, ok := schema["discriminator"].(map[string]any); ok {
			c.discriminated(d, val, loc)
		} else {
			c.union(branches, val, loc)
		}
	}
	if !c.checkType(schema, val, loc) {
		return
	}
	c.checkValue(schema, val, loc)
	switch v := val.(type) {
	case map[string]any:
		c.checkObject(schema, v, loc)
	case []any:
		c.checkArray(schema, v, loc)
	}
}

// union accepts val when one branch does; otherwise it reports the branch
// that fits val's kind best, so the message points at the real problem.
func (c *checker) union(branches []any, val any, loc []any) {
	var best []Violation
	for _, b := range branches {
		vs := c.sub(b, val, loc)
		if len(vs) == 0 {
			return
		}
		if best == nil || deeper(vs, best) {
			best = vs
		}
	}
	c.out = append(c.out, best...)
}

// deeper prefers violations found further inside the value: that branch
// matched the value's shape and failed on a detail.
func deeper(a, b []Violation) bool { return len(a[0].Loc) > len(b[0].Loc) }

func (c *checker) discriminated(d map[string]any, val any, loc []any) {
	prop, _ := d["propertyName"].(string)
	obj, ok := val.(map[string]any)
	if !ok {
		c.fail(loc, "model_type", "Input should be an object")
		return
	}
	tag, ok := obj[prop].(string)
	if !ok {
		c.fail(append(loc, prop), "union_tag_not_found", "Unable to extract tag using discriminator '%s'", prop)
		return
	}
	mapping, _ := d["mapping"].(map[string]any)
	ref, ok := mapping[tag].(string)
	if !ok {
		c.fail(append(loc, prop), "union_tag_invalid", "Input tag '%s' found using '%s' does not match any of the expected tags", tag, prop)
		return
	}
	c.check(map[string]any{"$ref": ref}, val, append(loc, tag))
}

func arr(v any) []any { a, _ := v.([]any); return a }

func kindOf(val any) string {
	switch v := val.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		if _, ok := new(big.Int).SetString(v.String(), 10); ok {
			return "integer"
		}
		if f, err := v.Float64(); err == nil && f == float64(int64(f)) {
			return "integer" // 7.0 is a whole number, as pydantic accepts it
		}
		return "number"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	}
	return "unknown"
}

func (c *checker) checkType(schema map[string]any, val any, loc []any) bool {
	var types []string
	switch t := schema["type"].(type) {
	case string:
		types = []string{t}
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok {
				types = append(types, s)
			}
		}
	default:
		return true
	}
	k := kindOf(val)
	for _, t := range types {
		if t == k || t == "number" && k == "integer" {
			return true
		}
	}
	c.fail(loc, types[0]+"_type", "Input should be a valid %s", strings.Join(types, " or "))
	return false
}

func (c *checker) checkValue(schema map[string]any, val any, loc []any) {
	if cv, ok := schema["const"]; ok && !same(cv, val) {
		c.fail(loc, "literal_error", "Input should be %s", show(cv))
	}
	if enum := arr(schema["enum"]); enum != nil {
		found := false
		for _, e := range enum {
			found = found || same(e, val)
		}
		if !found {
			shown := make([]string, 0, len(enum))
			for _, e := range enum {
				shown = append(shown, show(e))
			}
			c.fail(loc, "enum", "Input should be %s", strings.Join(shown, ", "))
		}
	}
	if n, ok := val.(json.Number); ok {
		f, _ := n.Float64()
		bound := func(key string, bad func(limit float64) bool, typ, words string) {
			if lim, ok := number(schema[key]); ok && bad(lim) {
				c.fail(loc, typ, "Input should be %s %s", words, trim(lim))
			}
		}
		bound("minimum", func(l float64) bool { return f < l }, "greater_than_equal", "greater than or equal to")
		bound("maximum", func(l float64) bool { return f > l }, "less_than_equal", "less than or equal to")
		bound("exclusiveMinimum", func(l float64) bool { return f <= l }, "greater_than", "greater than")
		bound("exclusiveMaximum", func(l float64) bool { return f >= l }, "less_than", "less than")
	}
	if s, ok := val.(string); ok {
		n := len([]rune(s))
		if lim, ok := number(schema["minLength"]); ok && float64(n) < lim {
			c.fail(loc, "string_too_short", "String should have at least %s characters", trim(lim))
		}
		if lim, ok := number(schema["maxLength"]); ok && float64(n) > lim {
			c.fail(loc, "string_too_long", "String should have at most %s characters", trim(lim))
		}
		if p, ok := schema["pattern"].(string); ok {
			if re, err := regexp.Compile(p); err == nil && !re.MatchString(s) {
				c.fail(loc, "string_pattern_mismatch", "String should match pattern '%s'", p)
			}
		}
	}
}

func (c *checker) checkObject(schema map[string]any, obj map[string]any, loc []any) {
	props, _ := schema["properties"].(map[string]any)
	for _, r := range arr(schema["required"]) {
		if name, ok := r.(string); ok {
			if _, present := obj[name]; !present {
				c.fail(append(loc, name), "missing", "Field required")
			}
		}
	}
	if lim, ok := number(schema["minProperties"]); ok && float64(len(obj)) < lim {
		c.fail(loc, "too_short", "Object should have at least %s properties", trim(lim))
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if names, ok := schema["propertyNames"]; ok {
			c.check(names, k, append(loc, k))
		}
		if p, ok := props[k]; ok {
			c.check(p, obj[k], append(loc, k))
			continue
		}
		switch extra := schema["additionalProperties"].(type) {
		case nil:
			// A documented object takes only its documented keys: the fake
			// refuses what ElevenLabs would silently drop, so a misspelt or
			// misplaced key is found in tests, not in production.
			if props != nil {
				c.fail(append(loc, k), "extra_forbidden", "Extra inputs are not permitted")
			}
		case bool:
			if !extra {
				c.fail(append(loc, k), "extra_forbidden", "Extra inputs are not permitted")
			}
		case map[string]any:
			c.check(extra, obj[k], append(loc, k))
		}
	}
}

func (c *checker) checkArray(schema map[string]any, items []any, loc []any) {
	if lim, ok := number(schema["minItems"]); ok && float64(len(items)) < lim {
		c.fail(loc, "too_short", "List should have at least %s items", trim(lim))
	}
	if lim, ok := number(schema["maxItems"]); ok && float64(len(items)) > lim {
		c.fail(loc, "too_long", "List should have at most %s items", trim(lim))
	}
	if itemSchema, ok := schema["items"]; ok {
		for i, it := range items {
			c.check(itemSchema, it, append(loc, i))
		}
	}
}

func number(v any) (float64, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	f, err := n.Float64()
	return f, err == nil
}

func trim(f float64) string { return strings.TrimSuffix(fmt.Sprintf("%g", f), ".0") }

// same compares JSON values, numbers by value.
func same(a, b any) bool {
	if na, ok := number(a); ok {
		nb, ok := number(b)
		return ok && na == nb
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

func show(v any) string {
	b, _ := json.Marshal(v)
	return strings.ReplaceAll(string(b), `"`, "'")
}
