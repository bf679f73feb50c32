package dasha

import (
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// A Dasha agent body carries credentials in plain text: the bring-your-own
// LLM key, MCP keys, the outbound SIP password and webhook headers or query
// parameters such as Authorization. None of them may enter a draft.

// secretSpot is one place in the document that may hold a credential.
type secretSpot struct {
	label  string  // agent-style path, used in the reference and in messages
	holder *object // the object holding the value
	key    string
	// byName marks a header or query parameter: its value is taken out of
	// the draft only when its name looks like a credential, but a reference
	// a person put there is resolved whatever the name.
	byName bool
	// looksSecret is the name rule of a byName spot: a header's, or a
	// query value's, which also counts short names such as sig.
	looksSecret func(name string) bool
}

// secretSpots lists every place of root that may hold a credential.
func secretSpots(root *object) []secretSpot {
	var out []secretSpot
	fixed := func(label string, holder *object, key string) {
		if holder != nil && holder.Has(key) {
			out = append(out, secretSpot{label: label, holder: holder, key: key})
		}
	}
	named := func(label string, holder *object, looksSecret func(string) bool) {
		if holder == nil {
			return
		}
		for _, k := range holder.Keys() {
			out = append(out, secretSpot{label: label + "." + k, holder: holder, key: k, byName: true, looksSecret: looksSecret})
		}
	}
	webhook := func(label string, w *object) {
		named(label+".headers", w.Obj("headers"), agent.IsSecretHeader)
		named(label+".query", w.Path("customSettings", "queryParams"), agent.IsSecretQueryParam)
	}
	cfg := root.Obj("config")
	fixed("llm.api_key", cfg.Obj("llmConfig"), "apiKey")
	fixed("telephony.outbound_sip.password", cfg.Obj("outboundSipConfig"), "password")
	for i, v := range cfg.List("mcpConnections") {
		m, _ := v.(*object)
		fixed(fmt.Sprintf("mcp[%d].api_key", i), m.Obj("authentication"), "apiKey")
		fixed(fmt.Sprintf("mcp[%d].api_key", i), m.Obj("authentication"), "token") // a bearer token
		named(fmt.Sprintf("mcp[%d].headers", i), m.Obj("customHeaders"), agent.IsSecretHeader)
	}
	for i, v := range cfg.List("tools") {
		t, _ := v.(*object)
		webhook(fmt.Sprintf("tools[%d]", i), t.Obj("webhook"))
	}
	webhook("webhooks.post_call", cfg.Obj("resultWebhook"))
	webhook("webhooks.pre_call", cfg.Path("startWebhook", "webhook"))
	return out
}

// extractSecrets replaces every credential in root by a fresh reference and
// returns the values under their references. A value that is already a
// reference stays as it is. A masked value ("********" from an exported
// document, or a key Dasha itself shows starred out) becomes a reference
// with no value, so a push asks for it instead of sending the mask.
func extractSecrets(root *object) map[agent.SecretRef]string {
	found := map[agent.SecretRef]string{}
	eachAddress(root, &jsondoc.Path{}, func(s, where string, set func(string)) {
		out, got := agent.ExtractURLSecrets(s, where)
		for ref, val := range got {
			found[ref] = val
		}
		if out != s {
			set(out)
		}
	})
	for _, s := range secretSpots(root) {
		v, _ := s.holder.Get(s.key)
		val, ok := v.(string)
		if !ok || val == "" || agent.IsRef(val) || (s.byName && !s.looksSecret(s.key)) {
			continue
		}
		ref := agent.NewSecretRef(s.label)
		if !isMasked(val) {
			found[ref] = val
		}
		s.holder.Set(s.key, string(ref))
	}
	return found
}

// resolveSecrets puts the values behind references back into root. Every
// reference that cannot be resolved is reported on the field it is for, so
// the person knows which value to enter again.
func resolveSecrets(root *object, lookup agent.SecretLookup) agent.Problems {
	var ps agent.Problems
	eachAddress(root, &jsondoc.Path{}, func(s, where string, set func(string)) {
		out, missing := agent.ResolveURLSecrets(s, lookup)
		if len(missing) > 0 {
			ps.Add(where, "a saved part of this address is missing from your credentials; enter the address again")
		}
		if out != s {
			set(out)
		}
	})
	for _, s := range secretSpots(root) {
		v, _ := s.holder.Get(s.key)
		ref, ok := v.(string)
		if !ok || !agent.IsRef(ref) {
			continue
		}
		val, found := "", false
		if lookup != nil {
			val, found = lookup.Secret(agent.SecretRef(ref))
		}
		if found {
			s.holder.Set(s.key, val)
			continue
		}
		path, what := missingAt(refLabel(ref))
		ps.Add(path, "%s is missing from your credentials; enter it again", what)
	}
	return ps
}

// missingAt names the field a reference's missing value is reported on,
// and the value in words: a header's or a query value's name, never the
// value. A query value taken from a pulled document is reported on the
// setting that lists it, where the person enters it again.
func missingAt(label string) (path, what string) {
	for _, list := range []string{".headers.", ".query."} {
		i := strings.LastIndex(label, list)
		if i < 0 {
			continue
		}
		path, what = label[:i+len(list)-1], "the saved value of "+label[i+len(list):]
		if list == ".query." {
			switch owner := label[:i]; {
			case owner == "webhooks.post_call":
				path = agent.SettingPath(ProviderID, keyResultQuery)
			case owner == "webhooks.pre_call":
				path = agent.SettingPath(ProviderID, keyStartQuery)
			case strings.HasPrefix(owner, "tools["):
				path = agent.SettingPath(ProviderID, keyToolQuery)
			}
		}
		return path, what
	}
	return label, "the saved value"
}

// eachAddress calls fn with every absolute address (scheme://…) in v and
// where it is, and a way to replace it: a password or a key in an address
// is a credential wherever the address is kept.
func eachAddress(v any, at *jsondoc.Path, fn func(s, where string, set func(string))) {
	switch t := v.(type) {
	case *object:
		for _, k := range t.Keys() {
			at.Key(k)
			if s, ok := t.Value(k).(string); ok {
				if agent.LooksLikeURL(s) {
					fn(s, at.String(), func(out string) { t.Set(k, out) })
				}
			} else {
				eachAddress(t.Value(k), at, fn)
			}
			at.Pop()
		}
	case []any:
		for i, child := range t {
			at.Index(i)
			if s, ok := child.(string); ok {
				if agent.LooksLikeURL(s) {
					fn(s, at.String(), func(out string) { t[i] = out })
				}
			} else {
				eachAddress(child, at, fn)
			}
			at.Pop()
		}
	}
}

// refLabel returns the field a reference was made for: "llm.api_key" from
// "secret:llm.api_key#3f9a1c0d".
func refLabel(ref string) string {
	s := strings.TrimPrefix(ref, "secret:")
	if i := strings.LastIndex(s, "#"); i >= 0 {
		s = s[:i]
	}
	return s
}

// isMasked reports whether a value is a stand-in for a secret rather than
// the secret itself.
func isMasked(v string) bool {
	return v == agent.Masked || strings.Contains(v, "****")
}

// MergeNative completes fresh, an agent as Dasha just sent it, with the
// credentials of earlier (a document known to be right: what was pushed, or
// what the draft holds) wherever fresh shows a credential starred out. Dasha
// does not document whether its answers hide keys; if they do, a pull then
// keeps the key the draft already has instead of asking for it again. Any
// value fresh does carry wins.
func (c *Client) MergeNative(earlier, fresh []byte) ([]byte, error) {
	prev, err := jsondoc.Parse(earlier)
	if err != nil {
		return nil, err
	}
	now, err := jsondoc.Parse(fresh)
	if err != nil {
		return nil, err
	}
	known := map[string]string{}
	for _, s := range secretSpots(prev) {
		if v, _ := s.holder.Get(s.key); v != nil {
			if str, ok := v.(string); ok && str != "" && !isMasked(str) {
				known[s.label] = str
			}
		}
	}
	changed := false
	for _, s := range secretSpots(now) {
		v, _ := s.holder.Get(s.key)
		if str, ok := v.(string); ok && isMasked(str) && known[s.label] != "" {
			s.holder.Set(s.key, known[s.label])
			changed = true
		}
	}
	if !changed {
		return fresh, nil
	}
	return render(now)
}
