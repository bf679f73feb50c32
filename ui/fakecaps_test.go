package ui

import (
	"encoding/json"

	"github.com/agentdeck/agentdeck/agent"
)

// The four fake providers mirror the shape of the real ones (see
// ../shared/reference/field-matrix.md): which sections they carry, closed
// and open choice lists, live lists, ranges, limits on lists.
var fakeIDs = []string{"nova", "trillet", "elevenlabs", "dasha"}

func fakeInfo(id string) agent.ProviderInfo {
	switch id {
	case "nova":
		return agent.ProviderInfo{ID: id, Name: "Nova", Summary: "Cozmo AI's voice, chat and video agents.", CreateThenUpdate: true}
	case "trillet":
		return agent.ProviderInfo{ID: id, Name: "Trillet", Summary: "Phone agents with smart callbacks."}
	case "elevenlabs":
		return agent.ProviderInfo{ID: id, Name: "ElevenLabs", Summary: "ElevenLabs Agents: voices and tools."}
	}
	return agent.ProviderInfo{ID: id, Name: "Dasha", Summary: "Dasha BlackBox: schedules, tools, SIP."}
}

func choices(vs ...string) []agent.Choice {
	out := make([]agent.Choice, len(vs))
	for i, v := range vs {
		out[i] = agent.Choice{Value: v}
	}
	return out
}

var fakeCaps = map[string]func() agent.Capabilities{
	"nova": func() agent.Capabilities {
		return agent.Capabilities{Fields: map[string]agent.FieldSpec{
			"identity.name":            {Required: true, MaxLen: 100},
			"identity.language":        {},
			"identity.channel":         {Choices: choices("voice", "chat", "video"), Closed: true, Default: "voice"},
			"llm.vendor":               {Choices: choices("openai", "anthropic"), Closed: true},
			"llm.model":                {Choices: choices("gpt-4o", "gpt-4o-mini"), Live: true},
			"llm.prompt":               {Required: true},
			"llm.temperature":          {Min: agent.Num(0), Max: agent.Num(2)},
			"llm.max_tokens":           {},
			"voice.vendor":             {Choices: choices("elevenlabs", "cartesia", "openai")},
			"voice.voice_id":           {},
			"voice.model":              {},
			"voice.speed":              {Min: agent.Num(0.5), Max: agent.Num(2)},
			"voice.background_sound":   {Choices: choices("office", "cafe")},
			"speech.vendor":            {Choices: choices("deepgram", "elevenlabs", "speechmatics"), Closed: true},
			"speech.keywords":          {},
			"turn.interrupt.enabled":   {},
			"turn.interrupt.min_words": {},
			"turn.vad.threshold":       {},
			"turn.vad.min_silence":     {},
			"greeting.text":            {},
			"goodbye.message":          {},
			"limits.max_duration":      {Max: agent.Num(3600)},
			"builtins":                 {},
			"webhooks.pre_call":        {},
		}}
	},
	"trillet": func() agent.Capabilities {
		return agent.Capabilities{Fields: map[string]agent.FieldSpec{
			"identity.name":              {Required: true},
			"identity.language":          {},
			"llm.model":                  {Choices: choices("gpt-4o-mini", "gpt-4o", "claude-3-5-sonnet"), Default: "gpt-4o-mini"},
			"llm.temperature":            {},
			"voice.vendor":               {Choices: choices("rime", "cartesia", "openai", "11labs_byo")},
			"voice.voice_id":             {Default: "mistv2_Wildflower"},
			"voice.name":                 {},
			"voice.speed":                {},
			"voice.volume":               {},
			"voice.vendor_key":           {},
			"callbacks.enabled":          {},
			"callbacks.max_attempts":     {Max: agent.Num(10)},
			"callbacks.gaps":             {MaxItems: 5},
			"variables":                  {},
			"telephony.phone_number_ids": {},
		}}
	},
	"elevenlabs": func() agent.Capabilities {
		return agent.Capabilities{Fields: map[string]agent.FieldSpec{
			"identity.name":               {},
			"identity.language":           {},
			"identity.timezone":           {},
			"identity.tags":               {},
			"llm.model":                   {Choices: choices("gemini-2.5-flash", "gpt-4o"), Live: true, Default: "gemini-2.5-flash"},
			"llm.prompt":                  {},
			"llm.temperature":             {Min: agent.Num(0), Max: agent.Num(1)},
			"llm.max_tokens":              {},
			"llm.reasoning_effort":        {Choices: choices("none", "low", "medium", "high"), Closed: true},
			"voice.voice_id":              {},
			"voice.model":                 {Choices: choices("eleven_flash_v2", "eleven_multilingual_v2"), Closed: true},
			"voice.speed":                 {Min: agent.Num(0.7), Max: agent.Num(1.2)},
			"voice.stability":             {},
			"voice.similarity_boost":      {},
			"speech.keywords":             {},
			"turn.eagerness":              {Choices: choices("patient", "normal", "eager"), Closed: true},
			"turn.timeout":                {},
			"turn.silence.end_call_after": {},
			"greeting.text":               {},
			"limits.max_duration":         {},
			"tools":                       {},
			"builtins":                    {},
			"variables":                   {},
			"webhooks.post_call":          {},
		}}
	},
	"dasha": func() agent.Capabilities {
		return agent.Capabilities{Fields: map[string]agent.FieldSpec{
			"identity.name":        {Required: true, MaxLen: 100},
			"identity.description": {},
			"identity.language":    {},
			"identity.enabled":     {},
			"llm.vendor":           {},
			"llm.model":            {Required: true},
			"llm.prompt":           {Required: true},
			"llm.temperature":      {},
			"llm.endpoint":         {},
			"llm.api_key":          {},
			"voice.vendor":         {Choices: choices("ElevenLabs", "Cartesia", "Dasha"), Closed: true},
			"voice.voice_id":       {Required: true},
			"voice.speed": {VendorRanges: map[string]agent.Range{
				"ElevenLabs": {Min: 0.7, Max: 1.2}, "Cartesia": {Min: 0, Max: 2}, "Dasha": {Min: 0.25, Max: 4},
			}},
			"speech.language_switching": {},
			"turn.silence.enabled":      {},
			"turn.silence.remind_after": {},
			"turn.fillers.enabled":      {},
			"turn.backchannel.enabled":  {},
			"greeting.who":              {Choices: choices("agent", "user"), Closed: true},
			"greeting.text":             {},
			"limits.max_duration":       {},
			"schedule":                  {},
			"tools":                     {},
			"tools.name":                {Pattern: `^[a-zA-Z_][a-zA-Z0-9_]*$`, PatternHint: "letters, digits and _"},
			"tools.timeout_seconds":     {Min: agent.Num(1), Max: agent.Num(300)},
			"tools.retries":             {Min: agent.Num(0), Max: agent.Num(5)},
			"builtins":                  {},
			"mcp":                       {},
			"webhooks":                  {},
			"variables":                 {},
			"telephony.outbound_sip":    {},
		}}
	},
}

// cloneAgent deep-copies an agent through JSON, as a file round trip would.
func cloneAgent(a agent.Agent) agent.Agent {
	raw, err := json.Marshal(a)
	if err != nil {
		panic(err)
	}
	var c agent.Agent
	if err := json.Unmarshal(raw, &c); err != nil {
		panic(err)
	}
	return c
}
