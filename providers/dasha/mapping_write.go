package dasha

import (
	"github.com/agentdeck/agentdeck/agent"
)

// overlay writes a onto root, a Dasha agent document whose own reading is
// base (toAgent(root) before any change). Only fields where a differs from
// base are written (see values.go for the rule), so everything agentdeck
// does not model stays as it was. It returns problems for values it cannot
// put into Dasha's shape; validation reports the same ones earlier.
func overlay(root *object, a, base *agent.Agent) agent.Problems {
	top := at(root)
	putText(top, "name", a.Identity.Name, base.Identity.Name, clearByDelete)
	putText(top, "description", a.Identity.Description, base.Identity.Description, clearToNull)
	putBool(top, "isEnabled", a.Identity.Enabled, base.Identity.Enabled, clearToNull)

	cfg := at(root, "config")
	putText(cfg, "primaryLanguage", orDefault(a.Identity.Language, defaultLanguage),
		orDefault(base.Identity.Language, defaultLanguage), clearByDelete)
	writeVoice(root, &a.Voice, &base.Voice)
	writeLLM(root, &a.LLM, &base.LLM)
	putText(at(root, "config", "sttConfig"), "vendor", orDefault(a.Speech.Vendor, "Auto"),
		orDefault(base.Speech.Vendor, "Auto"), clearByDelete)
	writeFeatures(root, a, base)

	writeTools(root, a.Tools, base.Tools)
	writeBuiltins(root, a.Builtins, base.Builtins)
	writeMCP(root, a.MCP, base.MCP)
	writeResultWebhook(root, a.Webhooks.PostCall, base.Webhooks.PostCall)
	writeStartWebhook(root, a.Webhooks.PreCall, base.Webhooks.PreCall)
	writeSIP(root, a.Telephony.OutboundSIP, base.Telephony.OutboundSIP)
	putText(at(root, "inboundSipConfig"), "phoneNumber", a.Telephony.InboundNumber, base.Telephony.InboundNumber, clearToNull)
	writeVariables(root, a.Variables, base.Variables)
	return writeSchedule(root, a, base)
}

// orDefault stands in Dasha's default for a required value left empty, so
// an empty field means "Dasha's default" rather than a broken body.
func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

func writeVoice(root *object, v, base *agent.Voice) {
	tts := at(root, "config", "ttsConfig")
	putText(tts, "vendor", orDefault(v.Vendor, defaultTTSVendor), orDefault(base.Vendor, defaultTTSVendor), clearByDelete)
	putText(tts, "voiceId", orDefault(v.VoiceID, defaultVoiceID), orDefault(base.VoiceID, defaultVoiceID), clearByDelete)
	putText(tts, "model", v.Model, base.Model, clearToNull)
	putNum(tts, "speed", v.Speed, base.Speed, clearByDelete)
	opts := at(root, "config", "ttsConfig", "vendorSpecificOptions")
	putNum(opts, "stability", v.Stability, base.Stability, clearByDelete)
	putNum(opts, "similarity_boost", v.SimilarityBoost, base.SimilarityBoost, clearByDelete)
	putNum(opts, "style", v.Style, base.Style, clearByDelete)
	putBool(opts, "use_speaker_boost", v.SpeakerBoost, base.SpeakerBoost, clearByDelete)
}

func writeLLM(root *object, l, base *agent.LLM) {
	llm := at(root, "config", "llmConfig")
	putText(llm, "vendor", orDefault(l.Vendor, defaultLLMVendor), orDefault(base.Vendor, defaultLLMVendor), clearByDelete)
	putText(llm, "model", orDefault(l.Model, defaultLLMModel), orDefault(base.Model, defaultLLMModel), clearByDelete)
	putText(llm, "prompt", l.Prompt, base.Prompt, clearByDelete)
	putText(llm, "endpoint", l.Endpoint, base.Endpoint, clearToNull)
	putText(llm, "apiKey", string(l.APIKey), string(base.APIKey), clearToNull)
	opts := at(root, "config", "llmConfig", "options")
	putNum(opts, "temperature", l.Temperature, base.Temperature, clearToNull)
	putInt(opts, "maxTokens", l.MaxTokens, base.MaxTokens, clearToNull)
	putNum(opts, "topP", l.TopP, base.TopP, clearToNull)
	putText(opts, "reasoningEffort", l.ReasoningEffort, base.ReasoningEffort, clearToNull)
}

func writeFeatures(root *object, a, base *agent.Agent) {
	feature := func(name string) place { return at(root, "config", "features", name) }

	talk := feature("talkFirst")
	putBool(talk, "isEnabled", agentFirst(a.Greeting.Who), agentFirst(base.Greeting.Who), clearByDelete)
	putNum(talk, "delay", a.Greeting.Delay, base.Greeting.Delay, clearByDelete)
	putBool(talk, "interruptible", a.Greeting.Interruptible, base.Greeting.Interruptible, clearByDelete)

	writeMaxDuration(feature("maxDuration"), a.Limits.MaxDuration, base.Limits.MaxDuration)
	putBool(feature("ivrDetection"), "isEnabled", a.Telephony.MachineDetection, base.Telephony.MachineDetection, clearByDelete)

	noise := feature("ambientNoise")
	if on, was := a.Voice.BackgroundSound != "", base.Voice.BackgroundSound != ""; on != was {
		noise().Set("isEnabled", on)
	}
	putNum(noise, "ambientNoiseLevel", a.Voice.BackgroundLevel, base.Voice.BackgroundLevel, clearByDelete)

	putBool(feature("languageSwitching"), "isEnabled", a.Speech.LanguageSwitching, base.Speech.LanguageSwitching, clearByDelete)

	fillers := feature("fillers")
	putBool(fillers, "isEnabled", a.Turn.Fillers.Enabled, base.Turn.Fillers.Enabled, clearByDelete)
	writeFillerPhrases(fillers, a.Turn.Fillers.Phrases, base.Turn.Fillers.Phrases)
	putBool(feature("backchannel"), "isEnabled", a.Turn.Backchannel.Enabled, base.Turn.Backchannel.Enabled, clearByDelete)

	silence, s, bs := feature("silenceManagement"), &a.Turn.Silence, &base.Turn.Silence
	putBool(silence, "isEnabled", s.Enabled, bs.Enabled, clearByDelete)
	putInt(silence, "maxReminderAttempts", s.MaxReminders, bs.MaxReminders, clearByDelete)
	putNum(silence, "reminderSilenceThresholdSeconds", s.RemindAfter, bs.RemindAfter, clearByDelete)
	putBool(silence, "endWhenReminderLimitExceeded", s.EndCall, bs.EndCall, clearByDelete)
}

// agentFirst turns greeting.who into talkFirst.isEnabled; nil when who is
// not set.
func agentFirst(who string) *bool {
	var on bool
	switch who {
	case "agent":
		on = true
	case "user":
		on = false
	default:
		return nil
	}
	return &on
}

// writeMaxDuration: a limit in the model is an enabled limit on Dasha; a
// removed limit switches the feature off and keeps its seconds.
func writeMaxDuration(p place, model, base *int) {
	if equalPtr(model, base) {
		return
	}
	md := p()
	if model == nil {
		md.Set("isEnabled", false)
		return
	}
	putInt(p, "maxDurationSeconds", model, integer(md, "maxDurationSeconds"), clearByDelete)
	if on := boolean(md, "isEnabled"); on != nil && !*on {
		md.Set("isEnabled", true)
	}
}

func writeFillerPhrases(p place, model, base []string) {
	if equalStrings(model, base) {
		return
	}
	fillers := p()
	if len(model) == 0 {
		fillers.Delete("strategy")
		return
	}
	strategy := fillers.Ensure("strategy")
	if text(strategy, "type") != "static" {
		strategy.Set("type", "static")
	}
	putStrings(at(strategy), "texts", model, nil, clearByDelete)
}

// equalStrings treats nil and empty as the same list.
func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
