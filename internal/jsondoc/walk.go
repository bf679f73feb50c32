package jsondoc

// EachString calls fn with every string value in v (a tree value), in key
// order, and where it stands; when fn returns ok the string is replaced by
// out. It is how credentials written into addresses, and references to
// them, are found wherever a document keeps them.
func EachString(v any, at *Path, fn func(at *Path, s string) (out string, ok bool)) {
	switch t := v.(type) {
	case *Object:
		for _, k := range t.Keys() {
			at.Key(k)
			if s, isText := t.vals[k].(string); isText {
				if out, ok := fn(at, s); ok {
					t.vals[k] = out
				}
			} else {
				EachString(t.vals[k], at, fn)
			}
			at.Pop()
		}
	case []any:
		for i, child := range t {
			at.Index(i)
			if s, isText := child.(string); isText {
				if out, ok := fn(at, s); ok {
					t[i] = out
				}
			} else {
				EachString(child, at, fn)
			}
			at.Pop()
		}
	}
}
