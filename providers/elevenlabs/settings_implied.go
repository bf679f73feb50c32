package elevenlabs

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/internal/jsondoc"
	"github.com/agentdeck/agentdeck/providers/internal/settingsdoc"
)

// withoutImplied drops from m, the settings a document holds, those whose
// value the model's own fields already write there (a built-in tool's name
// and type, say): they are the model's, not settings of their own, so a
// draft made in agentdeck and the same draft read back from ElevenLabs
// hold the same settings, and a round trip changes nothing.
func withoutImplied(model agent.Agent, m map[string]any) map[string]any {
	if len(m) == 0 {
		return m
	}
	model.Settings = nil
	doc, err := encodeDocument(&model, nil, agent.MaskSecrets{})
	if err != nil {
		return m
	}
	t, err := jsondoc.Parse(doc)
	if err != nil {
		return m
	}
	implied := readSettings(t)
	if len(implied) == 0 {
		return m
	}
	out := make(map[string]any, len(m))
	for k, v := range m {
		if iv, ok := implied[k]; ok {
			if s, known := agent.SettingByKey(settingsTable(), k); known && settingsdoc.Equal(s, v, iv) {
				continue
			}
		}
		out[k] = v
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
