package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsAdvanced5 = []agent.Setting{
	// Alerts
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
}
