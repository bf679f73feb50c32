package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsBasics1 = []agent.Setting{
	// Agent
	{
		Key: "hinglish_mode", Wire: "conversation_config.agent.hinglish_mode", Kind: agent.KindBool, Label: "Hinglish mode", Spec: agent.FieldSpec{Default: "no"},
		Help: "When enabled and language is Hindi, the agent will respond in Hinglish.",
	},
}
