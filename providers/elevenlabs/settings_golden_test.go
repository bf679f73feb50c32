package elevenlabs

import (
	"math"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// sampleValue is a value setting s accepts: its first choice, the low end
// of its range, or a short text.
func sampleValue(s agent.Setting, key string) any {
	switch s.Kind {
	case agent.KindBool:
		return true
	case agent.KindInteger, agent.KindNumber:
		v := 1.0
		if s.Spec.Min != nil {
			v = *s.Spec.Min
		}
		if s.Spec.Max != nil && v > *s.Spec.Max {
			v = *s.Spec.Max
		}
		if strings.HasPrefix(s.Spec.Note, "It must be more than") {
			v += 0.5
		}
		if s.Kind == agent.KindInteger {
			return int(math.Ceil(v))
		}
		return v
	case agent.KindChoice:
		if len(s.Spec.Choices) > 0 {
			return s.Spec.Choices[0].Value
		}
	case agent.KindList:
		if len(s.Spec.Choices) > 0 {
			return []any{s.Spec.Choices[0].Value}
		}
		return []any{"example"}
	case agent.KindItems:
		rec := map[string]any{}
		for _, it := range s.Items {
			if it.ReadOnly == "" {
				rec[it.Key] = sampleValue(it, key+"_"+it.Key)
			}
		}
		if s.KeyedBy != "" {
			rec[s.KeyedBy] = "fr"
			if by, _ := agent.SettingByKey(s.Items, s.KeyedBy); len(by.Spec.Choices) > 0 {
				rec[s.KeyedBy] = by.Spec.Choices[0].Value
			}
		}
		return []any{rec}
	}
	if v, ok := patternSamples[s.Spec.Pattern]; ok {
		return v
	}
	v := "Example " + strings.ReplaceAll(key, "_", " ")
	if s.Spec.MaxLen > 0 && len(v) > s.Spec.MaxLen {
		v = v[:s.Spec.MaxLen]
	}
	return v
}

// patternSamples are values that fit the patterns ElevenLabs' schema gives.
var patternSamples = map[string]string{
	"^[a-zA-Z0-9_-]{1,64}$":          "example_tool",
	"^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$": "X-Example",
	"^[0-9*#wW]*$":                   "12w3#",
	"^[0-9A-Fa-f]{2}$":               "04",
}

// fullSettingsAgent is a blank agent with every built-in tool on and every
// editable ElevenLabs setting set, except those in skip.
func fullSettingsAgent(skip map[string]bool) agent.Agent {
	tmpl, _ := agent.TemplateByID("blank")
	a := tmpl.New("Every setting")
	for _, k := range agent.BuiltinKinds {
		a.Builtins = append(a.Builtins, agent.BuiltinTool{Kind: k})
	}
	m := map[string]any{}
	for _, s := range settingsTable() {
		if s.ReadOnly == "" && !skip[s.Key] {
			m[s.Key] = sampleValue(s, s.Key)
		}
	}
	a.Settings = agent.Settings{ProviderID: m}
	return a
}

// TestFullSettingsBody writes a draft with every editable setting set and
// shows what the schema says of it.
func TestFullSettingsBody(t *testing.T) {
	spec := needSpec(t)
	a := fullSettingsAgent(nil)
	body, err := encodeDocument(&a, nil, agent.MaskSecrets{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range spec.ValidateJSON("Body_Create_Agent_v1_convai_agents_create_post", body) {
		t.Log(v)
	}
}
