package nova

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/nativedoc"
)

func w(keys ...string) []string { return keys }

// mappedFields is the agent ⇄ Nova mapping (reference/field-matrix.md, Nova
// column). Fields not listed here stay in the native document untouched.
// The language comes last because it is written into the voice and
// recogniser objects the fields before it may have created.
func mappedFields() jsondoc.Fields[agent.Agent] {
	return jsondoc.Fields[agent.Agent]{
		jsondoc.Text("identity.name", w(keyName), func(a *agent.Agent) *string { return &a.Identity.Name }),
		jsondoc.Text("identity.channel", w(keyType), func(a *agent.Agent) *string { return &a.Identity.Channel }),
		// Hard case 13: the prompt is prompt_template; llm_config.system_prompt
		// is left as the native document has it.
		jsondoc.Text("llm.prompt", w(keyPrompt), func(a *agent.Agent) *string { return &a.LLM.Prompt }),
		jsondoc.Text("llm.vendor", w(keyLLM, "provider"), func(a *agent.Agent) *string { return &a.LLM.Vendor }),
		jsondoc.Text("llm.model", w(keyLLM, "model"), func(a *agent.Agent) *string { return &a.LLM.Model }),
		jsondoc.Num("llm.temperature", w(keyLLM, "temperature"), func(a *agent.Agent) **float64 { return &a.LLM.Temperature }),
		jsondoc.Int("llm.max_tokens", w(keyLLM, "max_tokens"), func(a *agent.Agent) **int { return &a.LLM.MaxTokens }),
		jsondoc.Num("llm.top_p", w(keyLLM, "top_p"), func(a *agent.Agent) **float64 { return &a.LLM.TopP }),

		jsondoc.Text("voice.vendor", w(keyVoice, "provider"), func(a *agent.Agent) *string { return &a.Voice.Vendor }),
		jsondoc.Text("voice.voice_id", w(keyVoice, "voice_id"), func(a *agent.Agent) *string { return &a.Voice.VoiceID }),
		jsondoc.Text("voice.model", w(keyVoice, "model"), func(a *agent.Agent) *string { return &a.Voice.Model }),
		jsondoc.Num("voice.speed", w(keyVoice, "speed"), func(a *agent.Agent) **float64 { return &a.Voice.Speed }),
		jsondoc.Num("voice.stability", w(keyVoice, "stability"), func(a *agent.Agent) **float64 { return &a.Voice.Stability }),
		jsondoc.Num("voice.similarity_boost", w(keyVoice, "similarity_boost"), func(a *agent.Agent) **float64 { return &a.Voice.SimilarityBoost }),
		jsondoc.Num("voice.style", w(keyVoice, "style"), func(a *agent.Agent) **float64 { return &a.Voice.Style }),
		jsondoc.Flag("voice.speaker_boost", w(keyVoice, "use_speaker_boost"), func(a *agent.Agent) **bool { return &a.Voice.SpeakerBoost }),
		jsondoc.Text("voice.background_sound", w(keyBackground, "file"), func(a *agent.Agent) *string { return &a.Voice.BackgroundSound }),
		jsondoc.Num("voice.background_level", w(keyBackground, "volume"), func(a *agent.Agent) **float64 { return &a.Voice.BackgroundLevel }),

		jsondoc.Text("speech.vendor", w(keyTranscribe, "provider"), func(a *agent.Agent) *string { return &a.Speech.Vendor }),
		jsondoc.Text("speech.model", w(keyTranscribe, "model"), func(a *agent.Agent) *string { return &a.Speech.Model }),
		keywordsField(),

		// "turn": a model decides when the caller has finished; "silence": a pause does.
		jsondoc.Either("turn.mode", w(keyExtra, "turn_detector_enabled"), func(a *agent.Agent) *string { return &a.Turn.Mode }, "turn", "silence"),
		jsondoc.Flag("turn.interrupt.enabled", w(keyExtra, "allow_interruptions"), func(a *agent.Agent) **bool { return &a.Turn.Interrupt.Enabled }),
		jsondoc.Num("turn.interrupt.sensitivity", w(keyExtra, "interruption_sensitivity"), func(a *agent.Agent) **float64 { return &a.Turn.Interrupt.Sensitivity }),
		jsondoc.Int("turn.interrupt.min_words", w(keyExtra, "min_words"), func(a *agent.Agent) **int { return &a.Turn.Interrupt.MinWords }),
		jsondoc.Num("turn.vad.threshold", w(keyVAD, "activation_threshold"), func(a *agent.Agent) **float64 { return &a.Turn.VAD.Threshold }),
		jsondoc.Num("turn.vad.min_speech", w(keyVAD, "min_speech_duration"), func(a *agent.Agent) **float64 { return &a.Turn.VAD.MinSpeech }),
		jsondoc.Num("turn.vad.min_silence", w(keyVAD, "min_silence_duration"), func(a *agent.Agent) **float64 { return &a.Turn.VAD.MinSilence }),
		jsondoc.Num("turn.vad.prefix_padding", w(keyVAD, "prefix_padding_duration"), func(a *agent.Agent) **float64 { return &a.Turn.VAD.PrefixPadding }),
		jsondoc.Num("turn.initial_wait", w(keyRoom, "wait_for_message_sec"), func(a *agent.Agent) **float64 { return &a.Turn.InitialWait }),
		jsondoc.Num("turn.silence.remind_after", w(keyRoom, "max_silence_sec"), func(a *agent.Agent) **float64 { return &a.Turn.Silence.RemindAfter }),
		jsondoc.Text("turn.silence.reminder_message", w(keyRoom, "silence_message"), func(a *agent.Agent) *string { return &a.Turn.Silence.ReminderMessage }),

		jsondoc.Either("greeting.who", w(keyGreeting, "agent_speaks_first"), func(a *agent.Agent) *string { return &a.Greeting.Who }, "agent", "user"),
		jsondoc.Text("greeting.text", w(keyGreeting, "greeting"), func(a *agent.Agent) *string { return &a.Greeting.Text }),
		jsondoc.Flag("greeting.generated", w(keyGreeting, "welcome_message_is_generated"), func(a *agent.Agent) **bool { return &a.Greeting.Generated }),
		jsondoc.Num("greeting.delay", w(keyGreeting, "pause_before_first_message"), func(a *agent.Agent) **float64 { return &a.Greeting.Delay }),
		jsondoc.Text("greeting.voicemail_message", w(keyGreeting, "voice_mail_message"), func(a *agent.Agent) *string { return &a.Greeting.VoicemailMessage }),
		jsondoc.Flag("goodbye.enabled", w(keyGoodbye, "enabled"), func(a *agent.Agent) **bool { return &a.Goodbye.Enabled }),
		jsondoc.Text("goodbye.message", w(keyGoodbye, "message"), func(a *agent.Agent) *string { return &a.Goodbye.Message }),

		maxDurationField(),
		jsondoc.Text("limits.warning_message", w(keyRoom, "duration_warning_message"), func(a *agent.Agent) *string { return &a.Limits.WarningMessage }),
		jsondoc.Text("limits.end_message", w(keyRoom, "close_room_message"), func(a *agent.Agent) *string { return &a.Limits.EndMessage }),

		jsondoc.TextList("telephony.sip_trunk_ids", w(keySIPTrunks), func(a *agent.Agent) *[]string { return &a.Telephony.SIPTrunkIDs }),

		jsondoc.Text("webhooks.pre_call.url", w(keyPreCall, "url"), func(a *agent.Agent) *string { return &a.Webhooks.PreCall.URL }),
		jsondoc.Text("webhooks.pre_call.method", w(keyPreCall, "method"), func(a *agent.Agent) *string { return &a.Webhooks.PreCall.Method }),
		jsondoc.Int("webhooks.pre_call.timeout_seconds", w(keyPreCall, "timeout_seconds"), func(a *agent.Agent) **int { return &a.Webhooks.PreCall.TimeoutSeconds }),
		bodyTemplateField(),
		headersField(),

		languageField(),
	}
}

// document is Nova's agent document: an answer may wrap the agent as
// {"data": {…}}; settings objects are read in every form Nova may send them
// (normalize); the secrets are the pre-call headers' and the addresses'; and
// the channel type the create requires is filled in when missing.
func document(fields jsondoc.Fields[agent.Agent]) nativedoc.Kind {
	return nativedoc.Kind{
		Provider: ProviderID, Name: "Nova", Fields: fields, Settings: table,
		Marks:    append([]string{keyType, keyPrompt, keyCopyFrom, keySIPTrunks, keyFunctions}, configKeys...),
		Hint:     "type, prompt_template, greeting_config, llm_config",
		Wrappers: []string{"data"},
		Clean:    normalize,
		Secrets:  extractSecrets,
		Complete: func(obj *jsondoc.Object, _ bool) {
			if !obj.Has(keyType) {
				obj.Set(keyType, defaultChannel) // required on create; a fresh draft has none
			}
		},
	}
}

// normalize drops what only answers carry and reads settings objects in
// every form Nova may send them.
func normalize(obj *jsondoc.Object) {
	for _, k := range responseOnlyKeys {
		obj.Delete(k)
	}
	for _, k := range configKeys {
		v, present := obj.Get(k)
		if !present {
			continue
		}
		if norm, ok := normalizeConfig(v); ok {
			obj.Set(k, norm)
		} else {
			obj.Delete(k)
		}
	}
}
