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

// rowsTransferNumbers are rows that more than one list setting holds in a row.
var rowsTransferNumbers = []agent.Setting{
	{
		Key: "sip_refer_play_dialtone", Wire: "sip_refer_play_dialtone", Kind: agent.KindBool, Label: "SIP refer play dialtone", Spec: agent.FieldSpec{Default: "yes"},
		Help: "When True, a ringing tone is played on the original call leg while a SIP REFER transfer completes. The tone is carried over RTP to the SIP peer executing the REFER, so disable this if the receiving system (for example an SBC or contact center) should not hear it. When disabled the caller hears silence until the transfer completes. SIP REFER transfers only.",
	},
	{
		Key: "uui_data", Wire: "uui.data", Kind: agent.KindText, Label: "UUI data", Spec: agent.FieldSpec{MaxLen: 8192},
		Help: "UUI payload to send on SIP REFER transfers. Supports inline dynamic variables and is hex-encoded at transfer time.",
	},
	{
		Key: "uui_protocol_discriminator", Wire: "uui.protocol_discriminator", Kind: agent.KindText, Label: "Protocol discriminator", Spec: agent.FieldSpec{Pattern: "^[0-9A-Fa-f]{2}$", PatternHint: "two hexadecimal digits, like 04"},
		Help: "Optional one-octet protocol discriminator (two hex digits, for example '00'). Required by platforms such as Genesys Cloud, which otherwise strip the first octet of the payload. Leave unset for platforms like Talkdesk that expect a bare hex payload.",
	},
	{
		Key: "uui_protocol_discriminator_mode", Wire: "uui.protocol_discriminator_mode", Kind: agent.KindChoice, Label: "Protocol discriminator mode", Spec: agent.FieldSpec{Choices: ch("prefix", "Prefix", "pd_parameter", "Pd parameter"), Closed: true, Default: "prefix"},
		Help: "How to attach protocol discriminator. 'prefix' prepends the octet to the hex payload (User-to-User=XX<hex>;encoding=hex). 'pd parameter' sends it as a separate parameter (User-to-User=<hex>;pd=XX;encoding=hex). Ignored when protocol discriminator is unset.",
	},
	{
		Key: "post_dial_digits_type", Wire: "post_dial_digits.type", Kind: agent.KindChoice, Label: "Post dial digits type", Spec: agent.FieldSpec{Choices: ch("static", "Static", "dynamic", "Dynamic"), Closed: true, Default: "static"},
		Help: "Which kind of post dial digits this is.",
	},
	{
		Key: "post_dial_digits_value", Wire: "post_dial_digits.value", Kind: agent.KindText, Label: "Post dial digits value", Spec: agent.FieldSpec{Pattern: "^[0-9*#wW]*$", PatternHint: "digits, *, # and w for a pause"},
		Help: "DTMF digits to send after call connects (for example 'ww1234' for extension).",
	},
	{
		Key: "phone_number", Wire: "phone_number", Kind: agent.KindText, Label: "Phone number",
		Help: "The phone number, as ElevenLabs names it. ElevenLabs marks it as old.",
	},
}

// rowsInlineTools are rows that more than one list setting holds in a row.
var rowsInlineTools = []agent.Setting{
	{
		Key: "disable_interruptions", Wire: "disable_interruptions", Kind: agent.KindBool, Label: "Disable interruptions", Spec: agent.FieldSpec{Default: "no"},
		Help: "Use interruption mode instead. If true, the user will not be able to interrupt the agent while this tool is running. ElevenLabs marks it as old.",
	},
	{
		Key: "interruption_mode", Wire: "interruption_mode", Kind: agent.KindChoice, Label: "Interruption mode", Spec: agent.FieldSpec{Choices: ch("allow", "Allow", "disable_during_tool", "Disable during tool", "disable_during_tool_and_turn", "Disable during tool and turn"), Closed: true, Default: "allow"},
		Help: "Controls whether the user can interrupt the agent around this tool call. 'allow' (default) lets the user interrupt at any time, 'disable during tool' suppresses interruptions only while the tool is running, 'disable during tool and turn' suppresses interruptions while the tool runs and for the agent response that follows it.",
	},
	{
		Key: "force_pre_tool_speech", Wire: "force_pre_tool_speech", Kind: agent.KindBool, Label: "Force pre tool speech", Spec: agent.FieldSpec{Default: "no"},
		Help: "Use pre tool speech instead. If true, the agent will speak before the tool call. ElevenLabs marks it as old.",
	},
	{
		Key: "pre_tool_speech", Wire: "pre_tool_speech", Kind: agent.KindChoice, Label: "Pre tool speech", Spec: agent.FieldSpec{Choices: ch("auto", "Auto", "force", "Force", "off", "Off"), Closed: true, Default: "auto"},
		Help: "Controls whether the agent speaks before this tool is called. 'auto' (default) decides based on recent tool latency, 'force' always asks the agent to speak, 'off' fully opts out regardless of latency.",
	},
	{
		Key: "assignments", Wire: "assignments", Kind: agent.KindItems, Label: "Assignments",
		Help:  "Configuration for extracting values from tool responses and assigning them to dynamic variables.",
		Items: itemsAssignments,
	},
	{
		Key: "tool_call_sound", Wire: "tool_call_sound", Kind: agent.KindChoice, Label: "Tool call sound", Spec: agent.FieldSpec{Choices: ch("typing", "Typing", "elevator1", "Elevator1", "elevator2", "Elevator2", "elevator3", "Elevator3", "elevator4", "Elevator4"), Closed: true},
		Help: "Predefined tool call sound type to play during tool execution. If not specified, no tool call sound will be played.",
	},
	{
		Key: "tool_call_sound_behavior", Wire: "tool_call_sound_behavior", Kind: agent.KindChoice, Label: "Tool call sound behavior", Spec: agent.FieldSpec{Choices: ch("auto", "Auto", "always", "Always"), Closed: true, Default: "auto"},
		Help: "Determines when the tool call sound should play. 'auto' only plays when there's pre-tool speech, 'always' plays for every tool call.",
	},
	{
		Key: "tool_error_handling_mode", Wire: "tool_error_handling_mode", Kind: agent.KindChoice, Label: "Tool error handling mode", Spec: agent.FieldSpec{Choices: ch("auto", "Auto", "summarized", "Summarized", "passthrough", "Passthrough", "hide", "Hide"), Closed: true, Default: "auto"},
		Help: "Controls how tool errors are processed before being shared with the agent. 'auto' determines handling based on tool type (summarized for native integrations, hide for others), 'summarized' sends an LLM-generated summary, 'passthrough' sends the raw error, 'hide' does not share the error with the agent.",
	},
}
