package jsondoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// ErrNotObject is a document whose top level is not a JSON object.
var ErrNotObject = errors.New("the document is not a JSON object")

// Parse reads doc, which must be exactly one JSON object, into a tree,
// after Check has refused it if it is over the limits. The messages are
// plain sentences a person can act on.
func Parse(doc []byte) (*Object, error) {
	v, err := ParseValue(doc)
	if err != nil {
		return nil, err
	}
	o, ok := v.(*Object)
	if !ok {
		return nil, fmt.Errorf("%w: it is a JSON %s; it must be a JSON object ({…})", ErrNotObject, kind(v))
	}
	return o, nil
}

// ParseOrNew is Parse, but an empty (or all-space) doc is a new empty
// object: where a fresh draft, with no native document yet, starts.
func ParseOrNew(doc []byte) (*Object, error) {
	if len(bytes.TrimSpace(doc)) == 0 {
		return NewObject(), nil
	}
	return Parse(doc)
}

// ParseValue reads exactly one JSON value of any kind into a tree value,
// within the limits.
func ParseValue(doc []byte) (any, error) {
	if err := Check(doc); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	v, err := readValue(dec)
	if errors.Is(err, io.EOF) && len(bytes.TrimSpace(doc)) > 0 {
		err = io.ErrUnexpectedEOF // the document stops inside a value
	}
	if err != nil {
		return nil, fmt.Errorf("the document is not valid JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("the document has more than one JSON value, or more text after it; give exactly one object")
	}
	return v, nil
}

// readValue reads one value token by token, so objects keep their key
// order. Check has bounded the depth, so the recursion is bounded too.
func readValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	d, isDelim := tok.(json.Delim)
	if !isDelim {
		return tok, nil // string, json.Number, bool or nil
	}
	switch d {
	case '{':
		o := NewObject()
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
			o.Set(k, v)
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
	return nil, fmt.Errorf("unexpected %v", d)
}

// kind names a tree value's JSON kind in plain words.
func kind(v any) string {
	switch v.(type) {
	case *Object:
		return "object"
	case []any:
		return "list"
	case string:
		return "string"
	case json.Number:
		return "number"
	case bool:
		return "true/false value"
	case nil:
		return "null"
	}
	return "value"
}
