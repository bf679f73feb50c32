package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

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

// Under agentdeck serve the editor would run on the server, not on the
// person's machine, so main turns it off.
func TestWithoutExternalEditorCtrlERunsNothingAndIsNotOffered(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(_ *harness, d *Deps) { d.ExternalEditor = false })
	h.env["EDITOR"] = "my-editor"
	d := h.seed("Desk", "dasha", "receptionist")
	h.start(80, 24)
	h.press(h.keys().Drafts.Open)
	h.gotoEntry(agent.SectionBrain, "")
	h.press(h.keys().Editor.Open)
	h.focusField("llm.prompt")
	if strings.Contains(h.view(), "$EDITOR") {
		t.Fatalf("the external editor is offered:\n%s", h.view())
	}
	h.press(h.keys().Editor.ExternalEditor)
	if len(h.execs) != 0 {
		t.Fatalf("ran %v", h.execs)
	}
	if got := h.store.get(d.ID).Agent.LLM.Prompt; got != d.Agent.LLM.Prompt {
		t.Fatalf("the prompt changed to %q", got)
	}
}
