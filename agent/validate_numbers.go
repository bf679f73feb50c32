package agent

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// nonFinite lists the paths of the agent's numbers that are infinite or
// NaN: a draft's 1e400 reads as infinity, which no provider can take and
// JSON cannot carry (Flatten, and so every other field check, would see
// nothing), and NaN passes every bound.
func nonFinite(a *Agent) []string {
	var out []string
	walkValues(reflect.ValueOf(a).Elem(), "", func(path string, v reflect.Value) {
		if v.Kind() != reflect.Float32 && v.Kind() != reflect.Float64 {
			return
		}
		if !IsFinite(v.Float()) {
			out = append(out, path)
		}
	})
	return out
}

// walkValues calls visit with every plain value under v (numbers, strings,
// booleans) and its field path, as Flatten names paths.
func walkValues(v reflect.Value, path string, visit func(path string, v reflect.Value)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkValues(v.Elem(), path, visit)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			p := name
			if path != "" {
				p = path + "." + name
			}
			if f.Anonymous {
				p = path
			}
			walkValues(v.Field(i), p, visit)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkValues(v.Index(i), path+"["+strconv.Itoa(i)+"]", visit)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			walkValues(iter.Value(), path+"."+fmt.Sprint(iter.Key().Interface()), visit)
		}
	default:
		visit(path, v)
	}
}
