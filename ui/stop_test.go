package ui

import "testing"

func TestStopSavesTheEditThatHadNotBeenSavedYetAndQuits(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "nova", "blank", nil)
	h.holdAutosave = true
	h.press(h.keys().Editor.Open)
	h.focusField("identity.name")
	h.typeText("!")
	if h.store.get(d.ID).Agent.Identity.Name != "Desk" {
		t.Fatal("the edit was saved before the moment passed; the test proves nothing")
	}
	h.send(StopMsg{})
	if !h.quit {
		t.Fatalf("StopMsg did not quit:\n%s", h.view())
	}
	if got := h.store.get(d.ID).Agent.Identity.Name; got != "Desk!" {
		t.Fatalf("stopping lost the edit: %q on disk", got)
	}
}
