package elevenlabs

// ElevenLabs' agent document is large and grows with every API release, so
// it is kept as a generic JSON tree (objects, arrays, json.Number, strings,
// booleans, null) and the model's fields are read from and written into
// that tree at their paths. Everything agentdeck does not model passes
// through untouched, and numbers keep their exact text.

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// object is one JSON object of the tree.
type object = map[string]any

// parseTree reads a JSON object, keeping numbers as their text.
func parseTree(doc []byte) (object, error) {
	if err := jsondoc.Check(doc); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("there is more text after the JSON document")
	}
	m, ok := v.(object)
	if !ok {
		return nil, errors.New("the document is not a JSON object")
	}
	return m, nil
}

// render writes the tree as indented JSON. Keys come out sorted, so the same
// tree always gives the same text. jsondoc.Indent keeps the text's size
// linear in the document's however deeply it nests.
func render(t object) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(t); err != nil {
		return nil, err
	}
	return jsondoc.Indent(bytes.TrimRight(buf.Bytes(), "\n")), nil
}

// at returns the value at path and whether it is there.
func at(t object, path ...string) (any, bool) {
	var cur any = t
	for _, k := range path {
		m, ok := cur.(object)
		if !ok {
			return nil, false
		}
		cur, ok = m[k]
		if !ok {
			return nil, false
		}
	}
	return cur, true
}

// objAt returns the object at path, or nil when there is none.
func objAt(t object, path ...string) object {
	v, _ := at(t, path...)
	m, _ := v.(object)
	return m
}

// ensureObj returns the object at path, creating it (and its parents) where
// it is missing or null. A non-object value in the way is replaced: the
// model's value wins over something ElevenLabs would refuse anyway.
func ensureObj(t object, path ...string) object {
	cur := t
	for _, k := range path {
		next, ok := cur[k].(object)
		if !ok {
			next = object{}
			cur[k] = next
		}
		cur = next
	}
	return cur
}

// put sets the value at path, creating parent objects as needed.
func put(t object, v any, path ...string) {
	ensureObj(t, path[:len(path)-1]...)[path[len(path)-1]] = v
}

// str reads a string value.
func str(v any) (string, bool) {
	s, ok := v.(string)
	return s, ok
}

// strAt reads the string at path, "" when absent or not a string.
func strAt(t object, path ...string) string {
	v, _ := at(t, path...)
	s, _ := v.(string)
	return s
}

// floatOf reads a number value.
func floatOf(v any) (*float64, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return nil, false
	}
	f, err := n.Float64()
	if err != nil {
		return nil, false
	}
	return &f, true
}

// intOf reads a whole number value; 7.0 counts as 7.
func intOf(v any) (*int, bool) {
	f, ok := floatOf(v)
	if !ok || *f != float64(int(*f)) {
		return nil, false
	}
	i := int(*f)
	return &i, true
}

// boolOf reads a boolean value.
func boolOf(v any) (*bool, bool) {
	b, ok := v.(bool)
	if !ok {
		return nil, false
	}
	return &b, true
}

// stringsOf reads an array of strings; other items are skipped.
func stringsOf(v any) []string {
	arr, _ := v.([]any)
	var out []string
	for _, e := range arr {
		if s, ok := e.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// num turns a float into a JSON number with the shortest exact text.
func num(f float64) json.Number { return json.Number(strconv.FormatFloat(f, 'f', -1, 64)) }

// inum turns an int into a JSON number.
func inum(i int) json.Number { return json.Number(strconv.Itoa(i)) }

// list turns strings into a JSON array.
func list(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// deepCopy copies a tree value so edits never reach the original.
func deepCopy(v any) any {
	switch t := v.(type) {
	case object:
		out := make(object, len(t))
		for k, e := range t {
			out[k] = deepCopy(e)
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = deepCopy(e)
		}
		return out
	default:
		return v
	}
}
