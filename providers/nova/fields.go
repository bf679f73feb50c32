package nova

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// The mappings below are not one model value at one place: they convert
// units or shapes, or write one value to several places.

// maxDurationField: the model counts seconds, Nova whole minutes
// (room_duration_config.max_duration_min). Seconds are rounded up, so a call
// is never cut shorter than asked; Validate warns when that happens.
func maxDurationField() httpx.Field {
	return httpx.Field{
		Path: "limits.max_duration", Wire: w(keyRoom, "max_duration_min"),
		Get: func(a *agent.Agent) any {
			if a.Limits.MaxDuration == nil {
				return nil
			}
			return json.Number(strconv.Itoa(minutesFor(*a.Limits.MaxDuration)))
		},
		Set: func(a *agent.Agent, v any) {
			if m, ok := httpx.AsInt(v); ok {
				secs := m * 60
				a.Limits.MaxDuration = &secs
			}
		},
	}
}

// minutesFor rounds seconds up to whole minutes: 90 s is 2 min.
func minutesFor(seconds int) int {
	if seconds <= 0 {
		return seconds / 60
	}
	return (seconds + 59) / 60
}

// greetingWhoField: "agent" or "user" ⇄ greeting_config.agent_speaks_first.
func greetingWhoField() httpx.Field {
	return httpx.Field{
		Path: "greeting.who", Wire: w(keyGreeting, "agent_speaks_first"),
		Get: func(a *agent.Agent) any {
			switch a.Greeting.Who {
			case "agent":
				return true
			case "user":
				return false
			}
			return nil
		},
		Set: func(a *agent.Agent, v any) {
			if b, ok := v.(bool); ok {
				a.Greeting.Who = map[bool]string{true: "agent", false: "user"}[b]
			}
		},
	}
}

// turnModeField: "turn" (a model decides when the caller has finished) or
// "silence" (a pause decides) ⇄ extra_config.turn_detector_enabled.
func turnModeField() httpx.Field {
	return httpx.Field{
		Path: "turn.mode", Wire: w(keyExtra, "turn_detector_enabled"),
		Get: func(a *agent.Agent) any {
			switch a.Turn.Mode {
			case "turn":
				return true
			case "silence":
				return false
			}
			return nil
		},
		Set: func(a *agent.Agent, v any) {
			if b, ok := v.(bool); ok {
				a.Turn.Mode = map[bool]string{true: "turn", false: "silence"}[b]
			}
		},
	}
}

// keywordsField: transcriber_config.keywords (Deepgram v1), or keyterms
// (Deepgram Flux) when the document uses those.
func keywordsField() httpx.Field {
	f := httpx.TextList("speech.keywords", w(keyTranscribe, "keywords"), func(a *agent.Agent) *[]string { return &a.Speech.Keywords })
	f.Read = func(doc httpx.Object) (any, bool) {
		return httpx.Lookup(doc, keyTranscribe, keywordsKey(doc))
	}
	f.Write = func(doc httpx.Object, v any) { httpx.SetPath(doc, v, keyTranscribe, keywordsKey(doc)) }
	return f
}

func keywordsKey(doc httpx.Object) string {
	_, hasKeywords := httpx.Lookup(doc, keyTranscribe, "keywords")
	if _, hasKeyterms := httpx.Lookup(doc, keyTranscribe, "keyterms"); hasKeyterms && !hasKeywords {
		return "keyterms"
	}
	return "keywords"
}

// languageField: Nova keeps the language twice, in transcriber_config
// (language, or the legacy language_code) and in voice_config.language;
// which one wins is undocumented. It is read from the recogniser first and
// written to each settings object that exists.
func languageField() httpx.Field {
	return httpx.Field{
		Path: "identity.language", Wire: w(keyTranscribe, "language"), Cleared: "",
		Get: func(a *agent.Agent) any {
			if a.Identity.Language == "" {
				return nil
			}
			return a.Identity.Language
		},
		Set: func(a *agent.Agent, v any) {
			if s, ok := v.(string); ok {
				a.Identity.Language = s
			}
		},
		Read: func(doc httpx.Object) (any, bool) {
			for _, at := range [][]string{{keyTranscribe, "language"}, {keyTranscribe, "language_code"}, {keyVoice, "language"}} {
				if v, ok := httpx.Lookup(doc, at...); ok && v != nil && v != "" {
					return v, true
				}
			}
			return nil, false
		},
		Write: func(doc httpx.Object, v any) {
			tc, hasTC := doc[keyTranscribe].(map[string]any)
			if hasTC {
				_, hasLang := tc["language"]
				_, hasLegacy := tc["language_code"]
				if hasLegacy && !hasLang {
					tc["language_code"] = v
				} else {
					tc["language"] = v
				}
			}
			if vc, ok := doc[keyVoice].(map[string]any); ok {
				if _, hasLang := vc["language"]; hasLang || !hasTC {
					vc["language"] = v
				}
			}
		},
	}
}

// languageCarried reports whether the document a would produce has a place
// for the language: a recogniser or a voice settings object.
func languageCarried(a *agent.Agent) bool {
	return a.Speech.Vendor != "" || a.Voice.Vendor != ""
}

// bodyTemplateField: precall_webhook.body_template is a JSON object; the
// model holds it as JSON text.
func bodyTemplateField() httpx.Field {
	return httpx.Field{
		Path: "webhooks.pre_call.body_template", Wire: w(keyPreCall, "body_template"),
		Get: func(a *agent.Agent) any {
			text := a.Webhooks.PreCall.BodyTemplate
			if text == "" {
				return nil
			}
			if obj, err := httpx.ParseObject([]byte(text)); err == nil {
				return obj
			}
			return text // not an object: Validate refuses it before a push
		},
		Set: func(a *agent.Agent, v any) {
			if obj, ok := v.(map[string]any); ok {
				var buf bytes.Buffer
				enc := json.NewEncoder(&buf)
				enc.SetEscapeHTML(false)
				if enc.Encode(obj) == nil {
					a.Webhooks.PreCall.BodyTemplate = string(bytes.TrimSpace(buf.Bytes()))
				}
			}
		},
	}
}

// headersField: precall_webhook.headers is a map of name to value; the model
// keeps a list sorted by name, with secret values as references.
func headersField() httpx.Field {
	return httpx.Field{
		Path: "webhooks.pre_call.headers", Wire: w(keyPreCall, "headers"), Cleared: map[string]any{},
		Get: func(a *agent.Agent) any {
			hs := a.Webhooks.PreCall.Headers
			if len(hs) == 0 {
				return nil
			}
			out := make(map[string]any, len(hs))
			for _, h := range hs {
				if h.Secret != "" {
					out[h.Name] = string(h.Secret)
				} else {
					out[h.Name] = h.Value
				}
			}
			return out
		},
		Set: func(a *agent.Agent, v any) {
			m, ok := v.(map[string]any)
			if !ok {
				return
			}
			hs := make([]agent.Header, 0, len(m))
			for name, raw := range m {
				s, ok := raw.(string)
				if !ok {
					return // a value that is not text: keep the document's map as it is
				}
				if httpx.IsSecretRef(s) {
					hs = append(hs, agent.Header{Name: name, Secret: agent.SecretRef(s)})
				} else {
					hs = append(hs, agent.Header{Name: name, Value: s})
				}
			}
			sort.Slice(hs, func(i, j int) bool { return hs[i].Name < hs[j].Name })
			a.Webhooks.PreCall.Headers = hs
		},
	}
}

// extractSecrets swaps the values of credential headers of the pre-call
// webhook, and credentials written into any address (a password, a key in
// the query), for references, so they never reach the draft.
func extractSecrets(obj httpx.Object) map[agent.SecretRef]string {
	found := httpx.ExtractURLSecrets(obj)
	headers, ok := httpx.Lookup(obj, keyPreCall, "headers")
	m, isMap := headers.(map[string]any)
	if !ok || !isMap {
		return found
	}
	for name, raw := range m {
		s, isText := raw.(string)
		if !isText || s == "" || httpx.IsSecretRef(s) || !agent.IsSecretHeader(name) {
			continue
		}
		ref := agent.NewSecretRef("webhooks.pre_call.headers." + name)
		found[ref] = s
		m[name] = string(ref)
	}
	return found
}
