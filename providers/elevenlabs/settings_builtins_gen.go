package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py: the settings of the
// built-in tools, those they share written once (builtinTables
// gives each tool its copy).

import "github.com/agentdeck/agentdeck/agent"

// builtinSlots are the built-in tools, in the order they are shown.
var builtinSlots = []string{"end_call", "language_detection", "transfer_to_agent", "transfer_to_number", "skip_turn", "play_keypad_touch_tone", "voicemail_detection"}

// builtinCommon are the settings every built-in tool has, their
// keys and paths relative to the tool.
var builtinCommon = joinRows(
	[]agent.Setting{
		{
			Key: "type", Wire: "type", Kind: agent.KindChoice, Label: "Transfer to agent type", ReadOnly: "a built-in tool is always of the system type",
			Help: "The type of tool.",
		},
		{
			Key: "name", Wire: "name", Kind: agent.KindText, Label: "Transfer to agent name", Spec: agent.FieldSpec{Pattern: "^[a-zA-Z0-9_-]{1,64}$", PatternHint: "up to 64 letters, digits, _ and -"},
			Help: "The transfer to agent name, as ElevenLabs names it.",
		},
		{
			Key: "response_timeout_secs", Wire: "response_timeout_secs", Kind: agent.KindInteger, Label: "Response timeout seconds", Spec: agent.FieldSpec{Default: "20"},
			Help: "The maximum time in seconds to wait for the tool call to complete.",
		},
	},
	rowsInlineTools,
	[]agent.Setting{
		{
			Key: "params_system_tool_type", Wire: "params.system_tool_type", Kind: agent.KindChoice, Label: "System tool type", ReadOnly: "it always names the built-in tool it belongs to",
			Help: "Which kind of system tool this is.",
		},
	},
)

// builtinOwn are the settings only one built-in tool has.
var builtinOwn = map[string][]agent.Setting{
	"language_detection": {
		{
			Key: "language_detection_params_only_at_conversation_start", Wire: "conversation_config.agent.prompt.built_in_tools.language_detection.params.only_at_conversation_start", Kind: agent.KindBool, Label: "Only at conversation start", Spec: agent.FieldSpec{Default: "no"},
			Help: "If no language switch happens in the first 2 user turns, later attempts fail and the conversation stays in the current language. If the language switches during those turns, later switching stays available. Enable to reduce the possibility of false switching.",
		},
	},
	"transfer_to_agent": {
		{
			Key: "transfer_agents", Wire: "conversation_config.agent.prompt.built_in_tools.transfer_to_agent.params.transfers", Kind: agent.KindItems, Label: "Agents to transfer to",
			Help: "Other ElevenLabs agents this agent may hand the conversation to, each with the condition under which it does.",
			Items: []agent.Setting{
				{
					Key: "agent_id", Wire: "agent_id", Kind: agent.KindText, Label: "Agent",
					Help: "The ID of the ElevenLabs agent to hand the conversation to.",
				},
				{
					Key: "node_id", Wire: "node_id", Kind: agent.KindText, Label: "Node ID",
					Help: "The ID of the node to use, as ElevenLabs shows it.",
				},
				{
					Key: "condition", Wire: "condition", Kind: agent.KindText, Label: "When to transfer",
					Help: "In plain words, when the agent should hand the conversation to this agent.",
				},
				{
					Key: "delay_ms", Wire: "delay_ms", Kind: agent.KindInteger, Label: "Wait before transfer (ms)", Spec: agent.FieldSpec{Default: "0"},
					Help: "Milliseconds to wait before the hand-over.",
				},
				{
					Key: "transfer_message", Wire: "transfer_message", Kind: agent.KindText, Label: "Message before transfer",
					Help: "What the agent says before handing the conversation over.",
				},
				{
					Key: "enable_transferred_agent_first_message", Wire: "enable_transferred_agent_first_message", Kind: agent.KindBool, Label: "Other agent greets", Spec: agent.FieldSpec{Default: "no"},
					Help: "When on, the other agent says its own first message after the hand-over.",
				},
				{
					Key: "is_workflow_node_transfer", Wire: "is_workflow_node_transfer", Kind: agent.KindBool, Label: "Is workflow node transfer", Spec: agent.FieldSpec{Default: "no"},
					Help: "The is workflow node transfer, as ElevenLabs names it.",
				},
				{
					Key: "preserve_client_tts_overrides", Wire: "preserve_client_tts_overrides", Kind: agent.KindBool, Label: "Preserve client voice overrides", Spec: agent.FieldSpec{Default: "no"},
					Help: "Defines whether TTS client overrides should be carried over to the transferred agent.",
				},
			},
		},
	},
	"transfer_to_number": {
		{
			Key: "transfer_numbers", Wire: "conversation_config.agent.prompt.built_in_tools.transfer_to_number.params.transfers", Kind: agent.KindItems, Label: "Numbers to transfer to",
			Help: "Where the call may be transferred, each with the condition under which the agent transfers there.",
			Items: joinRows(
				[]agent.Setting{
					{
						Key: "custom_sip_headers", Wire: "custom_sip_headers", Kind: agent.KindItems, Label: "Custom SIP headers",
						Help: "Custom SIP headers to include when transferring the call. Each header can be either a static value or a dynamic variable reference.",
						Items: []agent.Setting{
							{
								Key: "type", Wire: "type", Kind: agent.KindChoice, Label: "Custom SIP headers type", Spec: agent.FieldSpec{Choices: ch("static", "Static", "dynamic", "Dynamic"), Closed: true, Default: "static"},
								Help: "Which kind of custom sip headers this is.",
							},
							{
								Key: "key", Wire: "key", Kind: agent.KindText, Label: "Custom SIP headers key", Spec: agent.FieldSpec{MaxLen: 64, Pattern: "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", PatternHint: "letters and digits, words joined by -"},
								Help: "The SIP header name (for example 'X-Customer-ID').",
							},
							{
								Key: "value", Wire: "value", Kind: agent.KindText, Label: "Custom SIP headers value", Spec: agent.FieldSpec{MaxLen: 512, Pattern: "^[\\x09\\x20-\\x7E]+$", PatternHint: "the form ElevenLabs's docs give"},
								Help: "The header value.",
							},
						},
					},
					{
						Key: "transfer_destination_type", Wire: "transfer_destination.type", Kind: agent.KindChoice, Label: "Destination kind", Spec: agent.FieldSpec{Choices: ch("phone", "Phone", "sip_uri", "SIP uri", "phone_dynamic_variable", "Phone dynamic variable", "sip_uri_dynamic_variable", "SIP uri dynamic variable"), Closed: true, Default: "phone"},
						Help: "A phone number, a SIP address, or either one taken from a variable.",
					},
					{
						Key: "transfer_destination_phone_number", Wire: "transfer_destination.phone_number", Kind: agent.KindText, Label: "Phone number",
						Help: "The number to transfer to, with its country code, like +4930123456.",
					},
					{
						Key: "transfer_destination_sip_uri", Wire: "transfer_destination.sip_uri", Kind: agent.KindText, Label: "SIP address",
						Help: "The SIP address to transfer to, when the destination kind is a SIP address.",
					},
					{
						Key: "transfer_type", Wire: "transfer_type", Kind: agent.KindChoice, Label: "How to transfer", Spec: agent.FieldSpec{Choices: ch("blind", "Blind", "conference", "Conference", "sip_refer", "SIP refer"), Closed: true, Default: "conference"},
						Help: "Conference keeps the agent on the line until someone answers; blind hands the call over at once; SIP REFER asks the phone system to move the call.",
					},
				},
				rowsTransferNumbers,
				[]agent.Setting{
					{
						Key: "condition", Wire: "condition", Kind: agent.KindText, Label: "When to transfer",
						Help: "In plain words, when the agent should transfer the call to this destination.",
					},
				},
			),
		},
		{
			Key: "transfer_to_number_params_enable_client_message", Wire: "conversation_config.agent.prompt.built_in_tools.transfer_to_number.params.enable_client_message", Kind: agent.KindBool, Label: "Enable client message", Spec: agent.FieldSpec{Default: "yes"},
			Help: "Whether to play a message to the client while they wait for transfer. Defaults to true for backward compatibility.",
		},
	},
	"play_keypad_touch_tone": {
		{
			Key: "play_keypad_touch_tone_params_use_out_of_band_dtmf", Wire: "conversation_config.agent.prompt.built_in_tools.play_keypad_touch_tone.params.use_out_of_band_dtmf", Kind: agent.KindBool, Label: "Use out of band keypad", Spec: agent.FieldSpec{Default: "yes"},
			Help: "Send DTMF tones as out-of-band RTP events (RFC 4733) instead of in-band audio. Only effective for SIP trunk imported numbers.",
		},
		{
			Key: "play_keypad_touch_tone_params_suppress_turn_after_dtmf", Wire: "conversation_config.agent.prompt.built_in_tools.play_keypad_touch_tone.params.suppress_turn_after_dtmf", Kind: agent.KindBool, Label: "Suppress turn after keypad", Spec: agent.FieldSpec{Default: "no"},
			Help: "If true, the agent will not generate further speech after playing DTMF tones. This prevents the agent's speech from interfering with IVR systems.",
		},
	},
}
