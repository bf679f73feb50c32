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
		Help: "Sets the supported voices label.",
	},
	{
		Key: "voice_id", Wire: "voice_id", Kind: agent.KindText, Label: "Voice ID",
		Help: "Sets the voice id.",
	},
	{
		Key: "description", Wire: "description", Kind: agent.KindText, Label: "Supported voices description",
		Help: "Sets the supported voices description.",
	},
	{
		Key: "language", Wire: "language", Kind: agent.KindText, Label: "Supported voices language",
		Help: "Sets the supported voices language.",
	},
	{
		Key: "model_family", Wire: "model_family", Kind: agent.KindChoice, Label: "Model family", Spec: agent.FieldSpec{Choices: ch("turbo", "Turbo", "flash", "Flash", "multilingual", "Multilingual", "v3_conversational", "V3 conversational"), Closed: true},
		Help: "Sets the model family.",
	},
	{
		Key: "optimize_streaming_latency", Wire: "optimize_streaming_latency", Kind: agent.KindInteger, Label: "Optimize streaming latency", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(4)},
		Help: "Sets the optimize streaming latency. ElevenLabs takes 0, 1, 2, 3 or 4.",
	},
	{
		Key: "stability", Wire: "stability", Kind: agent.KindNumber, Label: "Stability", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1)},
		Help: "Sets the stability.",
	},
	{
		Key: "speed", Wire: "speed", Kind: agent.KindNumber, Label: "Speed", Spec: agent.FieldSpec{Min: agent.Num(0.7), Max: agent.Num(1.2)},
		Help: "Sets the speed.",
	},
	{
		Key: "similarity_boost", Wire: "similarity_boost", Kind: agent.KindNumber, Label: "Similarity boost", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1)},
		Help: "Sets the similarity boost.",
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
