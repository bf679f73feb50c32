package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// Under agentdeck serve the editor would run on the server, not on the
// person's machine, so main turns it off.
func TestWithoutExternalEditorCtrlERunsNothingAndIsNotOffered(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(_ *harness, d *Deps) { d.ExternalEditor = false })
	h.env["EDITOR"] = "my-editor"
	d := h.seed("Desk", "dasha", "receptionist")
	h.start(80, 24)
	h.press(h.keys().Drafts.Open)
	h.editField(agent.SectionBrain, "llm.prompt")
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
