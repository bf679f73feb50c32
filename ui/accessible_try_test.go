package ui_test

// The accessible front end's "Try it or run the tests".

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui"
)

// tryItem is "Try it or run the tests" in a draft's menu, after "Review
// and submit".
const tryItem = "17"

func TestAccessibleTriesThePushedAgentInTypedLinesAndWithASimulatedCaller(t *testing.T) {
	t.Parallel()
	h, remote := ui.NewTesterSession(t, nil, nil)
	// Open the draft, try it, type two lines and end; then a simulated
	// caller with a wrong and a right number of turns; then back, back.
	out := runPlain(t, h, "1\n"+tryItem+"\n1\nHello\nBook me\n\n2\nAn angry caller\n99\n6\n4\n")
	wantSaid(t, out, "Each answer and each test run is billed by", "Agent:  You said: Hello", "Agent:  You said: Book me",
		`↳ calls the tool check_slot {"day":"monday"}`, "Calls made to ElevenLabs: POST /v1/convai/agents/x/run-tests",
		"The most turns must be a number from 1 to 50.", "The conversation with “An angry caller”:",
		"Caller: Where is my order?", "Agent:  Let me check that for you.")
	if got := remote.Lines(); len(got) != 2 || got[0] != 1 || got[1] != 3 {
		t.Errorf("the conversations sent: %v", got)
	}
	if sc := remote.Scenarios(); len(sc) != 1 || sc[0].Caller != "An angry caller" || sc[0].MaxTurns != 6 {
		t.Errorf("the simulated callers: %+v", sc)
	}
}

func TestAccessibleRunsTheDraftsTests(t *testing.T) {
	t.Parallel()
	tests := []agent.TestCase{
		{Name: "hours", Opening: []string{"When are you open?"}, MustContain: []string{"nine"}},
		{Name: "books", Opening: []string{"Book me"}, Tool: &agent.ToolCheck{Name: "check_slot"}},
	}
	h, remote := ui.NewTesterSession(t, tests, []agent.TestResult{
		{Name: "hours", Passed: true},
		{Name: "books", Why: "The agent did not call the tool check_slot.", Transcript: []agent.ChatTurn{{Role: agent.RoleAgent, Text: "We are closed."}}},
	})
	out := runPlain(t, h, "1\n"+tryItem+"\n3\n4\n")
	wantSaid(t, out, "Run the tests (2 tests)", "Running 2 tests on ElevenLabs…", "Waiting for the provider: 0 of 2 finished…",
		"pass  hours", "FAIL  books", `"books" failed: The agent did not call the tool check_slot.`,
		"The agent answered: We are closed.", "1 of 2 tests failed.", "Calls made to ElevenLabs")
	if remote.Runs() != 1 {
		t.Errorf("%d runs", remote.Runs())
	}
}

func TestAccessibleSaysWhenTheProviderOffersNoWayToTalk(t *testing.T) {
	t.Parallel()
	h := ui.NewFakeSession(t)
	d := h.Seed("Desk", "dasha", "receptionist")
	d.SetRemote(agent.Remote{ID: "a1"})
	if err := h.Deps().Drafts.Save(&d); err != nil {
		t.Fatal(err)
	}
	out := runPlain(t, h, "1\n"+tryItem+"\n")
	wantSaid(t, out, "Dasha offers no way to talk to an agent in text, so agentdeck cannot try or test it there; only ElevenLabs Agents does.")
	if strings.Contains(out, "Talk to it:") {
		t.Errorf("a provider with no way to talk was offered a conversation:\n%s", out)
	}
}
