package ui

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// saveMineOverElsewhere types "mine" into a new Dasha draft, lets another
// session change the draft on disk with change, then autosaves the edit.
func saveMineOverElsewhere(t *testing.T, change func(*agent.Draft)) (*harness, agent.Draft) {
	t.Helper()
	h, d := openEditor(t, "dasha", "blank", nil)
	h.typeMine()
	h.writeElsewhere(change)
	h.autosaveNow()
	return h, d
}

// `agentdeck push` in another shell writes the draft only to record the
// remote agent: the edit on screen goes on top of that record, with no
// reload-or-copy question, and the record is not written back over.
func TestAPushElsewhereThatOnlyRecordsTheAgentAsksNothing(t *testing.T) {
	t.Parallel()
	h, d := saveMineOverElsewhere(t, func(pushed *agent.Draft) {
		r := pushed.Remote()
		r.ID, r.AgentHash, r.RemoteHash = "agent-9", "a1", "r1"
		pushed.SetRemote(r)
		pushed.Updated = testNow.Add(1)
	})
	if h.app.dialog != nil {
		t.Fatalf("a push that only recorded the agent asked a question:\n%s", h.view())
	}
	got := h.store.get(d.ID)
	if got.Agent.Identity.Description != "mine" || got.Remote().ID != "agent-9" || got.Remote().RemoteHash != "r1" {
		t.Fatalf("on disk: description %q, remote %+v", got.Agent.Identity.Description, got.Remote())
	}
	if h.store.count() != 1 {
		t.Fatal("a copy was made")
	}
	// The editor took the record: the next save keeps it too.
	h.typeText("!")
	if got := h.store.get(d.ID); got.Agent.Identity.Description != "mine!" || got.Remote().ID != "agent-9" {
		t.Fatalf("the next save wrote description %q, remote %q", got.Agent.Identity.Description, got.Remote().ID)
	}
}

// A change to the content elsewhere still asks, even when it came with a
// new record.
func TestAChangeElsewhereWithARecordStillAsks(t *testing.T) {
	t.Parallel()
	h, _ := saveMineOverElsewhere(t, func(theirs *agent.Draft) {
		tr := theirs.Remote()
		tr.ID = "agent-9"
		theirs.SetRemote(tr)
		theirs.Agent.LLM.Prompt = "theirs"
	})
	requireDialog[*conflictDialog](h)
}

// Back from a submit, the editor has the keys, not the field that had
// focus before: p switches provider instead of being typed into the name.
func TestBackFromASubmitCommandKeysAreCommands(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("nova")
	h, d := openEditorWith(t, p, nil)
	h.editField(agent.SectionBasics, "identity.name")
	h.submitFromEditor()
	h.requireView("Agent id: agent-1")
	for i := 0; i < 3; i++ {
		if _, ok := h.top().(*editorScreen); ok {
			break
		}
		h.press(h.keys().Global.Back)
	}
	e := h.editor()
	if e.focus != focusSidebar {
		t.Fatalf("back in the editor, focus is %d, not the sections", e.focus)
	}
	h.press(h.keys().Editor.Provider)
	if got := h.store.get(d.ID).Agent.Identity.Name; got != "Desk" {
		t.Fatalf("p was typed into the name: %q", got)
	}
	if strings.Contains(e.draft.Agent.Identity.Name, "p") {
		t.Fatalf("p was typed into the name on screen: %q", e.draft.Agent.Identity.Name)
	}
	requireDialog[*pickProviderDialog](h)
}

// Text typed over a number that is not a number stays in the field, with
// its error, when the form is left and opened again; the draft keeps its
// last good value meanwhile.
func TestTextTypedOverANumberIsKeptWithItsError(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "nova", "blank", nil)
	h.typeBadNumber()
	h.press(h.keys().Global.Back) // to the sections
	if e := h.editor(); e.form != nil {
		t.Fatalf("esc did not leave the form:\n%s", h.view())
	}
	h.editField(agent.SectionBrain, "llm.temperature")
	v := h.view()
	if !strings.Contains(lineWith(v, "Temperature")+v, "abc") || !strings.Contains(v, "Enter a number") {
		t.Fatalf("the typed text or its error is gone:\n%s", v)
	}
	if got := h.store.get(d.ID).Agent.LLM.Temperature; got != nil {
		t.Fatalf("the draft holds temperature %v", *got)
	}
	// Fixed, it goes into the draft and is kept no more.
	h.clearField()
	h.typeText("0.5")
	h.press(h.keys().Global.Back)
	if got := h.store.get(d.ID).Agent.LLM.Temperature; got == nil || *got != 0.5 {
		t.Fatalf("the fixed temperature on disk is %v", got)
	}
	if len(h.editor().kept) != 0 {
		t.Fatalf("fixed text still kept: %v", h.editor().kept)
	}
}

// A paste into the prompt from a terminal without bracketed paste arrives
// as keys, each line break as Enter: it stays in the prompt, and tab is
// what leaves the field.
func TestAPasteAsKeysStaysInThePrompt(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "nova", "blank", nil)
	h.editField(agent.SectionBrain, "llm.prompt")
	h.clearField()
	lines := []string{"You answer the phone.", "Be brief.", "Say goodbye."}
	for i, l := range lines {
		if i > 0 {
			h.send(keyPress("enter"))
		}
		h.typeText(l)
	}
	e := h.editor()
	if got := e.form.Form.GetFocusedField().GetKey(); got != "llm.prompt" {
		t.Fatalf("the paste left the prompt for %s:\n%s", got, h.view())
	}
	h.send(keyPress("tab"))
	if got := e.form.Form.GetFocusedField().GetKey(); got == "llm.prompt" {
		t.Fatal("tab did not leave the prompt")
	}
	h.press(h.keys().Global.Back)
	if got := h.store.get(d.ID).Agent.LLM.Prompt; got != strings.Join(lines, "\n") {
		t.Fatalf("the prompt on disk is %q", got)
	}
}

// Quitting with text that cannot go into the draft asks first; ctrl+c
// again quits.
func TestQuitAsksAboutTextThatCannotBeSaved(t *testing.T) {
	t.Parallel()
	h, _ := openEditor(t, "nova", "blank", nil)
	h.typeBadNumber()
	h.press(h.keys().Global.Quit)
	if h.quit {
		t.Fatal("quit without asking while typed text could not be saved")
	}
	requireDialog[*quitUnsavedDialog](h)
	h.requireView("Temperature")
	h.press(h.keys().Global.Quit)
	h.requireQuit("ctrl+c again")
}
