package trillet

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/secretdoc"
)

// The mappings below convert shapes or units, or carry secrets.

// languageField: the model holds BCP-47 (en-US), Trillet a bare code (en)
// in ttsModel.language. The comparison is on the bare code, so a document's
// "en" is left alone while the draft says en-US, and a document's "en-GB"
// (which Trillet may also accept) is kept as it is until the language
// itself changes.
func languageField() jsondoc.Field[agent.Agent] {
	return jsondoc.Field[agent.Agent]{
		Path: "identity.language", Wire: w(keyTTS, "language"), Cleared: "",
		Get: func(a *agent.Agent) any {
			if code := bareLanguage(a.Identity.Language); code != "" {
				return code
			}
			return nil
		},
		Set: func(a *agent.Agent, v any) {
			if s, ok := jsondoc.String(v); ok {
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
func vendorKeyField() jsondoc.Field[agent.Agent] {
	return jsondoc.Field[agent.Agent]{
		Path: "voice.vendor_key", Wire: w(keyTTS, keyVendorKey),
		Get: func(a *agent.Agent) any {
			if a.Voice.VendorKey == "" {
				return nil
			}
			return string(a.Voice.VendorKey)
		},
		Set: func(a *agent.Agent, v any) {
			if s, ok := jsondoc.String(v); ok && agent.IsRefShape(s) {
				a.Voice.VendorKey = agent.SecretRef(s)
			}
		},
	}
}

// extractSecrets swaps the own-ElevenLabs key, and credentials written into
// any address (a password, a key in the query), for references, so they
// never reach the draft.
func extractSecrets(obj *jsondoc.Object) map[agent.SecretRef]string {
	found := secretdoc.ExtractURLs(obj)
	v, _ := jsondoc.Lookup(obj, keyTTS, keyVendorKey)
	if s, ok := v.(string); ok && s != "" && !agent.IsRefShape(s) {
		ref := agent.NewSecretRef("voice.vendor_key")
		found[ref] = s
		jsondoc.SetPath(obj, string(ref), keyTTS, keyVendorKey)
	}
	return found
}

// callbackField: callbacks.enabled ⇄ smartCallback. Switching it off writes
// false, since leaving the key out of an update would leave it on.
func callbackField() jsondoc.Field[agent.Agent] {
	return jsondoc.Field[agent.Agent]{
		Path: "callbacks.enabled", Wire: w(keyCallback), Cleared: false,
		Get: func(a *agent.Agent) any {
			if a.Callbacks.Enabled {
				return true
			}
			return nil
		},
		Set: func(a *agent.Agent, v any) {
			if b, ok := jsondoc.Bool(v); ok {
				a.Callbacks.Enabled = b
			}
		},
	}
}

// gapsField: callbacks.gaps ⇄ gapBetweenEachAttemptForSmartCallback, a list
// of {days, hours}. Items are matched by position, and whatever else an item
// holds is kept.
func gapsField() jsondoc.Field[agent.Agent] {
	return jsondoc.Field[agent.Agent]{
		Path: "callbacks.gaps", Wire: w(keyGaps), Cleared: []any{},
		Get: func(a *agent.Agent) any {
			if len(a.Callbacks.Gaps) == 0 {
				return nil
			}
			out := make([]any, len(a.Callbacks.Gaps))
			for i, g := range a.Callbacks.Gaps {
				gap := jsondoc.NewObject()
				gap.Set("days", intJSON(g.Days))
				gap.Set("hours", intJSON(g.Hours))
				out[i] = gap
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
				m, ok := item.(*jsondoc.Object)
				if !ok {
					return // not the documented shape: the document keeps it
				}
				days, okDays := optionalInt(m.Value("days"))
				hours, okHours := optionalInt(m.Value("hours"))
				if !okDays || !okHours {
					return
				}
				gaps = append(gaps, agent.Gap{Days: days, Hours: hours})
			}
			a.Callbacks.Gaps = gaps
		},
		Write: func(doc *jsondoc.Object, v any) {
			old := doc.List(keyGaps)
			items, _ := v.([]any)
			out := make([]any, len(items))
			for i, item := range items {
				merged := jsondoc.NewObject()
				if i < len(old) {
					if prev, ok := old[i].(*jsondoc.Object); ok {
						merged = jsondoc.Clone(prev).(*jsondoc.Object)
					}
				}
				gap := item.(*jsondoc.Object)
				for _, k := range gap.Keys() {
					nv := gap.Value(k)
					if pv, had := merged.Get(k); !had || !sameNumber(pv, nv) {
						merged.Set(k, nv) // keeps "2.0" as written when the value is unchanged
					}
				}
				out[i] = merged
			}
			doc.Set(keyGaps, out)
		},
	}
}

// optionalInt reads a whole number; a missing value is 0, as Trillet's
// examples leave out neither.
func optionalInt(v any) (int, bool) {
	if v == nil {
		return 0, true
	}
	return jsondoc.Integer(v)
}

func sameNumber(a, b any) bool {
	fa, okA := jsondoc.Number(a)
	fb, okB := jsondoc.Number(b)
	return okA && okB && fa == fb
}

func intJSON(n int) json.Number { return jsondoc.NumberValue(float64(n)) }

// variablesField: variables ⇄ the variables object. Values that are not
// text (numbers, true/false) read as their JSON text, and are written back
// as they were as long as that text is unchanged.
func variablesField() jsondoc.Field[agent.Agent] {
	return jsondoc.Field[agent.Agent]{
		Path: "variables", Wire: w(keyVariables), Cleared: jsondoc.NewObject(),
		Get: func(a *agent.Agent) any {
			if len(a.Variables) == 0 {
				return nil
			}
			out := jsondoc.NewObject()
			for _, v := range a.Variables {
				out.Set(v.Name, v.Value)
			}
			return out
		},
		Set: func(a *agent.Agent, v any) {
			m, ok := v.(*jsondoc.Object)
			if !ok {
				return
			}
			vars := make([]agent.Variable, 0, m.Len())
			for _, name := range m.Keys() {
				vars = append(vars, agent.Variable{Name: name, Value: valueText(m.Value(name))})
			}
			sort.Slice(vars, func(i, j int) bool { return vars[i].Name < vars[j].Name })
			a.Variables = vars
		},
		Write: func(doc *jsondoc.Object, v any) {
			old := doc.Obj(keyVariables)
			items, _ := v.(*jsondoc.Object)
			out := jsondoc.NewObject()
			for _, name := range items.Keys() {
				value := items.Value(name)
				if prev, had := old.Get(name); had && valueText(prev) == value {
					out.Set(name, prev)
				} else {
					out.Set(name, value)
				}
			}
			doc.Set(keyVariables, out)
		},
	}
}

func valueText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	// As encoding/json has always written it: keys sorted, <, > and &
	// escaped.
	b, err := json.Marshal(json.RawMessage(jsondoc.CompactSorted(v)))
	if err != nil {
		return ""
	}
	return string(b)
}
