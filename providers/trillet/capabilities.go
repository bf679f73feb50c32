package trillet

import (
	"strconv"

	"github.com/agentdeck/agentdeck/agent"
)

// Capabilities lists every field Trillet carries (reference/field-matrix.md,
// Trillet column). There is no prompt: Trillet's agent API has no prompt
// field, so llm.prompt is absent and shows as not carried. Ranges Trillet
// does not document keep the neutral limits.
func (c *Client) Capabilities() agent.Capabilities {
	return agent.Capabilities{Provider: ProviderID, Settings: table, Wires: wireTable, Fields: map[string]agent.FieldSpec{
		"identity.name":     {Required: true},
		"identity.language": {Note: "Trillet keeps a bare language code such as en; the region is left out."},

		"llm.model": {
			Choices: modelChoices(), Default: defaultLLM,
			Note: "Trillet's create and update pages list different models; a model missing from one may be refused there.",
		},

		"voice.vendor": {Choices: vendorChoices(), Default: defaultTTSVendor},
		"voice.voice_id": {
			VendorChoices: vendorVoices(), VendorDefault: defaultTTSVendor, Default: defaultVoiceID,
			Note: "A voice of the chosen voice vendor; the default voice is a Rime voice.",
		},
		"voice.name":       {},
		"voice.vendor_key": {Note: "Your own ElevenLabs key, only for the 11labs_byo vendor; kept with your credentials."},
		"voice.speed":      {},
		"voice.volume":     {},

		"callbacks.enabled":      {Note: "Trillet's smart callback."},
		"callbacks.max_attempts": {Min: agent.Num(1), Default: strconv.Itoa(defaultMaxAttempt)},
		"callbacks.gaps":         {},
		"callbacks.gaps.days":    {Min: agent.Num(0), Max: agent.Num(30)},
		"callbacks.gaps.hours":   {Min: agent.Num(0), Max: agent.Num(23)},

		"telephony.phone_number_ids": {Note: "Ids of Trillet phone numbers."},
		"variables":                  {},
	}}
}

// modelChoices is every model either Trillet page lists, the create list
// first, each labelled with where it is listed.
func modelChoices() []agent.Choice {
	var out []agent.Choice
	seen := map[string]bool{}
	for _, m := range createModels {
		label := m
		if !contains(updateModels, m) {
			label += " (create only)"
		}
		out = append(out, agent.Choice{Value: m, Label: label})
		seen[m] = true
	}
	for _, m := range updateModels {
		if !seen[m] {
			out = append(out, agent.Choice{Value: m, Label: m + " (update only)"})
		}
	}
	return out
}

func vendorChoices() []agent.Choice {
	return []agent.Choice{
		{Value: "rime", Label: "Rime"},
		{Value: "cartesia", Label: "Cartesia"},
		{Value: "openai", Label: "OpenAI"},
		{Value: byoElevenLabs, Label: "ElevenLabs with your own key"},
	}
}

// vendorVoices are the voices Trillet documents, by voice vendor: seed 002
// names only Rime's "mist v2" voices (mistv2_Wildflower, the default, Brook
// and Violet). Other vendors' voice ids are typed; a Rime voice sent with
// another vendor is refused (agent.FieldSpec.VendorChoices), since the pair
// would not match.
func vendorVoices() map[string][]agent.Choice {
	return map[string][]agent.Choice{
		"rime": {{Value: "mistv2_Wildflower", Label: "Wildflower"}, {Value: "mistv2_Brook", Label: "Brook"}, {Value: "mistv2_Violet", Label: "Violet"}},
	}
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
