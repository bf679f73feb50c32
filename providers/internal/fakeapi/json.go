package fakeapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// The fakes hold agents as encoding/json reads them (map[string]any,
// numbers as json.Number): they stand for a provider's API, not for
// agentdeck's documents, and their tests look into them as plain maps.

// ParseObject reads body as one JSON object, numbers kept as their text; an
// empty body is an empty object.
func ParseObject(body []byte) (map[string]any, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return map[string]any{}, nil
	}
	if err := jsondoc.Check(body); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		return nil, err
	}
	if obj == nil {
		return nil, errors.New("the body is null, not an object")
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("the body has more than one JSON value")
	}
	return obj, nil
}

// Marshal writes v as indented JSON with sorted keys, without HTML
// escaping, as the fakes answer.
func Marshal(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil
	}
	return jsondoc.Indent(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// Lookup returns the value at the nested keys of a fake's agent; ok is
// false when a key is missing or a parent is not an object.
func Lookup(m map[string]any, keys ...string) (any, bool) {
	var cur any = m
	for _, k := range keys {
		obj, isObj := cur.(map[string]any)
		if !isObj {
			return nil, false
		}
		if cur, isObj = obj[k]; !isObj {
			return nil, false
		}
	}
	return cur, true
}
