package jsondoc

// The tree every provider document is read into. Values are *Object,
// []any, json.Number (numbers keep their text, so 7 stays 7 and 0.50 stays
// 0.50), string, bool or nil. Objects remember the order of their keys, so
// a document written back reads like the one that was read; a provider that
// has always written sorted keys asks for that when it writes (MarshalSorted).

// Object is a JSON object that keeps the order of its keys. A nil *Object
// reads as an empty object, so a chain of lookups needs no nil checks.
type Object struct {
	keys []string
	vals map[string]any
}

// NewObject returns an empty object.
func NewObject() *Object { return &Object{vals: map[string]any{}} }

// Get returns the value under k and whether the key is present.
func (o *Object) Get(k string) (any, bool) {
	if o == nil {
		return nil, false
	}
	v, ok := o.vals[k]
	return v, ok
}

// Value returns the value under k, nil when k is absent.
func (o *Object) Value(k string) any {
	v, _ := o.Get(k)
	return v
}

// Has reports whether k is present, even with a null value.
func (o *Object) Has(k string) bool {
	_, ok := o.Get(k)
	return ok
}

// Len is the number of keys.
func (o *Object) Len() int {
	if o == nil {
		return 0
	}
	return len(o.keys)
}

// Keys returns the keys in their kept order. The slice is the object's own:
// copy it before changing the object inside a loop over it.
func (o *Object) Keys() []string {
	if o == nil {
		return nil
	}
	return o.keys
}

// Set stores v under k, keeping k's place if it was already present (a
// duplicate key in a parsed document keeps its first place and last value,
// as encoding/json reads it).
func (o *Object) Set(k string, v any) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

// Delete removes k.
func (o *Object) Delete(k string) {
	if o == nil {
		return
	}
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

// Obj returns the object under k, or nil when k is absent, null or not an
// object.
func (o *Object) Obj(k string) *Object {
	c, _ := o.Value(k).(*Object)
	return c
}

// List returns the list under k, or nil.
func (o *Object) List(k string) []any {
	l, _ := o.Value(k).([]any)
	return l
}

// Path walks nested objects; nil when a step is missing or not an object.
func (o *Object) Path(keys ...string) *Object {
	for _, k := range keys {
		if o = o.Obj(k); o == nil {
			return nil
		}
	}
	return o
}

// Ensure returns the object under k, creating it when k is absent or null.
// A value of another kind in its place is replaced: the caller is about to
// write a field into it, and the model's value wins over something the
// provider would refuse anyway.
func (o *Object) Ensure(k string) *Object {
	if c := o.Obj(k); c != nil {
		return c
	}
	c := NewObject()
	o.Set(k, c)
	return c
}

// EnsurePath is Ensure along nested keys.
func (o *Object) EnsurePath(keys ...string) *Object {
	for _, k := range keys {
		o = o.Ensure(k)
	}
	return o
}

// Lookup returns the value at the nested keys of o; ok is false when a key
// is missing or a parent is not an object.
func Lookup(o *Object, keys ...string) (any, bool) {
	if len(keys) == 0 {
		return o, o != nil
	}
	return o.Path(keys[:len(keys)-1]...).Get(keys[len(keys)-1])
}

// SetPath stores v at the nested keys of o, creating parent objects and
// replacing a parent that is not an object (null, or a placeholder), since
// a value cannot live inside those.
func SetPath(o *Object, v any, keys ...string) {
	o.EnsurePath(keys[:len(keys)-1]...).Set(keys[len(keys)-1], v)
}

// DeletePath removes the value at the nested keys of o, if there is one.
// Parent objects stay, even when they become empty: removing them would
// change the document beyond the one field that was cleared.
func DeletePath(o *Object, keys ...string) {
	o.Path(keys[:len(keys)-1]...).Delete(keys[len(keys)-1])
}

// Clone deep-copies a tree value, so edits never reach the original.
func Clone(v any) any {
	switch t := v.(type) {
	case *Object:
		if t == nil {
			return t
		}
		c := &Object{keys: append([]string(nil), t.keys...), vals: make(map[string]any, len(t.vals))}
		for k, child := range t.vals {
			c.vals[k] = Clone(child)
		}
		return c
	case []any:
		c := make([]any, len(t))
		for i, child := range t {
			c[i] = Clone(child)
		}
		return c
	default:
		return v
	}
}

// Equal reports whether two tree values hold the same JSON: key order
// aside, numbers by their exact text (7 and 7.0 differ), null apart from
// absent.
func Equal(a, b any) bool {
	switch x := a.(type) {
	case *Object:
		y, ok := b.(*Object)
		if !ok || x.Len() != y.Len() {
			return false
		}
		for _, k := range x.Keys() {
			yv, has := y.Get(k)
			if !has || !Equal(x.vals[k], yv) {
				return false
			}
		}
		return true
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !Equal(x[i], y[i]) {
				return false
			}
		}
		return true
	default:
		return a == b
	}
}

// SameJSON reports whether two JSON documents hold the same value, as Equal
// compares them; text that is not one JSON value is never the same.
func SameJSON(a, b []byte) bool {
	va, erra := ParseValue(a)
	vb, errb := ParseValue(b)
	return erra == nil && errb == nil && Equal(va, vb)
}
