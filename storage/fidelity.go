package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/agentdeck/agentdeck/agent"
)

// sameDraft compares two drafts by their JSON trees, with empty lists and
// mappings counting as absent, the way the draft file treats them.
func sameDraft(a, b *agent.Draft) bool {
	ta, okA := jsonTree(a)
	tb, okB := jsonTree(b)
	return okA && okB && reflect.DeepEqual(ta, tb)
}

func jsonTree(d *agent.Draft) (any, bool) {
	raw, err := json.Marshal(d)
	if err != nil {
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return nil, false
	}
	return dropEmpty(v), true
}

// dropEmpty removes empty mappings and lists from mappings, recursively.
func dropEmpty(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, c := range t {
			c = dropEmpty(c)
			if isEmptyTree(c) {
				delete(t, k)
			} else {
				t[k] = c
			}
		}
	case []any:
		for i, c := range t {
			t[i] = dropEmpty(c)
		}
	}
	return v
}

func isEmptyTree(v any) bool {
	switch t := v.(type) {
	case map[string]any:
		return len(t) == 0
	case []any:
		return len(t) == 0
	}
	return false
}

// invalidText returns the path of the first string in d that is not valid
// UTF-8, or "". JSON would silently replace such bytes, so they are refused
// rather than changed.
func invalidText(d *agent.Draft) string { return findInvalidText(reflect.ValueOf(*d), "") }

func findInvalidText(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			return path
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return findInvalidText(v.Elem(), path)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if p := findInvalidText(v.Field(i), fieldPath(path, v.Type().Field(i))); p != "" {
				return p
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if p := findInvalidText(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			if k.Kind() == reflect.String && !utf8.ValidString(k.String()) {
				return path
			}
			if p := findInvalidText(v.MapIndex(k), fmt.Sprintf("%s.%v", path, k)); p != "" {
				return p
			}
		}
	default:
		// numbers and booleans are always valid
	}
	return ""
}

// fieldPath names a field the way the draft file does (its YAML key).
func fieldPath(path string, f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "" {
		name = strings.ToLower(f.Name)
	}
	if path == "" {
		return name
	}
	return path + "." + name
}
