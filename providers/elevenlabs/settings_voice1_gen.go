package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsVoice1 = []agent.Setting{
	// More voices
	{
		Key: "supported_voices", Wire: "conversation_config.tts.supported_voices", Kind: agent.KindItems, Label: "Supported voices",
		Help:  "Additional supported voices for the agent.",
		Items: itemsSupportedVoices,
	},
	// Voice
	{
		Key: "tts_expressive_mode", Wire: "conversation_config.tts.expressive_mode", Kind: agent.KindBool, Label: "Expressive mode", Spec: agent.FieldSpec{Default: "yes"},
		Help: "When enabled, applies expressive audio tags prompt. Automatically disabled for non-v3 models.",
	},
	{
		Key: "tts_suggested_audio_tags", Wire: "conversation_config.tts.suggested_audio_tags", Kind: agent.KindItems, Label: "Suggested audio tags",
		Help: "Suggested audio tags to boost expressive speech (for eleven v3 and eleven v3 conversational models). The agent can still use other tags not listed here.",
		Items: []agent.Setting{
			{
				Key: "tag", Wire: "tag", Kind: agent.KindText, Label: "Tag", Spec: agent.FieldSpec{MaxLen: 30},
				Help: "Audio tag to use (for best performance, 1-2 words, for example 'happy', 'excited').",
			},
			{
				Key: "description", Wire: "description", Kind: agent.KindText, Label: "Suggested audio tags description", Spec: agent.FieldSpec{MaxLen: 200},
				Help: "Optional description of when to use this tag.",
			},
		},
	},
	{
		Key: "tts_agent_output_audio_format", Wire: "conversation_config.tts.agent_output_audio_format", Kind: agent.KindChoice, Label: "Audio format sent", Spec: agent.FieldSpec{Choices: ch("pcm_8000", "PCM 8 kHz", "pcm_16000", "PCM 16 kHz", "pcm_22050", "PCM 22.05 kHz", "pcm_24000", "PCM 24 kHz", "pcm_44100", "PCM 44.1 kHz", "pcm_48000", "PCM 48 kHz", "ulaw_8000", "mu-law 8 kHz"), Closed: true, Default: "pcm_16000"},
		Help: "The sound format of the agent's voice; phone lines often need 8 kHz mu-law.",
	},
	{
		Key: "tts_optimize_streaming_latency", Wire: "conversation_config.tts.optimize_streaming_latency", Kind: agent.KindInteger, Label: "Optimize streaming latency", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(4), Default: "3"},
		Help: "Deprecated: this field is a no-op and is ignored. ElevenLabs takes 0, 1, 2, 3 or 4. ElevenLabs marks it as old.",
	},
	{
		Key: "tts_text_normalisation_type", Wire: "conversation_config.tts.text_normalisation_type", Kind: agent.KindChoice, Label: "Text normalisation", Spec: agent.FieldSpec{Choices: ch("system_prompt", "System prompt", "elevenlabs", "Elevenlabs"), Closed: true, Default: "system_prompt"},
		Help: "Who turns numbers, dates and symbols into words before they are spoken: the language model or the voice system.",
	},
	{
		Key: "tts_enable_phoneme_tags", Wire: "conversation_config.tts.enable_phoneme_tags", Kind: agent.KindBool, Label: "Enable phoneme tags", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Opt-in to SSML phoneme tag handling for V3 models. When enabled, phoneme tags (inline and from pronunciation dictionaries) are parsed into inline IPA before being sent to the model.",
	},
	{
		Key: "background_sound_crossfade_loop", Wire: "conversation_config.conversation.background_sound.crossfade_loop", Kind: agent.KindBool, Label: "Crossfade loop", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Apply a crossfade at the loop boundary to avoid audible pops when the sound loops.",
	},
	// Pronunciation dictionaries
	{
		Key: "pronunciation_dictionaries", Wire: "conversation_config.tts.pronunciation_dictionary_locators", Kind: agent.KindItems, Label: "Pronunciation dictionaries",
		Help:  "Dictionaries saved in your ElevenLabs workspace that tell the voice how to say particular words.",
		Items: itemsPronunciationDictionaries,
	},
	// Audio effects
	{
		Key: "audio_effects_filter_preset_id", Wire: "conversation_config.tts.audio_effects.filter_preset_id", Kind: agent.KindText, Label: "Filter preset ID",
		Help: "The ID of the filter preset to use, as ElevenLabs shows it.",
	},
	{
		Key: "audio_effects_distance", Wire: "conversation_config.tts.audio_effects.distance", Kind: agent.KindNumber, Label: "Distance", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1), Default: "0"},
		Help: "The distance, as ElevenLabs names it.",
	},
	{
		Key: "audio_effects_environment_id", Wire: "conversation_config.tts.audio_effects.environment_id", Kind: agent.KindText, Label: "Environment ID",
		Help: "The ID of the environment to use, as ElevenLabs shows it.",
	},
	{
		Key: "audio_effects_background_noise_id", Wire: "conversation_config.tts.audio_effects.background_noise_id", Kind: agent.KindText, Label: "Background noise ID",
		Help: "The ID of the background noise to use, as ElevenLabs shows it.",
	},
	{
		Key: "audio_effects_send_level", Wire: "conversation_config.tts.audio_effects.send_level", Kind: agent.KindNumber, Label: "Send level", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1), Default: "1"},
		Help: "The send level, as ElevenLabs names it.",
	},
	{
		Key: "audio_effects_seed", Wire: "conversation_config.tts.audio_effects.seed", Kind: agent.KindInteger, Label: "Seed",
		Help: "The seed, as ElevenLabs names it.",
	},
}
