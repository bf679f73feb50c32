package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// TestSettingFilledFromALiveList: a provider setting whose records are
// picked from a live list (ElevenLabs' workspace tools) gets its list when
// its section opens, and the record's field is a picker showing names.
func TestSettingFilledFromALiveList(t *testing.T) {
	t.Parallel()
	const listPath = "settings.elevenlabs.tool_ids.id"
	lists := func(q agent.ChoiceQuery) ([]agent.Choice, error) {
		if q.Path == listPath {
			return []agent.Choice{{Value: "tool_1", Label: "check_slot", Detail: "webhook tool"}}, nil
		}
		return nil, nil
	}
	p := &listProvider{scriptProvider: newScriptProvider("elevenlabs"), lists: lists}
	p.caps.Provider = "elevenlabs"
	p.caps.Settings = append(p.caps.Settings, agent.Setting{
		Key: "tool_ids", Wire: "conversation_config.agent.prompt.tool_ids", Section: agent.SectionTools,
		Group: "Workspace tools", Label: "Workspace tools", Help: "Tools saved in the workspace.", Kind: agent.KindItems,
		Advanced: true,
		Items:    []agent.Setting{{Key: "id", Kind: agent.KindText, Label: "Tool", Help: "A saved tool, chosen by name.", Spec: agent.FieldSpec{Live: true}}},
	})
	h, _ := openSeeded(t, []harnessOption{withProvider(p)}, "elevenlabs", "receptionist", func(d *agent.Draft) {
		d.Agent.Settings = agent.Settings{"elevenlabs": {"tool_ids": []map[string]any{{"id": ""}}}}
	})
	h.gotoEntry(agent.SectionTools, "settings.elevenlabs.tool_ids")
	h.press(h.keys().Editor.Open)
	h.press(h.keys().Items.Edit)
	h.focusField("settings.elevenlabs.tool_ids[0].id")
	if n := p.askedFor(listPath); n != 1 {
		t.Fatalf("the workspace tools were asked for %d times, want once", n)
	}
	if !strings.Contains(h.view(), "Workspace tools › (new item)") {
		t.Errorf("the entry's form is not titled by the setting's label:\n%s", h.view())
	}
	if v := flatView(h); !strings.Contains(v, "check_slot") || !strings.Contains(v, "Read live from the provider") {
		t.Errorf("the picker does not show the workspace's tools:\n%s", h.view())
	}
}

// TestListInsideASettingRecord: the items pane offers a list inside a
// record of a provider setting (a transfer's SIP headers) as it offers a
// tool's parameters, and an entry added there is saved inside its record.
func TestListInsideASettingRecord(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("elevenlabs")
	p.caps.Provider = "elevenlabs"
	p.caps.Settings = append(p.caps.Settings, agent.Setting{
		Key: "transfers", Section: agent.SectionTools, Group: "Transfers", Label: "Transfers", Help: "Where calls go.",
		Kind: agent.KindItems, Advanced: true,
		Items: []agent.Setting{
			{Key: "condition", Label: "When", Help: "When to transfer.", Kind: agent.KindText},
			{Key: "headers", Label: "SIP headers", Help: "Headers sent with the transfer.", Kind: agent.KindItems, Items: []agent.Setting{
				{Key: "key", Label: "Header", Help: "The header's name.", Kind: agent.KindText},
			}},
		},
	})
	h, d := openEditorWith(t, p, func(d *agent.Draft) {
		d.Agent.Settings = agent.Settings{"elevenlabs": {"transfers": []map[string]any{{"condition": "billing"}}}}
	})
	k := h.keys()
	h.gotoEntry(agent.SectionTools, "settings.elevenlabs.transfers")
	h.press(k.Editor.Open)
	h.press(k.Items.Down) // SIP headers of the billing transfer
	h.press(k.Items.Edit)
	h.requireView("SIP headers")
	h.press(k.Items.Add)
	h.press(k.Global.Back)
	recs, _ := agent.SettingRecords(h.store.get(d.ID).Agent.Settings["elevenlabs"]["transfers"])
	inner, _ := agent.SettingRecords(recs[0]["headers"])
	if len(recs) != 1 || recs[0]["condition"] != "billing" || len(inner) != 1 {
		t.Fatalf("saved %v", recs)
	}
}
