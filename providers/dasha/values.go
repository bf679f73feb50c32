package dasha

import (
	"slices"

	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Readers, each through jsondoc's coercion table: the model's "not set"
// (empty string, nil pointer) when the key is absent, null or of an
// unexpected type. A value agentdeck cannot read is then left alone by the
// encoder, because the model did not change it.

func text(o *object, k string) string {
	s, _ := jsondoc.String(o.Value(k))
	return s
}

func integer(o *object, k string) *int { return jsondoc.IntegerPtr(o.Value(k)) }

func boolean(o *object, k string) *bool { return jsondoc.BoolPtr(o.Value(k)) }

func stringList(l []any) []string { return jsondoc.StringList(l) }

// anyText shows any JSON value as text: a string as itself, anything else
// as compact JSON in its kept order ("" for null or absent).
func anyText(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	default:
		return jsondoc.Compact(t)
	}
}

// Writers. The central rule of the encoder: a model value is written only
// when it differs from what the native document already says (base is the
// model read from that same document). With no edits nothing is written, so
// the document comes back exactly as it was, number text and nulls included.
// When a person clears a value the key becomes null where Dasha allows null,
// and is removed otherwise (Dasha then applies its own default).

type clearMode int

const (
	clearToNull clearMode = iota
	clearByDelete
)

// place finds (creating on demand) the object a value is written into; it
// is called only when something is written, so an unchanged section is
// never created.
type place func() *object

func at(root *object, keys ...string) place {
	return func() *object {
		o := root
		for _, k := range keys {
			c := o.Obj(k)
			if c == nil {
				c = jsondoc.NewObject()
				if versionedKeys[k] {
					c.Set("version", "v1")
				}
				o.Set(k, c)
			}
			o = c
		}
		return o
	}
}

// versionedKeys are the objects that carry version "v1" in seed 004; one
// agentdeck has to create gets it too.
var versionedKeys = map[string]bool{
	"config": true, "ttsConfig": true, "llmConfig": true, "sttConfig": true, "speedAdjustment": true,
	"features": true, "talkFirst": true, "maxDuration": true, "ivrDetection": true, "ambientNoise": true,
	"languageSwitching": true, "fillers": true, "backchannel": true, "silenceManagement": true,
}

func clearKey(o *object, k string, mode clearMode) {
	if mode == clearToNull {
		o.Set(k, nil)
		return
	}
	o.Delete(k)
}

func putText(p place, k, model, base string, mode clearMode) {
	if model == base {
		return
	}
	if model == "" {
		clearKey(p(), k, mode)
		return
	}
	p().Set(k, model)
}

func putInt(p place, k string, model, base *int, mode clearMode) {
	putOptional(p, k, model, base, mode, func(i int) any { return jsondoc.IntegerValue(i) })
}

func putBool(p place, k string, model, base *bool, mode clearMode) {
	putOptional(p, k, model, base, mode, func(b bool) any { return b })
}

// putOptional writes an optional value of the model that differs from
// base: nil clears the key (as mode says), anything else is set as value
// makes it.
func putOptional[T comparable](p place, k string, model, base *T, mode clearMode, value func(T) any) {
	if equalPtr(model, base) {
		return
	}
	if model == nil {
		clearKey(p(), k, mode)
		return
	}
	p().Set(k, value(*model))
}

func putStrings(p place, k string, model, base []string, mode clearMode) {
	if slices.Equal(model, base) {
		return
	}
	if len(model) == 0 {
		clearKey(p(), k, mode)
		return
	}
	l := make([]any, len(model))
	for i, s := range model {
		l[i] = s
	}
	p().Set(k, l)
}

func equalPtr[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
