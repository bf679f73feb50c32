package nova

import (
	"sort"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/secretdoc"
)

// The mappings below are not one model value at one place: they convert
// units or shapes, or write one value to several places.

// maxDurationField: the model counts seconds, Nova whole minutes
// (room_duration_config.max_duration_min). Seconds are rounded up, so a call
// is never cut shorter than asked; Validate warns when that happens.
func maxDurationField() jsondoc.Field[agent.Agent] {
	return jsondoc.Field[agent.Agent]{
		Path: "limits.max_duration", Wire: w(keyRoom, "max_duration_min"),
		Get: func(a *agent.Agent) any {
			if a.Limits.MaxDuration == nil {
				return nil
			}
			return jsondoc.IntegerValue(minutesFor(*a.Limits.MaxDuration))
		},
		Set: func(a *agent.Agent, v any) {
			if m, ok := jsondoc.Integer(v); ok {
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

// keywordsField: transcriber_config.keywords (Deepgram v1), or keyterms
// (Deepgram Flux) when the document uses those.
func keywordsField() jsondoc.Field[agent.Agent] {
	f := jsondoc.TextList("speech.keywords", w(keyTranscribe, "keywords"), func(a *agent.Agent) *[]string { return &a.Speech.Keywords })
	f.Read = func(doc *jsondoc.Object) (any, bool) {
		return jsondoc.Lookup(doc, keyTranscribe, keywordsKey(doc))
	}
	f.Write = func(doc *jsondoc.Object, v any) { jsondoc.SetPath(doc, v, keyTranscribe, keywordsKey(doc)) }
	return f
}

func keywordsKey(doc *jsondoc.Object) string {
	_, hasKeywords := jsondoc.Lookup(doc, keyTranscribe, "keywords")
	if _, hasKeyterms := jsondoc.Lookup(doc, keyTranscribe, "keyterms"); hasKeyterms && !hasKeywords {
		return "keyterms"
	}
	return "keywords"
}

// languageField: Nova keeps the language twice, in transcriber_config
// (language, or the legacy language_code) and in voice_config.language;
// which one wins is undocumented. It is read from the recogniser first and
// written to each settings object that exists.
func languageField() jsondoc.Field[agent.Agent] {
	return jsondoc.Field[agent.Agent]{
		Path: "identity.language", Wire: w(keyTranscribe, "language"), Cleared: "",
		Get: func(a *agent.Agent) any {
			if a.Identity.Language == "" {
				return nil
			}
			return a.Identity.Language
		},
		Set: func(a *agent.Agent, v any) {
			if s, ok := jsondoc.String(v); ok {
				a.Identity.Language = s
			}
		},
		Read: func(doc *jsondoc.Object) (any, bool) {
			for _, at := range [][]string{{keyTranscribe, "language"}, {keyTranscribe, "language_code"}, {keyVoice, "language"}} {
				if v, ok := jsondoc.Lookup(doc, at...); ok && v != nil && v != "" {
					return v, true
				}
			}
			return nil, false
		},
		Write: func(doc *jsondoc.Object, v any) {
			tc := doc.Obj(keyTranscribe)
			if tc != nil {
				if tc.Has("language_code") && !tc.Has("language") {
					tc.Set("language_code", v)
				} else {
					tc.Set("language", v)
				}
			}
			if vc := doc.Obj(keyVoice); vc != nil && (vc.Has("language") || tc == nil) {
				vc.Set("language", v)
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
func bodyTemplateField() jsondoc.Field[agent.Agent] {
	return jsondoc.Field[agent.Agent]{
		Path: "webhooks.pre_call.body_template", Wire: w(keyPreCall, "body_template"),
		Get: func(a *agent.Agent) any {
			text := a.Webhooks.PreCall.BodyTemplate
			if text == "" {
				return nil
			}
			if obj, err := jsondoc.ParseOrNew([]byte(text)); err == nil {
				return obj
			}
			return text // not an object: Validate refuses it before a push
		},
		Set: func(a *agent.Agent, v any) {
			// Written compactly with sorted keys, as it always has been.
			if obj, ok := v.(*jsondoc.Object); ok {
				if text := jsondoc.CompactSorted(obj); text != "" {
					a.Webhooks.PreCall.BodyTemplate = text
				}
			}
		},
	}
}

// headersField: precall_webhook.headers is a map of name to value; the model
// keeps a list sorted by name, with secret values as references.
func headersField() jsondoc.Field[agent.Agent] {
	return jsondoc.Field[agent.Agent]{
		Path: "webhooks.pre_call.headers", Wire: w(keyPreCall, "headers"), Cleared: jsondoc.NewObject(),
		Get: func(a *agent.Agent) any {
			hs := a.Webhooks.PreCall.Headers
			if len(hs) == 0 {
				return nil
			}
			out := jsondoc.NewObject()
			for _, h := range hs {
				out.Set(h.Name, h.Written())
			}
			return out
		},
		Set: func(a *agent.Agent, v any) {
			m, ok := v.(*jsondoc.Object)
			if !ok {
				return
			}
			hs := make([]agent.Header, 0, m.Len())
			for _, name := range m.Keys() {
				s, ok := jsondoc.String(m.Value(name))
				if !ok {
					return // a value that is not text: keep the document's map as it is
				}
				if agent.IsRefShape(s) {
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
func extractSecrets(obj *jsondoc.Object) map[agent.SecretRef]string {
	found := secretdoc.ExtractURLs(obj)
	headers, ok := jsondoc.Lookup(obj, keyPreCall, "headers")
	m, isMap := headers.(*jsondoc.Object)
	if !ok || !isMap {
		return found
	}
	for _, name := range m.Keys() {
		s, isText := jsondoc.String(m.Value(name))
		if !isText || s == "" || agent.IsRefShape(s) || !agent.IsSecretHeader(name) {
			continue
		}
		ref := agent.NewSecretRef("webhooks.pre_call.headers." + name)
		found[ref] = s
		m.Set(name, string(ref))
	}
	return found
}
