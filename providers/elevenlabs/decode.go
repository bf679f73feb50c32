package elevenlabs

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
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
	t, err := parseTree(doc)
	if err != nil {
		return agent.Decoded{}, fmt.Errorf("this is not an ElevenLabs agent document: %w", err)
	}
	if err := checkShape(t); err != nil {
		return agent.Decoded{}, err
	}
	dropResponseOnly(t)
	secrets := extractSecrets(t)
	a := readAgent(t)
	native, err := render(t)
	if err != nil {
		return agent.Decoded{}, err
	}
	return agent.Decoded{Agent: a, Native: native, Secrets: secrets}, nil
}

// checkShape refuses documents that are not an ElevenLabs agent, with a hint
// for the look-alikes people are likely to pick up.
func checkShape(t object) error {
	if _, ok := t["conversation_config"].(object); ok {
		return nil
	}
	if _, ok := t["agents"].([]any); ok {
		return errors.New("this looks like the agents.json index of ElevenLabs' command line tool; import one of the agent config files it lists instead")
	}
	if _, ok := t["tool_config"]; ok {
		return errors.New("this is an ElevenLabs tool, not an agent; import the agent that uses it")
	}
	return errors.New("this is not an ElevenLabs agent document: it has no conversation_config object")
}

// isResponse reports whether t is a GET answer rather than a request body.
func isResponse(t object) bool {
	_, hasID := t["agent_id"]
	_, hasMeta := t["metadata"]
	return hasID || hasMeta
}

// dropResponseOnly removes what only a GET answer carries, so the document
// can be sent back as a create or update body.
func dropResponseOnly(t object) {
	if !isResponse(t) {
		return
	}
	for _, k := range responseOnly {
		delete(t, k)
	}
	// safety is in AgentPlatformSettingsResponseModel only.
	if ps := objAt(t, pPlatform...); ps != nil {
		delete(ps, "safety")
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
	if v, ok := t["tags"]; ok {
		a.Identity.Tags = stringsOf(v)
	}
	a.Identity.Language = strAt(t, path(pAgent, "language")...)
	a.Identity.Timezone = strAt(t, path(pPrompt, "timezone")...)
	if v, ok := at(t, path(pConversation, "text_only")...); ok {
		if b, ok := boolOf(v); ok {
			a.Identity.Channel = map[bool]string{true: "chat", false: "voice"}[*b]
		}
	}
}

func readLLM(t object, a *agent.Agent) {
	p := objAt(t, pPrompt...)
	a.LLM.Model, _ = str(p["llm"])
	a.LLM.Prompt, _ = str(p["prompt"])
	a.LLM.Temperature, _ = floatOf(p["temperature"])
	// max_tokens of 0 or less means no cap, which the model says with nil.
	if n, ok := intOf(p["max_tokens"]); ok && *n > 0 {
		a.LLM.MaxTokens = n
	}
	a.LLM.ReasoningEffort, _ = str(p["reasoning_effort"])
	a.LLM.ThinkingBudget, _ = intOf(p["thinking_budget"])
	a.LLM.Endpoint = strAt(t, path(pCustomLLM, "url")...)
}

func readVoice(t object, a *agent.Agent) {
	tts := objAt(t, pTTS...)
	a.Voice.VoiceID, _ = str(tts["voice_id"])
	a.Voice.Model, _ = str(tts["model_id"])
	a.Voice.Speed, _ = floatOf(tts["speed"])
	a.Voice.Stability, _ = floatOf(tts["stability"])
	a.Voice.SimilarityBoost, _ = floatOf(tts["similarity_boost"])
	bg := objAt(t, pBackground...)
	a.Voice.BackgroundSound, _ = str(bg["source_id"])
	a.Voice.BackgroundLevel, _ = floatOf(bg["volume"])
}

func readSpeech(t object, a *agent.Agent) {
	asr := objAt(t, pASR...)
	a.Speech.Vendor, _ = str(asr["provider"])
	a.Speech.Model, _ = str(asr["quality"])
	a.Speech.Keywords = stringsOf(asr["keywords"])
}

func readTurn(t object, a *agent.Agent) {
	turn := objAt(t, pTurn...)
	a.Turn.Mode, _ = str(turn["mode"])
	a.Turn.Eagerness, _ = str(turn["turn_eagerness"])
	a.Turn.Timeout, _ = floatOf(turn["turn_timeout"])
	a.Turn.InitialWait, _ = floatOf(turn["initial_wait_time"])
	a.Turn.Silence.EndCallAfter, _ = floatOf(turn["silence_end_call_timeout"])
	a.Turn.Interrupt.IgnoreTerms = stringsOf(turn["interruption_ignore_terms"])
	soft := objAt(t, pSoft...)
	if after, ok := floatOf(soft["timeout_seconds"]); ok {
		on := *after > 0
		a.Turn.Fillers.AfterSeconds, a.Turn.Fillers.Enabled = after, &on
	}
	if msg, ok := str(soft["message"]); ok {
		a.Turn.Fillers.Phrases = append(a.Turn.Fillers.Phrases, msg)
	}
	a.Turn.Fillers.Phrases = append(a.Turn.Fillers.Phrases, stringsOf(soft["additional_soft_timeout_messages"])...)
	a.Turn.Fillers.Generated, _ = boolOf(soft["use_llm_generated_message"])
}

func readGreeting(t object, a *agent.Agent) {
	ag := objAt(t, pAgent...)
	// ElevenLabs has no "who speaks first": an empty first message means
	// the caller does.
	if first, ok := str(ag["first_message"]); ok {
		a.Greeting.Text, a.Greeting.Who = first, "user"
		if first != "" {
			a.Greeting.Who = "agent"
		}
	}
	if off, ok := boolOf(ag["disable_first_message_interruptions"]); ok {
		on := !*off
		a.Greeting.Interruptible = &on
	}
}

func readLimits(t object, a *agent.Agent) {
	a.Limits.MaxDuration, _ = intOf(objAt(t, pConversation...)["max_duration_seconds"])
	a.Limits.EndMessage = strAt(t, path(pAgent, "max_conversation_duration_message")...)
	cl := objAt(t, pCallLimits...)
	// A concurrency limit of -1 is none, which the model says with nil.
	if n, ok := intOf(cl["agent_concurrency_limit"]); ok && *n >= 0 {
		a.Limits.Concurrency = n
	}
	a.Limits.DailyCalls, _ = intOf(cl["daily_limit"])
}

func readVariables(t object) []agent.Variable {
	ph := objAt(t, pPlaceholders...)
	names := sortedKeys(ph)
	out := make([]agent.Variable, 0, len(names))
	for _, n := range names {
		out = append(out, agent.Variable{Name: n, Value: valueText(ph[n])})
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
		b, _ := json.Marshal(x)
		return string(b)
	}
}

func readWebhooks(t object, a *agent.Agent) {
	if w := objAt(t, pPreCall...); w != nil {
		a.Webhooks.PreCall.URL, _ = str(w["url"])
		a.Webhooks.PreCall.Headers = readHeaders(objAt(w, "request_headers"))
	}
	a.Webhooks.PostCall.ID = strAt(t, pPostCallID...)
}

func sortedKeys(m object) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
