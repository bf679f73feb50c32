package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsBrain1 = []agent.Setting{
	// Replies in text
	{
		Key: "text_behavior", Wire: "conversation_config.agent.text_behavior_overrides", Kind: agent.KindItems, Label: "Text replies by channel",
		Help:    "How long and in what form the agent replies in text conversations, set for each channel.",
		KeyedBy: "channel",
		Items: []agent.Setting{
			{Key: "channel", Kind: agent.KindChoice, Label: "Channel", Help: "Where the conversation happens, like the web widget or WhatsApp.", Spec: agent.FieldSpec{Choices: ch("unknown", "Unknown", "android_sdk", "Android sdk", "node_js_sdk", "Node js sdk", "react_native_sdk", "React native sdk", "react_sdk", "React sdk", "js_sdk", "Js sdk", "python_sdk", "Python sdk", "widget", "Widget", "sip_trunk", "SIP trunk", "twilio", "Twilio", "exotel", "Exotel", "genesys", "Genesys", "avaya", "Avaya", "audiocodes", "Audiocodes", "swift_sdk", "Swift sdk", "whatsapp", "Whatsapp", "twilio_sms", "Twilio sms", "flutter_sdk", "Flutter sdk", "zendesk_integration", "Zendesk integration", "slack_integration", "Slack integration", "telegram_integration", "Telegram integration", "intercom_integration", "Intercom integration", "freshdesk_integration", "Freshdesk integration", "salesforce_integration", "Salesforce integration", "template_preview", "Template preview", "genesys_bot_connector", "Genesys bot connector", "subagent_tool", "Subagent tool"), Closed: true}},
			{
				Key: "verbosity", Wire: "verbosity", Kind: agent.KindChoice, Label: "Verbosity", Spec: agent.FieldSpec{Choices: ch("auto", "Auto", "concise", "Concise", "thorough", "Thorough"), Closed: true},
				Help: "Verbosity override. Underlying default applies when unset.",
			},
			{
				Key: "output_format", Wire: "output_format", Kind: agent.KindChoice, Label: "Output format", Spec: agent.FieldSpec{Choices: ch("mp3_22050_32", "MP3 22.05 kHz 32 kbps", "mp3_44100_32", "MP3 44.1 kHz 32 kbps", "mp3_44100_64", "MP3 44.1 kHz 64 kbps", "mp3_44100_96", "MP3 44.1 kHz 96 kbps", "mp3_44100_128", "MP3 44.1 kHz 128 kbps", "mp3_44100_192", "MP3 44.1 kHz 192 kbps", "pcm_16000", "PCM 16 kHz", "pcm_22050", "PCM 22.05 kHz", "pcm_24000", "PCM 24 kHz", "pcm_44100", "PCM 44.1 kHz", "ulaw_8000", "mu-law 8 kHz"), Closed: true},
				Help: "Output format override. Underlying default applies when unset.",
			},
			{
				Key: "interaction_budget", Wire: "interaction_budget", Kind: agent.KindChoice, Label: "Interaction budget", Spec: agent.FieldSpec{Choices: ch("realtime", "Realtime", "5_minutes", "5 minutes", "10_minutes", "10 minutes", "1_hour", "1 hour"), Closed: true},
				Help: "Interaction budget override. Underlying default applies when unset.",
			},
		},
	},
	// Language model
	{
		Key: "enable_reasoning_summary", Wire: "conversation_config.agent.prompt.enable_reasoning_summary", Kind: agent.KindBool, Label: "Enable reasoning summary", Spec: agent.FieldSpec{Default: "no"},
		Help: "Enable model reasoning summaries. When disabled, we do not request summaries from provider if possible for faster TTFB. Not ZRM compatible.",
	},
	{
		Key: "ignore_default_personality", Wire: "conversation_config.agent.prompt.ignore_default_personality", Kind: agent.KindBool, Label: "Ignore default personality", Spec: agent.FieldSpec{Default: "yes"},
		Help: "Whether to remove the default personality lines from the system prompt.",
	},
	{
		Key: "cascade_timeout_seconds", Wire: "conversation_config.agent.prompt.cascade_timeout_seconds", Kind: agent.KindNumber, Label: "Cascade timeout seconds", Spec: agent.FieldSpec{Min: agent.Num(2), Max: agent.Num(15), Default: "4"},
		Help: "Time in seconds before cascading to backup LLM. Must be between 2 and 15 seconds.",
	},
	// Knowledge base
	{
		Key: "knowledge_base", Wire: "conversation_config.agent.prompt.knowledge_base", Kind: agent.KindItems, Label: "Knowledge-base documents",
		Help: "Documents from your workspace's knowledge base that the agent reads from. Pick each by name; the agent gets them by their ID.",
		Items: []agent.Setting{
			{
				Key: "type", Wire: "type", Kind: agent.KindChoice, Label: "Type", Spec: agent.FieldSpec{Choices: ch("file", "File", "url", "Web page", "text", "Text", "folder", "Folder"), Closed: true},
				Help: "What kind of document it is: a file, a web page, a text or a folder.",
			},
			{
				Key: "name", Wire: "name", Kind: agent.KindText, Label: "Name",
				Help: "The document's name, as the workspace shows it.",
			},
			{
				Key: "id", Wire: "id", Kind: agent.KindText, Label: "Document", Spec: agent.FieldSpec{Live: true},
				Help: "The document, chosen by name from your workspace's knowledge base.",
			},
			{
				Key: "usage_mode", Wire: "usage_mode", Kind: agent.KindChoice, Label: "When it is used", Spec: agent.FieldSpec{Choices: ch("prompt", "Prompt", "auto", "Auto"), Closed: true, Default: "auto"},
				Help: "Auto looks the document up when a question needs it; prompt puts the whole document in the prompt.",
			},
		},
	},
	{
		Key: "rag_enabled", Wire: "conversation_config.agent.prompt.rag.enabled", Kind: agent.KindBool, Label: "Look things up in the documents", Spec: agent.FieldSpec{Default: "no"},
		Help: "When on, the agent searches the knowledge-base documents for the parts that answer each question, instead of reading them whole.",
	},
	{
		Key: "rag_embedding_model", Wire: "conversation_config.agent.prompt.rag.embedding_model", Kind: agent.KindChoice, Label: "Embedding model", Spec: agent.FieldSpec{Choices: ch("e5_mistral_7b_instruct", "E5 mistral 7b instruct", "multilingual_e5_large_instruct", "Multilingual e5 large instruct"), Closed: true, Default: "e5_mistral_7b_instruct"},
		Help: "The embedding model, as ElevenLabs names it.",
	},
	{
		Key: "rag_max_vector_distance", Wire: "conversation_config.agent.prompt.rag.max_vector_distance", Kind: agent.KindNumber, Label: "Closeness needed", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1), Note: "It must be more than 0. It must be less than 1.", Default: "0.6"},
		Help: "How close a passage must be to the question to be used; smaller is stricter.",
	},
	{
		Key: "rag_max_documents_length", Wire: "conversation_config.agent.prompt.rag.max_documents_length", Kind: agent.KindInteger, Label: "Most characters looked up", Spec: agent.FieldSpec{Min: agent.Num(1), Max: agent.Num(9999999), Default: "50000"},
		Help: "The most characters of the documents the agent reads for one answer.",
	},
	{
		Key: "rag_max_retrieved_rag_chunks_count", Wire: "conversation_config.agent.prompt.rag.max_retrieved_rag_chunks_count", Kind: agent.KindInteger, Label: "Most passages looked up", Spec: agent.FieldSpec{Min: agent.Num(1), Max: agent.Num(20), Default: "20"},
		Help: "The most passages of the documents the agent reads for one answer.",
	},
	{
		Key: "rag_num_candidates", Wire: "conversation_config.agent.prompt.rag.num_candidates", Kind: agent.KindInteger, Label: "Number of candidates", Spec: agent.FieldSpec{Min: agent.Num(1), Max: agent.Num(10000)},
		Help: "Number of candidates evaluated in ANN vector search. Higher number means better results, but higher latency. Minimum recommended value is 100. If disabled, the default value is used.",
	},
	{
		Key: "rag_query_rewrite_prompt_override", Wire: "conversation_config.agent.prompt.rag.query_rewrite_prompt_override", Kind: agent.KindText, Label: "Query rewrite prompt override", Spec: agent.FieldSpec{MaxLen: 1000},
		Help: "Custom prompt for rewriting user queries before RAG retrieval. The conversation history will be automatically appended at the end. If not set, the default prompt will be used.",
	},
	{
		Key: "rag_knowledge_base_tool_info_enabled_strategies", Wire: "conversation_config.agent.prompt.rag.knowledge_base_tool_info.enabled_strategies", Kind: agent.KindList, Label: "Enabled strategies", Spec: agent.FieldSpec{Choices: ch("cat", "Cat", "keyword", "Keyword", "semantic", "Semantic", "ls", "Ls"), Closed: true},
		Help: "Search strategies exposed to the model. Must be non-empty.",
	},
	// Custom language model
	{
		Key: "custom_llm_model_id", Wire: "conversation_config.agent.prompt.custom_llm.model_id", Kind: agent.KindText, Label: "Model ID",
		Help: "The model ID to be used if URL serves multiple models.",
	},
	{
		Key: "custom_llm_api_key_secret_id", Wire: "conversation_config.agent.prompt.custom_llm.api_key.secret_id", Kind: agent.KindText, Label: "Key saved in ElevenLabs", Spec: agent.FieldSpec{Live: true},
		Help: "A secret saved in your ElevenLabs workspace that holds the key of your language model server, chosen by name.",
	},
	{
		Key: "custom_llm_api_key_env_var_label", Wire: "conversation_config.agent.prompt.custom_llm.api_key.env_var_label", Kind: agent.KindText, Label: "Key from an environment",
		Help: "The name of an environment value in ElevenLabs that holds the key of your language model server.",
	},
	{
		Key: "custom_llm_auth_connection_auth_connection_id", Wire: "conversation_config.agent.prompt.custom_llm.auth_connection.auth_connection_id", Kind: agent.KindText, Label: "Auth connection ID",
		Help: "The ID of the auth connection to use, as ElevenLabs shows it.",
	},
	{
		Key: "custom_llm_auth_connection_env_var_label", Wire: "conversation_config.agent.prompt.custom_llm.auth_connection.env_var_label", Kind: agent.KindText, Label: "Env var label",
		Help: "The env var label, as ElevenLabs names it.",
	},
	{
		Key: "custom_llm_request_headers", Wire: "conversation_config.agent.prompt.custom_llm.request_headers", Kind: agent.KindItems, Label: "Request headers",
		Help:    "Headers that should be included in the request.",
		KeyedBy: "name",
		Items: []agent.Setting{
			{Key: "name", Kind: agent.KindText, Label: "Name", Help: "The name this entry is kept under."},
			{
				Key: "secret_id", Wire: "secret_id", Kind: agent.KindText, Label: "Secret ID",
				Help: "The ID of the secret to use, as ElevenLabs shows it.",
			},
			{
				Key: "variable_name", Wire: "variable_name", Kind: agent.KindText, Label: "Variable name",
				Help: "The variable name, as ElevenLabs names it.",
			},
			{
				Key: "env_var_label", Wire: "env_var_label", Kind: agent.KindText, Label: "Env var label",
				Help: "The env var label, as ElevenLabs names it.",
			},
		},
	},
	{
		Key: "custom_llm_api_version", Wire: "conversation_config.agent.prompt.custom_llm.api_version", Kind: agent.KindText, Label: "API version",
		Help: "The API version to use for the request.",
	},
	{
		Key: "custom_llm_api_type", Wire: "conversation_config.agent.prompt.custom_llm.api_type", Kind: agent.KindChoice, Label: "API type", Spec: agent.FieldSpec{Choices: ch("chat_completions", "Chat completions", "responses", "Responses", "websocket", "Websocket"), Closed: true, Default: "chat_completions"},
		Help: "The API type to use (chat completions, responses or websocket).",
	},
	// Backup language models
	{
		Key: "backup_llm_preference", Wire: "conversation_config.agent.prompt.backup_llm_config.preference", Kind: agent.KindChoice, Label: "Backup LLM settings preference", Spec: agent.FieldSpec{Choices: ch("default", "Default", "disabled", "Disabled", "override", "Override"), Closed: true, Default: "default"},
		Help: "The backup llm settings preference, as ElevenLabs names it.",
	},
	{
		Key: "backup_llm_order", Wire: "conversation_config.agent.prompt.backup_llm_config.order", Kind: agent.KindList, Label: "Backup LLM settings order", Spec: agent.FieldSpec{Choices: ch("gpt-4o-mini", "gpt-4o-mini", "gpt-4o", "gpt-4o", "gpt-4", "gpt-4", "gpt-4-turbo", "gpt-4-turbo", "gpt-4.1", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4.1-nano", "gpt-5", "gpt-5", "gpt-5.1", "gpt-5.1", "gpt-5.2", "gpt-5.2", "gpt-5.2-chat-latest", "gpt-5.2-chat-latest", "gpt-5.4", "gpt-5.4", "gpt-5.4-mini", "gpt-5.4-mini", "gpt-5.4-nano", "gpt-5.4-nano", "gpt-5.5", "gpt-5.5", "gpt-5.6-sol", "gpt-5.6-sol", "gpt-5.6-terra", "gpt-5.6-terra", "gpt-5.6-luna", "gpt-5.6-luna", "gpt-5-mini", "gpt-5-mini", "gpt-5-nano", "gpt-5-nano", "gpt-3.5-turbo", "gpt-3.5-turbo", "gemini-1.5-pro", "gemini-1.5-pro", "gemini-1.5-flash", "gemini-1.5-flash", "gemini-2.0-flash", "gemini-2.0-flash", "gemini-2.0-flash-lite", "gemini-2.0-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash", "gemini-2.5-flash", "gemini-3-pro-preview", "gemini-3-pro-preview", "gemini-3-flash-preview", "gemini-3-flash-preview", "gemini-3.1-pro-preview", "gemini-3.1-pro-preview", "gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite", "gemini-3.1-flash-lite", "gemini-3.5-flash", "gemini-3.5-flash", "gemini-3.5-flash-lite", "gemini-3.5-flash-lite", "gemini-3.6-flash", "gemini-3.6-flash", "gemini-3.7-flash", "gemini-3.7-flash", "gemini-3.8-flash", "gemini-3.8-flash", "claude-sonnet-4-5", "claude-sonnet-4-5", "claude-opus-4-7", "claude-opus-4-7", "claude-opus-4-8", "claude-opus-4-8", "claude-sonnet-4-6", "claude-sonnet-4-6", "claude-sonnet-5", "claude-sonnet-5", "claude-sonnet-4", "claude-sonnet-4", "claude-haiku-4-5", "claude-haiku-4-5", "claude-3-7-sonnet", "claude-3-7-sonnet", "claude-3-5-sonnet", "claude-3-5-sonnet", "claude-3-5-sonnet-v1", "claude-3-5-sonnet-v1", "claude-3-haiku", "claude-3-haiku", "grok-beta", "grok-beta", "custom-llm", "custom-llm", "qwen3-4b", "qwen3-4b", "qwen3-30b-a3b", "qwen3-30b-a3b", "qwen36-35b-a3b", "qwen36-35b-a3b", "qwen35-397b-a17b", "qwen35-397b-a17b", "gpt-oss-20b", "gpt-oss-20b", "gpt-oss-120b", "gpt-oss-120b", "glm-45-air-fp8", "glm-45-air-fp8", "gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-lite-preview-09-2025", "gemini-2.5-flash-lite-preview-09-2025", "gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview-04-17", "gemini-2.5-flash-preview-04-17", "gemini-2.5-flash-lite-preview-06-17", "gemini-2.5-flash-lite-preview-06-17", "gemini-2.0-flash-lite-001", "gemini-2.0-flash-lite-001", "gemini-2.0-flash-001", "gemini-2.0-flash-001", "gemini-1.5-flash-002", "gemini-1.5-flash-002", "gemini-1.5-flash-001", "gemini-1.5-flash-001", "gemini-1.5-pro-002", "gemini-1.5-pro-002", "gemini-1.5-pro-001", "gemini-1.5-pro-001", "claude-sonnet-4@20250514", "claude-sonnet-4@20250514", "claude-sonnet-4-5@20250929", "claude-sonnet-4-5@20250929", "claude-haiku-4-5@20251001", "claude-haiku-4-5@20251001", "claude-3-7-sonnet@20250219", "claude-3-7-sonnet@20250219", "claude-3-5-sonnet@20240620", "claude-3-5-sonnet@20240620", "claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet-v2@20241022", "claude-3-haiku@20240307", "claude-3-haiku@20240307", "gpt-5-2025-08-07", "gpt-5-2025-08-07", "gpt-5.1-2025-11-13", "gpt-5.1-2025-11-13", "gpt-5.2-2025-12-11", "gpt-5.2-2025-12-11", "gpt-5.4-2026-03-05", "gpt-5.4-2026-03-05", "gpt-5.4-mini-2026-03-17", "gpt-5.4-mini-2026-03-17", "gpt-5.4-nano-2026-03-17", "gpt-5.4-nano-2026-03-17", "gpt-5.5-2026-04-23", "gpt-5.5-2026-04-23", "gpt-5-mini-2025-08-07", "gpt-5-mini-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-4.1-2025-04-14", "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18", "gpt-4o-2024-11-20", "gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-4o-2024-08-06", "gpt-4o-2024-05-13", "gpt-4o-2024-05-13", "gpt-4-0613", "gpt-4-0613", "gpt-4-0314", "gpt-4-0314", "gpt-4-turbo-2024-04-09", "gpt-4-turbo-2024-04-09", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-1106", "gpt-3.5-turbo-1106", "watt-tool-8b", "watt-tool-8b", "watt-tool-70b", "watt-tool-70b"), Closed: true},
		Help: "The backup llm settings order, as ElevenLabs names it.",
	},
}
