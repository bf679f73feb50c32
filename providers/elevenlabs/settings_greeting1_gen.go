package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsGreeting1 = []agent.Setting{
	// Language presets
	{
		Key: "language_presets", Wire: "conversation_config.language_presets", Kind: agent.KindItems, Label: "Language presets",
		Help:    "A first message, voice and other settings used when the conversation is in another language.",
		KeyedBy: "language",
		Items: []agent.Setting{
			{Key: "language", Kind: agent.KindText, Label: "Language", Help: "The language code this preset is for, like fr or de."},
			{
				Key: "overrides_asr_keywords", Wire: "overrides.asr.keywords", Kind: agent.KindList, Label: "Keywords",
				Help: "Keywords to boost prediction probability for.",
			},
			{
				Key: "overrides_turn_soft_timeout_config_message", Wire: "overrides.turn.soft_timeout_config.message", Kind: agent.KindText, Label: "Message",
				Help: "Message to show when the first soft timeout is reached while waiting for LLM response. Supports dynamic variables (for example system__time, custom variable).",
			},
			{
				Key: "overrides_turn_soft_timeout_config_additional_soft_timeout_messages", Wire: "overrides.turn.soft_timeout_config.additional_soft_timeout_messages", Kind: agent.KindList, Label: "Additional soft timeout messages",
				Help: "Extra static filler messages for subsequent soft timeouts in the same LLM generation. The first timeout uses message. If fewer messages are configured than max soft timeouts per generation, the last configured message is repeated; otherwise a built-in filler is used.",
			},
			{
				Key: "overrides_tts_model_id", Wire: "overrides.tts.model_id", Kind: agent.KindChoice, Label: "Model ID", Spec: agent.FieldSpec{Choices: ch("eleven_turbo_v2", "Eleven turbo v2", "eleven_turbo_v2_5", "Eleven turbo v2 5", "eleven_flash_v2", "Eleven flash v2", "eleven_flash_v2_5", "Eleven flash v2 5", "eleven_multilingual_v2", "Eleven multilingual v2", "eleven_v3_conversational", "Eleven v3 conversational"), Closed: true},
				Help: "The model to use for TTS.",
			},
			{
				Key: "overrides_tts_voice_id", Wire: "overrides.tts.voice_id", Kind: agent.KindText, Label: "Voice ID",
				Help: "The voice ID to use for TTS.",
			},
			{
				Key: "overrides_tts_supported_voices", Wire: "overrides.tts.supported_voices", Kind: agent.KindItems, Label: "Supported voices",
				Help:  "Additional supported voices for the agent.",
				Items: itemsSupportedVoices,
			},
			{
				Key: "overrides_tts_stability", Wire: "overrides.tts.stability", Kind: agent.KindNumber, Label: "Stability",
				Help: "The stability of generated speech.",
			},
			{
				Key: "overrides_tts_speed", Wire: "overrides.tts.speed", Kind: agent.KindNumber, Label: "Speed",
				Help: "The speed of generated speech.",
			},
			{
				Key: "overrides_tts_similarity_boost", Wire: "overrides.tts.similarity_boost", Kind: agent.KindNumber, Label: "Similarity boost",
				Help: "The similarity boost for generated speech.",
			},
			{
				Key: "overrides_tts_pronunciation_dictionary_locators", Wire: "overrides.tts.pronunciation_dictionary_locators", Kind: agent.KindItems, Label: "Pronunciation dictionary locators",
				Help:  "The pronunciation dictionary locators.",
				Items: itemsPronunciationDictionaries,
			},
			{
				Key: "overrides_conversation_text_only", Wire: "overrides.conversation.text_only", Kind: agent.KindBool, Label: "Text only",
				Help: "If enabled audio will not be processed and only text will be used, use to avoid audio pricing.",
			},
			{
				Key: "overrides_conversation_max_duration_seconds", Wire: "overrides.conversation.max_duration_seconds", Kind: agent.KindInteger, Label: "Maximum duration seconds",
				Help: "The maximum duration of a conversation in seconds.",
			},
			{
				Key: "overrides_agent_first_message", Wire: "overrides.agent.first_message", Kind: agent.KindText, Label: "First message",
				Help: "If non-empty, the first message the agent will say. If empty, the agent waits for the user to start the discussion.",
			},
			{
				Key: "overrides_agent_language", Wire: "overrides.agent.language", Kind: agent.KindText, Label: "Agent language",
				Help: "Language of the agent - used for ASR and TTS.",
			},
			{
				Key: "overrides_agent_max_conversation_duration_message", Wire: "overrides.agent.max_conversation_duration_message", Kind: agent.KindText, Label: "Maximum conversation duration message",
				Help: "If non-empty, the message the agent will send when max conversation duration is reached.",
			},
			{
				Key: "overrides_agent_prompt_prompt", Wire: "overrides.agent.prompt.prompt", Kind: agent.KindText, Label: "Prompt",
				Help: "The prompt for the agent.",
			},
			{
				Key: "overrides_agent_prompt_llm", Wire: "overrides.agent.prompt.llm", Kind: agent.KindChoice, Label: "LLM", Spec: agent.FieldSpec{Choices: ch("gpt-4o-mini", "gpt-4o-mini", "gpt-4o", "gpt-4o", "gpt-4", "gpt-4", "gpt-4-turbo", "gpt-4-turbo", "gpt-4.1", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4.1-nano", "gpt-5", "gpt-5", "gpt-5.1", "gpt-5.1", "gpt-5.2", "gpt-5.2", "gpt-5.2-chat-latest", "gpt-5.2-chat-latest", "gpt-5.4", "gpt-5.4", "gpt-5.4-mini", "gpt-5.4-mini", "gpt-5.4-nano", "gpt-5.4-nano", "gpt-5.5", "gpt-5.5", "gpt-5.6-sol", "gpt-5.6-sol", "gpt-5.6-terra", "gpt-5.6-terra", "gpt-5.6-luna", "gpt-5.6-luna", "gpt-5-mini", "gpt-5-mini", "gpt-5-nano", "gpt-5-nano", "gpt-3.5-turbo", "gpt-3.5-turbo", "gemini-1.5-pro", "gemini-1.5-pro", "gemini-1.5-flash", "gemini-1.5-flash", "gemini-2.0-flash", "gemini-2.0-flash", "gemini-2.0-flash-lite", "gemini-2.0-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash", "gemini-2.5-flash", "gemini-3-pro-preview", "gemini-3-pro-preview", "gemini-3-flash-preview", "gemini-3-flash-preview", "gemini-3.1-pro-preview", "gemini-3.1-pro-preview", "gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite", "gemini-3.1-flash-lite", "gemini-3.5-flash", "gemini-3.5-flash", "gemini-3.5-flash-lite", "gemini-3.5-flash-lite", "gemini-3.6-flash", "gemini-3.6-flash", "gemini-3.7-flash", "gemini-3.7-flash", "gemini-3.8-flash", "gemini-3.8-flash", "claude-sonnet-4-5", "claude-sonnet-4-5", "claude-opus-4-7", "claude-opus-4-7", "claude-opus-4-8", "claude-opus-4-8", "claude-sonnet-4-6", "claude-sonnet-4-6", "claude-sonnet-5", "claude-sonnet-5", "claude-sonnet-4", "claude-sonnet-4", "claude-haiku-4-5", "claude-haiku-4-5", "claude-3-7-sonnet", "claude-3-7-sonnet", "claude-3-5-sonnet", "claude-3-5-sonnet", "claude-3-5-sonnet-v1", "claude-3-5-sonnet-v1", "claude-3-haiku", "claude-3-haiku", "grok-beta", "grok-beta", "custom-llm", "custom-llm", "qwen3-4b", "qwen3-4b", "qwen3-30b-a3b", "qwen3-30b-a3b", "qwen36-35b-a3b", "qwen36-35b-a3b", "qwen35-397b-a17b", "qwen35-397b-a17b", "gpt-oss-20b", "gpt-oss-20b", "gpt-oss-120b", "gpt-oss-120b", "glm-45-air-fp8", "glm-45-air-fp8", "gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-lite-preview-09-2025", "gemini-2.5-flash-lite-preview-09-2025", "gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-04-17", "gemini-2.5-flash-preview-04-17", "gemini-2.5-flash-lite-preview-06-17", "gemini-2.5-flash-lite-preview-06-17", "gemini-2.0-flash-lite-001", "gemini-2.0-flash-lite-001", "gemini-2.0-flash-001", "gemini-2.0-flash-001", "gemini-1.5-flash-002", "gemini-1.5-flash-002", "gemini-1.5-flash-001", "gemini-1.5-flash-001", "gemini-1.5-pro-002", "gemini-1.5-pro-002", "gemini-1.5-pro-001", "gemini-1.5-pro-001", "claude-sonnet-4@20250514", "claude-sonnet-4@20250514", "claude-sonnet-4-5@20250929", "claude-sonnet-4-5@20250929", "claude-haiku-4-5@20251001", "claude-haiku-4-5@20251001", "claude-3-7-sonnet@20250219", "claude-3-7-sonnet@20250219", "claude-3-5-sonnet@20240620", "claude-3-5-sonnet@20240620", "claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet-v2@20241022", "claude-3-haiku@20240307", "claude-3-haiku@20240307", "gpt-5-2025-08-07", "gpt-5-2025-08-07", "gpt-5.1-2025-11-13", "gpt-5.1-2025-11-13", "gpt-5.2-2025-12-11", "gpt-5.2-2025-12-11", "gpt-5.4-2026-03-05", "gpt-5.4-2026-03-05", "gpt-5.4-mini-2026-03-17", "gpt-5.4-mini-2026-03-17", "gpt-5.4-nano-2026-03-17", "gpt-5.4-nano-2026-03-17", "gpt-5.5-2026-04-23", "gpt-5.5-2026-04-23", "gpt-5-mini-2025-08-07", "gpt-5-mini-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-4.1-2025-04-14", "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18", "gpt-4o-2024-11-20", "gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-4o-2024-08-06", "gpt-4o-2024-05-13", "gpt-4o-2024-05-13", "gpt-4-0613", "gpt-4-0613", "gpt-4-0314", "gpt-4-0314", "gpt-4-turbo-2024-04-09", "gpt-4-turbo-2024-04-09", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-1106", "gpt-3.5-turbo-1106", "watt-tool-8b", "watt-tool-8b", "watt-tool-70b", "watt-tool-70b"), Closed: true},
				Help: "The LLM to query with the prompt and the chat history. If using data residency, the LLM must be supported in the data residency environment.",
			},
			{
				Key: "overrides_agent_prompt_tool_ids", Wire: "overrides.agent.prompt.tool_ids", Kind: agent.KindList, Label: "Tool IDs",
				Help: "A list of IDs of tools used by the agent.",
			},
			{
				Key: "overrides_agent_prompt_native_mcp_server_ids", Wire: "overrides.agent.prompt.native_mcp_server_ids", Kind: agent.KindList, Label: "Native MCP server IDs",
				Help: "A list of Native MCP server ids to be used by the agent.",
			},
			{
				Key: "overrides_agent_prompt_knowledge_base", Wire: "overrides.agent.prompt.knowledge_base", Kind: agent.KindItems, Label: "Knowledge base",
				Help: "A list of knowledge bases to be used by the agent.",
				Items: []agent.Setting{
					{
						Key: "type", Wire: "type", Kind: agent.KindChoice, Label: "Knowledge base type", Spec: agent.FieldSpec{Choices: ch("file", "File", "url", "Web page", "text", "Text", "folder", "Folder"), Closed: true},
						Help: "The type of the knowledge base.",
					},
					{
						Key: "name", Wire: "name", Kind: agent.KindText, Label: "Knowledge base name",
						Help: "The name of the knowledge base.",
					},
					{
						Key: "id", Wire: "id", Kind: agent.KindText, Label: "Knowledge base ID",
						Help: "The ID of the knowledge base.",
					},
					{
						Key: "usage_mode", Wire: "usage_mode", Kind: agent.KindChoice, Label: "Usage mode", Spec: agent.FieldSpec{Choices: ch("prompt", "Prompt", "auto", "Auto"), Closed: true, Default: "auto"},
						Help: "The usage mode of the knowledge base.",
					},
				},
			},
			{
				Key: "first_message_translation_source_hash", Wire: "first_message_translation.source_hash", Kind: agent.KindText, Label: "Source hash",
				Help: "The source hash, as ElevenLabs names it.",
			},
			{
				Key: "first_message_translation_text", Wire: "first_message_translation.text", Kind: agent.KindText, Label: "First message translation text",
				Help: "The first message translation text, as ElevenLabs names it.",
			},
			{
				Key: "soft_timeout_translation_source_hash", Wire: "soft_timeout_translation.source_hash", Kind: agent.KindText, Label: "Source hash",
				Help: "The source hash, as ElevenLabs names it.",
			},
			{
				Key: "soft_timeout_translation_text", Wire: "soft_timeout_translation.text", Kind: agent.KindText, Label: "Soft timeout translation text",
				Help: "The soft timeout translation text, as ElevenLabs names it.",
			},
		},
	},
}
