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
	p := listsProvider()
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
