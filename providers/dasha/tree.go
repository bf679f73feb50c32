package dasha

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// The Dasha document is kept as a generic JSON tree rather than typed structs
// so that every field agentdeck does not model — and every field Dasha adds
// later — survives a round trip untouched. Objects keep their key order, so
// an exported document reads like the one that was imported, and numbers
// stay json.Number, so "1.0" is still "1.0" when it comes back out.
//
// Values in the tree are *object, []any, json.Number, string, bool or nil.

// object is a JSON object that remembers the order of its keys.
type object struct {
	keys []string
	vals map[string]any
}

func newObject() *object { return &object{vals: map[string]any{}} }

// get returns the value under k and whether the key is present.
func (o *object) get(k string) (any, bool) {
	if o == nil {
		return nil, false
	}
	v, ok := o.vals[k]
	return v, ok
}

// has reports whether k is present, even with a null value.
func (o *object) has(k string) bool {
	_, ok := o.get(k)
	return ok
}

// set stores v under k, keeping k's place if it was already present.
func (o *object) set(k string, v any) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

// del removes k.
func (o *object) del(k string) {
	if _, ok := o.vals[k]; !ok {
		return
	}
	delete(o.vals, k)
	for i, key := range o.keys {
		if key == k {
			o.keys = append(o.keys[:i:i], o.keys[i+1:]...)
			break
		}
	}
}

// obj returns the object under k, or nil when k is absent, null or not an
// object.
func (o *object) obj(k string) *object {
	v, _ := o.get(k)
	c, _ := v.(*object)
	return c
}

// ensure returns the object under k, creating it when k is absent or null.
// A non-object value in its place is replaced, because the caller is about
// to write a field into it.
func (o *object) ensure(k string) *object {
	if c := o.obj(k); c != nil {
		return c
	}
	c := newObject()
	o.set(k, c)
	return c
}

// list returns the array under k, or nil.
func (o *object) list(k string) []any {
	v, _ := o.get(k)
	l, _ := v.([]any)
	return l
}

// path walks nested objects; nil when any step is missing.
func (o *object) path(keys ...string) *object {
	for _, k := range keys {
		o = o.obj(k)
		if o == nil {
			return nil
		}
	}
	return o
}

// clone deep-copies a tree value.
func clone(v any) any {
	switch t := v.(type) {
	case *object:
		c := &object{keys: append([]string(nil), t.keys...), vals: make(map[string]any, len(t.vals))}
		for k, child := range t.vals {
			c.vals[k] = clone(child)
		}
		return c
	case []any:
		c := make([]any, len(t))
		for i, child := range t {
			c[i] = clone(child)
		}
		return c
	default:
		return v
	}
}

// parseObject reads a JSON document whose top level must be an object.
func parseObject(doc []byte) (*object, error) {
	v, err := parseValue(doc)
	if err != nil {
		return nil, err
	}
	o, ok := v.(*object)
	if !ok {
		return nil, errors.New("the document is not a JSON object")
	}
	return o, nil
}

// parseValue reads exactly one JSON value, within jsondoc's limits.
func parseValue(doc []byte) (any, error) {
	if err := jsondoc.Check(doc); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	v, err := readValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("there is more than one JSON value in the document")
	}
	return v, nil
}

func readValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := newObject()
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				v, err := readValue(dec)
				if err != nil {
					return nil, err
				}
				o.set(k, v)
			}
			_, err := dec.Token() // the closing brace
			return o, err
		case '[':
			l := []any{}
			for dec.More() {
				v, err := readValue(dec)
				if err != nil {
					return nil, err
				}
				l = append(l, v)
			}
			_, err := dec.Token()
			return l, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	default:
		return tok, nil // string, json.Number, bool or nil
	}
}

// marshalIndent writes a tree value as indented JSON, keys in their kept
// order, without escaping <, > and & (prompts and templates stay readable).
// It writes compactly, then indents with jsondoc.Indent, whose output grows
// linearly with the document however deeply it nests.
func marshalIndent(v any) []byte {
	var b bytes.Buffer
	writeValue(&b, v)
	out := jsondoc.Indent(b.Bytes())
	return append(out, '\n')
}

func writeValue(b *bytes.Buffer, v any) {
	switch t := v.(type) {
	case *object:
		b.WriteByte('{')
		for i, k := range t.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			writeString(b, k)
			b.WriteByte(':')
			writeValue(b, t.vals[k])
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				b.WriteByte(',')
			}
			writeValue(b, e)
		}
		b.WriteByte(']')
	case string:
		writeString(b, t)
	case json.Number:
		b.WriteString(t.String())
	case bool:
		if t {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case nil:
		b.WriteString("null")
	default:
		// The tree holds only the types above; anything else is a bug in
		// this package, so fail loudly in tests rather than write bad JSON.
		panic(fmt.Sprintf("dasha: unexpected %T in a JSON tree", v))
	}
}

func writeString(b *bytes.Buffer, s string) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a Go string always encodes
	b.Write(bytes.TrimRight(buf.Bytes(), "\n"))
}
