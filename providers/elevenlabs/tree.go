package elevenlabs

// ElevenLabs' agent document is large and grows with every API release, so
// it is kept as a jsondoc tree and the model's fields are read from and
// written into that tree at their paths, every value read through
// jsondoc's coercion table. Everything agentdeck does not model passes
// through untouched, and numbers keep their exact text. The document is
// written with sorted keys, as it always has been.

import (
	"slices"

	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// object is one JSON object of the tree.
type object = *jsondoc.Object

// newObj builds an object from key, value pairs.
func newObj(kv ...any) object {
	o := jsondoc.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// render writes the tree as indented JSON with sorted keys, so the same
// tree always gives the same text.
func render(t object) ([]byte, error) { return jsondoc.MarshalSorted(t) }

// strAt reads the string at path, "" when absent or not a string.
func strAt(t object, path ...string) string {
	v, _ := jsondoc.Lookup(t, path...)
	s, _ := jsondoc.String(v)
	return s
}

// sortedKeys lists an object's keys by name: ElevenLabs keeps headers,
// parameters and variables in objects whose order means nothing, so the
// model lists them by name.
func sortedKeys(o object) []string {
	keys := append([]string(nil), o.Keys()...)
	slices.Sort(keys)
	return keys
}
