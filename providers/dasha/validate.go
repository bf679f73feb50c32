package dasha

import (
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Validate returns every problem with a for Dasha, in plain words, before
// anything is sent: the shared rules with Dasha's limits, then Dasha's own.
func (c *Client) Validate(a *agent.Agent) agent.Problems {
	ps := agent.ValidateCommon(a, capabilities())
	ps = explainCommon(a, ps)
	checkVoice(a, &ps)
	checkLanguage(a, &ps)
	checkSchedule(a, &ps)
	checkTools(a, &ps)
	checkBuiltins(a, &ps)
	checkMCP(a, &ps)
	checkWebhooks(a, &ps)
	checkSettings(a, &ps)
	if s := a.Telephony.OutboundSIP; s != nil && strings.TrimSpace(s.Server) == "" {
		ps.Add("telephony.outbound_sip.server", "enter the SIP server calls go out through, like sip.example.com:5060")
	}
	return firstPerPath(ps)
}

// explainCommon rewords shared problems where Dasha has a better answer.
func explainCommon(a *agent.Agent, ps agent.Problems) agent.Problems {
	for i, p := range ps {
		switch {
		case p.Path == "greeting.text" && p.Warning:
			ps[i].Message = "Dasha has no greeting text; the agent words its own greeting from the prompt, so add a line like \"Open the call with: …\" to the prompt"
		case p.Path == "identity.timezone" && p.Warning && a.Schedule.IsSet() && a.Schedule.Timezone == "":
			ps[i].Message = "Dasha has no time zone for the agent; this one is used for the calling hours, which name none"
		case p.Path == "identity.timezone" && p.Warning:
			ps[i].Message = "Dasha has no time zone for the agent, only for its calling hours; set that one under Calling hours"
		case p.Path == "voice.speed" && !p.Warning && a.Voice.Vendor == "Lmnt":
			ps[i].Message = "Lmnt voices speak at a fixed speed; use 1 or leave it empty"
		case strings.HasPrefix(p.Path, "schedule.") && !p.Warning && scheduleValue(a, p.Path) == "24:00":
			ps[i].Message = clockHint("24:00")
		}
	}
	return ps
}

// scheduleValue returns the time at a path like schedule.mon[0].end.
func scheduleValue(a *agent.Agent, path string) string {
	for _, d := range a.Schedule.Days() {
		for i, w := range *d.Windows {
			switch path {
			case fmt.Sprintf("schedule.%s[%d].start", d.Key, i):
				return w.Start
			case fmt.Sprintf("schedule.%s[%d].end", d.Key, i):
				return w.End
			}
		}
	}
	return ""
}

func checkVoice(a *agent.Agent, ps *agent.Problems) {
	v := &a.Voice
	if v.Vendor == "" && v.Speed != nil {
		// An empty vendor is Dasha's default, ElevenLabs.
		if r := speedRanges[defaultTTSVendor]; *v.Speed < r.Min || *v.Speed > r.Max {
			ps.Add("voice.speed", "the default voice (ElevenLabs) speaks at 0.7 to 1.2; use a number in that range or choose another voice vendor")
		}
	}
	if v.Vendor == "Cartesia" && v.Speed != nil && *v.Speed < 0.25 {
		ps.Warn("voice.speed", "Cartesia plays speeds below 0.25 at 0.25")
	}
	if vendor := orDefault(v.Vendor, defaultTTSVendor); vendor != "ElevenLabs" {
		for _, o := range []struct {
			path string
			set  bool
		}{
			{"voice.stability", v.Stability != nil},
			{"voice.similarity_boost", v.SimilarityBoost != nil},
			{"voice.style", v.Style != nil},
			{"voice.speaker_boost", v.SpeakerBoost != nil},
		} {
			if o.set {
				ps.Warn(o.path, "only ElevenLabs voices use this; %s will ignore it", vendor)
			}
		}
	}
	if v.BackgroundSound != "" && v.BackgroundSound != ambientSound {
		ps.Warn("voice.background_sound", "Dasha has one ambient noise and cannot play %q; its ambient noise will be used", v.BackgroundSound)
	}
}

func checkLanguage(a *agent.Agent, ps *agent.Problems) {
	lang := a.Identity.Language
	if lang != "" && !strings.Contains(lang, "-") {
		ps.Warn("identity.language", "Dasha expects a language with its region, like %s-US or %s-GB", lang, lang)
	}
}

func checkSchedule(a *agent.Agent, ps *agent.Problems) {
	if a.Schedule.IsSet() && scheduleZone(a) == "" {
		ps.Add("schedule.timezone", "Dasha needs the time zone of the calling hours; choose one like Europe/London")
	}
}

func checkTools(a *agent.Agent, ps *agent.Problems) {
	for i, t := range a.Tools {
		p := fmt.Sprintf("tools[%d]", i)
		if t.TimeoutSeconds != nil && (*t.TimeoutSeconds < 1 || *t.TimeoutSeconds > 300) {
			ps.Add(p+".timeout_seconds", "use a number of seconds from 1 to 300")
		}
		if t.Retries != nil && (*t.Retries < 0 || *t.Retries > 5) {
			ps.Add(p+".retries", "use a number from 0 to 5")
		}
		if strings.HasPrefix(t.URL, "http://") {
			ps.Warn(p+".url", "Dasha calls tools only over the public internet with https://; use an https:// address")
		}
	}
}

func checkBuiltins(a *agent.Agent, ps *agent.Problems) {
	seen := map[string]bool{}
	for i, b := range a.Builtins {
		p := fmt.Sprintf("builtins[%d]", i)
		switch {
		case b.Kind == agent.BuiltinVoicemailDetection:
			ps.Warn(p, "Dasha has no voicemail tool; switch on Detect machines (Advanced) instead")
		case b.Kind == agent.BuiltinLanguageDetection:
			ps.Warn(p, "Dasha has no language tool; switch on Switch languages (Listening) instead")
		case dashaBuiltin(b.Kind) == "":
			ps.Warn(p, "Dasha has no %s tool, so it will not be sent", strings.ReplaceAll(b.Kind, "_", " "))
		case seen[b.Kind]:
			ps.Warn(p, "this tool is listed twice; only the first is sent")
		}
		seen[b.Kind] = true
	}
}

func checkMCP(a *agent.Agent, ps *agent.Problems) {
	names := map[string]bool{}
	for i, m := range a.MCP {
		p := fmt.Sprintf("mcp[%d]", i)
		if m.Name != "" && names[m.Name] {
			ps.Add(p+".name", "another server has this name; names must differ")
		}
		names[m.Name] = true
		if m.APIKey != "" && strings.TrimSpace(m.HeaderName) == "" && mcpAuthType(a, m.Name) != mcpAuthBearer {
			ps.Add(p+".header_name", "say which header carries the key, like X-API-Key or Authorization")
		}
	}
}

func checkWebhooks(a *agent.Agent, ps *agent.Problems) {
	for _, h := range []struct {
		path string
		w    agent.Webhook
	}{{"webhooks.pre_call", a.Webhooks.PreCall}, {"webhooks.post_call", a.Webhooks.PostCall}} {
		if h.w.URL == "" && (h.w.Method != "" || h.w.BodyTemplate != "" || len(h.w.Headers) > 0) {
			ps.Add(h.path+".url", "enter the address to call, starting with https://, or clear this webhook's other settings")
		}
	}
}

// firstPerPath keeps one error per field (the first, which is the most
// basic) so a field never shows two messages that say the same thing.
// Warnings are kept apart from errors.
func firstPerPath(ps agent.Problems) agent.Problems {
	seen := map[string]bool{}
	out := ps[:0]
	for _, p := range ps {
		key := fmt.Sprint(p.Warning, p.Path)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, p)
	}
	return out
}
