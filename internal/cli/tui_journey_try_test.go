package cli

import (
	"fmt"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// openTryIt opens "Try it" from the drafts list on a draft pushed to the
// fake ElevenLabs.
func openTryIt(t *testing.T) (*cli, *elevenlabstest.Server, *tuiJourney) {
	t.Helper()
	c, fake, _ := pushedEleven(t)
	j := startTUI(t, c)
	j.waitFor("Front desk", "pushed")
	j.press(j.keys.Drafts.Try)
	j.waitFor("A text conversation with", "Caller:", "Or a simulated caller:")
	return c, fake, j
}

// TestTUITryItTalksToThePushedAgent runs "Try it" in the real program over
// the App main builds: the real ElevenLabs client against the fake, and
// the test ids remembered in the home folder.
func TestTUITryItTalksToThePushedAgent(t *testing.T) {
	t.Parallel()
	c, fake, j := openTryIt(t)
	for _, r := range "Are you open?" {
		j.sendOnly(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	j.press(j.keys.Try.Send)
	s := j.waitFor("Agent:  Thanks for calling. You said: Are you open?", "Calls made to ElevenLabs Agents")
	if !strings.Contains(s, "run-tests") {
		t.Errorf("the calls are not listed:\n%s", s)
	}
	if len(fake.Calls("update")) != 0 || len(fake.Tests()) != 1 {
		t.Errorf("Try it changed the agent or made more than one test")
	}
	if _, err := os.Stat(c.path("provider-tests.json")); err != nil {
		t.Errorf("the test's id was not remembered: %v", err)
	}
}

// TestTUITryItPlaysASimulatedCaller: tab to the simulated caller, describe
// them, tab to the most turns, enter: the real client makes a simulation
// test of agentdeck's own, never attached to the agent.
func TestTUITryItPlaysASimulatedCaller(t *testing.T) {
	t.Parallel()
	_, fake, j := openTryIt(t)
	j.press(j.keys.Try.Next)
	j.typeText("A caller who wants a table for two")
	j.press(j.keys.Try.Next)
	j.typeText("2")
	j.press(j.keys.Try.Send)
	j.waitFor("A conversation with a simulated caller", "Caller: Hello, A caller who wants a table for two", "Agent:")
	tests := fake.Tests()
	if len(tests) != 1 || tests[0]["type"] != "simulation" || fmt.Sprint(tests[0]["simulation_max_turns"]) != "2" {
		t.Fatalf("the simulation test: %+v", tests)
	}
	if len(fake.Calls("update")) != 0 {
		t.Error("Try it changed the agent")
	}
}

// TestTUIRunsTheDraftsTests: from the editor's Tests screen, r runs the
// draft's tests through the real client, as `agentdeck test` does, and
// shows each result, the failure's reason and the answer that failed.
func TestTUIRunsTheDraftsTests(t *testing.T) {
	t.Parallel()
	c, fake, _ := pushedWithTests(t, cliTests)
	fake.SetReplier(replyText("We open at nine."))
	j := startTUI(t, c)
	j.openDraft("Front desk")
	j.press(j.keys.Editor.Tests)
	j.waitFor("hours", "ends the call", "r run tests")
	j.press(j.keys.Tests.Run)
	s := j.waitFor("pass  hours", "FAIL  ends the call", "The agent did not call the tool end_call.",
		"The agent answered: We open at nine.", "1 of 2 tests failed.", "Calls made to ElevenLabs Agents")
	if !strings.Contains(s, "run-tests") {
		t.Errorf("the calls are not listed:\n%s", s)
	}
	if len(fake.Calls("update")) != 0 || len(fake.Tests()) != 2 {
		t.Errorf("the run changed the agent or made %d tests", len(fake.Tests()))
	}
}
