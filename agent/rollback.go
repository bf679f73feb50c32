package agent

import (
	"bytes"
	"fmt"
	"reflect"
)

// Rollback returns d as version v pushed it: the body sent, read through
// the provider's decoder, becomes the draft's agent and native document.
// History keeps references where secret values went; each is put back in
// its place, so the saved secret is sent again. The draft's link to its
// remote agent is kept (the next push updates it); the caller saves the
// result as a new revision. changes is what the draft would change, field
// by field, labelled for people.
func Rollback(p Provider, d Draft, v Version) (Draft, []Change, error) {
	if v.Provider != d.Provider {
		return d, nil, fmt.Errorf("version %d was pushed to %s, and this draft is now for %s", v.Version, v.Provider, d.Provider)
	}
	dec, err := p.Decode(v.Sent)
	if err != nil {
		return d, nil, fmt.Errorf("version %d cannot be read: %w", v.Version, err)
	}
	native := dec.Native
	for ref, val := range dec.Secrets {
		if !IsRefShape(val) {
			continue // never in a history file; nothing to refill it from
		}
		renameRef(reflect.ValueOf(&dec.Agent).Elem(), ref, SecretRef(val))
		native = bytes.ReplaceAll(native, []byte(ref), []byte(val))
		native = bytes.ReplaceAll(native, []byte(encodeRef(ref)), []byte(encodeRef(SecretRef(val))))
	}
	before := d.Agent
	if now, err := WouldSend(p, &d); err == nil {
		before = now
	}
	out := d
	out.Agent = dec.Agent
	out.SetNative(string(native))
	if out.Agent.Identity.Name != "" {
		out.Name = out.Agent.Identity.Name
	}
	return out, Diff(HideSecrets(before), HideSecrets(dec.Agent)), nil
}
