package elevenlabs

// Drafted by scripts/elevenlabs/gen_settings.py from ElevenLabs' OpenAPI
// schema (reference/elevenlabs-openapi.json); reviewed by hand.

import "github.com/agentdeck/agentdeck/agent"

var settingsTools1 = []agent.Setting{
	// Workspace tools
	{
		Key: "tool_ids", Wire: "conversation_config.agent.prompt.tool_ids", Kind: agent.KindList, Label: "Workspace tools", Spec: agent.FieldSpec{Live: true},
		Help: "Tools saved in your ElevenLabs workspace that this agent may use, chosen by name. Removing one here only detaches it from this agent.",
	},
	{
		Key: "mcp_server_ids", Wire: "conversation_config.agent.prompt.mcp_server_ids", Kind: agent.KindList, Label: "MCP servers", Spec: agent.FieldSpec{MaxItems: 10},
		Help: "The IDs of MCP servers saved in your workspace that this agent may use.",
	},
	{
		Key: "native_mcp_server_ids", Wire: "conversation_config.agent.prompt.native_mcp_server_ids", Kind: agent.KindList, Label: "Native MCP servers", Spec: agent.FieldSpec{MaxItems: 10},
		Help: "The IDs of native MCP servers saved in your workspace that this agent may use.",
	},
}
