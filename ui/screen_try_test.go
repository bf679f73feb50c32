package ui

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

// testerProvider is a scriptProvider that can hold a text conversation:
// it answers every line, and can be told to wait until stopped.
type testerProvider struct {
	*scriptProvider
	mu        sync.Mutex
	histories [][]agent.ChatTurn
	hold      bool
	stopped   chan struct{}
}

func newTesterProvider(id string) *testerProvider {
	return &testerProvider{scriptProvider: newScriptProvider(id), stopped: make(chan struct{}, 1)}
}

func (p *testerProvider) Reply(ctx context.Context, _ string, h []agent.ChatTurn, s agent.TestSession) ([]agent.ChatTurn, error) {
	p.mu.Lock()
	p.histories = append(p.histories, h)
	hold := p.hold
	p.mu.Unlock()
	s.Say("Waiting for the provider: 0 of 1 finished…")
	if s.Call != nil {
		s.Call("POST", "/v1/convai/agents/x/run-tests")
	}
	if hold {
		<-ctx.Done()
		p.stopped <- struct{}{}
		return nil, ctx.Err()
	}
	return []agent.ChatTurn{{Role: agent.RoleAgent, Text: "You said: " + h[len(h)-1].Text, Tools: []agent.ToolCall{{Name: "check_slot", Params: `{"day":"monday"}`}}}}, nil
}

func (p *testerProvider) Simulate(context.Context, string, agent.Scenario, agent.TestSession) ([]agent.ChatTurn, error) {
	return nil, nil
}

func (p *testerProvider) RunTests(context.Context, string, []agent.TestCase, agent.TestSession) ([]agent.TestResult, error) {
	return nil, nil
}

// pushedDraft stores a draft for p linked to a remote agent.
func pushedDraft(h *harness, p agent.Provider) agent.Draft {
	d := h.seed("Desk", p.Info().ID, "receptionist")
	d.SetRemote(agent.Remote{ID: "agent_1", AgentHash: agent.ContentHash(&d.Agent), PushedAt: testNow})
	return h.store.put(d)
}

func TestTryItHoldsAConversationFromTheDraftsList(t *testing.T) {
	t.Parallel()
	p := newTesterProvider("elevenlabs")
	h := newHarness(t, withProvider(p))
	pushedDraft(h, p)
	h.start(120, 30)
	h.requireView("T try it")
	h.press(h.keys().Drafts.Try)
	topIs[*tryScreen](h, "try")
	h.requireView("A text conversation with “Desk”", "billed by", "enter say it")
	h.typeText("Book me for Monday")
	h.press(h.keys().Try.Send)
	h.requireView("Caller: Book me for Monday", "Agent:  You said: Book me for Monday",
		`↳ calls the tool check_slot {"day":"monday"}`, "Calls made to", "POST /v1/convai/agents/x/run-tests")
	h.typeText("Thanks")
	h.press(h.keys().Try.Send)
	if n := len(p.histories); n != 2 || len(p.histories[1]) != 3 {
		t.Fatalf("the second line did not carry the conversation so far: %+v", p.histories)
	}
	h.press(h.keys().Global.Back)
	topIs[*draftsScreen](h, "drafts")
}

func TestTryItSaysWhenTheProviderOffersNothingOrTheDraftIsNotPushed(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	d := h.seed("Desk", "dasha", "receptionist")
	d.SetRemote(agent.Remote{ID: "a1", AgentHash: agent.ContentHash(&d.Agent), PushedAt: testNow})
	h.store.put(d)
	h.start(80, 24)
	h.press(h.keys().Drafts.Try)
	h.requireView("offers no way to talk to an agent in text")

	p := newTesterProvider("elevenlabs")
	h2 := newHarness(t, withProvider(p))
	h2.seed("Fresh", "elevenlabs", "receptionist")
	h2.start(80, 24)
	h2.press(h2.keys().Drafts.Try)
	h2.requireView("This draft is not on", "submit it first")
}

func TestTryItStopsWaitingOnEsc(t *testing.T) {
	t.Parallel()
	p := newTesterProvider("elevenlabs")
	p.hold = true
	h := newHarness(t, withProvider(p))
	d := pushedDraft(h, p)
	h.start(80, 24)
	s := newTryScreen(h.app.sh, d.ID)
	s.SetSize(80, 20)
	ready := s.prepare(s.reqID)().(tryReadyMsg)
	s.Update(ready)
	s.input.SetValue("Hello?")
	_, cmd := s.Update(keyPress("enter"))
	if s.reqID == 0 || cmd == nil || !strings.Contains(s.View(), "esc stops waiting") {
		t.Fatalf("no run under way:\n%s", s.View())
	}
	if got := s.ShortHelp(); len(got) != 1 || got[0].Help().Desc != "stop" {
		t.Errorf("help while waiting = %v", got)
	}
	s.Update(keyPress("esc"))
	select {
	case <-p.stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("esc did not stop the run")
	}
	if view := strings.Join(strings.Fields(ansi.Strip(s.View())), " "); s.reqID != 0 || !strings.Contains(view, "Stopped waiting.") || !strings.Contains(view, "the agent was not changed") {
		t.Errorf("after esc:\n%s", s.View())
	}
	// The answer of the stopped run is dropped when it comes.
	if msg := cmd(); msg != nil {
		s.Update(msg)
	}
	if len(s.history) != 0 {
		t.Errorf("a stopped run left %d turns", len(s.history))
	}
}

func TestTestsScreenEditsTheDraftsTests(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "elevenlabs", "receptionist", nil)
	h.requireView("T tests")
	h.press(h.keys().Editor.Tests)
	topIs[*testsScreen](h, "tests")
	h.requireView("No tests yet: press a to add one.")
	h.press(h.keys().Tests.Add)
	s := topIs[*testsScreen](h, "tests")
	// Fill the form as a person would: the name, the opening, a phrase.
	h.typeText("hours")
	h.send(keyPress("tab"))
	h.typeText("When are you open?")
	h.send(keyPress("tab"))
	h.typeText("nine")
	for range 5 {
		h.send(keyPress("tab"))
	}
	h.send(keyPress("enter")) // on the last field: done
	if s.form != nil {
		t.Fatalf("the form did not close:\n%s", h.view())
	}
	h.requireView("hours", "answer: 1 must, 0 must not")
	h.press(h.keys().Global.Back)
	h.editor()
	h.autosaveNow()
	got := h.store.get(d.ID).Tests
	if len(got) != 1 || got[0].Name != "hours" || strings.Join(got[0].Opening, "|") != "When are you open?" || strings.Join(got[0].MustContain, "|") != "nine" {
		t.Fatalf("saved tests = %+v", got)
	}
	saved := h.store.get(d.ID)
	if saved.Status() != d.Status() {
		t.Error("tests changed the draft's status")
	}
}
