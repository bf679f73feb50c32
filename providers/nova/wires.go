package nova

import "github.com/agentdeck/agentdeck/agent"

// modelWires ties each request-body path the model's fields edit (see
// mappedFields) to the model path. The language is written to the
// recogniser and the voice alike; the keywords go to key terms when the
// agent uses Deepgram Flux's.
var modelWires = []agent.WireField{
	{Wire: keyName, Path: "identity.name"},
	{Wire: keyType, Path: "identity.channel"},
	{Wire: keyPrompt, Path: "llm.prompt"},
	{Wire: keySIPTrunks, Path: "telephony.sip_trunk_ids"},

	{Wire: "extra_config.allow_interruptions", Path: "turn.interrupt.enabled"},
	{Wire: "extra_config.interruption_sensitivity", Path: "turn.interrupt.sensitivity"},
	{Wire: "extra_config.min_words", Path: "turn.interrupt.min_words"},
	{Wire: "extra_config.turn_detector_enabled", Path: "turn.mode"},
	{Wire: "goodbye_config.enabled", Path: "goodbye.enabled"},
	{Wire: "goodbye_config.message", Path: "goodbye.message"},
	{Wire: "greeting_config.agent_speaks_first", Path: "greeting.who"},
	{Wire: "greeting_config.greeting", Path: "greeting.text"},
	{Wire: "greeting_config.pause_before_first_message", Path: "greeting.delay"},
	{Wire: "greeting_config.voice_mail_message", Path: "greeting.voicemail_message"},
	{Wire: "greeting_config.welcome_message_is_generated", Path: "greeting.generated"},
	{Wire: "room_duration_config.close_room_message", Path: "limits.end_message"},
	{Wire: "room_duration_config.duration_warning_message", Path: "limits.warning_message"},
	{Wire: "room_duration_config.max_duration_min", Path: "limits.max_duration"},
	{Wire: "room_duration_config.max_silence_sec", Path: "turn.silence.remind_after"},
	{Wire: "room_duration_config.silence_message", Path: "turn.silence.reminder_message"},
	{Wire: "room_duration_config.wait_for_message_sec", Path: "turn.initial_wait"},
	{Wire: "vad_config.activation_threshold", Path: "turn.vad.threshold"},
	{Wire: "vad_config.min_silence_duration", Path: "turn.vad.min_silence"},
	{Wire: "vad_config.min_speech_duration", Path: "turn.vad.min_speech"},
	{Wire: "vad_config.prefix_padding_duration", Path: "turn.vad.prefix_padding"},

	{Wire: "llm_config.provider", Path: "llm.vendor"},
	{Wire: "llm_config.model", Path: "llm.model"},
	{Wire: "llm_config.temperature", Path: "llm.temperature"},
	{Wire: "llm_config.top_p", Path: "llm.top_p"},
	{Wire: "llm_config.max_tokens", Path: "llm.max_tokens"},

	{Wire: "voice_config.provider", Path: "voice.vendor"},
	{Wire: "voice_config.model", Path: "voice.model"},
	{Wire: "voice_config.voice_id", Path: "voice.voice_id"},
	{Wire: "voice_config.language", Path: "identity.language"},
	{Wire: "voice_config.speed", Path: "voice.speed"},
	{Wire: "voice_config.stability", Path: "voice.stability"},
	{Wire: "voice_config.similarity_boost", Path: "voice.similarity_boost"},
	{Wire: "voice_config.style", Path: "voice.style"},
	{Wire: "voice_config.use_speaker_boost", Path: "voice.speaker_boost"},

	{Wire: "transcriber_config.provider", Path: "speech.vendor"},
	{Wire: "transcriber_config.model", Path: "speech.model"},
	{Wire: "transcriber_config.language", Path: "identity.language"},
	{Wire: "transcriber_config.language_code", Path: "identity.language"},
	{Wire: "transcriber_config.keywords", Path: "speech.keywords"},
	{Wire: "transcriber_config.keyterms", Path: "speech.keywords"},

	{Wire: "background_sound.file", Path: "voice.background_sound"},
	{Wire: "background_sound.volume", Path: "voice.background_level"},

	{Wire: "precall_webhook.url", Path: "webhooks.pre_call.url"},
	{Wire: "precall_webhook.method", Path: "webhooks.pre_call.method"},
	{Wire: "precall_webhook.headers", Path: "webhooks.pre_call.headers"},
	{Wire: "precall_webhook.body_template", Path: "webhooks.pre_call.body_template"},
	{Wire: "precall_webhook.timeout_seconds", Path: "webhooks.pre_call.timeout_seconds"},
}

// wires is every documented request-body path: the model's, then each
// setting's (a list of records by its fields, as "thinking_sound[].sound").
func wires(table []agent.Setting) []agent.WireField {
	out := append([]agent.WireField(nil), modelWires...)
	for _, s := range table {
		path := agent.SettingPath(ProviderID, s.Key)
		if s.ReadOnly != "" {
			// Shown read-only in its section, so `fields` lists it once,
			// as the setting.
			out = append(out, agent.WireField{Wire: s.Wire, Path: path, ReadOnly: s.ReadOnly})
			continue
		}
		if s.Kind != agent.KindItems {
			out = append(out, agent.WireField{Wire: s.Wire, Path: path})
			continue
		}
		for _, f := range s.Items {
			out = append(out, agent.WireField{Wire: s.Wire + "[]." + f.Wire, Path: path + "[]." + f.Key})
		}
	}
	return out
}
