package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/agentdeck/agentdeck/agent"
)

// Golden views of every screen at 80×24 and 120×40. Colours are stripped
// (the ASCII profile of NO_COLOR), so the files show layout and words; the
// clock is pinned. Refresh with: go test ./ui -run TestGolden -update
func TestGoldenViews(t *testing.T) {
	t.Parallel()
	scenes := map[string]func(h *harness){
		"drafts_empty": func(h *harness) {},
		"drafts_list": func(h *harness) {
			h.seed("Front desk", "nova", "receptionist")
			p := h.seed("Reminder calls", "dasha", "reminder")
			p.SetRemote(agent.Remote{ID: "r1", AgentHash: agent.ContentHash(&p.Agent), PushedAt: testNow})
			h.store.put(p)
			h.store.damaged = []DraftEntry{{ID: "old", Path: "/drafts/old.yaml", Damaged: "line 4: did not find expected key"}}
			h.press(h.keys().Drafts.Reload)
		},
		"wizard_template": func(h *harness) {
			h.press(h.keys().Drafts.New)
		},
		"wizard_provider": func(h *harness) {
			h.press(h.keys().Drafts.New)
			h.press(h.keys().Dialog.Confirm)
		},
		"editor_sections": func(h *harness) {
			h.seedAndOpen("Front desk", "dasha", "receptionist")
		},
		"editor_brain_form": func(h *harness) {
			h.seedAndOpen("Front desk", "elevenlabs", "receptionist")
			h.openEntry(agent.SectionBrain, "")
		},
		"editor_tools_list": func(h *harness) {
			h.seedAndOpen("Support", "elevenlabs", "support")
			h.openEntry(agent.SectionTools, "tools")
		},
		"editor_switch_dialog": func(h *harness) {
			h.seedAndOpen("Support", "elevenlabs", "support")
			h.press(h.keys().Editor.Provider)
			h.press(h.keys().Dialog.Confirm)
		},
		"settings": func(h *harness) {
			h.press(h.keys().Drafts.Settings)
		},
		"help": func(h *harness) {
			h.press(h.keys().Global.Help)
		},
	}
	for name, scene := range scenes {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			t.Run(fmt.Sprintf("%s_%dx%d", name, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				h := newHarness(t).start(size[0], size[1])
				scene(h)
				golden.RequireEqual(t, []byte(h.view()))
			})
		}
	}
}

// seedAndOpen stores a draft while the App runs, lists it again and opens
// it in the editor.
func (h *harness) seedAndOpen(name, provider, template string) {
	h.seed(name, provider, template)
	h.press(h.keys().Drafts.Reload)
	h.press(h.keys().Drafts.Open)
}
