package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsAdvanced4 = joinRows(
	[]agent.Setting{
		// Webhooks
		{
			Key: "webhooks_send_audio", Wire: "platform_settings.workspace_overrides.webhooks.send_audio", Kind: agent.KindBool, Label: "Send the recording",
			Help: "When on, the after-call webhook also gets the call's audio. ElevenLabs marks it as old.",
		},
		// Tests
		{
			Key: "testing_attached_tests", Wire: "platform_settings.testing.attached_tests", Kind: agent.KindItems, Label: "Attached tests",
			Help: "List of test IDs that should be run for this agent.",
			Items: []agent.Setting{
				{
					Key: "test_id", Wire: "test_id", Kind: agent.KindText, Label: "Test ID",
					Help: "The ID of the test to use, as ElevenLabs shows it.",
				},
				{
					Key: "workflow_node_id", Wire: "workflow_node_id", Kind: agent.KindText, Label: "Workflow node ID",
					Help: "The ID of the workflow node to use, as ElevenLabs shows it.",
				},
			},
		},
		// Platform
		{
			Key: "archived", Wire: "platform_settings.archived", Kind: agent.KindBool, Label: "Archived", Spec: agent.FieldSpec{Default: "no"},
			Help: "Whether the agent is archived.",
		},
		{
			Key: "trust_context", Wire: "platform_settings.trust_context", Kind: agent.KindChoice, Label: "Trust context", Spec: agent.FieldSpec{Choices: ch("unknown", "Unknown", "low", "Low", "high", "High"), Closed: true, Default: "unknown"},
			Help: "The trust context in which the agent operates.",
		},
		// Guardrails
		{
			Key: "guardrails_version", Wire: "platform_settings.guardrails.version", Kind: agent.KindChoice, Label: "Version", Spec: agent.FieldSpec{Choices: ch("1", "1"), Closed: true, Default: "1"},
			Help: "The version, as ElevenLabs names it.",
		},
		{
			Key: "guardrails_focus_is_enabled", Wire: "platform_settings.guardrails.focus.is_enabled", Kind: agent.KindBool, Label: "Focus is enabled", Spec: agent.FieldSpec{Default: "no"},
			Help: "When on, the focus check is used.",
		},
		{
			Key: "guardrails_prompt_injection_is_enabled", Wire: "platform_settings.guardrails.prompt_injection.is_enabled", Kind: agent.KindBool, Label: "Prompt injection is enabled", Spec: agent.FieldSpec{Default: "no"},
			Help: "When on, the prompt injection check is used.",
		},
		{
			Key: "guardrails_content_execution_mode", Wire: "platform_settings.guardrails.content.execution_mode", Kind: agent.KindChoice, Label: "Execution mode", Spec: agent.FieldSpec{Choices: ch("streaming", "Streaming", "blocking", "Blocking"), Closed: true, Default: "streaming"},
			Help: "The execution mode, as ElevenLabs names it.",
		},
	},
	eachNamed(
		[]agent.Setting{
			{
				Key: "guardrails_content_config_{name}_is_enabled", Wire: "platform_settings.guardrails.content.config.{name}.is_enabled", Kind: agent.KindBool, Label: "{Words} is enabled", Spec: agent.FieldSpec{Default: "no"},
				Help: "When on, the {words} check is used.",
			},
			{
				Key: "guardrails_content_config_{name}_threshold", Wire: "platform_settings.guardrails.content.config.{name}.threshold", Kind: agent.KindNumber, Label: "{Words} threshold", Spec: agent.FieldSpec{Default: "0.3"},
				Help: "How strong a sign of {words} must be before it counts; lower catches more. ElevenLabs also takes one of the words low, medium, high; a word already set is kept until you type a number.",
			},
		},
		"sexual", "violence", "harassment", "self_harm", "profanity", "religion_or_politics", "medical_and_legal_information",
	),
	[]agent.Setting{
		{
			Key: "guardrails_content_trigger_action_type", Wire: "platform_settings.guardrails.content.trigger_action.type", Kind: agent.KindChoice, Label: "Trigger action type", Spec: agent.FieldSpec{Choices: ch("end_call", "End call", "retry", "Retry"), Closed: true, Default: "end_call"},
			Help: "Which kind of trigger action this is.",
		},
		{
			Key: "guardrails_content_trigger_action_feedback", Wire: "platform_settings.guardrails.content.trigger_action.feedback", Kind: agent.KindText, Label: "Trigger action feedback",
			Help: "Custom feedback to inject into the agent when retrying after guardrail trigger.",
		},
		{
			Key: "guardrails_moderation_execution_mode", Wire: "platform_settings.guardrails.moderation.execution_mode", Kind: agent.KindChoice, Label: "Execution mode", Spec: agent.FieldSpec{Choices: ch("streaming", "Streaming", "blocking", "Blocking"), Closed: true, Default: "streaming"},
			Help: "The execution mode, as ElevenLabs names it.",
		},
	},
	eachNamed(
		[]agent.Setting{
			{
				Key: "guardrails_moderation_config_{name}_is_enabled", Wire: "platform_settings.guardrails.moderation.config.{name}.is_enabled", Kind: agent.KindBool, Label: "{Words} is enabled", Spec: agent.FieldSpec{Default: "no"},
				Help: "When on, the {words} check is used.",
			},
			{
				Key: "guardrails_moderation_config_{name}_threshold", Wire: "platform_settings.guardrails.moderation.config.{name}.threshold", Kind: agent.KindNumber, Label: "{Words} threshold", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1), Default: "0.3"},
				Help: "How strong a sign of {words} must be before it counts; lower catches more.",
			},
		},
		"sexual", "violence", "violence_graphic", "harassment", "harassment_threatening", "hate", "hate_threatening", "self_harm_instructions", "self_harm", "self_harm_intent", "sexual_minors",
	),
	[]agent.Setting{
		{
			Key: "guardrails_custom_config_configs", Wire: "platform_settings.guardrails.custom.config.configs", Kind: agent.KindItems, Label: "Settings",
			Help: "The settings, one entry each.",
			Items: []agent.Setting{
				{
					Key: "is_enabled", Wire: "is_enabled", Kind: agent.KindBool, Label: "Settings is enabled", Spec: agent.FieldSpec{Default: "no"},
					Help: "When on, the settings check is used.",
				},
				{
					Key: "name", Wire: "name", Kind: agent.KindText, Label: "Settings name", Spec: agent.FieldSpec{MaxLen: 500},
					Help: "User-facing name for this guardrail.",
				},
				{
					Key: "prompt", Wire: "prompt", Kind: agent.KindText, Label: "Settings prompt", Spec: agent.FieldSpec{MaxLen: 10000},
					Help: "Instruction describing what to block, for example 'don't talk about politics'.",
				},
				{
					Key: "execution_mode", Wire: "execution_mode", Kind: agent.KindChoice, Label: "Execution mode", Spec: agent.FieldSpec{Choices: ch("streaming", "Streaming", "blocking", "Blocking"), Closed: true, Default: "streaming"},
					Help: "The execution mode, as ElevenLabs names it.",
				},
				{
					Key: "model", Wire: "model", Kind: agent.KindChoice, Label: "Model", Spec: agent.FieldSpec{Choices: ch("gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "gemini-2.5-flash", "gemini-2.5-flash", "gemini-3.1-flash-lite", "gemini-3.1-flash-lite", "gemini-3.5-flash", "gemini-3.5-flash", "claude-haiku-4-5", "claude-haiku-4-5", "claude-sonnet-4-6", "claude-sonnet-4-6", "gpt-5.4-nano", "gpt-5.4-nano", "gpt-5.4-mini", "gpt-5.4-mini"), Closed: true, Default: "gemini-3.1-flash-lite"},
					Help: "LLM model to use for custom guardrail evaluation.",
				},
				{
					Key: "history_message_count", Wire: "history_message_count", Kind: agent.KindInteger, Label: "History message count", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(100), Default: "0"},
					Help: "How much recent history the guardrail sees before the reply it evaluates, counted in user messages (the agent replies between them are included too). The guardrail always gets a single <conversation history> transcript ending in the evaluated reply, marked 'AGENT [current reply]:'. 0 (default) adds no prior history (just that line); 1 adds the latest user message onward.",
				},
				{
					Key: "history_include_tool_calls", Wire: "history_include_tool_calls", Kind: agent.KindBool, Label: "History include tool calls", Spec: agent.FieldSpec{Default: "no"},
					Help: "When enabled, the history also renders the agent's tool calls, their input arguments, and the tool results, interleaved with the text, so an action between two agent messages is visible. Off by default: history shows only user and agent text. Tool payloads can be large and can mislead smaller evaluator models, so enabling this raises token cost.",
				},
				{
					Key: "trigger_action_type", Wire: "trigger_action.type", Kind: agent.KindChoice, Label: "Trigger action type", Spec: agent.FieldSpec{Choices: ch("end_call", "End call", "retry", "Retry"), Closed: true, Default: "end_call"},
					Help: "Which kind of trigger action this is.",
				},
				{
					Key: "trigger_action_feedback", Wire: "trigger_action.feedback", Kind: agent.KindText, Label: "Trigger action feedback",
					Help: "Custom feedback to inject into the agent when retrying after guardrail trigger.",
				},
				{
					Key: "evaluate_full_response_only", Wire: "evaluate_full_response_only", Kind: agent.KindBool, Label: "Evaluate full response only", Spec: agent.FieldSpec{Default: "no"},
					Help: "Evaluate once against the complete non-TTS response instead of cumulative partials. Requires blocking mode.",
				},
			},
		},
		// Who may call
		{
			Key: "auth_enable_auth", Wire: "platform_settings.auth.enable_auth", Kind: agent.KindBool, Label: "Enable auth", Spec: agent.FieldSpec{Default: "no"},
			Help: "If set to true, starting a conversation with an agent will require a signed token.",
		},
		{
			Key: "auth_allowlist", Wire: "platform_settings.auth.allowlist", Kind: agent.KindItems, Label: "Allowlist",
			Help:  "A list of hosts that are allowed to start conversations with the agent.",
			Items: itemsWidgetMarkdownLinkAllowedHosts,
		},
		{
			Key: "auth_require_origin_header", Wire: "platform_settings.auth.require_origin_header", Kind: agent.KindBool, Label: "Require origin header", Spec: agent.FieldSpec{Default: "no"},
			Help: "When enabled, connections with no origin header will be rejected. If the allowlist is empty, this option has no effect.",
		},
		{
			Key: "auth_shareable_token", Wire: "platform_settings.auth.shareable_token", Kind: agent.KindText, Label: "Shareable token",
			Help: "A shareable token that can be used to start a conversation with the agent.",
		},
		// Call limits
		{
			Key: "call_limits_bursting_enabled", Wire: "platform_settings.call_limits.bursting_enabled", Kind: agent.KindBool, Label: "Bursting enabled", Spec: agent.FieldSpec{Default: "yes"},
			Help: "Whether to enable bursting. If true, exceeding workspace concurrency limit will be allowed up to 3 times the limit. Calls will be charged at double rate when exceeding the limit.",
		},
		{
			Key: "queue_enabled", Wire: "platform_settings.queueing_config.enabled", Kind: agent.KindBool, Label: "Queueing settings enabled", Spec: agent.FieldSpec{Default: "no"},
			Help: "Hold callers in a wait queue when the agent is at its concurrency limit, instead of rejecting them immediately.",
		},
		{
			Key: "queue_wait_timeout_seconds", Wire: "platform_settings.queueing_config.wait_timeout_seconds", Kind: agent.KindInteger, Label: "Wait timeout seconds", Spec: agent.FieldSpec{Min: agent.Num(1), Max: agent.Num(1800), Default: "180"},
			Help: "Maximum time a caller can wait in the queue before being rejected.",
		},
		{
			Key: "queue_hold_audio_path", Wire: "platform_settings.queueing_config.hold_audio.audio_path", Kind: agent.KindText, Label: "Audio path",
			Help: "Storage path of the uploaded clip.",
		},
		{
			Key: "queue_hold_audio_url", Wire: "platform_settings.queueing_config.hold_audio.audio_url", Kind: agent.KindText, Label: "Audio address",
			Help: "Public CDN URL of the uploaded clip.",
		},
		{
			Key: "queue_hold_audio_original_filename", Wire: "platform_settings.queueing_config.hold_audio.original_filename", Kind: agent.KindText, Label: "Original filename",
			Help: "Filename of the uploaded clip as provided by the user.",
		},
		{
			Key: "queue_hold_audio_duration_secs", Wire: "platform_settings.queueing_config.hold_audio.duration_secs", Kind: agent.KindNumber, Label: "Duration seconds",
			Help: "Duration of the uploaded clip in seconds.",
		},
		{
			Key: "queue_hold_audio_size_bytes", Wire: "platform_settings.queueing_config.hold_audio.size_bytes", Kind: agent.KindInteger, Label: "Size bytes",
			Help: "Size of the uploaded clip in bytes.",
		},
		// Privacy and recording
		{
			Key: "privacy_record_voice", Wire: "platform_settings.privacy.record_voice", Kind: agent.KindBool, Label: "Record calls", Spec: agent.FieldSpec{Default: "yes"},
			Help: "When on, ElevenLabs keeps a recording of each call.",
		},
		{
			Key: "privacy_retention_days", Wire: "platform_settings.privacy.retention_days", Kind: agent.KindInteger, Label: "Days kept", Spec: agent.FieldSpec{Default: "-1"},
			Help: "How many days conversations are kept; -1 keeps them for as long as the plan allows.",
		},
		{
			Key: "privacy_delete_transcript_and_pii", Wire: "platform_settings.privacy.delete_transcript_and_pii", Kind: agent.KindBool, Label: "Delete transcript and personal data", Spec: agent.FieldSpec{Default: "no"},
			Help: "Whether to delete the transcript and PII.",
		},
		{
			Key: "privacy_delete_audio", Wire: "platform_settings.privacy.delete_audio", Kind: agent.KindBool, Label: "Delete audio", Spec: agent.FieldSpec{Default: "no"},
			Help: "Whether to delete the audio.",
		},
		{
			Key: "privacy_apply_to_existing_conversations", Wire: "platform_settings.privacy.apply_to_existing_conversations", Kind: agent.KindBool, Label: "Apply to existing conversations", Spec: agent.FieldSpec{Default: "no"},
			Help: "Whether to apply the privacy settings to existing conversations.",
		},
		{
			Key: "privacy_zero_retention_mode", Wire: "platform_settings.privacy.zero_retention_mode", Kind: agent.KindBool, Label: "Keep nothing", Spec: agent.FieldSpec{Default: "no"},
			Help: "When on, ElevenLabs keeps no transcript, recording or data of the conversations.",
		},
		{
			Key: "privacy_conversation_history_redaction_enabled", Wire: "platform_settings.privacy.conversation_history_redaction.enabled", Kind: agent.KindBool, Label: "Conversation history redaction enabled", Spec: agent.FieldSpec{Default: "no"},
			Help: "Whether conversation history redaction is enabled.",
		},
		{
			Key: "privacy_conversation_history_redaction_entities", Wire: "platform_settings.privacy.conversation_history_redaction.entities", Kind: agent.KindList, Label: "Entities", Spec: agent.FieldSpec{Choices: ch("name", "Name", "name.name_given", "name.name_given", "name.name_family", "name.name_family", "name.name_other", "name.name_other", "email_address", "Email address", "contact_number", "Contact number", "dob", "Dob", "age", "Age", "religious_belief", "Religious belief", "political_opinion", "Political opinion", "sexual_orientation", "Sexual orientation", "ethnicity_race", "Ethnicity race", "marital_status", "Marital status", "occupation", "Occupation", "physical_attribute", "Physical attribute", "language", "Language", "username", "Username", "password", "Password", "url", "Web page", "organization", "Organization", "financial_id", "Financial ID", "financial_id.payment_card", "financial_id.payment_card", "financial_id.payment_card.payment_card_number", "financial_id.payment_card.payment_card_number", "financial_id.payment_card.payment_card_expiration_date", "financial_id.payment_card.payment_card_expiration_date", "financial_id.payment_card.payment_card_cvv", "financial_id.payment_card.payment_card_cvv", "financial_id.bank_account", "financial_id.bank_account", "financial_id.bank_account.bank_account_number", "financial_id.bank_account.bank_account_number", "financial_id.bank_account.bank_routing_number", "financial_id.bank_account.bank_routing_number", "financial_id.bank_account.swift_bic_code", "financial_id.bank_account.swift_bic_code", "financial_id.financial_id_other", "financial_id.financial_id_other", "location", "Location", "location.location_address", "location.location_address", "location.location_city", "location.location_city", "location.location_postal_code", "location.location_postal_code", "location.location_coordinate", "location.location_coordinate", "location.location_state", "location.location_state", "location.location_country", "location.location_country", "location.location_other", "location.location_other", "date", "Date", "date_interval", "Date interval", "unique_id", "Unique ID", "unique_id.government_issued_id", "unique_id.government_issued_id", "unique_id.account_number", "unique_id.account_number", "unique_id.vehicle_id", "unique_id.vehicle_id", "unique_id.healthcare_number", "unique_id.healthcare_number", "unique_id.healthcare_number.medical_record_number", "unique_id.healthcare_number.medical_record_number", "unique_id.healthcare_number.health_plan_beneficiary_number", "unique_id.healthcare_number.health_plan_beneficiary_number", "unique_id.device_id", "unique_id.device_id", "unique_id.unique_id_other", "unique_id.unique_id_other", "medical", "Medical", "medical.medical_condition", "medical.medical_condition", "medical.medication", "medical.medication", "medical.medical_procedure", "medical.medical_procedure", "medical.medical_measurement", "medical.medical_measurement", "medical.medical_other", "medical.medical_other"), Closed: true},
			Help: "The entities to redact from the conversation transcript, audio and analysis. Use top-level types like 'name', 'email address', or dot notation for specific subtypes like 'name full name'.",
		},
		// Alerts
		{
			Key: "alerting_monitor_configs", Wire: "platform_settings.alerting.monitor_configs", Kind: agent.KindItems, Label: "Monitor settings",
			Help:    "Alerting configuration keyed by monitor name.",
			KeyedBy: "name",
			Items: []agent.Setting{
				{Key: "name", Kind: agent.KindText, Label: "Name", Help: "The name this entry is kept under."},
				{
					Key: "threshold", Wire: "threshold", Kind: agent.KindNumber, Label: "Monitor settings threshold", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(1)},
					Help: "Failure rate threshold at which this monitor can notify.",
				},
				{
					Key: "relative_increase_threshold", Wire: "relative_increase_threshold", Kind: agent.KindNumber, Label: "Relative increase threshold", Spec: agent.FieldSpec{Min: agent.Num(0), Max: agent.Num(10)},
					Help: "Relative increase over the trailing baseline at which this monitor can notify (0.2 = 20% above baseline, 0 = any failure).",
				},
				{
					Key: "min_failure_count", Wire: "min_failure_count", Kind: agent.KindInteger, Label: "Minimum failure count", Spec: agent.FieldSpec{Min: agent.Num(1)},
					Help: "Minimum failures in the window before this monitor can fire.",
				},
				{
					Key: "min_history_bucket_count", Wire: "min_history_bucket_count", Kind: agent.KindInteger, Label: "Minimum history bucket count", Spec: agent.FieldSpec{Min: agent.Num(1)},
					Help: "Minimum trailing buckets with traffic before spike detection can fire.",
				},
				{
					Key: "min_sample_count", Wire: "min_sample_count", Kind: agent.KindInteger, Label: "Minimum sample count", Spec: agent.FieldSpec{Min: agent.Num(1)},
					Help: "Minimum samples in the window before this monitor can fire.",
				},
				{
					Key: "suspect_trigger_threshold", Wire: "suspect_trigger_threshold", Kind: agent.KindInteger, Label: "Suspect trigger threshold", Spec: agent.FieldSpec{Min: agent.Num(1), Max: agent.Num(10)},
					Help: "How many suspect buckets within the lookback window are required to promote a suspect to an alert.",
				},
				{
					Key: "auto_resolve_after_inactive_minutes", Wire: "auto_resolve_after_inactive_minutes", Kind: agent.KindInteger, Label: "Auto resolve after inactive minutes", Spec: agent.FieldSpec{Min: agent.Num(1)},
					Help: "How many minutes an alert can stay inactive before it is auto-resolved.",
				},
			},
		},
		{
			Key: "alerting_auto_resolve_after_inactive_minutes", Wire: "platform_settings.alerting.auto_resolve_after_inactive_minutes", Kind: agent.KindInteger, Label: "Auto resolve after inactive minutes", Spec: agent.FieldSpec{Min: agent.Num(1)},
			Help: "How many minutes an alert can stay inactive before it is auto-resolved. Unset values fall through to the next layer.",
		},
		{
			Key: "alerting_notifiers", Wire: "platform_settings.alerting.notifiers", Kind: agent.KindItems, Label: "Notifiers",
			Help: "Delivery channels for alert lifecycle notifications. Stacked and deduped by webhook id / connection id with other layers.",
			Items: []agent.Setting{
				{
					Key: "type", Wire: "type", Kind: agent.KindChoice, Label: "Notifiers type", Spec: agent.FieldSpec{Choices: ch("webhook", "Webhook", "integration", "Integration"), Closed: true, Default: "webhook"},
					Help: "Which kind of notifiers this is.",
				},
				{
					Key: "webhook_id", Wire: "webhook_id", Kind: agent.KindText, Label: "Webhook ID",
					Help: "ID of the workspace webhook to deliver alert lifecycle notifications to.",
				},
				{
					Key: "connection_id", Wire: "connection_id", Kind: agent.KindText, Label: "Connection ID",
					Help: "ID of the workspace integration connection (for example PagerDuty) to deliver alert lifecycle notifications to. The connection's integration must have the monitoring capability.",
				},
			},
		},
	},
)
