package jsondoc

import "strings"

// Field binds one setting of a model M to its place in a provider document.
// A provider describes its mapping as a table of Fields; Decode and Overlay
// then read and write every setting the same way, which is what keeps round
// trips lossless: Overlay touches a place only when the person changed the
// setting, so untouched values keep their exact text (7 stays 7, null stays
// null) and everything the model does not hold stays as it was.
type Field[M any] struct {
	Path string   // the model's field path, e.g. voice.speed
	Wire []string // keys in the document, e.g. voice_config, speed
	// Get returns the model's value as a tree value, or nil when the
	// setting is not set.
	Get func(m *M) any
	// Set stores a value read from the document in the model. A value that
	// does not read (see the coercion table) is ignored: the document keeps
	// it as it is.
	Set func(m *M, v any)
	// Read and Write replace the plain lookup and store at Wire, for a
	// setting kept in more than one place. Write gets nil to clear.
	Read  func(doc *Object) (any, bool)
	Write func(doc *Object, v any)
	// Cleared is written when the person clears a setting the document had;
	// nil removes the key. Text and lists write "" and [] so that a partial
	// update (PATCH) clears the value instead of leaving the old one.
	Cleared any
}

// Fields is a provider's mapping table.
type Fields[M any] []Field[M]

// Decode reads every bound setting of doc into m. Missing and null values
// leave the setting unset.
func (fs Fields[M]) Decode(doc *Object, m *M) {
	for _, f := range fs {
		if v, ok := f.read(doc); ok && v != nil {
			f.Set(m, v)
		}
	}
}

// Overlay writes into doc every setting whose value in m differs from its
// value in base, the model as doc held it before (Decode of the same doc).
func (fs Fields[M]) Overlay(doc *Object, m, base *M) {
	for _, f := range fs {
		now, was := f.Get(m), f.Get(base)
		if (now == nil && was == nil) || (now != nil && was != nil && Equal(now, was)) {
			continue
		}
		if now == nil {
			if _, had := f.read(doc); !had {
				continue
			}
			now = Clone(f.Cleared)
		}
		f.write(doc, now)
	}
}

// PathFor maps a provider's location of a field ("voice_config.speed") to
// the model's field path ("voice.speed"). A location that is a parent of
// bound places maps to their common section ("voice_config" → "voice"). It
// returns "" when the location is unknown.
func (fs Fields[M]) PathFor(loc string) string {
	for _, f := range fs {
		if strings.Join(f.Wire, ".") == loc {
			return f.Path
		}
	}
	for _, f := range fs {
		if strings.HasPrefix(strings.Join(f.Wire, ".")+".", loc+".") && len(f.Wire) > 1 {
			section, _, _ := strings.Cut(f.Path, ".")
			return section
		}
	}
	return ""
}

func (f Field[M]) read(doc *Object) (any, bool) {
	if f.Read != nil {
		return f.Read(doc)
	}
	return Lookup(doc, f.Wire...)
}

func (f Field[M]) write(doc *Object, v any) {
	switch {
	case f.Write != nil:
		f.Write(doc, v)
	case v == nil:
		DeletePath(doc, f.Wire...)
	default:
		SetPath(doc, v, f.Wire...)
	}
}

// The constructors below bind the common kinds of setting, each read
// through the coercion table.

// Text binds a string setting; "" is unset.
func Text[M any](path string, wire []string, at func(m *M) *string) Field[M] {
	return Field[M]{
		Path: path, Wire: wire, Cleared: "",
		Get: func(m *M) any {
			if s := *at(m); s != "" {
				return s
			}
			return nil
		},
		Set: func(m *M, v any) {
			if s, ok := String(v); ok {
				*at(m) = s
			}
		},
	}
}

// Num binds an optional decimal setting.
func Num[M any](path string, wire []string, at func(m *M) **float64) Field[M] {
	return optional(path, wire, at, func(f float64) any { return NumberValue(f) }, NumberPtr)
}

// Int binds an optional whole-number setting.
func Int[M any](path string, wire []string, at func(m *M) **int) Field[M] {
	return optional(path, wire, at, func(i int) any { return IntegerValue(i) }, IntegerPtr)
}

// Flag binds an optional true/false setting.
func Flag[M any](path string, wire []string, at func(m *M) **bool) Field[M] {
	return optional(path, wire, at, func(b bool) any { return b }, BoolPtr)
}

// optional binds an optional setting of type T, unset while nil: value is
// what the document holds for it, read what it makes of the document's
// value (nil when it is not a T, which leaves the setting as it was).
func optional[M, T any](path string, wire []string, at func(m *M) **T, value func(T) any, read func(any) *T) Field[M] {
	return Field[M]{
		Path: path, Wire: wire,
		Get: func(m *M) any {
			if p := *at(m); p != nil {
				return value(*p)
			}
			return nil
		},
		Set: func(m *M, v any) {
			if p := read(v); p != nil {
				*at(m) = p
			}
		},
	}
}

// Either binds a text setting with two values to true/false in the
// document: whenTrue ⇄ true, whenFalse ⇄ false; any other text is unset.
func Either[M any](path string, wire []string, at func(m *M) *string, whenTrue, whenFalse string) Field[M] {
	return Field[M]{
		Path: path, Wire: wire,
		Get: func(m *M) any {
			switch *at(m) {
			case whenTrue:
				return true
			case whenFalse:
				return false
			}
			return nil
		},
		Set: func(m *M, v any) {
			if b, ok := Bool(v); ok {
				*at(m) = map[bool]string{true: whenTrue, false: whenFalse}[b]
			}
		},
	}
}

// TextList binds a list of strings; an empty list is unset.
func TextList[M any](path string, wire []string, at func(m *M) *[]string) Field[M] {
	return Field[M]{
		Path: path, Wire: wire, Cleared: []any{},
		Get: func(m *M) any {
			if list := *at(m); len(list) > 0 {
				return StringsValue(list)
			}
			return nil
		},
		Set: func(m *M, v any) {
			if list := StringList(v); list != nil {
				*at(m) = list
			}
		},
	}
}
