package trillet

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/nativedoc"
)

func w(keys ...string) []string { return keys }

// mappedFields is the agent ⇄ Trillet mapping (reference/field-matrix.md,
// Trillet column). What is not listed stays in the native document as it
// is. settings.temperature sits next to speed and volume, so it may be a
// voice setting rather than the LLM's: it is Trillet's own setting (see
// table), never shown as the LLM temperature.
func mappedFields() jsondoc.Fields[agent.Agent] {
	return jsondoc.Fields[agent.Agent]{
		jsondoc.Text("identity.name", w(keyName), func(a *agent.Agent) *string { return &a.Identity.Name }),
		languageField(),
		jsondoc.Text("llm.model", w(keyLLM), func(a *agent.Agent) *string { return &a.LLM.Model }),
		jsondoc.Text("voice.vendor", w(keyTTS, "provider"), func(a *agent.Agent) *string { return &a.Voice.Vendor }),
		jsondoc.Text("voice.voice_id", w(keyTTS, "voiceId"), func(a *agent.Agent) *string { return &a.Voice.VoiceID }),
		jsondoc.Text("voice.name", w(keyTTS, "name"), func(a *agent.Agent) *string { return &a.Voice.Name }),
		vendorKeyField(),
		jsondoc.Num("voice.speed", w(keySettings, "speed"), func(a *agent.Agent) **float64 { return &a.Voice.Speed }),
		jsondoc.Num("voice.volume", w(keySettings, "volume"), func(a *agent.Agent) **float64 { return &a.Voice.Volume }),
		callbackField(),
		jsondoc.Int("callbacks.max_attempts", w(keyMaxAttempts), func(a *agent.Agent) **int { return &a.Callbacks.MaxAttempts }),
		gapsField(),
		jsondoc.TextList("telephony.phone_number_ids", w(keyPhones), func(a *agent.Agent) *[]string { return &a.Telephony.PhoneNumberIDs }),
		variablesField(),
	}
}

// document is Trillet's agent document: an answer may wrap the agent as
// {"agent": {…}} or {"data": {…}}; response-only fields are dropped; the
// secrets are the own-ElevenLabs key and the addresses'; and a fresh draft
// gets the defaults the create requires.
func document(fields jsondoc.Fields[agent.Agent]) nativedoc.Kind {
	return nativedoc.Kind{
		Provider: ProviderID, Name: "Trillet", Fields: fields, Settings: table,
		Marks:    []string{keyTTS, keyLLM, keyCallback, keyMaxAttempts, keyGaps, keyPhones},
		Hint:     "ttsModel, llmModel, smartCallback, phoneNumberIds",
		Wrappers: []string{"agent", "data"},
		Clean: func(obj *jsondoc.Object) {
			for _, k := range responseOnlyKeys {
				obj.Delete(k)
			}
		},
		Secrets: extractSecrets,
		Complete: func(obj *jsondoc.Object, fresh bool) {
			if fresh {
				fillCreateDefaults(obj)
			}
		},
	}
}

// fillCreateDefaults gives a fresh draft's body what the create requires
// and the person left empty, using Trillet's documented defaults, and the
// type every example sends.
func fillCreateDefaults(obj *jsondoc.Object) {
	if !obj.Has(keyLLM) {
		obj.Set(keyLLM, defaultLLM)
	}
	// The default voice is a Rime voice: it is filled in only with Rime
	// (or no vendor, which then becomes Rime), never paired with another
	// vendor; Validate asks for that vendor's voice instead.
	vendor, hasVendor := jsondoc.Lookup(obj, keyTTS, "provider")
	if _, ok := jsondoc.Lookup(obj, keyTTS, "voiceId"); !ok && (!hasVendor || vendor == defaultTTSVendor) {
		jsondoc.SetPath(obj, defaultVoiceID, keyTTS, "voiceId")
		if !hasVendor {
			jsondoc.SetPath(obj, defaultTTSVendor, keyTTS, "provider")
		}
	}
	if !obj.Has(keyType) {
		obj.Set(keyType, defaultChannel)
	}
}
