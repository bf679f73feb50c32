package dasha

import (
	"github.com/agentdeck/agentdeck/agent"
)

// speedRanges are Dasha's speaking-speed limits per TTS vendor ("Voice &
// Speech" docs page). Lmnt speaks at a fixed speed.
var speedRanges = map[string]agent.Range{
	"ElevenLabs": {Min: 0.7, Max: 1.2},
	"Cartesia":   {Min: 0, Max: 2},
	"Dasha":      {Min: 0.25, Max: 4},
	"Inworld":    {Min: 0.8, Max: 1.5},
	"Lmnt":       {Min: 1, Max: 1},
}

// Capabilities lists every agent field Dasha carries, with its limits and
// built-in choices, as data for forms and validation.
func (c *Client) Capabilities() agent.Capabilities { return capabilities() }

func capabilities() agent.Capabilities {
	choices := func(values ...string) []agent.Choice {
		out := make([]agent.Choice, len(values))
		for i, v := range values {
			out[i] = agent.Choice{Value: v}
		}
		return out
	}
	elevenOnly := "used by ElevenLabs voices only"
	f := map[string]agent.FieldSpec{
		"identity.name":        {MaxLen: 100, Note: "must be unique among your Dasha agents"},
		"identity.description": {},
		"identity.language":    {Default: defaultLanguage, Choices: choices("en-US", "en-GB", "es-ES", "de-DE", "fr-FR", "it-IT", "pt-BR", "ru-RU"), Note: "a language with its region, like en-US"},
		"identity.enabled":     {Default: "yes", Note: "a disabled agent takes no new calls"},

		"llm.vendor":           {Default: defaultLLMVendor, Choices: choices("openai", "anthropic", "google", "azure", "groq", "grok", "deepseek"), Note: "Dasha does not publish its vendor names; openai is known to work"},
		"llm.model":            {Default: defaultLLMModel, Choices: choices("gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-4.1", "gpt-4.1-nano")},
		"llm.prompt":           {Required: true, Note: "use {{name}} for variables"},
		"llm.temperature":      {Min: agent.Num(0), Max: agent.Num(2), Note: "empty uses the vendor's default; Dasha suggests 0.6 to 0.8"},
		"llm.max_tokens":       {Min: agent.Num(1)},
		"llm.top_p":            {Min: agent.Num(0), Max: agent.Num(1)},
		"llm.reasoning_effort": {Choices: choices("low", "medium", "high"), Note: "for reasoning models only"},
		"llm.endpoint":         {Note: "an OpenAI-compatible address, for your own model server"},
		"llm.api_key":          {Note: "your own key for the LLM vendor"},

		"voice.vendor":           {Closed: true, Choices: choices(ttsVendors...), Default: defaultTTSVendor},
		"voice.voice_id":         {Live: true, Default: defaultVoiceID},
		"voice.model":            {Choices: voiceModels(), Note: "empty uses the vendor's default model"},
		"voice.speed":            {Min: agent.Num(0), Max: agent.Num(4), VendorRanges: speedRanges, Default: "1"},
		"voice.stability":        {Min: agent.Num(0), Max: agent.Num(1), Default: "0.5", Note: elevenOnly},
		"voice.similarity_boost": {Min: agent.Num(0), Max: agent.Num(1), Default: "0.75", Note: elevenOnly},
		"voice.style":            {Min: agent.Num(0), Max: agent.Num(1), Default: "0.3", Note: elevenOnly},
		"voice.speaker_boost":    {Default: "yes", Note: elevenOnly},
		"voice.background_sound": {Choices: []agent.Choice{{Value: ambientSound, Label: "Ambient noise"}}, Note: "Dasha has one ambient noise; empty means none"},
		"voice.background_level": {Min: agent.Num(0), Max: agent.Num(1), Default: "0.1"},

		"speech.vendor":             {Closed: true, Choices: choices("Auto"), Default: "Auto", Note: "Dasha picks the recogniser itself"},
		"speech.language_switching": {Default: "yes"},

		"turn.silence.enabled":       {Default: "yes"},
		"turn.silence.remind_after":  {Min: agent.Num(1), Max: agent.Num(30), Default: "5"},
		"turn.silence.max_reminders": {Min: agent.Num(0), Max: agent.Num(10), Default: "2"},
		"turn.silence.end_call":      {Default: "yes"},
		"turn.fillers.enabled":       {Default: "yes"},
		"turn.fillers.phrases":       {Note: "said as they are; empty lets Dasha choose"},
		"turn.backchannel.enabled":   {Default: "no"},

		"greeting.who":           {Closed: true, Choices: []agent.Choice{{Value: "agent", Label: "The agent"}, {Value: "user", Label: "The caller"}}, Default: "user"},
		"greeting.delay":         {Min: agent.Num(0), Max: agent.Num(60), Default: "1"},
		"greeting.interruptible": {Default: "yes"},
		"limits.max_duration":    {Min: agent.Num(1), Max: agent.Num(86400), Default: "3600"},

		"schedule": {Note: "Inbound calls are answered at any time; hours run from 00:00 to 23:59."},

		"tools.name":               {Pattern: `^[a-zA-Z_][a-zA-Z0-9_]*$`, PatternHint: "letters, digits and _ only, not starting with a digit (no spaces or hyphens)", MaxLen: 64},
		"tools.description":        {Required: true},
		"tools.url":                {Required: true, Note: "a public https:// address"},
		"tools.method":             {Choices: choices("POST", "GET")},
		"tools.headers":            {},
		"tools.params.name":        {},
		"tools.params.type":        {}, // the model's own list and words (agent.ParamTypes), as on every provider
		"tools.params.description": {},
		"tools.params.required":    {},
		"tools.params.enum":        {},
		"tools.body_template":      {},
		"tools.timeout_seconds":    {Min: agent.Num(1), Max: agent.Num(300)},
		"tools.retries":            {Min: agent.Num(0), Max: agent.Num(5)},
		"tools.fallback_result":    {Note: "what the agent is told when the webhook fails"},

		"builtins.kind":         {Choices: []agent.Choice{{Value: agent.BuiltinEndCall, Label: "End the call"}, {Value: agent.BuiltinTransferCall, Label: "Transfer the call"}}},
		"builtins.instructions": {Note: "added to Dasha's own instructions for the tool"},

		"mcp.name":        {},
		"mcp.url":         {},
		"mcp.description": {},
		"mcp.transport":   {Closed: true, Choices: choices("sse", "streamable_http"), Default: "sse"},
		"mcp.api_key":     {},
		"mcp.header_name": {Note: "the header the key is sent in, like X-API-Key"},
		"mcp.headers":     {},
		"mcp.enabled":     {Default: "yes"},
		"mcp.allow_tools": {},
		"mcp.block_tools": {},

		"variables.name":  {Pattern: `^[a-zA-Z_][a-zA-Z0-9_]*$`, PatternHint: "letters, digits and _ only, not starting with a digit"},
		"variables.value": {},

		"webhooks.pre_call.url":             {Note: "called as a call starts; it can turn the call away"},
		"webhooks.pre_call.method":          {Choices: choices("POST", "GET")},
		"webhooks.pre_call.headers":         {},
		"webhooks.pre_call.body_template":   {},
		"webhooks.pre_call.timeout_seconds": {Min: agent.Num(1), Max: agent.Num(300), Default: "10"},
		"webhooks.post_call.url":            {Note: "called with the call's result"},
		"webhooks.post_call.method":         {Choices: choices("POST", "GET")},
		"webhooks.post_call.headers":        {},
		"webhooks.post_call.body_template":  {},

		"telephony.inbound_number":            {Note: "Dasha prefers assigning numbers with its phone numbers page"},
		"telephony.machine_detection":         {Default: "yes", Note: "detects answering machines and phone menus"},
		"telephony.outbound_sip.server":       {Note: "host and port, like sip.example.com:5060"},
		"telephony.outbound_sip.auth_user":    {},
		"telephony.outbound_sip.password":     {},
		"telephony.outbound_sip.domain":       {},
		"telephony.outbound_sip.from_user":    {},
		"telephony.outbound_sip.display_name": {},
		"telephony.outbound_sip.transport":    {Closed: true, Choices: choices("udp", "tcp", "tls"), Default: "udp"},
	}
	return agent.Capabilities{Fields: f, Provider: ProviderID, Settings: settingTable, Wires: dashaWires()}
}

// voiceModels lists the TTS models Dasha documents, labelled by vendor.
func voiceModels() []agent.Choice {
	return []agent.Choice{
		{Value: "eleven_flash_v2_5", Label: "ElevenLabs Flash v2.5 (fastest)"},
		{Value: "eleven_turbo_v2_5", Label: "ElevenLabs Turbo v2.5"},
		{Value: "eleven_multilingual_v2", Label: "ElevenLabs Multilingual v2 (best quality)"},
		{Value: "sonic-3", Label: "Cartesia Sonic 3"},
		{Value: "sonic-2", Label: "Cartesia Sonic 2"},
		{Value: "sonic", Label: "Cartesia Sonic"},
		{Value: "inworld-tts-1.5-max", Label: "Inworld TTS 1.5 Max"},
		{Value: "inworld-tts-1.5-mini", Label: "Inworld TTS 1.5 Mini"},
		{Value: "inworld-tts-1", Label: "Inworld TTS 1"},
	}
}
