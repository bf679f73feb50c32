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
	walkFloats(reflect.ValueOf(a).Elem(), "", &out)
	return out
}

func walkFloats(v reflect.Value, path string, out *[]string) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkFloats(v.Elem(), path, out)
		}
	case reflect.Float32, reflect.Float64:
		if !IsFinite(v.Float()) {
			*out = append(*out, path)
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
			walkFloats(v.Field(i), p, out)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkFloats(v.Index(i), path+"["+strconv.Itoa(i)+"]", out)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			walkFloats(iter.Value(), path+"."+fmt.Sprint(iter.Key().Interface()), out)
		}
	}
}
