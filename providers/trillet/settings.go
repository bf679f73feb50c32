package trillet

import "github.com/agentdeck/agentdeck/agent"

// Trillet's own settings (agent.Setting), the two its docs show that the
// model does not name. Seed 002 sends both in its example only:
// settings.temperature beside the voice's speed and volume, and type. The
// older create page (reference/providers.md §2.3) says type "should always
// be voice"; no page says what the temperature controls.
var table = []agent.Setting{
	{
		Key: "type", Wire: keyType, Section: agent.SectionBasics, Group: "Agent", Advanced: true,
		Label: "Kind of agent", Kind: agent.KindChoice,
		Help: "What kind of agent this is. Trillet's docs say it should always be a voice agent, and a new agent is sent as one.",
		Spec: agent.FieldSpec{Choices: []agent.Choice{{Value: defaultChannel, Label: "Voice agent"}}, Closed: true, Default: defaultChannel},
	},
	{
		Key: "temperature", Wire: keySettings + ".temperature", Section: agent.SectionVoice, Group: "Voice", Advanced: true,
		Label: "Temperature", Kind: agent.KindNumber,
		Help: "A temperature Trillet keeps beside the voice's speed and volume. " +
			"Its docs show values of 0.6 and 0.7 but do not say whether it shapes the voice or the wording of answers.",
		Spec: agent.FieldSpec{Min: agent.Num(0), Note: "Trillet documents no range; its examples use 0.6 to 0.7."},
	},
}

// wireTable is every request-body path seed 002 documents and where it is
// edited; ttsModel.elevenLabsApiKey is kept with the credentials.
var wireTable = []agent.WireField{
	{Wire: keyName, Path: "identity.name"},
	{Wire: keyType, Path: agent.SettingPath(ProviderID, "type")},
	{Wire: "ttsModel.provider", Path: "voice.vendor"},
	{Wire: "ttsModel.voiceId", Path: "voice.voice_id"},
	{Wire: "ttsModel.name", Path: "voice.name"},
	{Wire: "ttsModel.language", Path: "identity.language"},
	{Wire: "ttsModel.elevenLabsApiKey", Path: "voice.vendor_key"},
	{Wire: keyLLM, Path: "llm.model"},
	{Wire: keyCallback, Path: "callbacks.enabled"},
	{Wire: keyMaxAttempts, Path: "callbacks.max_attempts"},
	{Wire: keyGaps + "[].days", Path: "callbacks.gaps.days"},
	{Wire: keyGaps + "[].hours", Path: "callbacks.gaps.hours"},
	{Wire: keyPhones, Path: "telephony.phone_number_ids"},
	{Wire: "settings.speed", Path: "voice.speed"},
	{Wire: "settings.volume", Path: "voice.volume"},
	{Wire: "settings.temperature", Path: agent.SettingPath(ProviderID, "temperature")},
	{Wire: keyVariables, Path: "variables"},
}
