package trillet

import (
	"strings"

	"github.com/agentdeck/agentdeck/agent"
)

// Validate checks a for Trillet: the shared rules and limits, then what
// Trillet itself needs, in plain words.
func (c *Client) Validate(a *agent.Agent) agent.Problems {
	ps := agent.ValidateCommon(a, c.Capabilities())
	v := a.Voice
	switch {
	case v.Vendor == byoElevenLabs && v.VendorKey == "":
		ps.Add("voice.vendor_key", "enter your ElevenLabs API key; the 11labs_byo voice vendor uses your own ElevenLabs account")
	case v.Vendor != byoElevenLabs && v.VendorKey != "":
		ps.Warn("voice.vendor_key", "Trillet uses your own ElevenLabs key only with the 11labs_byo voice vendor; choose that vendor or clear the key")
	}
	if v.Vendor != "" && v.Vendor != defaultTTSVendor && v.VoiceID == "" {
		ps.Add("voice.voice_id", "enter the id of a %s voice: Trillet's default voice is a Rime voice and does not work with %s", v.Vendor, v.Vendor)
	}
	if m := a.LLM.Model; m != "" {
		inCreate, inUpdate := contains(createModels, m), contains(updateModels, m)
		switch {
		case !inCreate && !inUpdate:
			ps.Warn("llm.model", "%s is not in Trillet's published model lists; it is sent as typed, and Trillet may refuse it", m)
		case !inCreate:
			ps.Warn("llm.model", "Trillet lists %s for updates only, so creating the agent with it may be refused; push first with a model such as %s, then switch", m, defaultLLM)
		case !inUpdate:
			ps.Warn("llm.model", "Trillet lists %s for creating only, so later updates with it may be refused", m)
		}
	}
	if lang := a.Identity.Language; strings.Contains(lang, "-") {
		ps.Warn("identity.language", "Trillet keeps only the language, not the region: %s is sent as %s", lang, bareLanguage(lang))
	}
	return ps
}
