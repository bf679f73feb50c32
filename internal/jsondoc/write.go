package jsondoc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
)

// Marshal writes a tree value as indented JSON (Indent's, two spaces a
// level, linear in size however deeply the document nests), objects in
// their kept key order, without escaping <, > and & so prompts and
// templates read as typed, and without a final newline. It refuses a value
// that is not a tree value and a number whose text is not a JSON number
// (a NaN or infinity a draft asked for), rather than write bad JSON.
func Marshal(v any) ([]byte, error) { return marshal(v, false) }

// MarshalSorted is Marshal with every object's keys in sorted order, the
// form Nova's, Trillet's and ElevenLabs' stored documents have always had:
// the same tree always gives the same text whatever order it was built in.
func MarshalSorted(v any) ([]byte, error) { return marshal(v, true) }

// Compact writes a tree value as compact JSON in kept key order, "" for a
// value it cannot write: how a value that is not text is shown as text.
func Compact(v any) string {
	var b bytes.Buffer
	if writeValue(&b, v, false) != nil {
		return ""
	}
	return b.String()
}

// CompactSorted is Compact with every object's keys sorted, as
// encoding/json writes a map: for text a provider has always shown that way.
func CompactSorted(v any) string {
	var b bytes.Buffer
	if writeValue(&b, v, true) != nil {
		return ""
	}
	return b.String()
}

// MarshalJSON lets encoding/json write an Object, in kept key order.
func (o *Object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	err := writeValue(&b, o, false)
	return b.Bytes(), err
}

func marshal(v any, sorted bool) ([]byte, error) {
	var b bytes.Buffer
	if err := writeValue(&b, v, sorted); err != nil {
		return nil, fmt.Errorf("the document could not be written as JSON: %w", err)
	}
	return Indent(b.Bytes()), nil
}

func writeValue(b *bytes.Buffer, v any, sorted bool) error {
	switch t := v.(type) {
	case *Object:
		if t == nil {
			b.WriteString("null")
			return nil
		}
		keys := t.keys
		if sorted {
			keys = slices.Sorted(slices.Values(keys))
		}
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			writeString(b, k)
			b.WriteByte(':')
			if err := writeValue(b, t.vals[k], sorted); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := writeValue(b, e, sorted); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case string:
		writeString(b, t)
	case json.Number:
		if !isNumber(t) {
			return fmt.Errorf("invalid number %q", string(t))
		}
		b.WriteString(string(t))
	case bool:
		if t {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case nil:
		b.WriteString("null")
	default:
		return fmt.Errorf("a %T is not a JSON tree value", v)
	}
	return nil
}

// writeString writes s as encoding/json does with HTML escaping off
// (invalid UTF-8 becomes U+FFFD; U+2028 and U+2029 are escaped).
func writeString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)       // a Go string always encodes
	b.Truncate(b.Len() - 1) // Encode's newline
}

// isNumber reports whether n is a JSON number, as encoding/json requires of
// a json.Number it writes.
func isNumber(n json.Number) bool {
	s := string(n)
	if s == "" || (s[0] != '-' && (s[0] < '0' || s[0] > '9')) {
		return false
	}
	return json.Valid([]byte(s))
}

// Without is doc (parsed by ParseOrNew) written again by MarshalSorted
// without the top-level keys: what a request sends of a document that may
// carry fields only an answer or only a create has.
func Without(doc []byte, keys ...string) ([]byte, error) {
	obj, err := ParseOrNew(doc)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		obj.Delete(k)
	}
	return MarshalSorted(obj)
}
