package forms

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Four realistic capability sets, written from the field matrix
// (shared/reference/field-matrix.md) rather than imported from providers, so
// these tests depend only on the Capabilities contract.

type capsCase struct {
	name string
	caps agent.Capabilities
}

func fakeCaps() []capsCase {
	return []capsCase{
		{"everything", capsEverything()},
		{"elevenlabs-like", capsElevenLabs()},
		{"dasha-like", capsDasha()},
		{"trillet-like", capsTrillet()},
	}
}

func choices(values ...string) []agent.Choice {
	out := make([]agent.Choice, len(values))
	for i, v := range values {
		out[i] = agent.Choice{Value: v}
	}
	return out
}

// capsEverything carries every field of the catalogue and of every list item.
func capsEverything() agent.Capabilities {
	fields := map[string]agent.FieldSpec{}
	for _, f := range agent.Fields {
		fields[f.Path] = agent.FieldSpec{}
	}
	for _, f := range subFields {
		p := f.Path
		if rest, ok := strings.CutPrefix(p, "schedule.day."); ok {
			p = "schedule.mon." + rest
		}
		fields[p] = agent.FieldSpec{}
	}
	fields["llm.model"] = agent.FieldSpec{Choices: choices("gpt-4o", "gpt-4o-mini", "claude-sonnet-4"), Default: "gpt-4o-mini", Live: true}
	fields["voice.speed"] = agent.FieldSpec{Min: agent.Num(0.5), Max: agent.Num(2), Default: "1"}
	fields["builtins.instructions"] = agent.FieldSpec{MaxLen: 500}
	return agent.Capabilities{Fields: fields}
}

// capsElevenLabs is shaped like ElevenLabs Agents: one voice vendor, a long
// LLM list, time-based silence, no schedule.
func capsElevenLabs() agent.Capabilities {
	return agent.Capabilities{Fields: map[string]agent.FieldSpec{
		"identity.name":     {},
		"identity.tags":     {},
		"identity.language": {Choices: []agent.Choice{{Value: "en", Label: "English"}, {Value: "de", Label: "German"}, {Value: "pt-BR", Label: "Portuguese (Brazil)"}}, Default: "en"},
		"identity.timezone": {Note: "Only the clock the prompt sees."},

		"llm.model": {Choices: choices("gemini-2.5-flash", "gpt-4o", "gpt-4o-mini", "claude-sonnet-4", "gemini-2.0-flash",
			"gpt-4.1", "gpt-4.1-mini", "claude-3-5-haiku", "qwen3-30b-a3b", "custom-llm"), Default: "gemini-2.5-flash", Live: true},
		"llm.prompt":           {},
		"llm.temperature":      {Min: agent.Num(0), Max: agent.Num(2), Default: "0"},
		"llm.max_tokens":       {Min: agent.Num(-1)},
		"llm.reasoning_effort": {Choices: choices("none", "minimal", "low", "medium", "high"), Closed: true},
		"llm.thinking_budget":  {},
		"llm.endpoint":         {},
		"llm.api_key":          {},

		"voice.voice_id":         {Choices: []agent.Choice{{Value: "cjVigY5qzO86Huf0OWal", Label: "Eric"}, {Value: "21m00Tcm4TlvDq8ikWAM", Label: "Rachel"}}, Default: "cjVigY5qzO86Huf0OWal", Live: true},
		"voice.model":            {Choices: choices("eleven_flash_v2", "eleven_flash_v2_5", "eleven_multilingual_v2", "eleven_v3_conversational"), Closed: true, Default: "eleven_flash_v2"},
		"voice.speed":            {Min: agent.Num(0.7), Max: agent.Num(1.2), Default: "1.0"},
		"voice.stability":        {Default: "0.5"},
		"voice.similarity_boost": {Default: "0.8"},
		"voice.background_sound": {Choices: choices("office1", "office2", "restaurant", "city", "typing"), Closed: true},
		"voice.background_level": {Min: agent.Num(0.01), Max: agent.Num(1), Default: "0.15"},

		"speech.vendor":   {Choices: choices("scribe_realtime", "elevenlabs"), Closed: true, Default: "scribe_realtime"},
		"speech.model":    {Choices: choices("high"), Closed: true},
		"speech.keywords": {},

		"turn.mode":                   {Choices: choices("turn", "silence"), Closed: true, Default: "turn"},
		"turn.eagerness":              {Default: "normal"},
		"turn.timeout":                {Min: agent.Num(1), Max: agent.Num(30), Default: "7"},
		"turn.initial_wait":           {},
		"turn.interrupt.ignore_terms": {},
		"turn.silence.end_call_after": {Default: "-1"},
		"turn.fillers.enabled":        {},
		"turn.fillers.after_seconds":  {Default: "-1"},
		"turn.fillers.phrases":        {MaxItems: 8},
		"turn.fillers.generated":      {},

		"greeting.who":               {},
		"greeting.text":              {},
		"greeting.interruptible":     {},
		"greeting.voicemail_message": {},
		"limits.max_duration":        {Default: "600"},
		"limits.end_message":         {},

		"tools":                 {},
		"tools.name":            {Pattern: `^[a-zA-Z0-9_-]{1,64}$`, PatternHint: "letters, digits, _ and - (up to 64)"},
		"tools.timeout_seconds": {Min: agent.Num(5), Max: agent.Num(300), Default: "20"},
		"tools.retries":         {},
		"tools.fallback_result": {},
		"tools.enabled":         {},
		"tools.body_template":   {},
		"builtins":              {},
		"builtins.instructions": {},
		"mcp":                   {MaxItems: 10},
		"mcp.enabled":           {},
		"mcp.allow_tools":       {},
		"mcp.block_tools":       {},
		"variables":             {},

		"webhooks.pre_call.url":     {},
		"webhooks.pre_call.headers": {},
		"webhooks.post_call.id":     {},
	}}
}

// capsDasha is shaped like Dasha BlackBox: several voice vendors with their
// own speed ranges, count-based silence, a schedule, inline tools.
func capsDasha() agent.Capabilities {
	return agent.Capabilities{Fields: map[string]agent.FieldSpec{
		"identity.name":        {MaxLen: 100, Required: true},
		"identity.description": {},
		"identity.language":    {Default: "en-US"},
		"identity.enabled":     {Default: "yes"},

		"llm.vendor":      {Choices: choices("openai", "anthropic", "google")},
		"llm.model":       {Required: true},
		"llm.prompt":      {Required: true},
		"llm.temperature": {},
		"llm.max_tokens":  {},
		"llm.top_p":       {},
		"llm.endpoint":    {},
		"llm.api_key":     {},

		"voice.vendor":   {Choices: choices("ElevenLabs", "Cartesia", "Dasha", "Inworld", "Lmnt"), Closed: true, Default: "ElevenLabs"},
		"voice.voice_id": {Required: true},
		"voice.model":    {},
		"voice.speed": {Default: "1", VendorRanges: map[string]agent.Range{
			"ElevenLabs": {Min: 0.7, Max: 1.2}, "Cartesia": {Min: 0, Max: 2}, "Dasha": {Min: 0.25, Max: 4},
			"Inworld": {Min: 0.8, Max: 1.5}, "Lmnt": {Min: 1, Max: 1},
		}},
		"voice.stability":        {Default: "0.5"},
		"voice.similarity_boost": {Default: "0.75"},
		"voice.style":            {Default: "0.3"},
		"voice.speaker_boost":    {Default: "yes"},
		"voice.background_level": {Default: "0.1"},

		"speech.vendor":             {Choices: choices("Auto"), Closed: true, Default: "Auto"},
		"speech.language_switching": {Default: "yes"},

		"turn.timeout":               {Min: agent.Num(1), Max: agent.Num(30), Default: "5"},
		"turn.silence.enabled":       {Default: "yes"},
		"turn.silence.max_reminders": {Min: agent.Num(0), Max: agent.Num(10), Default: "2"},
		"turn.silence.end_call":      {Default: "yes"},
		"turn.fillers.enabled":       {Default: "yes"},
		"turn.fillers.phrases":       {},
		"turn.backchannel.enabled":   {Default: "no"},

		"greeting.who":           {},
		"greeting.delay":         {Default: "1"},
		"greeting.interruptible": {Default: "yes"},
		"limits.max_duration":    {Default: "3600"},

		"schedule.timezone": {Required: true},
		"schedule":          {},

		"tools":                 {},
		"tools.name":            {Pattern: `^[a-zA-Z_][a-zA-Z0-9_]*$`, PatternHint: "letters, digits and _, not starting with a digit"},
		"tools.description":     {Required: true},
		"tools.timeout_seconds": {Min: agent.Num(1), Max: agent.Num(300)},
		"tools.retries":         {Min: agent.Num(0), Max: agent.Num(5)},
		"tools.fallback_result": {},
		"tools.body_template":   {},
		"tools.params":          {},
		"tools.headers":         {},
		"builtins":              {},
		"builtins.kind":         {Choices: []agent.Choice{{Value: agent.BuiltinEndCall}, {Value: agent.BuiltinTransferCall}}},
		"builtins.instructions": {},
		"mcp":                   {},
		"variables":             {},

		"webhooks.pre_call":  {},
		"webhooks.post_call": {},

		"telephony.inbound_number":    {},
		"telephony.outbound_sip":      {},
		"telephony.machine_detection": {Default: "yes"},
	}}
}

// capsTrillet is shaped like Trillet: a few voice settings, callbacks and
// variables, nothing about turn-taking or tools.
func capsTrillet() agent.Capabilities {
	return agent.Capabilities{Fields: map[string]agent.FieldSpec{
		"identity.name":     {Required: true},
		"identity.language": {Choices: choices("en", "es", "fr", "de")},

		"llm.model": {Choices: choices("gpt-4o-mini", "gpt-4o", "gpt-4.1", "gpt-4.1-mini", "claude-3-5-haiku",
			"claude-sonnet-4", "gemini-2.0-flash", "gemini-2.5-flash", "llama-3.3-70b"), Default: "gpt-4o-mini"},

		"voice.vendor": {Choices: choices("rime", "cartesia", "openai", "11labs_byo")},
		"voice.voice_id": {Default: "mistv2_Wildflower", VendorDefault: "rime", VendorChoices: map[string][]agent.Choice{
			"rime": {{Value: "mistv2_Wildflower", Label: "Wildflower"}, {Value: "mistv2_Brook", Label: "Brook"}, {Value: "mistv2_Violet", Label: "Violet"}},
		}},
		"voice.name":       {},
		"voice.speed":      {},
		"voice.volume":     {},
		"voice.vendor_key": {Note: "Only for the 11labs_byo vendor."},

		"callbacks.enabled":      {},
		"callbacks.max_attempts": {},
		"callbacks.gaps":         {},
		"variables":              {},

		"telephony.phone_number_ids": {},
	}}
}
