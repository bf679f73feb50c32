package trillet

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/secretdoc"
)

func w(keys ...string) []string { return keys }

// mappedFields is the agent ⇄ Trillet mapping (reference/field-matrix.md,
// Trillet column). What is not listed stays in the native document as it
// is, notably settings.temperature: it sits next to speed and volume, so it
// may be a voice setting rather than the LLM's, and until that is known it
// is neither shown as the LLM temperature nor changed.
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

// decodeDoc reads a Trillet document (request body or GET answer) into the
// model, dropping response-only fields and swapping the own-ElevenLabs key
// for a reference.
func (c *Client) decodeDoc(doc []byte) (agent.Decoded, error) {
	// Refused before any parsing, with jsondoc's plain message.
	if err := jsondoc.Check(doc); err != nil {
		return agent.Decoded{}, err
	}
	obj, err := jsondoc.ParseOrNew(doc)
	if err != nil {
		return agent.Decoded{}, notTrillet(err.Error())
	}
	obj = unwrap(obj)
	if !looksLikeTrillet(obj) {
		return agent.Decoded{}, notTrillet("it has none of Trillet's agent fields (ttsModel, llmModel, smartCallback, phoneNumberIds, …)")
	}
	for _, k := range responseOnlyKeys {
		obj.Delete(k)
	}
	secrets := extractSecrets(obj)
	var a agent.Agent
	c.fields.Decode(obj, &a)
	native, err := jsondoc.MarshalSorted(obj)
	if err != nil {
		return agent.Decoded{}, err
	}
	return agent.Decoded{Agent: a, Native: native, Secrets: secrets}, nil
}

// encodeDoc overlays a on native (nil for a fresh draft) and returns the
// body a create or update sends.
func (c *Client) encodeDoc(a *agent.Agent, native []byte, secrets agent.SecretLookup) ([]byte, error) {
	obj, err := jsondoc.ParseOrNew(native)
	if err != nil {
		return nil, notTrillet("the draft's saved Trillet document is damaged: " + err.Error())
	}
	fresh := obj.Len() == 0
	for _, k := range responseOnlyKeys {
		obj.Delete(k)
	}
	var base agent.Agent
	c.fields.Decode(obj, &base)
	c.fields.Overlay(obj, a, &base)
	if fresh {
		fillCreateDefaults(obj)
	}
	if err := secretdoc.Resolve(obj, secrets); err != nil {
		return nil, err
	}
	return jsondoc.MarshalSorted(obj)
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

func notTrillet(why string) error {
	return &agent.ProviderError{
		Provider: ProviderID, Op: "import", Kind: agent.ErrInvalid,
		Message: "this is not a Trillet agent document: " + why,
	}
}

// unwrap accepts an agent wrapped as {"agent": {…}} or {"data": {…}}.
func unwrap(obj *jsondoc.Object) *jsondoc.Object {
	if looksLikeTrillet(obj) {
		return obj
	}
	for _, k := range []string{"agent", "data"} {
		if inner := obj.Obj(k); inner != nil && looksLikeTrillet(inner) {
			return inner
		}
	}
	return obj
}

// looksLikeTrillet wants a field only Trillet has; a name alone is not
// enough, since every provider's agent has one.
func looksLikeTrillet(obj *jsondoc.Object) bool {
	for _, k := range []string{keyTTS, keyLLM, keyCallback, keyMaxAttempts, keyGaps, keyPhones} {
		if obj.Has(k) {
			return true
		}
	}
	return false
}
