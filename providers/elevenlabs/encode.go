package elevenlabs

// Encoding overlays the agent on the stored ElevenLabs document. The rule
// that keeps round trips exact: a field is written only when the value the
// model asks for differs from the value the document already gives (read
// with the same readAgent that Decode uses). So with no edits nothing is
// written and the document comes back as it was, numbers' text, nulls and
// unknown fields included; an edited field is written in full; a cleared
// field gets ElevenLabs' documented default (or null where the API takes
// null), so a later update cannot leave the old value behind.

import (
	"bytes"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/settingsdoc"
)

// Encode implements agent.Provider.
func (c *Client) Encode(a *agent.Agent, native []byte, secrets agent.SecretLookup) ([]byte, error) {
	return encodeDocument(a, native, secrets)
}

func encodeDocument(a *agent.Agent, native []byte, secrets agent.SecretLookup) ([]byte, error) {
	t := newObj("conversation_config", jsondoc.NewObject())
	if len(bytes.TrimSpace(native)) > 0 {
		var err error
		if t, err = jsondoc.Parse(native); err != nil {
			return nil, err
		}
		if err := checkShape(t); err != nil {
			return nil, err
		}
		dropResponseOnly(t)
	}
	base := readAgent(t)
	baseSettings := withoutImplied(base, readSettings(t))
	for _, f := range wireFields {
		f.apply(t, a, &base)
	}
	writeBuiltins(t, a, &base)
	tools, settings := a.Tools, a.Settings[ProviderID]
	if workspaceTools(a) {
		// Named by id (workspace_tools_push.go), no longer written in.
		tools, settings = nil, withToolIDs(settings, a.Tools)
	}
	writeTools(t, tools, base.Tools)
	writeVariables(t, a.Variables, base.Variables)
	writePreCall(t, a.Webhooks.PreCall, base.Webhooks.PreCall)
	writeEndpoint(t, a.LLM.Endpoint, base.LLM.Endpoint)
	writeSettings(t, settings, baseSettings)
	if err := resolveSecrets(t, secrets); err != nil {
		return nil, err
	}
	if err := settingsdoc.FillSecrets(t, docTable(), secrets); err != nil {
		return nil, err
	}
	return render(t)
}

// wireField is one model field (or pair of fields) stored at one place of
// the document.
type wireField struct {
	model string   // the agent field path, for error mapping
	path  []string // where ElevenLabs keeps it
	// value is what the model asks to store; ok is false when it asks for
	// nothing.
	value func(a *agent.Agent) (v any, ok bool)
	clear any // written when the person cleared the field
}

func (f wireField) apply(t object, a, base *agent.Agent) {
	want, set := f.value(a)
	had, wasSet := f.value(base)
	switch {
	case set && wasSet && jsondoc.Equal(want, had), !set && !wasSet:
	case set:
		jsondoc.SetPath(t, want, f.path...)
	default:
		jsondoc.SetPath(t, f.clear, f.path...)
	}
}

// The value helpers below turn model fields into JSON tree values.

func text(s string) (any, bool) { return s, s != "" }

func float(p *float64) (any, bool) {
	if p == nil {
		return nil, false
	}
	return jsondoc.NumberValue(*p), true
}

func integer(p *int) (any, bool) {
	if p == nil {
		return nil, false
	}
	return jsondoc.IntegerValue(*p), true
}

func flag(p *bool) (any, bool) {
	if p == nil {
		return nil, false
	}
	return *p, true
}

func texts(ss []string) (any, bool) { return jsondoc.StringsValue(ss), len(ss) > 0 }

// language turns a BCP-47 tag into ElevenLabs' code: the regional codes
// ElevenLabs lists itself (pt-br, Portuguese as spoken in Brazil) are kept
// with their region, in its lower case; every other tag keeps only its
// language, "en" for "en-US". Because the document's own value is compared
// the same way, a stored "en" is kept as it is while the draft says "en-US".
func language(tag string) (any, bool) {
	if tag == "" {
		return nil, false
	}
	lower := strings.ToLower(tag)
	if regionalLanguages[lower] {
		return lower, true
	}
	lang, _, _ := strings.Cut(lower, "-")
	return lang, true
}

// regionalLanguages are ElevenLabs' language codes that carry a region
// (from languages): sent whole, never cut down to the bare language.
var regionalLanguages = func() map[string]bool {
	out := map[string]bool{}
	for _, l := range languages {
		if strings.Contains(l.Value, "-") {
			out[l.Value] = true
		}
	}
	return out
}()

// ElevenLabs' defaults, written when a field is cleared.
const (
	defaultLLM     = "gemini-2.5-flash"
	defaultVoiceID = "cjVigY5qzO86Huf0OWal"
	defaultTTS     = "eleven_flash_v2"
	defaultFiller  = "Hhmmmm...yeah."
)

var wireFields = []wireField{
	{"identity.name", []string{"name"}, func(a *agent.Agent) (any, bool) { return text(a.Identity.Name) }, nil},
	{"identity.tags", []string{"tags"}, func(a *agent.Agent) (any, bool) { return texts(a.Identity.Tags) }, []any{}},
	{"identity.language", path(pAgent, "language"), func(a *agent.Agent) (any, bool) { return language(a.Identity.Language) }, "en"},
	{"identity.timezone", path(pPrompt, "timezone"), func(a *agent.Agent) (any, bool) { return text(a.Identity.Timezone) }, nil},
	{"identity.channel", path(pConversation, "text_only"), func(a *agent.Agent) (any, bool) {
		switch a.Identity.Channel {
		case "chat":
			return true, true
		case "voice":
			return false, true
		}
		return nil, false
	}, false},

	{"llm.model", path(pPrompt, "llm"), func(a *agent.Agent) (any, bool) { return text(a.LLM.Model) }, defaultLLM},
	{"llm.prompt", path(pPrompt, "prompt"), func(a *agent.Agent) (any, bool) { return text(a.LLM.Prompt) }, ""},
	{"llm.temperature", path(pPrompt, "temperature"), func(a *agent.Agent) (any, bool) { return float(a.LLM.Temperature) }, nil},
	{"llm.max_tokens", path(pPrompt, "max_tokens"), func(a *agent.Agent) (any, bool) { return integer(a.LLM.MaxTokens) }, jsondoc.IntegerValue(-1)},
	{"llm.reasoning_effort", path(pPrompt, "reasoning_effort"), func(a *agent.Agent) (any, bool) { return text(a.LLM.ReasoningEffort) }, nil},
	{"llm.thinking_budget", path(pPrompt, "thinking_budget"), func(a *agent.Agent) (any, bool) { return integer(a.LLM.ThinkingBudget) }, nil},

	{"voice.voice_id", path(pTTS, "voice_id"), func(a *agent.Agent) (any, bool) { return text(a.Voice.VoiceID) }, defaultVoiceID},
	{"voice.model", path(pTTS, "model_id"), func(a *agent.Agent) (any, bool) { return text(a.Voice.Model) }, defaultTTS},
	{"voice.speed", path(pTTS, "speed"), func(a *agent.Agent) (any, bool) { return float(a.Voice.Speed) }, jsondoc.NumberValue(1)},
	{"voice.stability", path(pTTS, "stability"), func(a *agent.Agent) (any, bool) { return float(a.Voice.Stability) }, jsondoc.NumberValue(0.5)},
	{"voice.similarity_boost", path(pTTS, "similarity_boost"), func(a *agent.Agent) (any, bool) { return float(a.Voice.SimilarityBoost) }, jsondoc.NumberValue(0.8)},
	{"voice.background_sound", path(pBackground, "source_type"), func(a *agent.Agent) (any, bool) {
		if a.Voice.BackgroundSound == "" {
			return nil, false
		}
		return "preset", true
	}, nil},
	{"voice.background_sound", path(pBackground, "source_id"), func(a *agent.Agent) (any, bool) { return text(a.Voice.BackgroundSound) }, nil},
	{"voice.background_level", path(pBackground, "volume"), func(a *agent.Agent) (any, bool) { return float(a.Voice.BackgroundLevel) }, jsondoc.NumberValue(0.15)},

	{"speech.vendor", path(pASR, "provider"), func(a *agent.Agent) (any, bool) { return text(a.Speech.Vendor) }, "scribe_realtime"},
	{"speech.model", path(pASR, "quality"), func(a *agent.Agent) (any, bool) { return text(a.Speech.Model) }, "high"},
	{"speech.keywords", path(pASR, "keywords"), func(a *agent.Agent) (any, bool) { return texts(a.Speech.Keywords) }, []any{}},

	{"turn.mode", path(pTurn, "mode"), func(a *agent.Agent) (any, bool) { return text(a.Turn.Mode) }, "turn"},
	{"turn.eagerness", path(pTurn, "turn_eagerness"), func(a *agent.Agent) (any, bool) { return text(a.Turn.Eagerness) }, "normal"},
	{"turn.timeout", path(pTurn, "turn_timeout"), func(a *agent.Agent) (any, bool) { return float(a.Turn.Timeout) }, jsondoc.NumberValue(7)},
	{"turn.initial_wait", path(pTurn, "initial_wait_time"), func(a *agent.Agent) (any, bool) { return float(a.Turn.InitialWait) }, nil},
	{"turn.silence.end_call_after", path(pTurn, "silence_end_call_timeout"), func(a *agent.Agent) (any, bool) { return float(a.Turn.Silence.EndCallAfter) }, jsondoc.NumberValue(-1)},
	{"turn.interrupt.ignore_terms", path(pTurn, "interruption_ignore_terms"), func(a *agent.Agent) (any, bool) { return texts(a.Turn.Interrupt.IgnoreTerms) }, []any{}},
	{"turn.fillers.after_seconds", path(pSoft, "timeout_seconds"), func(a *agent.Agent) (any, bool) {
		// A soft timeout is on when it is positive; -1 switches it off.
		f := a.Turn.Fillers
		if f.Enabled != nil && !*f.Enabled {
			return jsondoc.NumberValue(-1), true
		}
		return float(f.AfterSeconds)
	}, jsondoc.NumberValue(-1)},
	{"turn.fillers.phrases", path(pSoft, "message"), func(a *agent.Agent) (any, bool) {
		if len(a.Turn.Fillers.Phrases) == 0 {
			return nil, false
		}
		return a.Turn.Fillers.Phrases[0], true
	}, defaultFiller},
	{"turn.fillers.phrases", path(pSoft, "additional_soft_timeout_messages"), func(a *agent.Agent) (any, bool) {
		if len(a.Turn.Fillers.Phrases) < 2 {
			return nil, false
		}
		return jsondoc.StringsValue(a.Turn.Fillers.Phrases[1:]), true
	}, []any{}},
	{"turn.fillers.generated", path(pSoft, "use_llm_generated_message"), func(a *agent.Agent) (any, bool) { return flag(a.Turn.Fillers.Generated) }, false},

	{"greeting.text", path(pAgent, "first_message"), func(a *agent.Agent) (any, bool) {
		// An empty first message is how ElevenLabs lets the caller speak first.
		switch a.Greeting.Who {
		case "user":
			return "", true
		case "agent":
			return a.Greeting.Text, true
		}
		return text(a.Greeting.Text)
	}, ""},
	{"greeting.interruptible", path(pAgent, "disable_first_message_interruptions"), func(a *agent.Agent) (any, bool) {
		if a.Greeting.Interruptible == nil {
			return nil, false
		}
		return !*a.Greeting.Interruptible, true
	}, false},

	{"limits.max_duration", path(pConversation, "max_duration_seconds"), func(a *agent.Agent) (any, bool) { return integer(a.Limits.MaxDuration) }, jsondoc.IntegerValue(600)},
	{"limits.end_message", path(pAgent, "max_conversation_duration_message"), func(a *agent.Agent) (any, bool) { return text(a.Limits.EndMessage) }, ""},
	{"limits.concurrency", path(pCallLimits, "agent_concurrency_limit"), func(a *agent.Agent) (any, bool) { return integer(a.Limits.Concurrency) }, jsondoc.IntegerValue(-1)},
	{"limits.daily_calls", path(pCallLimits, "daily_limit"), func(a *agent.Agent) (any, bool) { return integer(a.Limits.DailyCalls) }, jsondoc.IntegerValue(100000)},

	// The after-call webhook is a workspace webhook picked by id
	// (AgentWorkspaceOverrides-Input.webhooks, ConvAIWebhooks in the
	// OpenAPI document); null unpicks it.
	{"webhooks.post_call.id", pPostCallID, func(a *agent.Agent) (any, bool) { return text(a.Webhooks.PostCall.ID) }, nil},
}
