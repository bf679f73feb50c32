package nova

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Decode reads a Nova document: a request body, a GET answer (id, dates,
// quota and tools are dropped; settings objects are read whether they come
// as objects, null or integer arrays) or the one document export prints.
func (c *Client) Decode(doc []byte) (agent.Decoded, error) { return c.doc.Decode(doc) }

// Encode overlays a on the native document and returns the one document
// export prints: the create fields plus the PATCH fields.
func (c *Client) Encode(a *agent.Agent, native []byte, secrets agent.SecretLookup) ([]byte, error) {
	return c.doc.Encode(a, native, secrets)
}

// MergeNative completes fresh, an answer from Nova, with earlier wherever a
// settings object is missing or shows only Nova's integer-array placeholder,
// which carries no settings. It implements agent.NativeMerger, so a pull or
// the read-back after a push keeps the settings Nova did not show.
func (c *Client) MergeNative(earlier, fresh []byte) ([]byte, error) {
	old, err := jsondoc.ParseOrNew(earlier)
	if err != nil {
		return nil, err
	}
	obj, err := jsondoc.ParseOrNew(fresh)
	if err != nil {
		return nil, err
	}
	obj = c.doc.Unwrap(obj)
	for _, k := range configKeys {
		if v, present := obj.Get(k); present {
			if _, readable := normalizeConfig(v); readable {
				continue
			}
		}
		if v, ok := old.Get(k); ok {
			if nv, readable := normalizeConfig(v); readable {
				obj.Set(k, nv)
			}
		}
	}
	// The copy source is sent only on create and never shown again; the
	// agent still started as that copy.
	for _, k := range createOnlyKeys {
		if v, ok := old.Get(k); ok && !obj.Has(k) {
			obj.Set(k, v)
		}
	}
	return jsondoc.MarshalSorted(obj)
}
