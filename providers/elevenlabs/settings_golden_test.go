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
	case agent.KindText, agent.KindLongText, agent.KindSecret:
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
		// The typed key (no place in the document) is saved apart: see
		// prepare_test.go.
		if s.ReadOnly == "" && s.Wire != "" && !skip[s.Key] {
			m[s.Key] = sampleValue(s, s.Key)
		}
	}
	a.Settings = agent.Settings{ProviderID: m}
	return a
}

// validFullAgent is fullSettingsAgent with the combinations ElevenLabs
// refuses taken out: one of each group of alternatives, and the settings
// that need another's value given that value.
func validFullAgent() agent.Agent {
	a := fullSettingsAgent(map[string]bool{"widget_avatar_custom_url": true, "widget_avatar_url": true})
	a.LLM.Endpoint = "https://llm.example.com/v1"
	m := a.Settings[ProviderID]
	for _, g := range oneOfSettings {
		for _, k := range g[1:] {
			delete(m, k)
		}
	}
	for _, n := range settingsNeeding {
		if _, ok := m[n.key]; ok {
			m[n.other] = n.values[0]
		}
	}
	for key, groups := range oneOfFields {
		recs, _ := agent.SettingRecords(m[key])
		for _, rec := range recs {
			for _, g := range groups {
				for _, k := range g[1:] {
					delete(rec, k)
				}
			}
		}
	}
	// Records of guardrails written by you end the call or retry, and only
	// a retry takes feedback.
	recs, _ := agent.SettingRecords(m["guardrails_custom_config_configs"])
	for _, rec := range recs {
		rec["trigger_action_type"] = "retry"
	}
	return a
}

// TestEverySettingReachesElevenLabs is issue 17 point 5 on ElevenLabs: a
// draft with every editable setting set passes validation, is accepted by
// the fake (which holds it to the official schema and refuses undocumented
// keys), is sent exactly as the golden shows, and reads back whole.
func TestEverySettingReachesElevenLabs(t *testing.T) {
	t.Parallel()
	needSpec(t)
	fake, c := fakeAndClient(t)
	res := pushNew(t, c, validFullAgent())
	if len(res.NotKept) != 0 {
		t.Errorf("not kept after the push: %v", res.NotKept)
	}
	requireCreateGolden(t, fake)
}

// TestSettingsRefusedTogether: the alternatives ElevenLabs refuses side by
// side are problems, named in plain words at the setting to clear.
func TestSettingsRefusedTogether(t *testing.T) {
	t.Parallel()
	c := offline(t)
	a := validFullAgent()
	m := a.Settings[ProviderID]
	m["custom_llm_api_key_env_var_label"] = "LLM_KEY"
	m["backup_llm_preference"] = "default"
	ps := c.Validate(&a).Errors()
	want := map[string]bool{
		agent.SettingPath(ProviderID, "custom_llm_api_key_env_var_label"): false,
		agent.SettingPath(ProviderID, "backup_llm_order"):                 false,
	}
	for _, p := range ps {
		if _, ok := want[p.Path]; ok {
			want[p.Path] = true
		}
	}
	for path, seen := range want {
		if !seen {
			t.Errorf("no problem at %s; problems: %v", path, ps)
		}
	}
}

// TestDroppedSettingIsReported: when ElevenLabs does not keep a setting
// (here the turn model), the push says so after reading the agent back.
func TestDroppedSettingIsReported(t *testing.T) {
	t.Parallel()
	fake, c := fakeAndClient(t)
	fake.SetTransform(func(a map[string]any) {
		cc, _ := a["conversation_config"].(map[string]any)
		if turn, ok := cc["turn"].(map[string]any); ok {
			delete(turn, "turn_model")
		}
	})
	tmpl, _ := agent.TemplateByID("blank")
	a := tmpl.New("Dropped")
	a.Settings = agent.Settings{ProviderID: {"turn_model": "turn_v3", "turn_speculative_turn": true}}
	res := pushNew(t, c, a)
	if len(res.NotKept) != 1 || res.NotKept[0].Path != agent.SettingPath(ProviderID, "turn_model") {
		t.Errorf("not kept: %v; want only the turn model", res.NotKept)
	}
}
