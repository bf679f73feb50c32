package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// remoteAgent makes an agent on p as if someone made it elsewhere.
func remoteAgent(t *testing.T, p *scriptProvider, name string) string {
	t.Helper()
	tmpl, _ := agent.TemplateByID("receptionist")
	a := tmpl.New(name)
	doc, err := p.Encode(&a, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := p.Create(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestPullOpensAnAgentAsADraftThenRefreshesIt(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("trillet")
	remoteAgent(t, p, "Alpha")
	second := remoteAgent(t, p, "Bravo")
	h := newHarness(t, withProvider(p)).start(80, 24)
	h.press(h.keys().Drafts.Pull)
	h.requireView("Which provider is the agent on?", "Nova", "Trillet")
	h.press(h.keys().Pull.Down) // Trillet
	h.press(h.keys().Pull.Choose)
	h.requireView("2 agents on Trillet", "Alpha", "Bravo", second)
	h.press(h.keys().Pull.Down)
	h.press(h.keys().Pull.Choose)
	e := h.editor()
	onDisk := h.store.get(e.draft.ID)
	if e.draft.Name != "Bravo" || e.draft.Remote().ID != second || onDisk.Status() != agent.StatusPulled {
		t.Fatalf("the editor opened %q linked to %q", e.draft.Name, e.draft.Remote().ID)
	}
	h.requireView("Made the draft “Bravo” from Trillet.")
	if len(h.app.stack) != 2 {
		t.Fatalf("the pull screen stayed under the editor: %d screens", len(h.app.stack))
	}

	// Pulling it again shows its draft and refreshes it after asking.
	id := e.draft.ID
	p.change(second, func(a *agent.Agent) { a.LLM.Prompt = "Theirs, newer" })
	h.press(h.keys().Global.Back)
	h.press(h.keys().Drafts.Pull)
	h.press(h.keys().Pull.Down)
	h.press(h.keys().Pull.Choose)
	h.press(h.keys().Pull.Down)
	if !strings.Contains(lineWith(h.view(), second), "Bravo") {
		t.Fatalf("the list does not name the linked draft:\n%s", h.view())
	}
	h.press(h.keys().Pull.Choose)
	if h.app.dialog == nil || !isDialog[*refreshDialog](h.app.dialog) {
		t.Fatalf("refreshing a draft is not confirmed:\n%s", h.view())
	}
	h.press(h.keys().Dialog.Next)
	h.press(h.keys().Dialog.Confirm)
	if e := h.editor(); e.draft.ID != id || e.draft.Agent.LLM.Prompt != "Theirs, newer" {
		t.Fatalf("the editor holds %s with %q", e.draft.ID, e.draft.Agent.LLM.Prompt)
	}
	if h.store.count() != 1 {
		t.Fatalf("%d drafts; a refresh makes none", h.store.count())
	}
}

func TestPullListFailureIsOneSentence(t *testing.T) {
	t.Parallel()
	p := newScriptProvider("nova")
	p.failNext("list", &agent.ProviderError{Provider: "nova", Op: "list", Kind: agent.ErrUnauthorized, Status: 401, Message: "invalid key"})
	h := newHarness(t, withProvider(p)).start(80, 24)
	h.press(h.keys().Drafts.Pull)
	h.press(h.keys().Pull.Choose)
	h.requireView("Could not list the agents on Nova: Nova refused the API key.", "Press r to try again")
	h.press(h.keys().Pull.Reload)
	h.requireView("Nova has no agents yet.")
}
