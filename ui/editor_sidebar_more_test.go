package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// TestSidebarHidesEmptyAdvancedLists: a provider's advanced list settings
// (ElevenLabs has a dozen under Tools) stay out of the sidebar while empty,
// until the section's More settings switch is turned on; a list with items
// and a plain list always show.
func TestSidebarHidesEmptyAdvancedLists(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("elevenlabs")
	p.caps.Provider = "elevenlabs"
	record := []agent.Setting{{Key: "name", Label: "Name", Help: "Its name.", Kind: agent.KindText}}
	p.caps.Settings = append(p.caps.Settings,
		agent.Setting{Key: "keep", Section: agent.SectionTools, Label: "Keep tools", Help: "Keep them.", Kind: agent.KindBool, Advanced: true},
		agent.Setting{Key: "plain_list", Section: agent.SectionTools, Label: "Plain list", Help: "Often used.", Kind: agent.KindItems, Items: record},
		agent.Setting{Key: "rare_list", Section: agent.SectionTools, Label: "Rare list", Help: "Rarely used.", Kind: agent.KindItems, Advanced: true, Items: record},
		agent.Setting{Key: "filled_list", Section: agent.SectionTools, Label: "Filled list", Help: "Rarely used.", Kind: agent.KindItems, Advanced: true, Items: record},
	)
	h, _ := openEditorWith(t, p, func(d *agent.Draft) {
		d.Agent.Settings = agent.Settings{"elevenlabs": {"filled_list": []map[string]any{{"name": "one"}}}}
	})
	h.gotoEntry(agent.SectionTools, "")
	h.press(h.keys().Editor.Open)
	h.requireView("Plain list (0)", "Filled list (1)")
	if strings.Contains(h.view(), "Rare list") {
		t.Fatalf("an empty advanced list shows before More settings is on:\n%s", h.view())
	}
	h.focusField(forms.MoreSettingsPath)
	h.send(keyPress("left")) // the switch: no → yes
	if !h.editor().form.MoreShown() {
		t.Fatalf("the More settings switch did not turn on:\n%s", h.view())
	}
	h.requireView("Rare list (0)")
	// It stays once the form is left: the switch was turned on in this editor.
	h.press(h.keys().Global.Back)
	h.gotoEntry(agent.SectionTools, agent.SettingPath("elevenlabs", "rare_list"))
}
