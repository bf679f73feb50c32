package elevenlabs

// Credentials inside an agent document live in request headers: webhook
// tools' api_schema.request_headers, the pre-call webhook's request_headers
// and a custom LLM's request_headers. A header named like a credential
// (agent.IsSecretHeader) with a plain string value never enters a draft: it
// becomes an agent.SecretRef. A value that is an object ({secret_id},
// {env_var_label}, {variable_name}) is already a reference to something kept
// on ElevenLabs' side and stays as it is.

import (
	"errors"
	"fmt"
	"sort"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/secretdoc"
)

// headerMap is one request-header object of the document and a label for
// the secret references made from it.
type headerMap struct {
	label string
	m     object
}

// headerMaps lists every header object of t that may hold a credential.
func headerMaps(t object) []headerMap {
	var out []headerMap
	tools, _ := jsondoc.Lookup(t, pTools...)
	arr, _ := tools.([]any)
	for i, item := range arr {
		tool, _ := item.(object)
		if h := tool.Path("api_schema", "request_headers"); h != nil {
			name := strAt(tool, "name")
			if name == "" {
				name = fmt.Sprint(i)
			}
			out = append(out, headerMap{"tools." + name + ".headers", h})
		}
	}
	if h := t.Path(path(pPreCall, "request_headers")...); h != nil {
		out = append(out, headerMap{"webhooks.pre_call.headers", h})
	}
	if h := t.Path(path(pCustomLLM, "request_headers")...); h != nil {
		out = append(out, headerMap{"llm.headers", h})
	}
	return out
}

// extractSecrets swaps every plain credential header value in t for a new
// reference and returns the values by reference.
func extractSecrets(t object) map[agent.SecretRef]string {
	found := secretdoc.ExtractURLs(t)
	// custom_llm.api_key is documented as {secret_id} or {env_var_label},
	// references kept on ElevenLabs' side; a plain string there is the key
	// itself.
	if custom := t.Path(pCustomLLM...); custom != nil {
		if v, ok := custom.Value("api_key").(string); ok && v != "" && !agent.IsRef(v) {
			ref := agent.NewSecretRef("llm.api_key")
			if !agent.IsMasked(v) {
				found[ref] = v
			}
			custom.Set("api_key", string(ref))
		}
	}
	for _, hm := range headerMaps(t) {
		for _, name := range sortedKeys(hm.m) {
			v, ok := hm.m.Value(name).(string)
			if !ok || v == "" || agent.IsRef(v) || !agent.IsSecretHeader(name) {
				continue
			}
			ref := agent.NewSecretRef(hm.label + "." + name)
			hm.m.Set(name, string(ref))
			found[ref] = v
		}
	}
	if len(found) == 0 {
		return nil
	}
	return found
}

// resolveSecrets puts the values behind references back into t's headers,
// custom_llm.api_key and addresses.
func resolveSecrets(t object, secrets agent.SecretLookup) error {
	if custom := t.Path(pCustomLLM...); custom != nil {
		if v, ok := custom.Value("api_key").(string); ok && agent.IsRef(v) {
			val, found := "", false
			if secrets != nil {
				val, found = secrets.Secret(agent.SecretRef(v))
			}
			if !found {
				return errors.New("the custom LLM's API key is missing from the credentials; enter it again")
			}
			custom.Set("api_key", val)
		}
	}
	if err := resolveURLs(t, secrets); err != nil {
		return err
	}
	for _, hm := range headerMaps(t) {
		for _, name := range sortedKeys(hm.m) {
			v, ok := hm.m.Value(name).(string)
			if !ok || !agent.IsRef(v) {
				continue
			}
			var val string
			if secrets != nil {
				val, ok = secrets.Secret(agent.SecretRef(v))
			}
			if !ok {
				return fmt.Errorf("the value of the %s header (%s) is missing from the credentials; enter it again", name, hm.label)
			}
			hm.m.Set(name, val)
		}
	}
	return nil
}

// readHeaders lists the plain and secret headers of a header object, by
// name. Headers whose value is an ElevenLabs-side reference are left to the
// native document.
func readHeaders(m object) []agent.Header {
	var out []agent.Header
	for _, name := range sortedKeys(m) {
		v, ok := m.Value(name).(string)
		switch {
		case !ok:
			continue
		case agent.IsRef(v):
			out = append(out, agent.Header{Name: name, Secret: agent.SecretRef(v)})
		default:
			out = append(out, agent.Header{Name: name, Value: v})
		}
	}
	return out
}

// writeHeaders builds a header object from the model's headers, keeping
// the ElevenLabs-side references of old.
func writeHeaders(old object, hs []agent.Header) object {
	out := jsondoc.NewObject()
	for _, k := range old.Keys() {
		if v := old.Value(k); !isText(v) {
			out.Set(k, v)
		}
	}
	for _, h := range hs {
		out.Set(h.Name, h.Written())
	}
	return out
}

// sameHeaders compares header lists by name, since ElevenLabs keeps them in
// an object whose order means nothing.
func sameHeaders(a, b []agent.Header) bool {
	if len(a) != len(b) {
		return false
	}
	sa, sb := append([]agent.Header(nil), a...), append([]agent.Header(nil), b...)
	sort.Slice(sa, func(i, j int) bool { return sa[i].Name < sa[j].Name })
	sort.Slice(sb, func(i, j int) bool { return sb[i].Name < sb[j].Name })
	for i := range sa {
		if sa[i] != sb[i] {
			return false
		}
	}
	return true
}

// resolveURLs puts the values behind references written into addresses
// (passwords, query values) back, and says where the first one that has no
// value is. Whole-value references are left to the places above, so one put
// anywhere else is never filled in.
func resolveURLs(t object, secrets agent.SecretLookup) error {
	var err error
	jsondoc.EachString(t, &jsondoc.Path{}, func(at *jsondoc.Path, s string) (string, bool) {
		if err != nil {
			return "", false
		}
		out, missing := agent.ResolveURLSecrets(s, secrets)
		if len(missing) == 0 {
			return out, true
		}
		if k, isKey := at.Last(); isKey {
			err = fmt.Errorf("a saved part of the address in %s is missing from the credentials; enter the address again", k)
		} else {
			err = errors.New("a saved part of an address is missing from the credentials; enter the address again")
		}
		return "", false
	})
	return err
}

// isText reports whether a header value is a plain string rather than an
// ElevenLabs-side reference object.
func isText(v any) bool {
	_, ok := jsondoc.String(v)
	return ok
}
