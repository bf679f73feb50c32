package nova

import (
	"fmt"
	"math"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
)

// Validate checks a for Nova: the shared rules and limits, then what Nova
// itself needs, in plain words.
func (c *Client) Validate(a *agent.Agent) agent.Problems {
	ps := agent.ValidateCommon(a, c.Capabilities())
	llmSet := settingsIn(a, keyLLM) || a.LLM.Vendor != "" || a.LLM.Model != "" || a.LLM.Temperature != nil || a.LLM.MaxTokens != nil || a.LLM.TopP != nil
	if llmSet && a.LLM.Vendor == "" {
		ps.Add("llm.vendor", "choose the LLM vendor (openai or anthropic); Nova needs it when any other LLM setting is set")
	}
	if llmSet && a.LLM.Model == "" {
		ps.Add("llm.model", "enter the LLM model; Nova needs it when any other LLM setting is set")
	}
	v := a.Voice
	voiceSet := settingsIn(a, keyVoice) || v.Vendor != "" || v.VoiceID != "" || v.Model != "" || v.Speed != nil || v.Stability != nil ||
		v.SimilarityBoost != nil || v.Style != nil || v.SpeakerBoost != nil
	if voiceSet && v.Vendor == "" {
		ps.Add("voice.vendor", "choose the voice vendor; Nova needs it when any other voice setting is set")
	}
	if voiceSet && v.Model == "" {
		ps.Add("voice.model", "enter the voice model; Nova needs it when any other voice setting is set")
	}
	if (v.BackgroundLevel != nil || settingsIn(a, keyBackground)) && v.BackgroundSound == "" {
		ps.Add("voice.background_sound", "enter the background sound file; Nova needs it when any other background sound setting is set")
	}
	checkThinkingSounds(a, &ps)
	if (settingsIn(a, keyTranscribe) || a.Speech.Model != "" || len(a.Speech.Keywords) > 0) && a.Speech.Vendor == "" {
		ps.Add("speech.vendor", "choose the recogniser (deepgram, elevenlabs or speechmatics); Nova needs it when any other listening setting is set")
	}
	if a.Identity.Language != "" && !languageCarried(a) {
		ps.Warn("identity.language", "Nova keeps the language with the recogniser or the voice; choose a recogniser (Listening) or a voice vendor so it is sent")
	}
	checkWhole(&ps, "greeting.delay", a.Greeting.Delay)
	checkWhole(&ps, "turn.initial_wait", a.Turn.InitialWait)
	checkWhole(&ps, "turn.silence.remind_after", a.Turn.Silence.RemindAfter)
	if d := a.Limits.MaxDuration; d != nil && *d > 0 && *d%60 != 0 {
		ps.Warn("limits.max_duration", "Nova counts whole minutes, so %d seconds is sent as %d minutes", *d, minutesFor(*d))
	}
	checkPreCall(a.Webhooks.PreCall, &ps)
	return ps
}

func checkWhole(ps *agent.Problems, path string, v *float64) {
	if v != nil && *v != math.Trunc(*v) {
		ps.Add(path, "Nova takes whole seconds here; use a whole number like %d", int(math.Ceil(*v)))
	}
}

func checkPreCall(h agent.Webhook, ps *agent.Problems) {
	set := h.Method != "" || h.BodyTemplate != "" || h.TimeoutSeconds != nil || len(h.Headers) > 0
	if set && h.URL == "" {
		ps.Add("webhooks.pre_call.url", "enter the web address Nova should call before each call, starting with https://")
	}
	if (set || h.URL != "") && h.Method == "" {
		ps.Add("webhooks.pre_call.method", "choose how Nova calls it: GET, POST, PUT or PATCH")
	}
	if t := strings.TrimSpace(h.BodyTemplate); t != "" {
		if _, err := jsondoc.ParseOrNew([]byte(t)); err != nil {
			ps.Add("webhooks.pre_call.body_template", `write the body as a JSON object, like {"caller": "{{phone}}"}`)
		}
	}
}

// settingsIn reports whether a sets any Nova setting kept in the settings
// object obj (llm_config, …), which then needs that object's required
// fields.
func settingsIn(a *agent.Agent, obj string) bool {
	set := a.Settings[ProviderID]
	for _, s := range table {
		if _, ok := set[s.Key]; ok && s.ReadOnly == "" && strings.HasPrefix(s.Wire, obj+".") {
			return true
		}
	}
	return false
}

// checkThinkingSounds asks for the file of each thinking sound: Nova
// requires one.
func checkThinkingSounds(a *agent.Agent, ps *agent.Problems) {
	v, _ := a.Settings.Get(ProviderID, settingThinkingSounds)
	recs, _ := agent.SettingRecords(v)
	for i, r := range recs {
		if s, _ := agent.SettingText(r["sound"]); strings.TrimSpace(s) == "" {
			ps.Add(fmt.Sprintf("%s[%d].sound", agent.SettingPath(ProviderID, settingThinkingSounds), i), "enter the sound file this thinking sound plays")
		}
	}
}
