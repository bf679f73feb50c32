package httpx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Object is a JSON object read generically, with numbers kept as
// json.Number so that 7 stays 7 and 0.50 stays 0.50 when written back.
// Providers overlay the model on it so that fields agentdeck does not model
// survive a round trip untouched.
type Object = map[string]any

// ParseObject reads doc as a JSON object. An empty doc is an empty object,
// which is where a fresh draft (no native document yet) starts.
func ParseObject(doc []byte) (Object, error) {
	if len(bytes.TrimSpace(doc)) == 0 {
		return Object{}, nil
	}
	if err := jsondoc.Check(doc); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("the document is not valid JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("the document has more than one JSON value; give exactly one object")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("the document is a JSON %s; it must be a JSON object ({…})", jsonKind(v))
	}
	return obj, nil
}

// MarshalObject writes a document as indented JSON with sorted keys,
// without HTML escaping (so prompts with < and & read as typed) and without
// a final newline, like json.MarshalIndent. The indentation is
// jsondoc.Indent's, whose size stays linear in the document's however
// deeply it nests.
func MarshalObject(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("the document could not be written as JSON: %w", err)
	}
	return jsondoc.Indent(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))), nil
}

// Lookup returns the value at the nested keys of obj; ok is false when a key
// is missing or a parent is not an object.
func Lookup(obj Object, keys ...string) (any, bool) {
	var cur any = obj
	for _, k := range keys {
		m, isObj := cur.(map[string]any)
		if !isObj {
			return nil, false
		}
		cur, isObj = m[k]
		if !isObj {
			return nil, false
		}
	}
	return cur, true
}

// SetPath stores v at the nested keys of obj, creating parent objects, and
// replacing a parent that is not an object (null, or Nova's integer-array
// placeholders), since a value cannot live inside those.
func SetPath(obj Object, v any, keys ...string) {
	cur := obj
	for _, k := range keys[:len(keys)-1] {
		next, ok := cur[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			cur[k] = next
		}
		cur = next
	}
	cur[keys[len(keys)-1]] = v
}

// DeletePath removes the value at the nested keys of obj, if there is one.
// Parent objects stay, even when they become empty: removing them would
// change the document beyond the one field that was cleared.
func DeletePath(obj Object, keys ...string) {
	cur := obj
	for _, k := range keys[:len(keys)-1] {
		next, ok := cur[k].(map[string]any)
		if !ok {
			return
		}
		cur = next
	}
	delete(cur, keys[len(keys)-1])
}

// refPattern is the exact shape agent.NewSecretRef produces. Only strings of
// this shape are resolved, so a prompt that happens to start with "secret:"
// is never taken for a reference.
var refPattern = regexp.MustCompile(`^secret:[^\s#]+#[0-9a-f]{8}$`)

// IsSecretRef reports whether s is a secret reference made by
// agent.NewSecretRef.
func IsSecretRef(s string) bool { return refPattern.MatchString(s) }

// ResolveSecrets replaces every secret reference in v (a parsed document) by
// its value from secrets. A reference with no value is an error that names
// where it is, so a push never sends a reference instead of a key.
func ResolveSecrets(v any, secrets agent.SecretLookup) error {
	var missing []string
	resolveIn(v, &jsondoc.Path{}, secrets, &missing)
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("no saved value for the secret at %s; enter it again in the editor", strings.Join(missing, ", "))
	}
	return nil
}

func resolveIn(v any, at *jsondoc.Path, secrets agent.SecretLookup, missing *[]string) {
	resolve := func(s string, set func(string)) {
		if agent.LooksLikeURL(s) {
			// A password or query value of an address.
			out, gone := agent.ResolveURLSecrets(s, secrets)
			for _, part := range gone {
				*missing = append(*missing, at.String()+" ("+part+")")
			}
			if out != s {
				set(out)
			}
			return
		}
		if !IsSecretRef(s) {
			return
		}
		if val, ok := lookupSecret(secrets, agent.SecretRef(s)); ok {
			set(val)
			return
		}
		*missing = append(*missing, at.String())
	}
	switch t := v.(type) {
	case map[string]any:
		for k, child := range t {
			at.Key(k)
			if s, ok := child.(string); ok {
				resolve(s, func(val string) { t[k] = val })
			} else {
				resolveIn(child, at, secrets, missing)
			}
			at.Pop()
		}
	case []any:
		for i, child := range t {
			at.Index(i)
			if s, ok := child.(string); ok {
				resolve(s, func(val string) { t[i] = val })
			} else {
				resolveIn(child, at, secrets, missing)
			}
			at.Pop()
		}
	}
}

// ExtractURLSecrets replaces the credentials written into every address of
// v (a parsed document) — passwords, and query values named like keys — by
// references, and returns the values by reference.
func ExtractURLSecrets(v any) map[agent.SecretRef]string {
	found := map[agent.SecretRef]string{}
	extractURLsIn(v, &jsondoc.Path{}, found)
	return found
}

func extractURLsIn(v any, at *jsondoc.Path, found map[agent.SecretRef]string) {
	take := func(s string, set func(string)) {
		if !agent.LooksLikeURL(s) {
			return
		}
		out, got := agent.ExtractURLSecrets(s, at.String())
		for ref, val := range got {
			found[ref] = val
		}
		if out != s {
			set(out)
		}
	}
	switch t := v.(type) {
	case map[string]any:
		for k, child := range t {
			at.Key(k)
			if s, ok := child.(string); ok {
				take(s, func(out string) { t[k] = out })
			} else {
				extractURLsIn(child, at, found)
			}
			at.Pop()
		}
	case []any:
		for i, child := range t {
			at.Index(i)
			if s, ok := child.(string); ok {
				take(s, func(out string) { t[i] = out })
			} else {
				extractURLsIn(child, at, found)
			}
			at.Pop()
		}
	}
}

func lookupSecret(secrets agent.SecretLookup, ref agent.SecretRef) (string, bool) {
	if secrets == nil {
		return "", false
	}
	return secrets.Secret(ref)
}

// SameJSON reports whether two JSON documents hold the same value, key order
// and spacing aside. Numbers compare by their exact text.
func SameJSON(a, b []byte) bool {
	va, erra := parseAny(a)
	vb, errb := parseAny(b)
	if erra != nil || errb != nil {
		return false
	}
	ca, _ := json.Marshal(va)
	cb, _ := json.Marshal(vb)
	return bytes.Equal(ca, cb)
}

func parseAny(doc []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

func jsonKind(v any) string {
	switch v.(type) {
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
