package cli

import (
	"slices"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// TestDashaSettingsHaveEditors: with Dasha's real capabilities, each of the
// editors issue 17 asks for is a form field or a list edited item by item,
// behind More settings where it is rarely changed, and every item field of
// a list is a field of its item form.
func TestDashaSettingsHaveEditors(t *testing.T) {
	t.Parallel()
	var caps agent.Capabilities
	for _, d := range newRegistry().All() {
		if d.ID() == "dasha" {
			p, err := d.Offline()
			if err != nil {
				t.Fatal(err)
			}
			caps = p.Capabilities()
		}
	}
	tmpl, _ := agent.TemplateByID("support")
	a := tmpl.New("Editors")
	var fields, lists []string
	for _, sec := range []string{agent.SectionVoice, agent.SectionBrain, agent.SectionTurn, agent.SectionTools, agent.SectionAdvanced} {
		fields = append(fields, forms.NewSection(sec, &a, caps, forms.Options{}).Paths()...)
		for _, l := range forms.Lists(sec, caps) {
			lists = append(lists, l.ID)
		}
	}
	for _, key := range []string{
		"transfer_type", "transfer_destination", "start_webhook_fallback_accept", "start_webhook_inbound", "ivr_inbound",
		"ivr_navigation", "max_duration_in_transfer", "pronunciation_dictionary", "emotions", "voice_temperature", "pitch",
		"speed_strategy", "frequency_penalty", "presence_penalty", "stop", "max_retries", "reasoning_mode", "trailing_prompt",
		"calls_per_second",
	} {
		if !slices.Contains(fields, agent.SettingPath("dasha", key)) {
			t.Errorf("%s has no field in Dasha's forms", key)
		}
	}
	for _, key := range []string{"transfer_routes", "post_call_analysis", "post_call_labels", "result_webhook_query", "start_webhook_query", "tool_query", "mcp_auth"} {
		list := agent.SettingPath("dasha", key)
		if !slices.Contains(lists, list) {
			t.Errorf("%s is not a list edited item by item", key)
			continue
		}
		b := a
		i, err := forms.AddItem(list, &b)
		if err != nil {
			t.Fatal(err)
		}
		item := strings.Join(forms.NewItem(list, i, &b, caps, forms.Options{}).Paths(), " ")
		s, _ := caps.Setting(list)
		for _, f := range s.Items {
			if !strings.Contains(item, list+"[0]."+f.Key) {
				t.Errorf("%s: item field %s is not in the item form (%s)", key, f.Key, item)
			}
		}
	}
}
