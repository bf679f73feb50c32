package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsAdvanced1 = []agent.Setting{
	// Conversation
	{
		Key: "conversation_client_events", Wire: "conversation_config.conversation.client_events", Kind: agent.KindList, Label: "Client events", Spec: agent.FieldSpec{Choices: ch("conversation_initiation_metadata", "Conversation initiation metadata", "asr_initiation_metadata", "Asr initiation metadata", "ping", "Ping", "audio", "Audio", "interruption", "Interruption", "user_transcript", "User transcript", "tentative_user_transcript", "Tentative user transcript", "agent_response", "Agent response", "agent_response_correction", "Agent response correction", "client_tool_call", "Client tool call", "mcp_tool_call", "MCP tool call", "mcp_connection_status", "MCP connection status", "agent_tool_request", "Agent tool request", "agent_tool_response", "Agent tool response", "agent_tool_response_full_payload", "Agent tool response full payload", "agent_response_metadata", "Agent response metadata", "vad_score", "Vad score", "agent_chat_response_part", "Agent chat response part", "client_error", "Client error", "guardrail_triggered", "Guardrail triggered", "dtmf_request", "Dtmf request", "agent_response_complete", "Agent response complete", "context_usage", "Context usage", "internal_turn_probability", "Internal turn probability", "internal_tentative_agent_response", "Internal tentative agent response"), Closed: true},
		Help: "The events that will be sent to the client.",
	},
	{
		Key: "file_input_enabled", Wire: "conversation_config.conversation.file_input.enabled", Kind: agent.KindBool, Label: "File input enabled", Spec: agent.FieldSpec{Default: "yes"},
		Help: "When enabled, users may attach images or PDFs in chat when the LLM supports multimodal input.",
	},
	{
		Key: "file_input_max_files_in_memory", Wire: "conversation_config.conversation.file_input.max_files_in_memory", Kind: agent.KindInteger, Label: "Maximum files in memory", Spec: agent.FieldSpec{Min: agent.Num(1), Max: agent.Num(30), Default: "10"},
		Help: "Number of most-recent files kept in memory during a conversation. Older files are summarized and their bytes freed.",
	},
	{
		Key: "file_input_max_files_per_conversation", Wire: "conversation_config.conversation.file_input.max_files_per_conversation", Kind: agent.KindInteger, Label: "Maximum files per conversation", Spec: agent.FieldSpec{Default: "10"},
		Help: "Total files a user can upload in one conversation. Uploads are billed per file. Use -1 for no limit, or a value >= max files in memory.",
	},
	{
		Key: "conversation_monitoring_enabled", Wire: "conversation_config.conversation.monitoring_enabled", Kind: agent.KindBool, Label: "Monitoring enabled", Spec: agent.FieldSpec{Default: "no"},
		Help: "Enable real-time monitoring of conversations via WebSocket.",
	},
	{
		Key: "conversation_monitoring_events", Wire: "conversation_config.conversation.monitoring_events", Kind: agent.KindList, Label: "Monitoring events", Spec: agent.FieldSpec{Choices: ch("conversation_initiation_metadata", "Conversation initiation metadata", "asr_initiation_metadata", "Asr initiation metadata", "ping", "Ping", "audio", "Audio", "interruption", "Interruption", "user_transcript", "User transcript", "tentative_user_transcript", "Tentative user transcript", "agent_response", "Agent response", "agent_response_correction", "Agent response correction", "client_tool_call", "Client tool call", "mcp_tool_call", "MCP tool call", "mcp_connection_status", "MCP connection status", "agent_tool_request", "Agent tool request", "agent_tool_response", "Agent tool response", "agent_tool_response_full_payload", "Agent tool response full payload", "agent_response_metadata", "Agent response metadata", "vad_score", "Vad score", "agent_chat_response_part", "Agent chat response part", "client_error", "Client error", "guardrail_triggered", "Guardrail triggered", "dtmf_request", "Dtmf request", "agent_response_complete", "Agent response complete", "context_usage", "Context usage", "internal_turn_probability", "Internal turn probability", "internal_tentative_agent_response", "Internal tentative agent response"), Closed: true},
		Help: "The events that will be sent to monitoring connections.",
	},
	{
		Key: "conversation_source_attribution", Wire: "conversation_config.conversation.source_attribution", Kind: agent.KindBool, Label: "Source attribution", Spec: agent.FieldSpec{Default: "no"},
		Help: "When enabled and knowledge base content is present, the LLM is instructed to report which sources it used.",
	},
	// Evaluation criteria
	{
		Key: "evaluation_criteria", Wire: "platform_settings.evaluation.criteria", Kind: agent.KindItems, Label: "Evaluation criteria",
		Help: "Goals each conversation is checked against after it ends, like \"the caller got an appointment\".",
		Items: []agent.Setting{
			{
				Key: "id", Wire: "id", Kind: agent.KindText, Label: "Criteria ID",
				Help: "The unique identifier for the evaluation criteria.",
			},
			{
				Key: "name", Wire: "name", Kind: agent.KindText, Label: "Criteria name",
				Help: "The criteria name, as ElevenLabs names it.",
			},
			{
				Key: "type", Wire: "type", Kind: agent.KindChoice, Label: "Criteria type", Spec: agent.FieldSpec{Choices: ch("prompt", "Prompt"), Closed: true, Default: "prompt"},
				Help: "The type of evaluation criteria.",
			},
			{
				Key: "conversation_goal_prompt", Wire: "conversation_goal_prompt", Kind: agent.KindText, Label: "What to check", Spec: agent.FieldSpec{MaxLen: 2000},
				Help: "In plain words, what counts as success for this criterion.",
			},
			{
				Key: "use_knowledge_base", Wire: "use_knowledge_base", Kind: agent.KindBool, Label: "Use knowledge base", Spec: agent.FieldSpec{Default: "no"},
				Help: "When evaluating the prompt, should the agent's knowledge base be used.",
			},
			{
				Key: "scope", Wire: "scope", Kind: agent.KindChoice, Label: "Scope", Spec: agent.FieldSpec{Choices: ch("conversation", "Conversation", "agent", "Agent"), Closed: true, Default: "conversation"},
				Help: "The scope of transcript context used when evaluating this criterion. 'conversation' uses the full transcript; 'agent' uses only the portion where the defining agent was active.",
			},
			{
				Key: "llm", Wire: "llm", Kind: agent.KindChoice, Label: "LLM", Spec: agent.FieldSpec{Choices: ch("gpt-4o-mini", "gpt-4o-mini", "gpt-4o", "gpt-4o", "gpt-4", "gpt-4", "gpt-4-turbo", "gpt-4-turbo", "gpt-4.1", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4.1-nano", "gpt-5", "gpt-5", "gpt-5.1", "gpt-5.1", "gpt-5.2", "gpt-5.2", "gpt-5.2-chat-latest", "gpt-5.2-chat-latest", "gpt-5.4", "gpt-5.4", "gpt-5.4-mini", "gpt-5.4-mini", "gpt-5.4-nano", "gpt-5.4-nano", "gpt-5.5", "gpt-5.5", "gpt-5.6-sol", "gpt-5.6-sol", "gpt-5.6-terra", "gpt-5.6-terra", "gpt-5.6-luna", "gpt-5.6-luna", "gpt-5-mini", "gpt-5-mini", "gpt-5-nano", "gpt-5-nano", "gpt-3.5-turbo", "gpt-3.5-turbo", "gemini-1.5-pro", "gemini-1.5-pro", "gemini-1.5-flash", "gemini-1.5-flash", "gemini-2.0-flash", "gemini-2.0-flash", "gemini-2.0-flash-lite", "gemini-2.0-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash", "gemini-2.5-flash", "gemini-3-pro-preview", "gemini-3-pro-preview", "gemini-3-flash-preview", "gemini-3-flash-preview", "gemini-3.1-pro-preview", "gemini-3.1-pro-preview", "gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite", "gemini-3.1-flash-lite", "gemini-3.5-flash", "gemini-3.5-flash", "gemini-3.5-flash-lite", "gemini-3.5-flash-lite", "gemini-3.6-flash", "gemini-3.6-flash", "gemini-3.7-flash", "gemini-3.7-flash", "gemini-3.8-flash", "gemini-3.8-flash", "claude-sonnet-4-5", "claude-sonnet-4-5", "claude-opus-4-7", "claude-opus-4-7", "claude-opus-4-8", "claude-opus-4-8", "claude-sonnet-4-6", "claude-sonnet-4-6", "claude-sonnet-5", "claude-sonnet-5", "claude-sonnet-4", "claude-sonnet-4", "claude-haiku-4-5", "claude-haiku-4-5", "claude-3-7-sonnet", "claude-3-7-sonnet", "claude-3-5-sonnet", "claude-3-5-sonnet", "claude-3-5-sonnet-v1", "claude-3-5-sonnet-v1", "claude-3-haiku", "claude-3-haiku", "grok-beta", "grok-beta", "custom-llm", "custom-llm", "qwen3-4b", "qwen3-4b", "qwen3-30b-a3b", "qwen3-30b-a3b", "qwen36-35b-a3b", "qwen36-35b-a3b", "qwen35-397b-a17b", "qwen35-397b-a17b", "gpt-oss-20b", "gpt-oss-20b", "gpt-oss-120b", "gpt-oss-120b", "glm-45-air-fp8", "glm-45-air-fp8", "gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-lite-preview-09-2025", "gemini-2.5-flash-lite-preview-09-2025", "gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-04-17", "gemini-2.5-flash-preview-04-17", "gemini-2.5-flash-lite-preview-06-17", "gemini-2.5-flash-lite-preview-06-17", "gemini-2.0-flash-lite-001", "gemini-2.0-flash-lite-001", "gemini-2.0-flash-001", "gemini-2.0-flash-001", "gemini-1.5-flash-002", "gemini-1.5-flash-002", "gemini-1.5-flash-001", "gemini-1.5-flash-001", "gemini-1.5-pro-002", "gemini-1.5-pro-002", "gemini-1.5-pro-001", "gemini-1.5-pro-001", "claude-sonnet-4@20250514", "claude-sonnet-4@20250514", "claude-sonnet-4-5@20250929", "claude-sonnet-4-5@20250929", "claude-haiku-4-5@20251001", "claude-haiku-4-5@20251001", "claude-3-7-sonnet@20250219", "claude-3-7-sonnet@20250219", "claude-3-5-sonnet@20240620", "claude-3-5-sonnet@20240620", "claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet-v2@20241022", "claude-3-haiku@20240307", "claude-3-haiku@20240307", "gpt-5-2025-08-07", "gpt-5-2025-08-07", "gpt-5.1-2025-11-13", "gpt-5.1-2025-11-13", "gpt-5.2-2025-12-11", "gpt-5.2-2025-12-11", "gpt-5.4-2026-03-05", "gpt-5.4-2026-03-05", "gpt-5.4-mini-2026-03-17", "gpt-5.4-mini-2026-03-17", "gpt-5.4-nano-2026-03-17", "gpt-5.4-nano-2026-03-17", "gpt-5.5-2026-04-23", "gpt-5.5-2026-04-23", "gpt-5-mini-2025-08-07", "gpt-5-mini-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-4.1-2025-04-14", "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18", "gpt-4o-2024-11-20", "gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-4o-2024-08-06", "gpt-4o-2024-05-13", "gpt-4o-2024-05-13", "gpt-4-0613", "gpt-4-0613", "gpt-4-0314", "gpt-4-0314", "gpt-4-turbo-2024-04-09", "gpt-4-turbo-2024-04-09", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-1106", "gpt-3.5-turbo-1106", "watt-tool-8b", "watt-tool-8b", "watt-tool-70b", "watt-tool-70b"), Closed: true},
				Help: "LLM model to use for this evaluation criteria. If not set, uses agent's analysis llm default.",
			},
			{
				Key: "scoring_mode", Wire: "scoring_mode", Kind: agent.KindChoice, Label: "Scoring mode", Spec: agent.FieldSpec{Choices: ch("binary", "Binary", "numeric_uniform", "Numeric uniform"), Closed: true, Default: "binary"},
				Help: "How this criterion is scored. 'binary' resolves to success/failure/unknown. 'numeric uniform' returns a number on the [0, max score] scale which is normalized into the aggregate conversation success percentage.",
			},
			{
				Key: "max_score", Wire: "max_score", Kind: agent.KindInteger, Label: "Maximum score", Spec: agent.FieldSpec{Default: "100"},
				Help: "Maximum value of the numeric score scale (minimum is always 0). Only used when scoring mode is 'numeric uniform'.",
			},
			{
				Key: "score_instructions", Wire: "score_instructions", Kind: agent.KindText, Label: "Score instructions", Spec: agent.FieldSpec{MaxLen: 2000},
				Help: "Optional free-text instructions describing how to assign values on the numeric scale. Only used when scoring mode is 'numeric uniform'.",
			},
		},
	},
	// Web widget
	{
		Key: "widget_variant", Wire: "platform_settings.widget.variant", Kind: agent.KindChoice, Label: "Variant", Spec: agent.FieldSpec{Choices: ch("tiny", "Tiny", "compact", "Compact", "full", "Full", "expandable", "Expandable"), Closed: true, Default: "full"},
		Help: "The variant of the widget.",
	},
	{
		Key: "widget_placement", Wire: "platform_settings.widget.placement", Kind: agent.KindChoice, Label: "Placement", Spec: agent.FieldSpec{Choices: ch("top-left", "top-left", "top", "Top", "top-right", "top-right", "bottom-left", "bottom-left", "bottom", "Bottom", "bottom-right", "bottom-right"), Closed: true, Default: "bottom-right"},
		Help: "The placement of the widget on the screen.",
	},
	{
		Key: "widget_expandable", Wire: "platform_settings.widget.expandable", Kind: agent.KindChoice, Label: "Expandable", Spec: agent.FieldSpec{Choices: ch("never", "Never", "mobile", "Mobile", "desktop", "Desktop", "always", "Always"), Closed: true, Default: "never"},
		Help: "Whether the widget is expandable.",
	},
	{
		Key: "widget_avatar_type", Wire: "platform_settings.widget.avatar.type", Kind: agent.KindChoice, Label: "Avatar type", Spec: agent.FieldSpec{Choices: ch("orb", "Orb", "url", "Web page", "image", "Image"), Closed: true, Default: "orb"},
		Help: "The type of the avatar.",
	},
	{
		Key: "widget_avatar_color_1", Wire: "platform_settings.widget.avatar.color_1", Kind: agent.KindText, Label: "Color 1", Spec: agent.FieldSpec{Default: "#2792dc"},
		Help: "The first color of the avatar.",
	},
	{
		Key: "widget_avatar_color_2", Wire: "platform_settings.widget.avatar.color_2", Kind: agent.KindText, Label: "Color 2", Spec: agent.FieldSpec{Default: "#9ce6e6"},
		Help: "The second color of the avatar.",
	},
	{
		Key: "widget_avatar_custom_url", Wire: "platform_settings.widget.avatar.custom_url", Kind: agent.KindText, Label: "Custom address",
		Help: "The custom URL of the avatar.",
	},
	{
		Key: "widget_avatar_url", Wire: "platform_settings.widget.avatar.url", Kind: agent.KindText, Label: "Avatar address",
		Help: "The URL of the avatar.",
	},
	{
		Key: "widget_feedback_mode", Wire: "platform_settings.widget.feedback_mode", Kind: agent.KindChoice, Label: "Feedback mode", Spec: agent.FieldSpec{Choices: ch("none", "None", "during", "During", "end", "End"), Closed: true, Default: "none"},
		Help: "The feedback mode of the widget.",
	},
	{
		Key: "widget_end_feedback_type", Wire: "platform_settings.widget.end_feedback.type", Kind: agent.KindChoice, Label: "End feedback type", Spec: agent.FieldSpec{Choices: ch("rating", "Rating"), Closed: true, Default: "rating"},
		Help: "The type of feedback to collect at the end of the conversation.",
	},
	{
		Key: "widget_bg_color", Wire: "platform_settings.widget.bg_color", Kind: agent.KindText, Label: "Bg color", Spec: agent.FieldSpec{Default: "#ffffff"},
		Help: "The background color of the widget.",
	},
	{
		Key: "widget_text_color", Wire: "platform_settings.widget.text_color", Kind: agent.KindText, Label: "Text color", Spec: agent.FieldSpec{Default: "#000000"},
		Help: "The text color of the widget.",
	},
	{
		Key: "widget_btn_color", Wire: "platform_settings.widget.btn_color", Kind: agent.KindText, Label: "Btn color", Spec: agent.FieldSpec{Default: "#000000"},
		Help: "The button color of the widget.",
	},
	{
		Key: "widget_btn_text_color", Wire: "platform_settings.widget.btn_text_color", Kind: agent.KindText, Label: "Btn text color", Spec: agent.FieldSpec{Default: "#ffffff"},
		Help: "The button text color of the widget.",
	},
	{
		Key: "widget_border_color", Wire: "platform_settings.widget.border_color", Kind: agent.KindText, Label: "Border color", Spec: agent.FieldSpec{Default: "#e1e1e1"},
		Help: "The border color of the widget.",
	},
	{
		Key: "widget_focus_color", Wire: "platform_settings.widget.focus_color", Kind: agent.KindText, Label: "Focus color", Spec: agent.FieldSpec{Default: "#000000"},
		Help: "The focus color of the widget.",
	},
	{
		Key: "widget_border_radius", Wire: "platform_settings.widget.border_radius", Kind: agent.KindInteger, Label: "Border radius",
		Help: "The border radius of the widget.",
	},
	{
		Key: "widget_btn_radius", Wire: "platform_settings.widget.btn_radius", Kind: agent.KindInteger, Label: "Btn radius",
		Help: "The button radius of the widget.",
	},
	{
		Key: "widget_action_text", Wire: "platform_settings.widget.action_text", Kind: agent.KindText, Label: "Action text",
		Help: "The action text of the widget.",
	},
	{
		Key: "widget_start_call_text", Wire: "platform_settings.widget.start_call_text", Kind: agent.KindText, Label: "Start call text",
		Help: "The start call text of the widget.",
	},
	{
		Key: "widget_end_call_text", Wire: "platform_settings.widget.end_call_text", Kind: agent.KindText, Label: "End call text",
		Help: "The end call text of the widget.",
	},
	{
		Key: "widget_expand_text", Wire: "platform_settings.widget.expand_text", Kind: agent.KindText, Label: "Expand text",
		Help: "The expand text of the widget.",
	},
	{
		Key: "widget_listening_text", Wire: "platform_settings.widget.listening_text", Kind: agent.KindText, Label: "Listening text",
		Help: "The text to display when the agent is listening.",
	},
	{
		Key: "widget_speaking_text", Wire: "platform_settings.widget.speaking_text", Kind: agent.KindText, Label: "Speaking text",
		Help: "The text to display when the agent is speaking.",
	},
	{
		Key: "widget_shareable_page_text", Wire: "platform_settings.widget.shareable_page_text", Kind: agent.KindText, Label: "Shareable page text",
		Help: "The text to display when sharing.",
	},
	{
		Key: "widget_shareable_page_show_terms", Wire: "platform_settings.widget.shareable_page_show_terms", Kind: agent.KindBool, Label: "Shareable page show terms", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether to show terms and conditions on the shareable page.",
	},
	{
		Key: "widget_terms_text", Wire: "platform_settings.widget.terms_text", Kind: agent.KindText, Label: "Terms text",
		Help: "The text to display for terms and conditions.",
	},
	{
		Key: "widget_terms_html", Wire: "platform_settings.widget.terms_html", Kind: agent.KindText, Label: "Terms HTML",
		Help: "The HTML to display for terms and conditions.",
	},
	{
		Key: "widget_terms_key", Wire: "platform_settings.widget.terms_key", Kind: agent.KindText, Label: "Terms key",
		Help: "The key to display for terms and conditions.",
	},
	{
		Key: "widget_show_avatar_when_collapsed", Wire: "platform_settings.widget.show_avatar_when_collapsed", Kind: agent.KindBool, Label: "Show avatar when collapsed", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to show the avatar when the widget is collapsed.",
	},
	{
		Key: "widget_disable_banner", Wire: "platform_settings.widget.disable_banner", Kind: agent.KindBool, Label: "Disable banner", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to disable the banner.",
	},
	{
		Key: "widget_override_link", Wire: "platform_settings.widget.override_link", Kind: agent.KindText, Label: "Override link",
		Help: "The override link for the widget.",
	},
	{
		Key: "widget_markdown_link_allowed_hosts", Wire: "platform_settings.widget.markdown_link_allowed_hosts", Kind: agent.KindItems, Label: "Markdown link allowed hosts",
		Help:  "List of allowed hostnames for clickable markdown links. Use  hostname: '*'  to allow any domain. Empty means no links are allowed.",
		Items: itemsWidgetMarkdownLinkAllowedHosts,
	},
	{
		Key: "widget_markdown_link_include_www", Wire: "platform_settings.widget.markdown_link_include_www", Kind: agent.KindBool, Label: "Markdown link include www", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether to automatically include www. variants of allowed hosts.",
	},
	{
		Key: "widget_markdown_link_allow_http", Wire: "platform_settings.widget.markdown_link_allow_http", Kind: agent.KindBool, Label: "Markdown link allow http", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether to allow http:// in addition to https:// for allowed hosts.",
	},
	{
		Key: "widget_mic_muting_enabled", Wire: "platform_settings.widget.mic_muting_enabled", Kind: agent.KindBool, Label: "Mic muting enabled", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether to enable mic muting.",
	},
	{
		Key: "widget_transcript_enabled", Wire: "platform_settings.widget.transcript_enabled", Kind: agent.KindBool, Label: "Transcript enabled", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether the widget should show the conversation transcript as it goes on.",
	},
	{
		Key: "widget_text_input_enabled", Wire: "platform_settings.widget.text_input_enabled", Kind: agent.KindBool, Label: "Text input enabled", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether the user should be able to send text messages.",
	},
	{
		Key: "widget_conversation_mode_toggle_enabled", Wire: "platform_settings.widget.conversation_mode_toggle_enabled", Kind: agent.KindBool, Label: "Conversation mode toggle enabled", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to enable the conversation mode toggle in the widget.",
	},
	{
		Key: "widget_default_expanded", Wire: "platform_settings.widget.default_expanded", Kind: agent.KindBool, Label: "Default expanded", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether the widget should be expanded by default.",
	},
	{
		Key: "widget_always_expanded", Wire: "platform_settings.widget.always_expanded", Kind: agent.KindBool, Label: "Always expanded", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether the widget should always be expanded.",
	},
	{
		Key: "widget_dismissible", Wire: "platform_settings.widget.dismissible", Kind: agent.KindBool, Label: "Dismissible", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether the widget can be dismissed by the user.",
	},
	{
		Key: "widget_show_agent_status", Wire: "platform_settings.widget.show_agent_status", Kind: agent.KindBool, Label: "Show agent status", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to show agent working/done/error status during tool use.",
	},
	{
		Key: "widget_show_conversation_id", Wire: "platform_settings.widget.show_conversation_id", Kind: agent.KindBool, Label: "Show conversation ID", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether to show the conversation ID after disconnection.",
	},
	{
		Key: "widget_strip_audio_tags", Wire: "platform_settings.widget.strip_audio_tags", Kind: agent.KindBool, Label: "Strip audio tags", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether to strip audio markup from messages.",
	},
	{
		Key: "widget_syntax_highlight_theme", Wire: "platform_settings.widget.syntax_highlight_theme", Kind: agent.KindChoice, Label: "Syntax highlight theme", Spec: agent.FieldSpec{Choices: ch("light", "Light", "dark", "Dark"), Closed: true},
		Help: "Theme for code block syntax highlighting. Defaults to auto-detection by the widget when not set.",
	},
	{
		Key: "widget_show_resize_button", Wire: "platform_settings.widget.show_resize_button", Kind: agent.KindBool, Label: "Show resize button", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether to show the resize button.",
	},
	{
		Key: "widget_language_selector", Wire: "platform_settings.widget.language_selector", Kind: agent.KindBool, Label: "Language selector", Spec: agent.FieldSpec{Default: "no"},
		Help: "Whether to show the language selector.",
	},
	{
		Key: "widget_supports_text_only", Wire: "platform_settings.widget.supports_text_only", Kind: agent.KindBool, Label: "Supports text only", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether the widget can switch to text only mode.",
	},
	{
		Key: "widget_custom_avatar_path", Wire: "platform_settings.widget.custom_avatar_path", Kind: agent.KindText, Label: "Custom avatar path",
		Help: "The custom avatar path.",
	},
}
