package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsAdvanced3 = []agent.Setting{
	// Web widget texts
	{
		Key: "widget_text_mode", Wire: "platform_settings.widget.text_contents.text_mode", Kind: agent.KindText, Label: "Text mode",
		Help: "Text and ARIA label for the switch to text mode button.",
	},
	{
		Key: "widget_text_voice_mode", Wire: "platform_settings.widget.text_contents.voice_mode", Kind: agent.KindText, Label: "Voice mode",
		Help: "Text and ARIA label for the switch to voice mode button.",
	},
	{
		Key: "widget_text_switched_to_text_mode", Wire: "platform_settings.widget.text_contents.switched_to_text_mode", Kind: agent.KindText, Label: "Switched to text mode",
		Help: "Toast notification displayed when switching to text mode.",
	},
	{
		Key: "widget_text_switched_to_voice_mode", Wire: "platform_settings.widget.text_contents.switched_to_voice_mode", Kind: agent.KindText, Label: "Switched to voice mode",
		Help: "Toast notification displayed when switching to voice mode.",
	},
	{
		Key: "widget_text_copy", Wire: "platform_settings.widget.text_contents.copy", Kind: agent.KindText, Label: "Copy",
		Help: "Text and ARIA label for the copy button.",
	},
	{
		Key: "widget_text_download", Wire: "platform_settings.widget.text_contents.download", Kind: agent.KindText, Label: "Download",
		Help: "Text and ARIA label for the download button.",
	},
	{
		Key: "widget_text_wrap", Wire: "platform_settings.widget.text_contents.wrap", Kind: agent.KindText, Label: "Wrap",
		Help: "Text and ARIA label for the wrap toggle button.",
	},
	{
		Key: "widget_text_agent_working", Wire: "platform_settings.widget.text_contents.agent_working", Kind: agent.KindText, Label: "Agent working",
		Help: "Status text displayed when the agent is processing a tool call.",
	},
	{
		Key: "widget_text_agent_done", Wire: "platform_settings.widget.text_contents.agent_done", Kind: agent.KindText, Label: "Agent done",
		Help: "Status text displayed when the agent finishes processing a tool call.",
	},
	{
		Key: "widget_text_agent_error", Wire: "platform_settings.widget.text_contents.agent_error", Kind: agent.KindText, Label: "Agent error",
		Help: "Status text displayed when the agent encounters an error during a tool call.",
	},
	{
		Key: "widget_text_attach_file", Wire: "platform_settings.widget.text_contents.attach_file", Kind: agent.KindText, Label: "Attach file",
		Help: "Text and ARIA label for the attach file button.",
	},
	{
		Key: "widget_text_remove_file", Wire: "platform_settings.widget.text_contents.remove_file", Kind: agent.KindText, Label: "Remove file",
		Help: "ARIA label for the remove file button.",
	},
	{
		Key: "widget_text_file_upload_error", Wire: "platform_settings.widget.text_contents.file_upload_error", Kind: agent.KindText, Label: "File upload error",
		Help: "Error message displayed when a file fails to upload.",
	},
	{
		Key: "widget_text_file_type_unsupported", Wire: "platform_settings.widget.text_contents.file_type_unsupported", Kind: agent.KindText, Label: "File type unsupported",
		Help: "Error message displayed when an unsupported file type is selected. Followed by the list of accepted types.",
	},
	{
		Key: "widget_text_file_too_large", Wire: "platform_settings.widget.text_contents.file_too_large", Kind: agent.KindText, Label: "File too large",
		Help: "Error message displayed when a file exceeds the maximum size limit.",
	},
	{
		Key: "widget_text_file_limit_reached", Wire: "platform_settings.widget.text_contents.file_limit_reached", Kind: agent.KindText, Label: "File limit reached",
		Help: "Error message displayed when the maximum number of files for a conversation is reached.",
	},
	{
		Key: "widget_text_typing_indicator", Wire: "platform_settings.widget.text_contents.typing_indicator", Kind: agent.KindText, Label: "Typing indicator",
		Help: "Status text displayed while the agent is typing.",
	},
	// Web widget look
	{
		Key: "widget_style_base", Wire: "platform_settings.widget.styles.base", Kind: agent.KindText, Label: "Base",
		Help: "The base background color.",
	},
	{
		Key: "widget_style_base_hover", Wire: "platform_settings.widget.styles.base_hover", Kind: agent.KindText, Label: "Base hover",
		Help: "The color of the base background when hovered.",
	},
	{
		Key: "widget_style_base_active", Wire: "platform_settings.widget.styles.base_active", Kind: agent.KindText, Label: "Base active",
		Help: "The color of the base background when active (clicked).",
	},
	{
		Key: "widget_style_base_border", Wire: "platform_settings.widget.styles.base_border", Kind: agent.KindText, Label: "Base border",
		Help: "The color of the border against the base background.",
	},
	{
		Key: "widget_style_base_subtle", Wire: "platform_settings.widget.styles.base_subtle", Kind: agent.KindText, Label: "Base subtle",
		Help: "The color of subtle text against the base background.",
	},
	{
		Key: "widget_style_base_primary", Wire: "platform_settings.widget.styles.base_primary", Kind: agent.KindText, Label: "Base primary",
		Help: "The color of primary text against the base background.",
	},
	{
		Key: "widget_style_base_error", Wire: "platform_settings.widget.styles.base_error", Kind: agent.KindText, Label: "Base error",
		Help: "The color of error text against the base background.",
	},
	{
		Key: "widget_style_accent", Wire: "platform_settings.widget.styles.accent", Kind: agent.KindText, Label: "Accent",
		Help: "The accent background color.",
	},
	{
		Key: "widget_style_accent_hover", Wire: "platform_settings.widget.styles.accent_hover", Kind: agent.KindText, Label: "Accent hover",
		Help: "The color of the accent background when hovered.",
	},
	{
		Key: "widget_style_accent_active", Wire: "platform_settings.widget.styles.accent_active", Kind: agent.KindText, Label: "Accent active",
		Help: "The color of the accent background when active (clicked).",
	},
	{
		Key: "widget_style_accent_border", Wire: "platform_settings.widget.styles.accent_border", Kind: agent.KindText, Label: "Accent border",
		Help: "The color of the border against the accent background.",
	},
	{
		Key: "widget_style_accent_subtle", Wire: "platform_settings.widget.styles.accent_subtle", Kind: agent.KindText, Label: "Accent subtle",
		Help: "The color of subtle text against the accent background.",
	},
	{
		Key: "widget_style_accent_primary", Wire: "platform_settings.widget.styles.accent_primary", Kind: agent.KindText, Label: "Accent primary",
		Help: "The color of primary text against the accent background.",
	},
	{
		Key: "widget_style_overlay_padding", Wire: "platform_settings.widget.styles.overlay_padding", Kind: agent.KindNumber, Label: "Overlay padding",
		Help: "The padding around the edges of the viewport.",
	},
	{
		Key: "widget_style_button_radius", Wire: "platform_settings.widget.styles.button_radius", Kind: agent.KindNumber, Label: "Button radius",
		Help: "The radius of the buttons.",
	},
	{
		Key: "widget_style_input_radius", Wire: "platform_settings.widget.styles.input_radius", Kind: agent.KindNumber, Label: "Input radius",
		Help: "The radius of the input fields.",
	},
	{
		Key: "widget_style_bubble_radius", Wire: "platform_settings.widget.styles.bubble_radius", Kind: agent.KindNumber, Label: "Bubble radius",
		Help: "The radius of the chat bubbles.",
	},
	{
		Key: "widget_style_sheet_radius", Wire: "platform_settings.widget.styles.sheet_radius", Kind: agent.KindNumber, Label: "Sheet radius",
		Help: "The default radius of sheets.",
	},
	{
		Key: "widget_style_compact_sheet_radius", Wire: "platform_settings.widget.styles.compact_sheet_radius", Kind: agent.KindNumber, Label: "Compact sheet radius",
		Help: "The radius of the sheet in compact mode.",
	},
	{
		Key: "widget_style_dropdown_sheet_radius", Wire: "platform_settings.widget.styles.dropdown_sheet_radius", Kind: agent.KindNumber, Label: "Dropdown sheet radius",
		Help: "The radius of the dropdown sheet.",
	},
	// Data collection
	{
		Key: "data_collection", Wire: "platform_settings.data_collection", Kind: agent.KindItems, Label: "Data collection",
		Help:    "Values the agent pulls out of each conversation after it ends, like the caller's city.",
		KeyedBy: "entry_name",
		Items: []agent.Setting{
			{Key: "entry_name", Kind: agent.KindText, Label: "Name", Help: "The name this entry is kept under."},
			{
				Key: "type", Wire: "type", Kind: agent.KindChoice, Label: "Data collection type", Spec: agent.FieldSpec{Choices: ch("boolean", "Boolean", "string", "String", "integer", "Integer", "number", "Number"), Closed: true},
				Help: "Which kind of data collection this is.",
			},
			{
				Key: "description", Wire: "description", Kind: agent.KindText, Label: "Data collection description",
				Help: "The description of the property. When set, the LLM will provide the value based on this description. Mutually exclusive with dynamic variable, is system provided, constant value, and is omitted.",
			},
			{
				Key: "enum", Wire: "enum", Kind: agent.KindList, Label: "Enum",
				Help: "List of allowed string values for string type parameters.",
			},
			{
				Key: "is_system_provided", Wire: "is_system_provided", Kind: agent.KindBool, Label: "Is system provided", Spec: agent.FieldSpec{Default: "no"},
				Help: "If true, the value will be populated by the system at runtime. Used by API Integration Webhook tools for templating. Mutually exclusive with description, dynamic variable, constant value, and is omitted.",
			},
			{
				Key: "dynamic_variable", Wire: "dynamic_variable", Kind: agent.KindText, Label: "Dynamic variable",
				Help: "The name of the dynamic variable to use for this property's value. Mutually exclusive with description, is system provided, constant value, and is omitted.",
			},
			{
				Key: "allowed_values_dynamic_variable", Wire: "allowed_values.dynamic_variable", Kind: agent.KindText, Label: "Dynamic variable",
				Help: "Name of a dynamic variable that must resolve to a JSON array of permitted values, for example [ws alpha, ws beta]. System variables work only if they resolve to a list.",
			},
			{
				Key: "allowed_values_dynamic_variable_path", Wire: "allowed_values_dynamic_variable", Kind: agent.KindText, Label: "Allowed values dynamic variable",
				Help: "Use allowed values instead. When set, the LLM provides the value but the runtime rejects any value not present in the list held by this dynamic variable (must be a JSON array such as [ws alpha, ws beta]). Use to let the LLM pick from a server-verified set (for example the IDs the current user is allowed to access). Requires description; mutually exclusive with dynamic variable, is system provided, constant value, and is omitted. ElevenLabs marks it as old.",
			},
			{
				Key: "constant_value", Wire: "constant_value", Kind: agent.KindText, Label: "Constant value",
				Help: "A constant value to use for this property. Mutually exclusive with description, dynamic variable, is system provided, and is omitted. It is sent as text.",
			},
			{
				Key: "is_omitted", Wire: "is_omitted", Kind: agent.KindBool, Label: "Is omitted", Spec: agent.FieldSpec{Default: "no"},
				Help: "If true, this parameter will be completely omitted from the request. Only valid for optional parameters. Mutually exclusive with description, dynamic variable, is system provided, and constant value.",
			},
			{
				Key: "name", Wire: "name", Kind: agent.KindText, Label: "Data collection name",
				Help: "The name of this data collection item.",
			},
			{
				Key: "llm", Wire: "llm", Kind: agent.KindChoice, Label: "LLM", Spec: agent.FieldSpec{Choices: ch("gpt-4o-mini", "gpt-4o-mini", "gpt-4o", "gpt-4o", "gpt-4", "gpt-4", "gpt-4-turbo", "gpt-4-turbo", "gpt-4.1", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4.1-nano", "gpt-5", "gpt-5", "gpt-5.1", "gpt-5.1", "gpt-5.2", "gpt-5.2", "gpt-5.2-chat-latest", "gpt-5.2-chat-latest", "gpt-5.4", "gpt-5.4", "gpt-5.4-mini", "gpt-5.4-mini", "gpt-5.4-nano", "gpt-5.4-nano", "gpt-5.5", "gpt-5.5", "gpt-5.6-sol", "gpt-5.6-sol", "gpt-5.6-terra", "gpt-5.6-terra", "gpt-5.6-luna", "gpt-5.6-luna", "gpt-5-mini", "gpt-5-mini", "gpt-5-nano", "gpt-5-nano", "gpt-3.5-turbo", "gpt-3.5-turbo", "gemini-1.5-pro", "gemini-1.5-pro", "gemini-1.5-flash", "gemini-1.5-flash", "gemini-2.0-flash", "gemini-2.0-flash", "gemini-2.0-flash-lite", "gemini-2.0-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash", "gemini-2.5-flash", "gemini-3-pro-preview", "gemini-3-pro-preview", "gemini-3-flash-preview", "gemini-3-flash-preview", "gemini-3.1-pro-preview", "gemini-3.1-pro-preview", "gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite", "gemini-3.1-flash-lite", "gemini-3.5-flash", "gemini-3.5-flash", "gemini-3.5-flash-lite", "gemini-3.5-flash-lite", "gemini-3.6-flash", "gemini-3.6-flash", "gemini-3.7-flash", "gemini-3.7-flash", "gemini-3.8-flash", "gemini-3.8-flash", "claude-sonnet-4-5", "claude-sonnet-4-5", "claude-opus-4-7", "claude-opus-4-7", "claude-opus-4-8", "claude-opus-4-8", "claude-sonnet-4-6", "claude-sonnet-4-6", "claude-sonnet-5", "claude-sonnet-5", "claude-sonnet-4", "claude-sonnet-4", "claude-haiku-4-5", "claude-haiku-4-5", "claude-3-7-sonnet", "claude-3-7-sonnet", "claude-3-5-sonnet", "claude-3-5-sonnet", "claude-3-5-sonnet-v1", "claude-3-5-sonnet-v1", "claude-3-haiku", "claude-3-haiku", "grok-beta", "grok-beta", "custom-llm", "custom-llm", "qwen3-4b", "qwen3-4b", "qwen3-30b-a3b", "qwen3-30b-a3b", "qwen36-35b-a3b", "qwen36-35b-a3b", "qwen35-397b-a17b", "qwen35-397b-a17b", "gpt-oss-20b", "gpt-oss-20b", "gpt-oss-120b", "gpt-oss-120b", "glm-45-air-fp8", "glm-45-air-fp8", "gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-lite-preview-09-2025", "gemini-2.5-flash-lite-preview-09-2025", "gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-04-17", "gemini-2.5-flash-preview-04-17", "gemini-2.5-flash-lite-preview-06-17", "gemini-2.5-flash-lite-preview-06-17", "gemini-2.0-flash-lite-001", "gemini-2.0-flash-lite-001", "gemini-2.0-flash-001", "gemini-2.0-flash-001", "gemini-1.5-flash-002", "gemini-1.5-flash-002", "gemini-1.5-flash-001", "gemini-1.5-flash-001", "gemini-1.5-pro-002", "gemini-1.5-pro-002", "gemini-1.5-pro-001", "gemini-1.5-pro-001", "claude-sonnet-4@20250514", "claude-sonnet-4@20250514", "claude-sonnet-4-5@20250929", "claude-sonnet-4-5@20250929", "claude-haiku-4-5@20251001", "claude-haiku-4-5@20251001", "claude-3-7-sonnet@20250219", "claude-3-7-sonnet@20250219", "claude-3-5-sonnet@20240620", "claude-3-5-sonnet@20240620", "claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet-v2@20241022", "claude-3-haiku@20240307", "claude-3-haiku@20240307", "gpt-5-2025-08-07", "gpt-5-2025-08-07", "gpt-5.1-2025-11-13", "gpt-5.1-2025-11-13", "gpt-5.2-2025-12-11", "gpt-5.2-2025-12-11", "gpt-5.4-2026-03-05", "gpt-5.4-2026-03-05", "gpt-5.4-mini-2026-03-17", "gpt-5.4-mini-2026-03-17", "gpt-5.4-nano-2026-03-17", "gpt-5.4-nano-2026-03-17", "gpt-5.5-2026-04-23", "gpt-5.5-2026-04-23", "gpt-5-mini-2025-08-07", "gpt-5-mini-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-4.1-2025-04-14", "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18", "gpt-4o-2024-11-20", "gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-4o-2024-08-06", "gpt-4o-2024-05-13", "gpt-4o-2024-05-13", "gpt-4-0613", "gpt-4-0613", "gpt-4-0314", "gpt-4-0314", "gpt-4-turbo-2024-04-09", "gpt-4-turbo-2024-04-09", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-1106", "gpt-3.5-turbo-1106", "watt-tool-8b", "watt-tool-8b", "watt-tool-70b", "watt-tool-70b"), Closed: true},
				Help: "LLM model to use for this analysis item. If not set, uses agent's analysis llm default.",
			},
		},
	},
	{
		Key: "data_collection_scopes", Wire: "platform_settings.data_collection_scopes", Kind: agent.KindText, Label: "Data collection scopes", ReadOnly: "it is free-form data with no documented fields, which agentdeck keeps as it is",
		Help: "Scope per data collection item ID. Missing keys default to conversation scope.",
	},
	// Analysis
	{
		Key: "analysis_evaluation_criteria", Wire: "platform_settings.analysis_items.evaluation_criteria", Kind: agent.KindItems, Label: "Evaluation criteria",
		Help: "The evaluation criteria, one entry each.",
		Items: []agent.Setting{
			{
				Key: "source", Wire: "source", Kind: agent.KindChoice, Label: "Evaluation criteria source", Spec: agent.FieldSpec{Choices: ch("user", "User", "system", "System"), Closed: true},
				Help: "The evaluation criteria source, as ElevenLabs names it.",
			},
			{
				Key: "analysis_item_id", Wire: "analysis_item_id", Kind: agent.KindChoice, Label: "Analysis item ID", Spec: agent.FieldSpec{Choices: ch("__system_eval_criteria_sentiment", "  system eval criteria sentiment", "__system_eval_criteria_frustration", "  system eval criteria frustration")}, Undocumented: true,
				Help: "Id of the referenced user evaluation item.",
			},
			{
				Key: "version_id", Wire: "version_id", Kind: agent.KindText, Label: "Version ID",
				Help: "Primary item version whose result feeds scoring. None tracks the item's latest published version.",
			},
			{
				Key: "additional_version_ids", Wire: "additional_version_ids", Kind: agent.KindList, Label: "Additional version IDs",
				Help: "Extra item versions to also run for comparison (A/B). These are executed and stored but excluded from scoring; the primary version id is the one that scores.",
			},
			{
				Key: "scope", Wire: "scope", Kind: agent.KindChoice, Label: "Scope", Spec: agent.FieldSpec{Choices: ch("conversation", "Conversation", "agent", "Agent"), Closed: true, Default: "conversation"},
				Help: "Transcript context ('conversation' or 'agent') used when running this item.",
			},
			{
				Key: "weight", Wire: "weight", Kind: agent.KindNumber, Label: "Weight",
				Help: "Optional relative weight for aggregate scoring.",
			},
		},
	},
	{
		Key: "analysis_data_collection", Wire: "platform_settings.analysis_items.data_collection", Kind: agent.KindItems, Label: "Data collection",
		Help: "The data collection, one entry each.",
		Items: []agent.Setting{
			{
				Key: "source", Wire: "source", Kind: agent.KindChoice, Label: "Data collection source", Spec: agent.FieldSpec{Choices: ch("user", "User", "system", "System"), Closed: true},
				Help: "The data collection source, as ElevenLabs names it.",
			},
			{
				Key: "analysis_item_id", Wire: "analysis_item_id", Kind: agent.KindChoice, Label: "Analysis item ID", Spec: agent.FieldSpec{Choices: ch("__system_data_collection_topic", "  system data collection topic")}, Undocumented: true,
				Help: "Id of the referenced user data-collection item.",
			},
			{
				Key: "version_id", Wire: "version_id", Kind: agent.KindText, Label: "Version ID",
				Help: "Pinned item version. None tracks the item's latest published version.",
			},
			{
				Key: "scope", Wire: "scope", Kind: agent.KindChoice, Label: "Scope", Spec: agent.FieldSpec{Choices: ch("conversation", "Conversation", "agent", "Agent"), Closed: true, Default: "conversation"},
				Help: "Transcript context ('conversation' or 'agent') used when running this item.",
			},
		},
	},
	{
		Key: "summary_language", Wire: "platform_settings.summary_language", Kind: agent.KindText, Label: "Summary language",
		Help: "Language for all conversation analysis outputs (summaries, titles, evaluation rationales, data collection rationales). If not set, the language will be inferred from the conversation. Must be one of the supported conversation languages.",
	},
	{
		Key: "auto_translate_transcript_to_app_language", Wire: "platform_settings.auto_translate_transcript_to_app_language", Kind: agent.KindBool, Label: "Auto translate transcript to app language",
		Help: "When enabled, a conversation transcript is automatically translated to the viewer's application language when they open the transcript page. If not set or false, transcripts are shown in their original language unless the viewer manually selects a translation.",
	},
	{
		Key: "analysis_llm", Wire: "platform_settings.analysis_llm", Kind: agent.KindChoice, Label: "Analysis LLM", Spec: agent.FieldSpec{Choices: ch("gpt-4o-mini", "gpt-4o-mini", "gpt-4o", "gpt-4o", "gpt-4", "gpt-4", "gpt-4-turbo", "gpt-4-turbo", "gpt-4.1", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4.1-nano", "gpt-5", "gpt-5", "gpt-5.1", "gpt-5.1", "gpt-5.2", "gpt-5.2", "gpt-5.2-chat-latest", "gpt-5.2-chat-latest", "gpt-5.4", "gpt-5.4", "gpt-5.4-mini", "gpt-5.4-mini", "gpt-5.4-nano", "gpt-5.4-nano", "gpt-5.5", "gpt-5.5", "gpt-5.6-sol", "gpt-5.6-sol", "gpt-5.6-terra", "gpt-5.6-terra", "gpt-5.6-luna", "gpt-5.6-luna", "gpt-5-mini", "gpt-5-mini", "gpt-5-nano", "gpt-5-nano", "gpt-3.5-turbo", "gpt-3.5-turbo", "gemini-1.5-pro", "gemini-1.5-pro", "gemini-1.5-flash", "gemini-1.5-flash", "gemini-2.0-flash", "gemini-2.0-flash", "gemini-2.0-flash-lite", "gemini-2.0-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash", "gemini-2.5-flash", "gemini-3-pro-preview", "gemini-3-pro-preview", "gemini-3-flash-preview", "gemini-3-flash-preview", "gemini-3.1-pro-preview", "gemini-3.1-pro-preview", "gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite", "gemini-3.1-flash-lite", "gemini-3.5-flash", "gemini-3.5-flash", "gemini-3.5-flash-lite", "gemini-3.5-flash-lite", "gemini-3.6-flash", "gemini-3.6-flash", "gemini-3.7-flash", "gemini-3.7-flash", "gemini-3.8-flash", "gemini-3.8-flash", "claude-sonnet-4-5", "claude-sonnet-4-5", "claude-opus-4-7", "claude-opus-4-7", "claude-opus-4-8", "claude-opus-4-8", "claude-sonnet-4-6", "claude-sonnet-4-6", "claude-sonnet-5", "claude-sonnet-5", "claude-sonnet-4", "claude-sonnet-4", "claude-haiku-4-5", "claude-haiku-4-5", "claude-3-7-sonnet", "claude-3-7-sonnet", "claude-3-5-sonnet", "claude-3-5-sonnet", "claude-3-5-sonnet-v1", "claude-3-5-sonnet-v1", "claude-3-haiku", "claude-3-haiku", "grok-beta", "grok-beta", "custom-llm", "custom-llm", "qwen3-4b", "qwen3-4b", "qwen3-30b-a3b", "qwen3-30b-a3b", "qwen36-35b-a3b", "qwen36-35b-a3b", "qwen35-397b-a17b", "qwen35-397b-a17b", "gpt-oss-20b", "gpt-oss-20b", "gpt-oss-120b", "gpt-oss-120b", "glm-45-air-fp8", "glm-45-air-fp8", "gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-lite-preview-09-2025", "gemini-2.5-flash-lite-preview-09-2025", "gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-04-17", "gemini-2.5-flash-preview-04-17", "gemini-2.5-flash-lite-preview-06-17", "gemini-2.5-flash-lite-preview-06-17", "gemini-2.0-flash-lite-001", "gemini-2.0-flash-lite-001", "gemini-2.0-flash-001", "gemini-2.0-flash-001", "gemini-1.5-flash-002", "gemini-1.5-flash-002", "gemini-1.5-flash-001", "gemini-1.5-flash-001", "gemini-1.5-pro-002", "gemini-1.5-pro-002", "gemini-1.5-pro-001", "gemini-1.5-pro-001", "claude-sonnet-4@20250514", "claude-sonnet-4@20250514", "claude-sonnet-4-5@20250929", "claude-sonnet-4-5@20250929", "claude-haiku-4-5@20251001", "claude-haiku-4-5@20251001", "claude-3-7-sonnet@20250219", "claude-3-7-sonnet@20250219", "claude-3-5-sonnet@20240620", "claude-3-5-sonnet@20240620", "claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet-v2@20241022", "claude-3-haiku@20240307", "claude-3-haiku@20240307", "gpt-5-2025-08-07", "gpt-5-2025-08-07", "gpt-5.1-2025-11-13", "gpt-5.1-2025-11-13", "gpt-5.2-2025-12-11", "gpt-5.2-2025-12-11", "gpt-5.4-2026-03-05", "gpt-5.4-2026-03-05", "gpt-5.4-mini-2026-03-17", "gpt-5.4-mini-2026-03-17", "gpt-5.4-nano-2026-03-17", "gpt-5.4-nano-2026-03-17", "gpt-5.5-2026-04-23", "gpt-5.5-2026-04-23", "gpt-5-mini-2025-08-07", "gpt-5-mini-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-4.1-2025-04-14", "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18", "gpt-4o-2024-11-20", "gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-4o-2024-08-06", "gpt-4o-2024-05-13", "gpt-4o-2024-05-13", "gpt-4-0613", "gpt-4-0613", "gpt-4-0314", "gpt-4-0314", "gpt-4-turbo-2024-04-09", "gpt-4-turbo-2024-04-09", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-1106", "gpt-3.5-turbo-1106", "watt-tool-8b", "watt-tool-8b", "watt-tool-70b", "watt-tool-70b"), Closed: true, Default: "gemini-2.5-flash"},
		Help: "Default LLM model for post-call analysis (evaluation and data collection).",
	},
	// What each call may change
	{
		Key: "allow_conversation_config_override_asr_keywords", Wire: "platform_settings.overrides.conversation_config_override.asr.keywords", Kind: agent.KindBool, Label: "Keywords", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the keywords field.",
	},
	{
		Key: "allow_conversation_config_override_turn_soft_timeout_config_message", Wire: "platform_settings.overrides.conversation_config_override.turn.soft_timeout_config.message", Kind: agent.KindBool, Label: "Message", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the message field.",
	},
	{
		Key: "allow_conversation_config_override_turn_soft_timeout_config_additional_soft_timeout_messages", Wire: "platform_settings.overrides.conversation_config_override.turn.soft_timeout_config.additional_soft_timeout_messages", Kind: agent.KindBool, Label: "Additional soft timeout messages", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the additional soft timeout messages field.",
	},
	{
		Key: "allow_conversation_config_override_tts_model_id", Wire: "platform_settings.overrides.conversation_config_override.tts.model_id", Kind: agent.KindBool, Label: "Model ID", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the model id field.",
	},
	{
		Key: "allow_conversation_config_override_tts_voice_id", Wire: "platform_settings.overrides.conversation_config_override.tts.voice_id", Kind: agent.KindBool, Label: "Voice ID", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the voice id field.",
	},
	{
		Key: "allow_conversation_config_override_tts_supported_voices", Wire: "platform_settings.overrides.conversation_config_override.tts.supported_voices", Kind: agent.KindBool, Label: "Supported voices", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the supported voices field.",
	},
	{
		Key: "allow_conversation_config_override_tts_stability", Wire: "platform_settings.overrides.conversation_config_override.tts.stability", Kind: agent.KindBool, Label: "Stability", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the stability field.",
	},
	{
		Key: "allow_conversation_config_override_tts_speed", Wire: "platform_settings.overrides.conversation_config_override.tts.speed", Kind: agent.KindBool, Label: "Speed", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the speed field.",
	},
	{
		Key: "allow_conversation_config_override_tts_similarity_boost", Wire: "platform_settings.overrides.conversation_config_override.tts.similarity_boost", Kind: agent.KindBool, Label: "Similarity boost", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the similarity boost field.",
	},
	{
		Key: "allow_conversation_config_override_tts_pronunciation_dictionary_locators", Wire: "platform_settings.overrides.conversation_config_override.tts.pronunciation_dictionary_locators", Kind: agent.KindBool, Label: "Pronunciation dictionary locators", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the pronunciation dictionary locators field.",
	},
	{
		Key: "allow_conversation_config_override_conversation_text_only", Wire: "platform_settings.overrides.conversation_config_override.conversation.text_only", Kind: agent.KindBool, Label: "Text only", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the text only field.",
	},
	{
		Key: "allow_conversation_config_override_conversation_max_duration_seconds", Wire: "platform_settings.overrides.conversation_config_override.conversation.max_duration_seconds", Kind: agent.KindBool, Label: "Maximum duration seconds", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the max duration seconds field.",
	},
	{
		Key: "allow_conversation_config_override_agent_first_message", Wire: "platform_settings.overrides.conversation_config_override.agent.first_message", Kind: agent.KindBool, Label: "First message", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the first message field.",
	},
	{
		Key: "allow_conversation_config_override_agent_language", Wire: "platform_settings.overrides.conversation_config_override.agent.language", Kind: agent.KindBool, Label: "Agent language", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the language field.",
	},
	{
		Key: "allow_conversation_config_override_agent_max_conversation_duration_message", Wire: "platform_settings.overrides.conversation_config_override.agent.max_conversation_duration_message", Kind: agent.KindBool, Label: "Maximum conversation duration message", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the max conversation duration message field.",
	},
	{
		Key: "allow_conversation_config_override_agent_prompt", Wire: "platform_settings.overrides.conversation_config_override.agent.prompt.prompt", Kind: agent.KindBool, Label: "Prompt", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the prompt field.",
	},
	{
		Key: "allow_conversation_config_override_agent_prompt_llm", Wire: "platform_settings.overrides.conversation_config_override.agent.prompt.llm", Kind: agent.KindBool, Label: "LLM", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the llm field.",
	},
	{
		Key: "allow_conversation_config_override_agent_prompt_tool_ids", Wire: "platform_settings.overrides.conversation_config_override.agent.prompt.tool_ids", Kind: agent.KindBool, Label: "Tool IDs", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the tool ids field.",
	},
	{
		Key: "allow_conversation_config_override_agent_prompt_native_mcp_server_ids", Wire: "platform_settings.overrides.conversation_config_override.agent.prompt.native_mcp_server_ids", Kind: agent.KindBool, Label: "Native MCP server IDs", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the native mcp server ids field.",
	},
	{
		Key: "allow_conversation_config_override_agent_prompt_knowledge_base", Wire: "platform_settings.overrides.conversation_config_override.agent.prompt.knowledge_base", Kind: agent.KindBool, Label: "Knowledge base", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to allow overriding the knowledge base field.",
	},
	{
		Key: "allow_custom_llm_extra_body", Wire: "platform_settings.overrides.custom_llm_extra_body", Kind: agent.KindBool, Label: "Custom LLM extra body", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to include custom LLM extra body.",
	},
	{
		Key: "allow_enable_starting_workflow_node_id_from_client", Wire: "platform_settings.overrides.enable_starting_workflow_node_id_from_client", Kind: agent.KindBool, Label: "Enable starting workflow node ID from client", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether clients may pass starting workflow node id in initiation client data; if false, sending it fails conversation start.",
	},
	{
		Key: "allow_enable_procedure_ids_from_client", Wire: "platform_settings.overrides.enable_procedure_ids_from_client", Kind: agent.KindBool, Label: "Enable procedure IDs from client", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether clients may pass procedure ids in initiation client data to select which of the agent's procedures are available for the conversation; if false, sending it fails conversation start.",
	},
	// Webhooks
	{
		Key: "webhooks_events", Wire: "platform_settings.workspace_overrides.webhooks.events", Kind: agent.KindList, Label: "After-call webhook events", Spec: agent.FieldSpec{Choices: ch("transcript", "Transcript", "audio", "Audio", "call_initiation_failure", "Call initiation failure", "answering_machine_detection", "Answering machine detection", "unredacted_transcript", "Unredacted transcript", "unredacted_audio", "Unredacted audio"), Closed: true},
		Help: "Which events are sent to the after-call webhook.",
	},
	{
		Key: "webhooks_transcript_format", Wire: "platform_settings.workspace_overrides.webhooks.transcript_format", Kind: agent.KindChoice, Label: "Transcript format", Spec: agent.FieldSpec{Choices: ch("json", "Json", "opentelemetry", "Opentelemetry"), Closed: true, Default: "json"},
		Help: "How the transcript is written in what the after-call webhook gets.",
	},
}
