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
	scenarios []agent.Scenario
	runs      [][]agent.TestCase
	results   []agent.TestResult
	hold      bool
	stopped   chan struct{}
}

func newTesterProvider(id string) *testerProvider {
	return &testerProvider{scriptProvider: newScriptProvider(id), stopped: make(chan struct{}, 1)}
}

// work is one request: kept by keep, progress said, the call recorded;
// held until stopped when the provider holds.
func (p *testerProvider) work(ctx context.Context, s agent.TestSession, total int, keep func()) error {
	p.mu.Lock()
	keep()
	hold := p.hold
	p.mu.Unlock()
	s.Say("Waiting for the provider: 0 of %d finished…", total)
	if s.Call != nil {
		s.Call("POST", "/v1/convai/agents/x/run-tests")
	}
	if hold {
		<-ctx.Done()
		p.stopped <- struct{}{}
		return ctx.Err()
	}
	return nil
}

func (p *testerProvider) Reply(ctx context.Context, _ string, h []agent.ChatTurn, s agent.TestSession) ([]agent.ChatTurn, error) {
	if err := p.work(ctx, s, 1, func() { p.histories = append(p.histories, h) }); err != nil {
		return nil, err
	}
	return []agent.ChatTurn{{Role: agent.RoleAgent, Text: "You said: " + h[len(h)-1].Text, Tools: []agent.ToolCall{{Name: "check_slot", Params: `{"day":"monday"}`}}}}, nil
}

func (p *testerProvider) Simulate(ctx context.Context, _ string, sc agent.Scenario, s agent.TestSession) ([]agent.ChatTurn, error) {
	if err := p.work(ctx, s, 1, func() { p.scenarios = append(p.scenarios, sc) }); err != nil {
		return nil, err
	}
	return []agent.ChatTurn{{Role: agent.RoleCaller, Text: "Where is my order?"}, {Role: agent.RoleAgent, Text: "Let me check that for you."}}, nil
}

func (p *testerProvider) RunTests(ctx context.Context, _ string, tests []agent.TestCase, s agent.TestSession) ([]agent.TestResult, error) {
	var results []agent.TestResult
	if err := p.work(ctx, s, len(tests), func() { p.runs, results = append(p.runs, tests), p.results }); err != nil {
		return nil, err
	}
	return results, nil
}

// waitStopped waits until a held request has seen its context end.
func (p *testerProvider) waitStopped(t *testing.T) {
	t.Helper()
	select {
	case <-p.stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("esc did not stop the run")
	}
}

// pushedDraft stores a draft for p linked to a remote agent.
func pushedDraft(h *harness, p agent.Provider) agent.Draft {
	return seedPushed(h, p.Info().ID, "receptionist", "agent_1", nil)
}

// seedPushed stores the draft "Desk" for provider, made from template and
// carrying tests, linked to the remote agent remoteID.
func seedPushed(h *harness, provider, template, remoteID string, tests []agent.TestCase) agent.Draft {
	d := h.seed("Desk", provider, template)
	if tests != nil {
		d.Tests = tests
	}
	markPushed(&d, remoteID)
	return h.store.put(d)
}

// markPushed links d to the remote agent id as a push of d as it is would.
func markPushed(d *agent.Draft, id string) {
	d.SetRemote(agent.Remote{ID: id, AgentHash: agent.ContentHash(&d.Agent), PushedAt: testNow})
}

// testerDesk is a harness whose "elevenlabs" can talk in text (holding each
// request until stopped when hold), with the draft "Desk" pushed to it.
func testerDesk(t testing.TB, hold bool) (*harness, *testerProvider, agent.Draft) {
	t.Helper()
	p := newTesterProvider("elevenlabs")
	p.hold = hold
	h := newHarness(t, withProvider(p))
	return h, p, pushedDraft(h, p)
}

func TestTryItHoldsAConversationFromTheDraftsList(t *testing.T) {
	t.Parallel()
	h, p, _ := testerDesk(t, false)
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
	seedPushed(h, "dasha", "receptionist", "a1", nil)
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
	h, p, d := testerDesk(t, true)
	h.start(80, 24)
	s := newTryScreen(h.app.sh, d.ID)
	s.SetSize(80, 20)
	s.Update(s.Init()())
	s.inputs[tryLine].SetValue("Hello?")
	_, cmd := s.Update(keyPress("enter"))
	if !s.run.running() || cmd == nil || !strings.Contains(s.View(), "esc stops waiting") {
		t.Fatalf("no run under way:\n%s", s.View())
	}
	if got := s.ShortHelp(); len(got) != 1 || got[0].Help().Desc != "stop" {
		t.Errorf("help while waiting = %v", got)
	}
	s.Update(keyPress("esc"))
	p.waitStopped(t)
	if view := strings.Join(strings.Fields(ansi.Strip(s.View())), " "); s.run.running() || !strings.Contains(view, "Stopped waiting.") || !strings.Contains(view, "the agent was not changed") {
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

func TestTryItPlaysASimulatedCallerUnderTheRulesOfTryCaller(t *testing.T) {
	t.Parallel()
	h, p, _ := testerDesk(t, false)
	h.start(120, 30)
	h.press(h.keys().Drafts.Try)
	topIs[*tryScreen](h, "try")
	h.requireView("Or a simulated caller:", "Most turns:", "tab next field")
	// enter on the simulated caller with no description: said, nothing sent.
	h.press(h.keys().Try.Next)
	h.requireView("enter play the caller")
	h.press(h.keys().Try.Send)
	h.requireView("Describe the caller in words first.")
	h.typeText("An angry caller whose order is late")
	h.press(h.keys().Try.Next)
	for _, bad := range []string{"0", "51", "x"} {
		h.typeText(bad)
		h.press(h.keys().Try.Send)
		h.requireView("from 1 to 50")
		for range bad {
			h.send(keyPress("backspace"))
		}
	}
	if len(p.scenarios) != 0 {
		t.Fatalf("a simulated caller against the rules was sent: %+v", p.scenarios)
	}
	h.typeText("6")
	h.press(h.keys().Try.Send)
	h.requireView("A conversation with a simulated caller (An angry caller whose order is late):",
		"Caller: Where is my order?", "Agent:  Let me check that for you.", "Calls made to", "The next line you type starts a new conversation.")
	if len(p.scenarios) != 1 || p.scenarios[0].Caller != "An angry caller whose order is late" || p.scenarios[0].MaxTurns != 6 {
		t.Fatalf("scenario sent = %+v", p.scenarios)
	}
	// Back to typed lines: a new conversation, not the simulated one.
	h.press(h.keys().Try.Next)
	h.typeText("Hello")
	h.press(h.keys().Try.Send)
	h.requireView("Agent:  You said: Hello")
	if len(p.histories) != 1 || len(p.histories[0]) != 1 {
		t.Errorf("the typed line carried the simulated conversation: %+v", p.histories)
	}
}
