package dasha

import "github.com/agentdeck/agentdeck/internal/jsondoc"

// The Dasha document is kept as a jsondoc tree rather than typed structs so
// that every field agentdeck does not model — and every field Dasha adds
// later — survives a round trip untouched. Objects keep their key order, so
// an exported document reads like the one that was imported, and numbers
// keep their text, so "1.0" is still "1.0" when it comes back out.

// object is a JSON object that remembers the order of its keys.
type object = jsondoc.Object

// render writes a tree value as indented JSON, keys in their kept order,
// with a final newline: how Dasha documents are stored and sent.
func render(v any) ([]byte, error) {
	out, err := jsondoc.Marshal(v)
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}
