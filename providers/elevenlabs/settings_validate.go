package elevenlabs

// Settings ElevenLabs takes only in some combinations. Its schema holds
// these as unions: a key given as a saved secret or as an environment
// label, never both; an avatar's colours only for the orb, its address
// only for a web-page or image avatar. A draft that mixes them would be
// refused with a 422, so validation says which to keep first.

import (
	"fmt"
	"slices"

	"github.com/agentdeck/agentdeck/agent"
)

// oneOfSettings are groups of settings of which at most one may be set.
var oneOfSettings = [][]string{
	{"custom_llm_api_key_secret_id", "custom_llm_api_key_env_var_label"},
	{"custom_llm_api_key", "custom_llm_api_key_env_var_label"},
	{"custom_llm_auth_connection_auth_connection_id", "custom_llm_auth_connection_env_var_label"},
	{"widget_avatar_custom_url", "widget_avatar_url"},
}

// oneOfFields are, per list setting, groups of record fields of which at
// most one may be set in each record.
var oneOfFields = map[string][][]string{
	"custom_llm_request_headers": {{"secret_id", "variable_name", "env_var_label"}},
	"alerting_notifiers":         {{"webhook_id", "connection_id"}},
	"transfer_numbers":           {{"transfer_destination_phone_number", "transfer_destination_sip_uri"}},
}

// settingNeeds says that a setting is taken only while another has one
// of the given values.
type settingNeeds struct {
	key, other string
	values     []string
}

var settingsNeeding = []settingNeeds{
	{"backup_llm_order", "backup_llm_preference", []string{"override"}},
	{"guardrails_content_trigger_action_feedback", "guardrails_content_trigger_action_type", []string{"retry"}},
	{"widget_avatar_color_1", "widget_avatar_type", []string{"orb"}},
	{"widget_avatar_color_2", "widget_avatar_type", []string{"orb"}},
	{"widget_avatar_custom_url", "widget_avatar_type", []string{"url"}},
	{"widget_avatar_url", "widget_avatar_type", []string{"image"}},
}

// checkSettings reports the combinations ElevenLabs refuses.
func checkSettings(a *agent.Agent, ps *agent.Problems) {
	m := a.Settings[ProviderID]
	if len(m) == 0 {
		return
	}
	table := settingsTable()
	label := func(items []agent.Setting, key string) string {
		s, _ := agent.SettingByKey(items, key)
		return "“" + s.Label + "”"
	}
	for _, g := range oneOfSettings {
		if set := setKeys(m, g); len(set) > 1 {
			ps.Add(agent.SettingPath(ProviderID, set[1]), "ElevenLabs takes only one of %s and %s; clear one of them",
				label(table, set[0]), label(table, set[1]))
		}
	}
	for key, groups := range oneOfFields {
		s, _ := agent.SettingByKey(table, key)
		recs, _ := agent.SettingRecords(m[key])
		for i, rec := range recs {
			for _, g := range groups {
				if set := setKeys(rec, g); len(set) > 1 {
					ps.Add(fmt.Sprintf("%s[%d].%s", agent.SettingPath(ProviderID, key), i, set[1]),
						"ElevenLabs takes only one of %s and %s in each entry; clear one of them",
						label(s.Items, set[0]), label(s.Items, set[1]))
				}
			}
		}
	}
	for _, n := range settingsNeeding {
		if len(setKeys(m, []string{n.key})) == 0 {
			continue
		}
		other, _ := agent.SettingText(m[n.other])
		if !slices.Contains(n.values, other) {
			ps.Add(agent.SettingPath(ProviderID, n.key), "ElevenLabs uses this only when %s is %s; change that or clear this",
				label(table, n.other), choiceLabel(table, n.other, n.values[0]))
		}
	}
}

// setKeys lists the keys of group that m holds a value for, in order.
func setKeys(m map[string]any, group []string) []string {
	var out []string
	for _, k := range group {
		if v, ok := m[k]; ok && v != nil && v != "" {
			out = append(out, k)
		}
	}
	return out
}

func choiceLabel(table []agent.Setting, key, value string) string {
	s, _ := agent.SettingByKey(table, key)
	for _, c := range s.Spec.Choices {
		if c.Value == value && c.Label != "" {
			return "“" + c.Label + "”"
		}
	}
	return "“" + value + "”"
}
