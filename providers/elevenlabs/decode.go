package elevenlabs

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/settingsdoc"
)

// Decode implements agent.Provider. It reads a create or update body, a GET
// answer (its response-only fields are dropped), or an agent config file of
// ElevenLabs' own command line tool (name, conversation_config,
// platform_settings, tags: the same shape as a create body). Secret header
// values are moved out into Decoded.Secrets.
func (c *Client) Decode(doc []byte) (agent.Decoded, error) {
	return decodeDocument(doc)
}

func decodeDocument(doc []byte) (agent.Decoded, error) {
	// Refused before any parsing, with jsondoc's plain message.
	if err := jsondoc.Check(doc); err != nil {
		return agent.Decoded{}, err
	}
	t, err := jsondoc.Parse(doc)
	if err != nil {
		return agent.Decoded{}, fmt.Errorf("this is not an ElevenLabs agent document: %w", err)
	}
	if err := checkShape(t); err != nil {
		return agent.Decoded{}, err
	}
	dropResponseOnly(t)
	secrets := extractSecrets(t)
	for ref, v := range settingsdoc.TakeSecrets(t, docTable()) {
		if secrets == nil {
			secrets = map[agent.SecretRef]string{}
		}
		secrets[ref] = v
	}
	model := readAgent(t)
	a := withSettings(model, withoutImplied(model, readSettings(t)))
	native, err := render(t)
	if err != nil {
		return agent.Decoded{}, err
	}
	return agent.Decoded{Agent: a, Native: native, Secrets: secrets}, nil
}

// checkShape refuses documents that are not an ElevenLabs agent, with a hint
// for the look-alikes people are likely to pick up.
func checkShape(t object) error {
	if _, ok := t.Value("conversation_config").(object); ok {
		return nil
	}
	if _, ok := t.Value("agents").([]any); ok {
		return errors.New("this looks like the agents.json index of ElevenLabs' command line tool; import one of the agent config files it lists instead")
	}
	if t.Has("tool_config") {
		return errors.New("this is an ElevenLabs tool, not an agent; import the agent that uses it")
	}
	return errors.New("this is not an ElevenLabs agent document: it has no conversation_config object")
}

// isResponse reports whether t is a GET answer rather than a request body.
func isResponse(t object) bool {
	return t.Has("agent_id") || t.Has("metadata")
}

// dropResponseOnly removes what only a GET answer carries, so the document
// can be sent back as a create or update body.
func dropResponseOnly(t object) {
	if !isResponse(t) {
		return
	}
	for _, k := range responseOnly {
		t.Delete(k)
	}
	// safety is in AgentPlatformSettingsResponseModel only.
	if ps := t.Path(pPlatform...); ps != nil {
		ps.Delete("safety")
	}
}

// readAgent reads the model's fields out of the document. It is pure: the
// same document always gives the same agent, which Encode relies on to tell
// what the person changed.
func readAgent(t object) agent.Agent {
	var a agent.Agent
	readIdentity(t, &a)
	readLLM(t, &a)
	readVoice(t, &a)
	readSpeech(t, &a)
	readTurn(t, &a)
	readGreeting(t, &a)
	readLimits(t, &a)
	a.Builtins, a.Greeting.VoicemailMessage = readBuiltins(t)
	a.Tools = readTools(t)
	a.Variables = readVariables(t)
	readWebhooks(t, &a)
	return a
}

func readIdentity(t object, a *agent.Agent) {
	a.Identity.Name = strAt(t, "name")
	if v, ok := t.Get("tags"); ok {
		a.Identity.Tags = jsondoc.StringList(v)
	}
	a.Identity.Language = strAt(t, path(pAgent, "language")...)
	a.Identity.Timezone = strAt(t, path(pPrompt, "timezone")...)
	if v, ok := jsondoc.Lookup(t, path(pConversation, "text_only")...); ok {
		if b, ok := jsondoc.Bool(v); ok {
			a.Identity.Channel = map[bool]string{true: "chat", false: "voice"}[b]
		}
	}
}

func readLLM(t object, a *agent.Agent) {
	p := t.Path(pPrompt...)
	a.LLM.Model, _ = jsondoc.String(p.Value("llm"))
	a.LLM.Prompt, _ = jsondoc.String(p.Value("prompt"))
	a.LLM.Temperature = jsondoc.NumberPtr(p.Value("temperature"))
	// max_tokens of 0 or less means no cap, which the model says with nil.
	if n := jsondoc.IntegerPtr(p.Value("max_tokens")); n != nil && *n > 0 {
		a.LLM.MaxTokens = n
	}
	a.LLM.ReasoningEffort, _ = jsondoc.String(p.Value("reasoning_effort"))
	a.LLM.ThinkingBudget = jsondoc.IntegerPtr(p.Value("thinking_budget"))
	a.LLM.Endpoint = strAt(t, path(pCustomLLM, "url")...)
}

func readVoice(t object, a *agent.Agent) {
	tts := t.Path(pTTS...)
	a.Voice.VoiceID, _ = jsondoc.String(tts.Value("voice_id"))
	a.Voice.Model, _ = jsondoc.String(tts.Value("model_id"))
	a.Voice.Speed = jsondoc.NumberPtr(tts.Value("speed"))
	a.Voice.Stability = jsondoc.NumberPtr(tts.Value("stability"))
	a.Voice.SimilarityBoost = jsondoc.NumberPtr(tts.Value("similarity_boost"))
	bg := t.Path(pBackground...)
	a.Voice.BackgroundSound, _ = jsondoc.String(bg.Value("source_id"))
	a.Voice.BackgroundLevel = jsondoc.NumberPtr(bg.Value("volume"))
}

func readSpeech(t object, a *agent.Agent) {
	asr := t.Path(pASR...)
	a.Speech.Vendor, _ = jsondoc.String(asr.Value("provider"))
	a.Speech.Model, _ = jsondoc.String(asr.Value("quality"))
	a.Speech.Keywords = jsondoc.StringList(asr.Value("keywords"))
}

func readTurn(t object, a *agent.Agent) {
	turn := t.Path(pTurn...)
	a.Turn.Mode, _ = jsondoc.String(turn.Value("mode"))
	a.Turn.Eagerness, _ = jsondoc.String(turn.Value("turn_eagerness"))
	a.Turn.Timeout = jsondoc.NumberPtr(turn.Value("turn_timeout"))
	a.Turn.InitialWait = jsondoc.NumberPtr(turn.Value("initial_wait_time"))
	a.Turn.Silence.EndCallAfter = jsondoc.NumberPtr(turn.Value("silence_end_call_timeout"))
	a.Turn.Interrupt.IgnoreTerms = jsondoc.StringList(turn.Value("interruption_ignore_terms"))
	soft := t.Path(pSoft...)
	if after := jsondoc.NumberPtr(soft.Value("timeout_seconds")); after != nil {
		on := *after > 0
		a.Turn.Fillers.AfterSeconds, a.Turn.Fillers.Enabled = after, &on
	}
	if msg, ok := jsondoc.String(soft.Value("message")); ok {
		a.Turn.Fillers.Phrases = append(a.Turn.Fillers.Phrases, msg)
	}
	a.Turn.Fillers.Phrases = append(a.Turn.Fillers.Phrases, jsondoc.StringList(soft.Value("additional_soft_timeout_messages"))...)
	a.Turn.Fillers.Generated = jsondoc.BoolPtr(soft.Value("use_llm_generated_message"))
}

func readGreeting(t object, a *agent.Agent) {
	ag := t.Path(pAgent...)
	// ElevenLabs has no "who speaks first": an empty first message means
	// the caller does.
	if first, ok := jsondoc.String(ag.Value("first_message")); ok {
		a.Greeting.Text, a.Greeting.Who = first, "user"
		if first != "" {
			a.Greeting.Who = "agent"
		}
	}
	if off, ok := jsondoc.Bool(ag.Value("disable_first_message_interruptions")); ok {
		on := !off
		a.Greeting.Interruptible = &on
	}
}

func readLimits(t object, a *agent.Agent) {
	a.Limits.MaxDuration = jsondoc.IntegerPtr(t.Path(pConversation...).Value("max_duration_seconds"))
	a.Limits.EndMessage = strAt(t, path(pAgent, "max_conversation_duration_message")...)
	cl := t.Path(pCallLimits...)
	// A concurrency limit of -1 is none, which the model says with nil.
	if n := jsondoc.IntegerPtr(cl.Value("agent_concurrency_limit")); n != nil && *n >= 0 {
		a.Limits.Concurrency = n
	}
	a.Limits.DailyCalls = jsondoc.IntegerPtr(cl.Value("daily_limit"))
}

func readVariables(t object) []agent.Variable {
	ph := t.Path(pPlaceholders...)
	names := sortedKeys(ph)
	out := make([]agent.Variable, 0, len(names))
	for _, n := range names {
		out = append(out, agent.Variable{Name: n, Value: valueText(ph.Value(n))})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// valueText shows a placeholder's default as text: ElevenLabs allows
// strings, numbers and booleans there.
func valueText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		if x {
			return "true"
		}
		return "false"
	case nil:
		return ""
	default:
		// As encoding/json has always written it: keys sorted, <, > and &
		// escaped.
		b, _ := json.Marshal(json.RawMessage(jsondoc.CompactSorted(x)))
		return string(b)
	}
}

func readWebhooks(t object, a *agent.Agent) {
	if w := t.Path(pPreCall...); w != nil {
		a.Webhooks.PreCall.URL, _ = jsondoc.String(w.Value("url"))
		a.Webhooks.PreCall.Headers = readHeaders(w.Path("request_headers"))
	}
	a.Webhooks.PostCall.ID = strAt(t, pPostCallID...)
}
