package forms

import "github.com/agentdeck/agentdeck/agent"

// agentSlot returns the slot of a section field (not a list item) by its
// catalogue path.
func agentSlot(path string) (slot, bool) {
	if s, ok := identityBrainVoiceSlot(path); ok {
		return s, true
	}
	if s, ok := turnSlot(path); ok {
		return s, true
	}
	return restSlot(path)
}

func identityBrainVoiceSlot(path string) (slot, bool) {
	type A = agent.Agent
	switch path {
	case "identity.name":
		return textSlot(func(a *A) *string { return &a.Identity.Name }), true
	case "identity.description":
		return textSlot(func(a *A) *string { return &a.Identity.Description }), true
	case "identity.language":
		return textSlot(func(a *A) *string { return &a.Identity.Language }), true
	case "identity.timezone":
		return textSlot(func(a *A) *string { return &a.Identity.Timezone }), true
	case "identity.tags":
		return listSlot(func(a *A) *[]string { return &a.Identity.Tags }), true
	case "identity.enabled":
		return triSlot(func(a *A) **bool { return &a.Identity.Enabled }), true
	case "identity.channel":
		return textSlot(func(a *A) *string { return &a.Identity.Channel }), true

	case "llm.vendor":
		return textSlot(func(a *A) *string { return &a.LLM.Vendor }), true
	case "llm.model":
		return textSlot(func(a *A) *string { return &a.LLM.Model }), true
	case "llm.prompt":
		return textSlot(func(a *A) *string { return &a.LLM.Prompt }), true
	case "llm.temperature":
		return floatSlot(func(a *A) **float64 { return &a.LLM.Temperature }), true
	case "llm.max_tokens":
		return intSlot(func(a *A) **int { return &a.LLM.MaxTokens }), true
	case "llm.top_p":
		return floatSlot(func(a *A) **float64 { return &a.LLM.TopP }), true
	case "llm.reasoning_effort":
		return textSlot(func(a *A) *string { return &a.LLM.ReasoningEffort }), true
	case "llm.thinking_budget":
		return intSlot(func(a *A) **int { return &a.LLM.ThinkingBudget }), true
	case "llm.endpoint":
		return textSlot(func(a *A) *string { return &a.LLM.Endpoint }), true
	case "llm.api_key":
		return secretSlot(func(a *A) *agent.SecretRef { return &a.LLM.APIKey }), true

	case "voice.vendor":
		return textSlot(func(a *A) *string { return &a.Voice.Vendor }), true
	case "voice.voice_id":
		return textSlot(func(a *A) *string { return &a.Voice.VoiceID }), true
	case "voice.name":
		return textSlot(func(a *A) *string { return &a.Voice.Name }), true
	case "voice.model":
		return textSlot(func(a *A) *string { return &a.Voice.Model }), true
	case "voice.speed":
		return floatSlot(func(a *A) **float64 { return &a.Voice.Speed }), true
	case "voice.stability":
		return floatSlot(func(a *A) **float64 { return &a.Voice.Stability }), true
	case "voice.similarity_boost":
		return floatSlot(func(a *A) **float64 { return &a.Voice.SimilarityBoost }), true
	case "voice.style":
		return floatSlot(func(a *A) **float64 { return &a.Voice.Style }), true
	case "voice.speaker_boost":
		return triSlot(func(a *A) **bool { return &a.Voice.SpeakerBoost }), true
	case "voice.volume":
		return floatSlot(func(a *A) **float64 { return &a.Voice.Volume }), true
	case "voice.vendor_key":
		return secretSlot(func(a *A) *agent.SecretRef { return &a.Voice.VendorKey }), true
	case "voice.background_sound":
		return textSlot(func(a *A) *string { return &a.Voice.BackgroundSound }), true
	case "voice.background_level":
		return floatSlot(func(a *A) **float64 { return &a.Voice.BackgroundLevel }), true

	case "speech.vendor":
		return textSlot(func(a *A) *string { return &a.Speech.Vendor }), true
	case "speech.model":
		return textSlot(func(a *A) *string { return &a.Speech.Model }), true
	case "speech.keywords":
		return listSlot(func(a *A) *[]string { return &a.Speech.Keywords }), true
	case "speech.language_switching":
		return triSlot(func(a *A) **bool { return &a.Speech.LanguageSwitching }), true
	}
	return slot{}, false
}

func turnSlot(path string) (slot, bool) {
	type A = agent.Agent
	switch path {
	case "turn.mode":
		return textSlot(func(a *A) *string { return &a.Turn.Mode }), true
	case "turn.eagerness":
		return textSlot(func(a *A) *string { return &a.Turn.Eagerness }), true
	case "turn.timeout":
		return floatSlot(func(a *A) **float64 { return &a.Turn.Timeout }), true
	case "turn.initial_wait":
		return floatSlot(func(a *A) **float64 { return &a.Turn.InitialWait }), true
	case "turn.interrupt.enabled":
		return triSlot(func(a *A) **bool { return &a.Turn.Interrupt.Enabled }), true
	case "turn.interrupt.sensitivity":
		return floatSlot(func(a *A) **float64 { return &a.Turn.Interrupt.Sensitivity }), true
	case "turn.interrupt.min_words":
		return intSlot(func(a *A) **int { return &a.Turn.Interrupt.MinWords }), true
	case "turn.interrupt.ignore_terms":
		return listSlot(func(a *A) *[]string { return &a.Turn.Interrupt.IgnoreTerms }), true
	case "turn.vad.threshold":
		return floatSlot(func(a *A) **float64 { return &a.Turn.VAD.Threshold }), true
	case "turn.vad.min_speech":
		return floatSlot(func(a *A) **float64 { return &a.Turn.VAD.MinSpeech }), true
	case "turn.vad.min_silence":
		return floatSlot(func(a *A) **float64 { return &a.Turn.VAD.MinSilence }), true
	case "turn.vad.prefix_padding":
		return floatSlot(func(a *A) **float64 { return &a.Turn.VAD.PrefixPadding }), true
	case "turn.silence.enabled":
		return triSlot(func(a *A) **bool { return &a.Turn.Silence.Enabled }), true
	case "turn.silence.remind_after":
		return floatSlot(func(a *A) **float64 { return &a.Turn.Silence.RemindAfter }), true
	case "turn.silence.reminder_message":
		return textSlot(func(a *A) *string { return &a.Turn.Silence.ReminderMessage }), true
	case "turn.silence.max_reminders":
		return intSlot(func(a *A) **int { return &a.Turn.Silence.MaxReminders }), true
	case "turn.silence.end_call":
		return triSlot(func(a *A) **bool { return &a.Turn.Silence.EndCall }), true
	case "turn.silence.end_call_after":
		return floatSlot(func(a *A) **float64 { return &a.Turn.Silence.EndCallAfter }), true
	case "turn.fillers.enabled":
		return triSlot(func(a *A) **bool { return &a.Turn.Fillers.Enabled }), true
	case "turn.fillers.after_seconds":
		return floatSlot(func(a *A) **float64 { return &a.Turn.Fillers.AfterSeconds }), true
	case "turn.fillers.phrases":
		return listSlot(func(a *A) *[]string { return &a.Turn.Fillers.Phrases }), true
	case "turn.fillers.generated":
		return triSlot(func(a *A) **bool { return &a.Turn.Fillers.Generated }), true
	case "turn.backchannel.enabled":
		return triSlot(func(a *A) **bool { return &a.Turn.Backchannel.Enabled }), true
	}
	return slot{}, false
}

func restSlot(path string) (slot, bool) {
	type A = agent.Agent
	switch path {
	case "greeting.who":
		return textSlot(func(a *A) *string { return &a.Greeting.Who }), true
	case "greeting.text":
		return textSlot(func(a *A) *string { return &a.Greeting.Text }), true
	case "greeting.generated":
		return triSlot(func(a *A) **bool { return &a.Greeting.Generated }), true
	case "greeting.delay":
		return floatSlot(func(a *A) **float64 { return &a.Greeting.Delay }), true
	case "greeting.interruptible":
		return triSlot(func(a *A) **bool { return &a.Greeting.Interruptible }), true
	case "greeting.voicemail_message":
		return textSlot(func(a *A) *string { return &a.Greeting.VoicemailMessage }), true
	case "goodbye.enabled":
		return triSlot(func(a *A) **bool { return &a.Goodbye.Enabled }), true
	case "goodbye.message":
		return textSlot(func(a *A) *string { return &a.Goodbye.Message }), true
	case "limits.max_duration":
		return intSlot(func(a *A) **int { return &a.Limits.MaxDuration }), true
	case "limits.warning_message":
		return textSlot(func(a *A) *string { return &a.Limits.WarningMessage }), true
	case "limits.end_message":
		return textSlot(func(a *A) *string { return &a.Limits.EndMessage }), true
	case "limits.concurrency":
		return intSlot(func(a *A) **int { return &a.Limits.Concurrency }), true
	case "limits.daily_calls":
		return intSlot(func(a *A) **int { return &a.Limits.DailyCalls }), true

	case "schedule.timezone":
		return textSlot(func(a *A) *string { return &a.Schedule.Timezone }), true
	case "callbacks.enabled":
		return boolSlot(func(a *A) *bool { return &a.Callbacks.Enabled }), true
	case "callbacks.max_attempts":
		return intSlot(func(a *A) **int { return &a.Callbacks.MaxAttempts }), true

	case "telephony.phone_number_ids":
		return listSlot(func(a *A) *[]string { return &a.Telephony.PhoneNumberIDs }), true
	case "telephony.sip_trunk_ids":
		return listSlot(func(a *A) *[]string { return &a.Telephony.SIPTrunkIDs }), true
	case "telephony.inbound_number":
		return textSlot(func(a *A) *string { return &a.Telephony.InboundNumber }), true
	case "telephony.machine_detection":
		return triSlot(func(a *A) **bool { return &a.Telephony.MachineDetection }), true
	}
	if s, ok := webhookSlot(path); ok {
		return s, true
	}
	return outboundSIPSlot(path)
}

func webhookSlot(path string) (slot, bool) {
	type A = agent.Agent
	var hook func(a *A) *agent.Webhook
	var leaf string
	switch {
	case cutPrefix(path, "webhooks.pre_call.", &leaf):
		hook = func(a *A) *agent.Webhook { return &a.Webhooks.PreCall }
	case cutPrefix(path, "webhooks.post_call.", &leaf):
		hook = func(a *A) *agent.Webhook { return &a.Webhooks.PostCall }
	default:
		return slot{}, false
	}
	switch leaf {
	case "url":
		return textSlot(func(a *A) *string { return &hook(a).URL }), true
	case "method":
		return textSlot(func(a *A) *string { return &hook(a).Method }), true
	case "body_template":
		return textSlot(func(a *A) *string { return &hook(a).BodyTemplate }), true
	case "timeout_seconds":
		return intSlot(func(a *A) **int { return &hook(a).TimeoutSeconds }), true
	case "id":
		return textSlot(func(a *A) *string { return &hook(a).ID }), true
	}
	return slot{}, false
}

// outboundSIPSlot reaches telephony.outbound_sip, which is nil until set;
// setting any of its fields creates it (see tidyOutboundSIP for the way back).
func outboundSIPSlot(path string) (slot, bool) {
	type A = agent.Agent
	var leaf string
	if !cutPrefix(path, "telephony.outbound_sip.", &leaf) {
		return slot{}, false
	}
	sip := func(a *A) *agent.OutboundSIP {
		if a.Telephony.OutboundSIP == nil {
			a.Telephony.OutboundSIP = &agent.OutboundSIP{}
		}
		return a.Telephony.OutboundSIP
	}
	text := func(p func(s *agent.OutboundSIP) *string) slot {
		return slot{
			get: func(a *A) string {
				if a.Telephony.OutboundSIP == nil {
					return ""
				}
				return *p(a.Telephony.OutboundSIP)
			},
			set: func(a *A, v string) error { *p(sip(a)) = v; return nil },
		}
	}
	switch leaf {
	case "server":
		return text(func(s *agent.OutboundSIP) *string { return &s.Server }), true
	case "auth_user":
		return text(func(s *agent.OutboundSIP) *string { return &s.AuthUser }), true
	case "domain":
		return text(func(s *agent.OutboundSIP) *string { return &s.Domain }), true
	case "from_user":
		return text(func(s *agent.OutboundSIP) *string { return &s.FromUser }), true
	case "display_name":
		return text(func(s *agent.OutboundSIP) *string { return &s.DisplayName }), true
	case "transport":
		return text(func(s *agent.OutboundSIP) *string { return &s.Transport }), true
	case "password":
		return slot{
			get: func(*A) string { return "" },
			set: func(*A, string) error { return nil },
			secret: func(a *A) *agent.SecretRef {
				if a.Telephony.OutboundSIP == nil {
					return nil
				}
				return &a.Telephony.OutboundSIP.Password
			},
		}, true
	}
	return slot{}, false
}

// tidyOutboundSIP drops an outbound SIP account left with nothing in it, so
// clearing every field returns the draft to "not set".
func tidyOutboundSIP(a *agent.Agent) {
	if s := a.Telephony.OutboundSIP; s != nil && *s == (agent.OutboundSIP{}) {
		a.Telephony.OutboundSIP = nil
	}
}

func cutPrefix(s, prefix string, rest *string) bool {
	if len(s) > len(prefix) && s[:len(prefix)] == prefix {
		*rest = s[len(prefix):]
		return true
	}
	return false
}
