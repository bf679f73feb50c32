package ui

import (
	"strings"
	"testing"
)

// TestWizardProviderStepShowsWhatEachCarries: the provider step compares
// the providers in a table of marks read from their capabilities, within
// 80 columns, and says plainly when the chosen one's API sets no prompt.
func TestWizardProviderStepShowsWhatEachCarries(t *testing.T) {
	t.Parallel()
	h, k := openWizard(t)
	h.press(k.Dialog.Confirm)
	h.requireView("Prompt", "Hours", "Tools", "Variables", "Speech", "Turns")
	for _, line := range strings.Split(h.view(), "\n") {
		if strings.Contains(line, "Nova") && strings.Contains(line, "✓") && strings.Count(line, "✓")+strings.Count(line, "–") != len(carryColumns) {
			t.Errorf("Nova's row has not one mark a column: %q", line)
		}
	}
	if strings.Contains(h.view(), "sets no prompt") {
		t.Error("Nova carries a prompt, yet the wizard says it sets none")
	}
	h.press(k.Editor.Down) // Trillet
	h.requireView("Trillet's API sets no prompt")
}
