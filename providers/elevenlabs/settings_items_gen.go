package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py: the fields of records
// that more than one list setting holds.

import "github.com/agentdeck/agentdeck/agent"

var itemsAssignments = []agent.Setting{
	{
		Key: "source", Wire: "source", Kind: agent.KindChoice, Label: "Assignments source", Spec: agent.FieldSpec{Choices: ch("response", "Response"), Closed: true, Default: "response"},
		Help: "The source to extract the value from. Currently only 'response' is supported.",
	},
	{
		Key: "dynamic_variable", Wire: "dynamic_variable", Kind: agent.KindText, Label: "Dynamic variable",
		Help: "The name of the dynamic variable to assign the extracted value to.",
	},
	{
		Key: "value_path", Wire: "value_path", Kind: agent.KindText, Label: "Value path",
		Help: "Dot notation path to extract the value from the source (for example 'user name' or 'data 0 id').",
	},
	{
		Key: "sanitize", Wire: "sanitize", Kind: agent.KindBool, Label: "Sanitize", Spec: agent.FieldSpec{Default: "no"},
		Help: "If true, this assignment's value will be removed from the tool response before sending to the LLM and transcript, but still processed for variable assignment.",
	},
	{
		Key: "preserve_native_type", Wire: "preserve_native_type", Kind: agent.KindBool, Label: "Preserve native type", Spec: agent.FieldSpec{Default: "no"},
		Help: "If true, non-scalar values (lists, objects) extracted from the tool response are stored as their native type instead of being stringified to JSON. Enable this to use extracted arrays directly as list dynamic variables.",
	},
}

var itemsSupportedVoices = []agent.Setting{
	{
		Key: "label", Wire: "label", Kind: agent.KindText, Label: "Supported voices label",
		Help: "The supported voices label, as ElevenLabs names it.",
	},
	{
		Key: "voice_id", Wire: "voice_id", Kind: agent.KindText, Label: "Voice ID",
		Help: "The ID of the voice to use, as ElevenLabs shows it.",
	},
	{
		Key: "description", Wire: "description", Kind: agent.KindText, Label: "Supported voices description",
		Help: "The supported voices description, as ElevenLabs names it.",
	},
	{
		Key: "language", Wire: "language", Kind: agent.KindText, Label: "Supported voices language",
		Help: "The supported voices language, as ElevenLabs names it.",
	},
	{
		Key: "model_family", Wire: "model_family", Kind: agent.KindChoice, Label: "Model family", Spec: agent.FieldSpec{Choices: ch("turbo", "Turbo", "flash", "Flash", "multilingual", "Multilingual", "v3_conversational", "V3 conversational"), Closed: true},
		Help: "The model family, as ElevenLabs names it.",
	},
	{
		Key: "optimize_streaming_latency", Wire: "optimize_streaming_latency", Kind: agent.KindInteger, Label: "Optimize streaming latency", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(4)},
		Help: "The optimize streaming latency, as ElevenLabs names it. ElevenLabs takes 0, 1, 2, 3 or 4.",
	},
	{
		Key: "stability", Wire: "stability", Kind: agent.KindNumber, Label: "Stability", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1)},
		Help: "The stability, as ElevenLabs names it.",
	},
	{
		Key: "speed", Wire: "speed", Kind: agent.KindNumber, Label: "Speed", Spec: agent.FieldSpec{Min: agent.Num(0.7), Max: agent.Num(1.2)},
		Help: "The speed, as ElevenLabs names it.",
	},
	{
		Key: "similarity_boost", Wire: "similarity_boost", Kind: agent.KindNumber, Label: "Similarity boost", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1)},
		Help: "The similarity boost, as ElevenLabs names it.",
	},
}

var itemsPronunciationDictionaries = []agent.Setting{
	{
		Key: "pronunciation_dictionary_id", Wire: "pronunciation_dictionary_id", Kind: agent.KindText, Label: "Pronunciation dictionary ID",
		Help: "The ID of the pronunciation dictionary.",
	},
	{
		Key: "version_id", Wire: "version_id", Kind: agent.KindText, Label: "Version ID",
		Help: "The ID of the version of the pronunciation dictionary.",
	},
}

var itemsWidgetMarkdownLinkAllowedHosts = []agent.Setting{
	{
		Key: "hostname", Wire: "hostname", Kind: agent.KindText, Label: "Hostname",
		Help: "The hostname of the allowed origin.",
	},
}
