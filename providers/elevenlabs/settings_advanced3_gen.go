package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsAdvanced3 = []agent.Setting{
	// Call limits
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
				Help: "Sets the notifiers type.",
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
}
