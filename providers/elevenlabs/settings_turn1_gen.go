package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsTurn1 = []agent.Setting{
	// Turn-taking
	{
		Key: "turn_spelling_patience", Wire: "conversation_config.turn.spelling_patience", Kind: agent.KindChoice, Label: "Patience while spelling", Spec: agent.FieldSpec{Choices: ch("auto", "Auto", "off", "Off"), Closed: true, Default: "auto"},
		Help: "How long the agent waits while the caller spells something out, like an email address.",
	},
	{
		Key: "turn_speculative_turn", Wire: "conversation_config.turn.speculative_turn", Kind: agent.KindBool, Label: "Start replying early", Spec: agent.FieldSpec{Default: "no"},
		Help: "When on, the agent starts preparing a reply before the caller has clearly finished, which makes answers quicker.",
	},
	{
		Key: "turn_retranscribe_on_turn_timeout", Wire: "conversation_config.turn.retranscribe_on_turn_timeout", Kind: agent.KindBool, Label: "Retranscribe on turn timeout", Spec: agent.FieldSpec{Default: "no"},
		Help: "When enabled, if VAD detects no speech, attempts to re-transcribe accumulated audio at turn timeout. Disables silence discount billing for affected turns.",
	},
	{
		Key: "turn_model", Wire: "conversation_config.turn.turn_model", Kind: agent.KindChoice, Label: "Turn model", Spec: agent.FieldSpec{Choices: ch("turn_v2", "Turn v2", "turn_v3", "Turn v3"), Closed: true, Default: "turn_v3"},
		Help: "Which model decides when the caller has finished speaking.",
	},
	{
		Key: "turn_interruption_ignore_term_languages", Wire: "conversation_config.turn.interruption_ignore_term_languages", Kind: agent.KindList, Label: "Interruption ignore term languages",
		Help: "Language codes for which preset ignore-term categories have been activated. Stored explicitly so display is not inferred from term overlap.",
	},
	{
		Key: "turn_merge_with_default_ignore_terms", Wire: "conversation_config.turn.merge_with_default_ignore_terms", Kind: agent.KindBool, Label: "Merge with default ignore terms", Spec: agent.FieldSpec{Default: "no"},
		Help: "When enabled, the curated default terms for interruption ignore term languages are used in addition to interruption ignore terms.",
	},
	{
		Key: "turn_transcribe_on_disabled_interruptions", Wire: "conversation_config.turn.transcribe_on_disabled_interruptions", Kind: agent.KindBool, Label: "Transcribe on disabled interruptions", Spec: agent.FieldSpec{Default: "no"},
		Help: "When interruptions are disabled, still transcribe what the user says so it can carry into the next turn. When off, user speech during a non-interruptible turn is ignored and won't trigger a turn.",
	},
	// Fillers while thinking
	{
		Key: "soft_timeout_randomize_fillers", Wire: "conversation_config.turn.soft_timeout_config.randomize_fillers", Kind: agent.KindBool, Label: "Randomize fillers", Spec: agent.FieldSpec{Default: "no"},
		Help: "If enabled, shuffle the order of static soft timeout messages once at the start of each turn. Only applies when use llm generated message is false.",
	},
	{
		Key: "soft_timeout_max_soft_timeouts_per_generation", Wire: "conversation_config.turn.soft_timeout_config.max_soft_timeouts_per_generation", Kind: agent.KindInteger, Label: "Maximum soft timeouts per generation", Spec: agent.FieldSpec{Min: agent.Num(1), Max: agent.Num(8), Default: "1"},
		Help: "Maximum filler messages while waiting for a single LLM response. Fires every timeout seconds until the LLM streams content or this limit is reached.",
	},
	{
		Key: "soft_timeout_llm_generated_message_prompt_override", Wire: "conversation_config.turn.soft_timeout_config.llm_generated_message_prompt_override", Kind: agent.KindText, Label: "LLM generated message prompt override", Spec: agent.FieldSpec{MaxLen: 1000},
		Help: "Custom prompt for generating the soft timeout filler message when use llm generated message is enabled. Recent conversation context is provided as a separate user message. If not set, the default prompt will be used. Supports dynamic variables (for example system__time, custom variable).",
	},
	{
		Key: "soft_timeout_disable_until_first_user_message", Wire: "conversation_config.turn.soft_timeout_config.disable_until_first_user_message", Kind: agent.KindBool, Label: "Disable until first user message", Spec: agent.FieldSpec{Default: "no"},
		Help: "When true, soft timeout fillers are suppressed until the conversation has at least one real user message. Prevents fillers during the agent's opening turn (for example workflow generate-immediately / tool calls before the user speaks).",
	},
	// Keypad input
	{
		Key: "keypad_dtmf_input_timeout", Wire: "conversation_config.conversation.dtmf_input_settings.dtmf_input_timeout", Kind: agent.KindNumber, Label: "Keypad input timeout", Spec: agent.FieldSpec{Min: agent.Num(0.5), Max: agent.Num(10), Default: "2"},
		Help: "Timeout in seconds to wait for additional DTMF digits.",
	},
	{
		Key: "keypad_hash_terminator", Wire: "conversation_config.conversation.dtmf_input_settings.hash_terminator", Kind: agent.KindBool, Label: "Hash terminator", Spec: agent.FieldSpec{Default: "yes"},
		Help: "If true, pressing # immediately completes DTMF input.",
	},
	{
		Key: "keypad_redact_input", Wire: "conversation_config.conversation.dtmf_input_settings.redact_input", Kind: agent.KindBool, Label: "Redact input", Spec: agent.FieldSpec{Default: "no"},
		Help: "If true, replace the caller's DTMF (keypad) entries with a redaction marker in the transcript, conversation log and analysis. Digits the agent repeats back or passes to a tool are not affected.",
	},
	// Voice activity
	{
		Key: "vad_background_voice_detection", Wire: "conversation_config.vad.background_voice_detection", Kind: agent.KindBool, Label: "Background voice detection", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to use background voice filtering.",
	},
}
