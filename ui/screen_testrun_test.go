package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/agentdeck/agentdeck/agent"
)

var runTests = []agent.TestCase{
	{Name: "hours", Opening: []string{"When are you open?"}, MustContain: []string{"nine"}},
	{Name: "books", Opening: []string{"Book me"}, Tool: &agent.ToolCheck{Name: "check_slot"}},
}

// openPushedTests opens the Tests screen of a pushed draft with tests.
func openPushedTests(t *testing.T, p *testerProvider, tests []agent.TestCase) *harness {
	t.Helper()
	h, _ := openSeeded(t, []harnessOption{withProvider(p)}, "elevenlabs", "receptionist", func(d *agent.Draft) {
		d.Tests = tests
		markPushed(d, "agent_1")
	})
	h.press(h.keys().Editor.Tests)
	topIs[*testsScreen](h, "tests")
	return h
}

func TestTestsScreenRunsTheTestsAndSaysHowEachWent(t *testing.T) {
	t.Parallel()
	p := newTesterProvider("elevenlabs")
	p.results = []agent.TestResult{
		{Name: "hours", Passed: true},
		{Name: "books", Why: "The agent did not call the tool check_slot.", Transcript: []agent.ChatTurn{
			{Role: agent.RoleCaller, Text: "Book me"}, {Role: agent.RoleAgent, Text: "We are closed on Mondays."},
		}},
	}
	h := openPushedTests(t, p, runTests)
	h.requireView("r run tests")
	h.press(h.keys().Tests.Run)
	topIs[*testRunScreen](h, "test run")
	h.requireView("pass  hours", "FAIL  books", "The agent did not call the tool check_slot.",
		"The agent answered: We are closed on Mondays.", "1 of 2 tests failed.", "Calls made to", "run-tests", "r run again")
	if len(p.runs) != 1 || len(p.runs[0]) != 2 {
		t.Fatalf("runs = %+v", p.runs)
	}
	h.press(h.keys().Tests.Run)
	if len(p.runs) != 2 {
		t.Errorf("r did not run them again: %d runs", len(p.runs))
	}
	h.press(h.keys().Global.Back)
	topIs[*testsScreen](h, "tests")
}

func TestTestRunRefusesTestsThatCannotRunAndDraftsNotPushed(t *testing.T) {
	t.Parallel()
	p := newTesterProvider("elevenlabs")
	h := openPushedTests(t, p, []agent.TestCase{{Name: "vague", Opening: []string{"Hi"}}})
	h.press(h.keys().Tests.Run)
	h.requireView("The tests cannot run as they are", "says nothing the answer must or must not contain")
	if len(p.runs) != 0 {
		t.Fatal("tests that cannot run were sent")
	}

	h2 := newHarness(t)
	d := seedPushed(h2, "dasha", "receptionist", "a1", runTests)
	h2.start(80, 24)
	s := newTestRunScreen(h2.app.sh, d)
	s.SetSize(80, 20)
	s.Update(s.Init()())
	if v := ansi.Strip(s.View()); !strings.Contains(v, "offers no way to talk to an agent in text") {
		t.Errorf("a provider with no Tester:\n%s", v)
	}
}

func TestTestRunStopsWaitingOnEsc(t *testing.T) {
	t.Parallel()
	h, p, d := testerDesk(t, true)
	d.Tests = runTests
	h.start(80, 24)
	s := newTestRunScreen(h.app.sh, d)
	s.SetSize(80, 20)
	_, cmd := s.Update(s.Init()())
	// The first event is the provider's progress.
	if msg := cmd(); msg != nil {
		_, cmd = s.Update(msg)
	}
	view := strings.Join(strings.Fields(ansi.Strip(s.View())), " ")
	if !s.run.running() || !strings.Contains(view, "Waiting for the provider: 0 of 2 finished… (esc stops waiting)") {
		t.Fatalf("no progress while running:\n%s", s.View())
	}
	if got := s.ShortHelp(); len(got) != 1 || got[0].Help().Desc != "stop waiting" {
		t.Errorf("help while waiting = %v", got)
	}
	s.Update(keyPress("esc"))
	p.waitStopped(t)
	view = strings.Join(strings.Fields(ansi.Strip(s.View())), " ")
	if s.run.running() || !strings.Contains(view, "Stopped waiting. ElevenLabs finishes that run on its own; the agent was not changed.") {
		t.Errorf("after esc:\n%s", view)
	}
	if msg := cmd(); msg != nil {
		s.Update(msg)
	}
	if s.report != nil {
		t.Error("the stopped run's end was shown")
	}
}
