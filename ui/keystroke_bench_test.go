package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/forms"
)

// largestSectionFor is the section with the most form fields for a draft
// of this provider: the heaviest form a keystroke can land on.
func largestSectionFor(d *agent.Draft, caps agent.Capabilities) (string, int) {
	best, most := "", -1
	for _, sec := range agent.Sections {
		if n := len(forms.NewSection(sec.ID, &d.Agent, caps, forms.Options{Width: 80}).Paths()); n > most {
			best, most = sec.ID, n
		}
	}
	return best, most
}

// BenchmarkEditorKeystroke measures what the UI loop does for one key typed
// into the largest section form of the editor, for each provider: the App's
// Update with the key, then its View — the whole frame, sidebar, status
// line and footer included. Commands the key returns (the autosave tick)
// run off the loop in the real program and are not run here. Budget
// (DESIGN.md §8): under 2 ms.
func BenchmarkEditorKeystroke(b *testing.B) {
	for _, provider := range fakeIDs {
		b.Run(provider, func(b *testing.B) {
			h := newHarness(b)
			d := h.seed("Desk", provider, "support")
			section, fields := largestSectionFor(&d, fakeCaps[provider]())
			h.start(80, 24)
			h.press(h.keys().Drafts.Open)
			h.openEntry(section, "")
			e := h.editor()
			for i := 0; e.form != nil && i < 60; i++ {
				if _, ok := e.form.Form.GetFocusedField().(*huh.Input); ok {
					break
				}
				h.press(h.keys().Dialog.Confirm)
			}
			if e.form == nil || e.focus != focusForm {
				b.Fatalf("no text input in the %s form of %s", section, provider)
			}
			b.Logf("%s: section %s, %d fields, typing into %s", provider, section, fields, e.form.Form.GetFocusedField().GetKey())
			keys := []tea.KeyPressMsg{{Code: '7', Text: "7"}, {Code: tea.KeyBackspace}}
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				h.app.Update(keys[i%len(keys)])
				_ = h.app.View()
			}
		})
	}
}
