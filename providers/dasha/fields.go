package dasha

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// settings is the table of the agent's plain settings, built once.
var settings = settingFields()

// settingFields is the table of the agent's plain settings ⇄ Dasha's
// document: identity, voice, LLM, recogniser and call features. Decode
// reads them (toAgent) and Overlay writes those the person changed
// (overlay), through jsondoc's Field table and coercion rules. The order is
// the order fields are written, which is the order keys new to a document
// come out in, so it follows the document's own layout. What a table
// cannot say — tools, connections, webhooks, variables, the schedule —
// stays in mapping_*.go.
func settingFields() jsondoc.Fields[agent.Agent] {
	type A = agent.Agent
	return jsondoc.Fields[A]{
		del(jsondoc.Text("identity.name", w("name"), func(a *A) *string { return &a.Identity.Name })),
		null(jsondoc.Text("identity.description", w("description"), func(a *A) *string { return &a.Identity.Description })),
		null(jsondoc.Flag("identity.enabled", w("isEnabled"), func(a *A) **bool { return &a.Identity.Enabled })),
		del(withDefault(defaultLanguage, jsondoc.Text("identity.language", w("config", "primaryLanguage"), func(a *A) *string { return &a.Identity.Language }))),

		del(withDefault(defaultTTSVendor, jsondoc.Text("voice.vendor", w(tts, "vendor"), func(a *A) *string { return &a.Voice.Vendor }))),
		del(withDefault(defaultVoiceID, jsondoc.Text("voice.voice_id", w(tts, "voiceId"), func(a *A) *string { return &a.Voice.VoiceID }))),
		null(jsondoc.Text("voice.model", w(tts, "model"), func(a *A) *string { return &a.Voice.Model })),
		del(jsondoc.Num("voice.speed", w(tts, "speed"), func(a *A) **float64 { return &a.Voice.Speed })),
		del(jsondoc.Num("voice.stability", w(tts, ttsOpts, "stability"), func(a *A) **float64 { return &a.Voice.Stability })),
		del(jsondoc.Num("voice.similarity_boost", w(tts, ttsOpts, "similarity_boost"), func(a *A) **float64 { return &a.Voice.SimilarityBoost })),
		del(jsondoc.Num("voice.style", w(tts, ttsOpts, "style"), func(a *A) **float64 { return &a.Voice.Style })),
		del(jsondoc.Flag("voice.speaker_boost", w(tts, ttsOpts, "use_speaker_boost"), func(a *A) **bool { return &a.Voice.SpeakerBoost })),

		del(withDefault(defaultLLMVendor, jsondoc.Text("llm.vendor", w(llm, "vendor"), func(a *A) *string { return &a.LLM.Vendor }))),
		del(withDefault(defaultLLMModel, jsondoc.Text("llm.model", w(llm, "model"), func(a *A) *string { return &a.LLM.Model }))),
		del(jsondoc.Text("llm.prompt", w(llm, "prompt"), func(a *A) *string { return &a.LLM.Prompt })),
		null(jsondoc.Text("llm.endpoint", w(llm, "endpoint"), func(a *A) *string { return &a.LLM.Endpoint })),
		null(apiKeyField()),
		null(jsondoc.Num("llm.temperature", w(llm, "options", "temperature"), func(a *A) **float64 { return &a.LLM.Temperature })),
		null(jsondoc.Int("llm.max_tokens", w(llm, "options", "maxTokens"), func(a *A) **int { return &a.LLM.MaxTokens })),
		null(jsondoc.Num("llm.top_p", w(llm, "options", "topP"), func(a *A) **float64 { return &a.LLM.TopP })),
		null(jsondoc.Text("llm.reasoning_effort", w(llm, "options", "reasoningEffort"), func(a *A) *string { return &a.LLM.ReasoningEffort })),
		del(withDefault("Auto", jsondoc.Text("speech.vendor", w("config", "sttConfig", "vendor"), func(a *A) *string { return &a.Speech.Vendor }))),

		del(jsondoc.Either("greeting.who", w(features, "talkFirst", "isEnabled"), func(a *A) *string { return &a.Greeting.Who }, "agent", "user")),
		del(jsondoc.Num("greeting.delay", w(features, "talkFirst", "delay"), func(a *A) **float64 { return &a.Greeting.Delay })),
		del(jsondoc.Flag("greeting.interruptible", w(features, "talkFirst", "interruptible"), func(a *A) **bool { return &a.Greeting.Interruptible })),
		maxDurationField(),
		del(jsondoc.Flag("telephony.machine_detection", w(features, "ivrDetection", "isEnabled"), func(a *A) **bool { return &a.Telephony.MachineDetection })),
		del(ambientField()),
		del(jsondoc.Num("voice.background_level", w(features, "ambientNoise", "ambientNoiseLevel"), func(a *A) **float64 { return &a.Voice.BackgroundLevel })),
		del(jsondoc.Flag("speech.language_switching", w(features, "languageSwitching", "isEnabled"), func(a *A) **bool { return &a.Speech.LanguageSwitching })),
		del(jsondoc.Flag("turn.fillers.enabled", w(features, "fillers", "isEnabled"), func(a *A) **bool { return &a.Turn.Fillers.Enabled })),
		fillerPhrasesField(),
		del(jsondoc.Flag("turn.backchannel.enabled", w(features, "backchannel", "isEnabled"), func(a *A) **bool { return &a.Turn.Backchannel.Enabled })),
		del(jsondoc.Flag("turn.silence.enabled", w(features, silence, "isEnabled"), func(a *A) **bool { return &a.Turn.Silence.Enabled })),
		del(jsondoc.Int("turn.silence.max_reminders", w(features, silence, "maxReminderAttempts"), func(a *A) **int { return &a.Turn.Silence.MaxReminders })),
		del(jsondoc.Num("turn.silence.remind_after", w(features, silence, "reminderSilenceThresholdSeconds"), func(a *A) **float64 { return &a.Turn.Silence.RemindAfter })),
		del(jsondoc.Flag("turn.silence.end_call", w(features, silence, "endWhenReminderLimitExceeded"), func(a *A) **bool { return &a.Turn.Silence.EndCall })),
	}
}

// Places in the document the table names often.
const (
	tts      = "config.ttsConfig"
	ttsOpts  = "vendorSpecificOptions"
	llm      = "config.llmConfig"
	features = "config.features"
	silence  = "silenceManagement"
)

// w spells a place: its parts, where a part may hold dots ("config.ttsConfig").
func w(parts ...string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, strings.Split(p, ".")...)
	}
	return out
}

// del and null set how clearing a setting the document had is written:
// the key removed (Dasha then applies its own default) or set to null
// where Dasha allows null. Either way the objects on the way are created
// as values.go's at creates them, with the version seed 004 gives them.
func del(f jsondoc.Field[agent.Agent]) jsondoc.Field[agent.Agent] { return clearing(f, clearByDelete) }

func null(f jsondoc.Field[agent.Agent]) jsondoc.Field[agent.Agent] { return clearing(f, clearToNull) }

func clearing(f jsondoc.Field[agent.Agent], mode clearMode) jsondoc.Field[agent.Agent] {
	parent, key := f.Wire[:len(f.Wire)-1], f.Wire[len(f.Wire)-1]
	f.Cleared = nil
	f.Write = func(doc *object, v any) {
		if v == nil {
			clearKey(at(doc, parent...)(), key, mode)
			return
		}
		at(doc, parent...)().Set(key, v)
	}
	return f
}

// withDefault stands Dasha's default in for a required text left empty, so
// an empty field means "Dasha's default" rather than a broken body.
func withDefault(def string, f jsondoc.Field[agent.Agent]) jsondoc.Field[agent.Agent] {
	get := f.Get
	f.Get = func(a *agent.Agent) any {
		if v := get(a); v != nil {
			return v
		}
		return def
	}
	return f
}

// apiKeyField: llmConfig.apiKey, read only as a reference (a plain key was
// swapped for one when the document was read).
func apiKeyField() jsondoc.Field[agent.Agent] {
	f := jsondoc.Text("llm.api_key", w(llm, "apiKey"), func(*agent.Agent) *string { return new(string) })
	f.Get = func(a *agent.Agent) any {
		if a.LLM.APIKey == "" {
			return nil
		}
		return string(a.LLM.APIKey)
	}
	f.Set = func(a *agent.Agent, v any) {
		if key, ok := jsondoc.String(v); ok && agent.IsRef(key) {
			a.LLM.APIKey = agent.SecretRef(key)
		}
	}
	return f
}
