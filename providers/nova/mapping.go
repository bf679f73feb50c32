package nova

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

func w(keys ...string) []string { return keys }

// mappedFields is the agent ⇄ Nova mapping (reference/field-matrix.md, Nova
// column). Fields not listed here stay in the native document untouched.
// The language comes last because it is written into the voice and
// recogniser objects the fields before it may have created.
func mappedFields() httpx.Fields {
	return httpx.Fields{
		httpx.Text("identity.name", w(keyName), func(a *agent.Agent) *string { return &a.Identity.Name }),
		httpx.Text("identity.channel", w(keyType), func(a *agent.Agent) *string { return &a.Identity.Channel }),
		// Hard case 13: the prompt is prompt_template; llm_config.system_prompt
		// is left as the native document has it.
		httpx.Text("llm.prompt", w(keyPrompt), func(a *agent.Agent) *string { return &a.LLM.Prompt }),
		httpx.Text("llm.vendor", w(keyLLM, "provider"), func(a *agent.Agent) *string { return &a.LLM.Vendor }),
		httpx.Text("llm.model", w(keyLLM, "model"), func(a *agent.Agent) *string { return &a.LLM.Model }),
		httpx.Number("llm.temperature", w(keyLLM, "temperature"), func(a *agent.Agent) **float64 { return &a.LLM.Temperature }),
		httpx.Integer("llm.max_tokens", w(keyLLM, "max_tokens"), func(a *agent.Agent) **int { return &a.LLM.MaxTokens }),
		httpx.Number("llm.top_p", w(keyLLM, "top_p"), func(a *agent.Agent) **float64 { return &a.LLM.TopP }),

		httpx.Text("voice.vendor", w(keyVoice, "provider"), func(a *agent.Agent) *string { return &a.Voice.Vendor }),
		httpx.Text("voice.voice_id", w(keyVoice, "voice_id"), func(a *agent.Agent) *string { return &a.Voice.VoiceID }),
		httpx.Text("voice.model", w(keyVoice, "model"), func(a *agent.Agent) *string { return &a.Voice.Model }),
		httpx.Number("voice.speed", w(keyVoice, "speed"), func(a *agent.Agent) **float64 { return &a.Voice.Speed }),
		httpx.Number("voice.stability", w(keyVoice, "stability"), func(a *agent.Agent) **float64 { return &a.Voice.Stability }),
		httpx.Number("voice.similarity_boost", w(keyVoice, "similarity_boost"), func(a *agent.Agent) **float64 { return &a.Voice.SimilarityBoost }),
		httpx.Number("voice.style", w(keyVoice, "style"), func(a *agent.Agent) **float64 { return &a.Voice.Style }),
		httpx.Flag("voice.speaker_boost", w(keyVoice, "use_speaker_boost"), func(a *agent.Agent) **bool { return &a.Voice.SpeakerBoost }),
		httpx.Text("voice.background_sound", w(keyBackground, "file"), func(a *agent.Agent) *string { return &a.Voice.BackgroundSound }),
		httpx.Number("voice.background_level", w(keyBackground, "volume"), func(a *agent.Agent) **float64 { return &a.Voice.BackgroundLevel }),

		httpx.Text("speech.vendor", w(keyTranscribe, "provider"), func(a *agent.Agent) *string { return &a.Speech.Vendor }),
		httpx.Text("speech.model", w(keyTranscribe, "model"), func(a *agent.Agent) *string { return &a.Speech.Model }),
		keywordsField(),

		turnModeField(),
		httpx.Flag("turn.interrupt.enabled", w(keyExtra, "allow_interruptions"), func(a *agent.Agent) **bool { return &a.Turn.Interrupt.Enabled }),
		httpx.Number("turn.interrupt.sensitivity", w(keyExtra, "interruption_sensitivity"), func(a *agent.Agent) **float64 { return &a.Turn.Interrupt.Sensitivity }),
		httpx.Integer("turn.interrupt.min_words", w(keyExtra, "min_words"), func(a *agent.Agent) **int { return &a.Turn.Interrupt.MinWords }),
		httpx.Number("turn.vad.threshold", w(keyVAD, "activation_threshold"), func(a *agent.Agent) **float64 { return &a.Turn.VAD.Threshold }),
		httpx.Number("turn.vad.min_speech", w(keyVAD, "min_speech_duration"), func(a *agent.Agent) **float64 { return &a.Turn.VAD.MinSpeech }),
		httpx.Number("turn.vad.min_silence", w(keyVAD, "min_silence_duration"), func(a *agent.Agent) **float64 { return &a.Turn.VAD.MinSilence }),
		httpx.Number("turn.vad.prefix_padding", w(keyVAD, "prefix_padding_duration"), func(a *agent.Agent) **float64 { return &a.Turn.VAD.PrefixPadding }),
		httpx.Number("turn.initial_wait", w(keyRoom, "wait_for_message_sec"), func(a *agent.Agent) **float64 { return &a.Turn.InitialWait }),
		httpx.Number("turn.silence.remind_after", w(keyRoom, "max_silence_sec"), func(a *agent.Agent) **float64 { return &a.Turn.Silence.RemindAfter }),
		httpx.Text("turn.silence.reminder_message", w(keyRoom, "silence_message"), func(a *agent.Agent) *string { return &a.Turn.Silence.ReminderMessage }),

		greetingWhoField(),
		httpx.Text("greeting.text", w(keyGreeting, "greeting"), func(a *agent.Agent) *string { return &a.Greeting.Text }),
		httpx.Flag("greeting.generated", w(keyGreeting, "welcome_message_is_generated"), func(a *agent.Agent) **bool { return &a.Greeting.Generated }),
		httpx.Number("greeting.delay", w(keyGreeting, "pause_before_first_message"), func(a *agent.Agent) **float64 { return &a.Greeting.Delay }),
		httpx.Text("greeting.voicemail_message", w(keyGreeting, "voice_mail_message"), func(a *agent.Agent) *string { return &a.Greeting.VoicemailMessage }),
		httpx.Flag("goodbye.enabled", w(keyGoodbye, "enabled"), func(a *agent.Agent) **bool { return &a.Goodbye.Enabled }),
		httpx.Text("goodbye.message", w(keyGoodbye, "message"), func(a *agent.Agent) *string { return &a.Goodbye.Message }),

		maxDurationField(),
		httpx.Text("limits.warning_message", w(keyRoom, "duration_warning_message"), func(a *agent.Agent) *string { return &a.Limits.WarningMessage }),
		httpx.Text("limits.end_message", w(keyRoom, "close_room_message"), func(a *agent.Agent) *string { return &a.Limits.EndMessage }),

		httpx.TextList("telephony.sip_trunk_ids", w(keySIPTrunks), func(a *agent.Agent) *[]string { return &a.Telephony.SIPTrunkIDs }),

		httpx.Text("webhooks.pre_call.url", w(keyPreCall, "url"), func(a *agent.Agent) *string { return &a.Webhooks.PreCall.URL }),
		httpx.Text("webhooks.pre_call.method", w(keyPreCall, "method"), func(a *agent.Agent) *string { return &a.Webhooks.PreCall.Method }),
		httpx.Integer("webhooks.pre_call.timeout_seconds", w(keyPreCall, "timeout_seconds"), func(a *agent.Agent) **int { return &a.Webhooks.PreCall.TimeoutSeconds }),
		bodyTemplateField(),
		headersField(),

		languageField(),
	}
}

// decodeDoc reads a Nova document (request body or GET answer) into the
// model. It drops response-only fields, turns settings objects that arrived
// as placeholders into what a request carries, and swaps secret header
// values for references.
func (c *Client) decodeDoc(doc []byte) (agent.Decoded, error) {
	// Refused before any parsing, with jsondoc's plain message.
	if err := jsondoc.Check(doc); err != nil {
		return agent.Decoded{}, err
	}
	obj, err := httpx.ParseObject(doc)
	if err != nil {
		return agent.Decoded{}, notNova(err.Error())
	}
	obj = unwrap(obj)
	if !looksLikeNova(obj) {
		return agent.Decoded{}, notNova("it has none of Nova's agent fields (type, prompt_template, greeting_config, llm_config, …)")
	}
	normalize(obj)
	secrets := extractSecrets(obj)
	var a agent.Agent
	c.fields.Decode(obj, &a)
	native, err := httpx.MarshalObject(obj)
	if err != nil {
		return agent.Decoded{}, err
	}
	return agent.Decoded{Agent: a, Native: native, Secrets: secrets}, nil
}

// encodeDoc overlays a on native (nil for a fresh draft) and returns the
// one document export prints: the create fields plus the PATCH fields.
func (c *Client) encodeDoc(a *agent.Agent, native []byte, secrets agent.SecretLookup) ([]byte, error) {
	obj, err := httpx.ParseObject(native)
	if err != nil {
		return nil, notNova("the draft's saved Nova document is damaged: " + err.Error())
	}
	normalize(obj)
	var base agent.Agent
	c.fields.Decode(obj, &base)
	c.fields.Overlay(obj, a, &base)
	if _, ok := obj[keyType]; !ok {
		obj[keyType] = defaultChannel // required on create; a fresh draft has none
	}
	if err := httpx.ResolveSecrets(obj, secrets); err != nil {
		return nil, err
	}
	return httpx.MarshalObject(obj)
}

func notNova(why string) error {
	return &agent.ProviderError{Provider: ProviderID, Op: "import", Kind: agent.ErrInvalid,
		Message: "this is not a Nova agent document: " + why}
}

// unwrap accepts an agent wrapped as {"data": {…}}, which list-style answers use.
func unwrap(obj httpx.Object) httpx.Object {
	if looksLikeNova(obj) {
		return obj
	}
	if inner, ok := obj["data"].(map[string]any); ok && looksLikeNova(inner) {
		return inner
	}
	return obj
}

// looksLikeNova wants a field only Nova has; a name alone is not enough,
// since every provider's agent has one.
func looksLikeNova(obj httpx.Object) bool {
	for _, k := range append([]string{keyType, keyPrompt, keyCopyFrom, keySIPTrunks, keyFunctions}, configKeys...) {
		if _, ok := obj[k]; ok {
			return true
		}
	}
	return false
}

// normalize drops what only answers carry and reads settings objects in
// every form Nova may send them.
func normalize(obj httpx.Object) {
	for _, k := range responseOnlyKeys {
		delete(obj, k)
	}
	for _, k := range configKeys {
		v, present := obj[k]
		if !present {
			continue
		}
		if norm, ok := normalizeConfig(v); ok {
			obj[k] = norm
		} else {
			delete(obj, k)
		}
	}
}
