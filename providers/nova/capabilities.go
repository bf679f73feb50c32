package nova

import "github.com/agentdeck/agentdeck/agent"

func choices(values ...string) []agent.Choice {
	out := make([]agent.Choice, len(values))
	for i, v := range values {
		out[i] = agent.Choice{Value: v}
	}
	return out
}

// wholeSeconds is the note on settings Nova keeps as whole seconds.
const wholeSeconds = "Nova takes whole seconds here."

// table and wireTable are built once: Capabilities is asked on every
// keystroke's validation.
var (
	table     = settingsTable()
	wireTable = wires(table)
)

// Capabilities lists every field Nova carries (reference/field-matrix.md,
// Nova column) with its limits. Ranges Nova does not document keep the
// neutral limits of agent.Fields. Webhook tools are not listed: on Nova they
// are separate organization resources, and an agent's tools list is read-only.
func (c *Client) Capabilities() agent.Capabilities {
	return agent.Capabilities{Provider: ProviderID, Settings: table, Wires: wireTable, Fields: map[string]agent.FieldSpec{
		"identity.name":     {Required: true},
		"identity.channel":  {Choices: choices(channelTypes...), Closed: true, Default: defaultChannel, Note: "Set when the agent is created."},
		"identity.language": {Note: "Kept with the recogniser and voice settings."},

		"llm.vendor":      {Choices: choices("openai", "anthropic"), Closed: true, Note: "Needed when any other LLM setting is set."},
		"llm.model":       {Note: "The model name as your Nova account offers it, e.g. gpt-4o-mini."},
		"llm.prompt":      {Note: "Sent as Nova's prompt; the system prompt inside its LLM settings is left as it is."},
		"llm.temperature": {Min: agent.Num(0), Max: agent.Num(2)},
		"llm.max_tokens":  {Min: agent.Num(1)},
		"llm.top_p":       {Min: agent.Num(0), Max: agent.Num(1)},

		"voice.vendor":           {Choices: choices("elevenlabs", "cartesia", "openai", "cambai", "sarvam", "inworld", "minimax"), Note: "Needed, with the voice model, when any voice setting is set."},
		"voice.voice_id":         {},
		"voice.model":            {Note: "Needed, with the voice vendor, when any voice setting is set."},
		"voice.speed":            {},
		"voice.stability":        {Min: agent.Num(0), Max: agent.Num(1)},
		"voice.similarity_boost": {Min: agent.Num(0), Max: agent.Num(1)},
		"voice.style":            {Min: agent.Num(0), Max: agent.Num(1)},
		"voice.speaker_boost":    {},
		"voice.background_sound": {Note: "The sound file Nova plays behind the voice."},
		"voice.background_level": {Min: agent.Num(0), Max: agent.Num(1)},

		"speech.vendor":   {Choices: choices("deepgram", "elevenlabs", "speechmatics"), Closed: true, Note: "Needed when any listening setting is set."},
		"speech.model":    {},
		"speech.keywords": {},

		"turn.mode":                     {Choices: choices("turn", "silence"), Closed: true, Note: "turn uses Nova's turn detector; silence waits for a pause."},
		"turn.initial_wait":             {Min: agent.Num(0), Note: wholeSeconds},
		"turn.interrupt.enabled":        {},
		"turn.interrupt.sensitivity":    {Min: agent.Num(0), Max: agent.Num(1)},
		"turn.interrupt.min_words":      {Min: agent.Num(0)},
		"turn.vad.threshold":            {Min: agent.Num(0), Max: agent.Num(1)},
		"turn.vad.min_speech":           {},
		"turn.vad.min_silence":          {},
		"turn.vad.prefix_padding":       {},
		"turn.silence.remind_after":     {Note: wholeSeconds},
		"turn.silence.reminder_message": {},

		"greeting.who":               {Choices: choices("agent", "user"), Closed: true},
		"greeting.text":              {},
		"greeting.generated":         {},
		"greeting.delay":             {Note: wholeSeconds},
		"greeting.voicemail_message": {},
		"goodbye.enabled":            {},
		"goodbye.message":            {},

		"limits.max_duration":     {Min: agent.Num(1), Note: "Nova counts whole minutes; seconds are rounded up."},
		"limits.warning_message":  {},
		"limits.end_message":      {},
		"telephony.sip_trunk_ids": {Note: "Inbound SIP trunk ids."},

		// The pre-call webhook's fields one by one: Nova's PATCH body
		// (seed 001, precall_webhook; reference/providers.md) has url,
		// method, headers, body_template and timeout_seconds, and no id of
		// a saved webhook, so no "webhook id" is offered.
		"webhooks.pre_call.url":             {Note: "Nova calls it before each call, to fetch data for it."},
		"webhooks.pre_call.headers":         {},
		"webhooks.pre_call.method":          {Choices: choices("GET", "POST", "PUT", "PATCH"), Closed: true},
		"webhooks.pre_call.body_template":   {Note: "A JSON object."},
		"webhooks.pre_call.timeout_seconds": {Min: agent.Num(1), Max: agent.Num(300)},
	}}
}
