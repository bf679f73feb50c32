package trillet

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// The mappings below convert shapes or units, or carry secrets.

// languageField: the model holds BCP-47 (en-US), Trillet a bare code (en)
// in ttsModel.language. The comparison is on the bare code, so a document's
// "en" is left alone while the draft says en-US, and a document's "en-GB"
// (which Trillet may also accept) is kept as it is until the language
// itself changes.
func languageField() httpx.Field {
	return httpx.Field{
		Path: "identity.language", Wire: w(keyTTS, "language"), Cleared: "",
		Get: func(a *agent.Agent) any {
			if code := bareLanguage(a.Identity.Language); code != "" {
				return code
			}
			return nil
		},
		Set: func(a *agent.Agent, v any) {
			if s, ok := v.(string); ok {
				a.Identity.Language = s
			}
		},
	}
}

// bareLanguage is the primary subtag of a BCP-47 tag: en-US → en.
func bareLanguage(tag string) string {
	code, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(code)
}

// vendorKeyField: ttsModel.elevenLabsApiKey, the person's own ElevenLabs
// key for the 11labs_byo vendor. The draft holds only a reference.
func vendorKeyField() httpx.Field {
	return httpx.Field{
		Path: "voice.vendor_key", Wire: w(keyTTS, keyVendorKey),
		Get: func(a *agent.Agent) any {
			if a.Voice.VendorKey == "" {
				return nil
			}
			return string(a.Voice.VendorKey)
		},
		Set: func(a *agent.Agent, v any) {
			if s, ok := v.(string); ok && httpx.IsSecretRef(s) {
				a.Voice.VendorKey = agent.SecretRef(s)
			}
		},
	}
}

// extractSecrets swaps the own-ElevenLabs key, and credentials written into
// any address (a password, a key in the query), for references, so they
// never reach the draft.
func extractSecrets(obj httpx.Object) map[agent.SecretRef]string {
	found := httpx.ExtractURLSecrets(obj)
	v, _ := httpx.Lookup(obj, keyTTS, keyVendorKey)
	if s, ok := v.(string); ok && s != "" && !httpx.IsSecretRef(s) {
		ref := agent.NewSecretRef("voice.vendor_key")
		found[ref] = s
		httpx.SetPath(obj, string(ref), keyTTS, keyVendorKey)
	}
	return found
}

// callbackField: callbacks.enabled ⇄ smartCallback. Switching it off writes
// false, since leaving the key out of an update would leave it on.
func callbackField() httpx.Field {
	return httpx.Field{
		Path: "callbacks.enabled", Wire: w(keyCallback), Cleared: false,
		Get: func(a *agent.Agent) any {
			if a.Callbacks.Enabled {
				return true
			}
			return nil
		},
		Set: func(a *agent.Agent, v any) {
			if b, ok := v.(bool); ok {
				a.Callbacks.Enabled = b
			}
		},
	}
}

// gapsField: callbacks.gaps ⇄ gapBetweenEachAttemptForSmartCallback, a list
// of {days, hours}. Items are matched by position, and whatever else an item
// holds is kept.
func gapsField() httpx.Field {
	return httpx.Field{
		Path: "callbacks.gaps", Wire: w(keyGaps), Cleared: []any{},
		Get: func(a *agent.Agent) any {
			if len(a.Callbacks.Gaps) == 0 {
				return nil
			}
			out := make([]any, len(a.Callbacks.Gaps))
			for i, g := range a.Callbacks.Gaps {
				out[i] = map[string]any{"days": intJSON(g.Days), "hours": intJSON(g.Hours)}
			}
			return out
		},
		Set: func(a *agent.Agent, v any) {
			list, ok := v.([]any)
			if !ok {
				return
			}
			gaps := make([]agent.Gap, 0, len(list))
			for _, item := range list {
				m, ok := item.(map[string]any)
				if !ok {
					return // not the documented shape: the document keeps it
				}
				days, okDays := optionalInt(m["days"])
				hours, okHours := optionalInt(m["hours"])
				if !okDays || !okHours {
					return
				}
				gaps = append(gaps, agent.Gap{Days: days, Hours: hours})
			}
			a.Callbacks.Gaps = gaps
		},
		Write: func(doc httpx.Object, v any) {
			old, _ := doc[keyGaps].([]any)
			items, _ := v.([]any)
			out := make([]any, len(items))
			for i, item := range items {
				merged := map[string]any{}
				if i < len(old) {
					if prev, ok := old[i].(map[string]any); ok {
						for k, pv := range prev {
							merged[k] = pv
						}
					}
				}
				for k, nv := range item.(map[string]any) {
					if pv, had := merged[k]; !had || !sameNumber(pv, nv) {
						merged[k] = nv // keeps "2.0" as written when the value is unchanged
					}
				}
				out[i] = merged
			}
			doc[keyGaps] = out
		},
	}
}

// optionalInt reads a whole number; a missing value is 0, as Trillet's
// examples leave out neither.
func optionalInt(v any) (int, bool) {
	if v == nil {
		return 0, true
	}
	return httpx.AsInt(v)
}

func sameNumber(a, b any) bool {
	fa, okA := httpx.AsFloat(a)
	fb, okB := httpx.AsFloat(b)
	return okA && okB && fa == fb
}

func intJSON(n int) json.Number { return httpx.FloatJSON(float64(n)) }

// variablesField: variables ⇄ the variables object. Values that are not
// text (numbers, true/false) read as their JSON text, and are written back
// as they were as long as that text is unchanged.
func variablesField() httpx.Field {
	return httpx.Field{
		Path: "variables", Wire: w(keyVariables), Cleared: map[string]any{},
		Get: func(a *agent.Agent) any {
			if len(a.Variables) == 0 {
				return nil
			}
			out := make(map[string]any, len(a.Variables))
			for _, v := range a.Variables {
				out[v.Name] = v.Value
			}
			return out
		},
		Set: func(a *agent.Agent, v any) {
			m, ok := v.(map[string]any)
			if !ok {
				return
			}
			vars := make([]agent.Variable, 0, len(m))
			for name, raw := range m {
				vars = append(vars, agent.Variable{Name: name, Value: valueText(raw)})
			}
			sort.Slice(vars, func(i, j int) bool { return vars[i].Name < vars[j].Name })
			a.Variables = vars
		},
		Write: func(doc httpx.Object, v any) {
			old, _ := doc[keyVariables].(map[string]any)
			items, _ := v.(map[string]any)
			out := make(map[string]any, len(items))
			for name, value := range items {
				if prev, had := old[name]; had && valueText(prev) == value {
					out[name] = prev
				} else {
					out[name] = value
				}
			}
			doc[keyVariables] = out
		},
	}
}

func valueText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}
