package ui

// Running a draft's tests against its pushed agent, as `agentdeck test`
// does (agent.TestTarget.RunTests: the same checks, the same report): with
// the provider's progress while it works, then pass or FAIL per test, each
// failure in plain words with the answer that failed, and the provider
// calls made. esc stops waiting; the provider finishes the run on its own.

import (
	"context"
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/agentdeck/agentdeck/agent"
)

type testRunScreen struct {
	targetScreen
	keys  TestsKeys
	back  key.Binding
	tests []agent.TestCase // the tests as the Tests screen holds them

	report *agent.TestReport
	notes  []string // why a run did not end in a report, the calls made
	view   scroller
}

// newTestRunScreen runs d.Tests against d's pushed agent (d is read afresh
// for its link; the tests are the ones given, edited or not yet saved).
func newTestRunScreen(sh *shared, d agent.Draft) *testRunScreen {
	return &testRunScreen{
		targetScreen: newTargetScreen(sh, d.ID), keys: sh.keys.Tests, back: sh.keys.Global.Back,
		tests: append([]agent.TestCase(nil), d.Tests...),
	}
}

func (s *testRunScreen) Title() string { return "Test run" }

func (s *testRunScreen) SetSize(w, h int) { s.width, s.height = w, h }

func (s *testRunScreen) Init() tea.Cmd { return s.find() }

func (s *testRunScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case targetReadyMsg:
		if s.found(msg) {
			return s, s.start()
		}
	case runProgressMsg:
		return s, s.run.progressed(msg)
	case runDoneMsg:
		if s.run.finished(msg) {
			s.ended(msg)
		}
	case tea.KeyPressMsg:
		return s.handleKey(msg)
	}
	return s, nil
}

// start runs the tests, unless they cannot run as they are.
func (s *testRunScreen) start() tea.Cmd {
	s.report, s.notes, s.view.offset = nil, nil, 0
	var problems agent.TestProblems
	switch err := agent.TestsReady(s.tests); {
	case errors.Is(err, agent.ErrNoTests):
		s.notes = []string{"This draft has no tests yet: add some on the Tests screen (a), then run them."}
		return nil
	case errors.As(err, &problems):
		s.notes = append([]string{"The tests cannot run as they are; fix them on the Tests screen first:"}, problems...)
		return nil
	}
	t, tests := s.target, s.tests
	return s.run.start(t, func(ctx context.Context, sess agent.TestSession) (any, error) {
		return t.RunTests(ctx, tests, sess)
	})
}

// ended keeps the report of a run, or says why there is none.
func (s *testRunScreen) ended(msg runDoneMsg) {
	if msg.err != nil {
		s.notes = append(s.notes, "The tests did not run: "+errTextFor(msg.err, s.target.Name()))
	} else if r, ok := msg.value.(agent.TestReport); ok {
		s.report = &r
	}
	if w := callsWords(s.target.Name(), msg.calls); w != "" {
		s.notes = append(s.notes, w)
	}
}

func (s *testRunScreen) handleKey(msg tea.KeyPressMsg) (screen, tea.Cmd) {
	switch {
	case s.run.running() && key.Matches(msg, s.back):
		s.run.stop()
		s.notes = append(s.notes, stoppedWords(s.target.Name()))
		return s, nil
	}
	if cmd, handled := s.idleKey(msg, s.back); handled {
		return s, cmd
	}
	switch {
	case key.Matches(msg, s.keys.Run):
		return s, s.start()
	case key.Matches(msg, s.keys.Up):
		s.view.scroll(-1)
	case key.Matches(msg, s.keys.Down):
		s.view.scroll(1)
	}
	return s, nil
}

func (s *testRunScreen) View() string {
	w := s.textWidth()
	if v, ok := s.stateView(); !ok {
		return v
	}
	name := s.target.Name()
	intro := "The tests of " + quote(s.target.Draft.Name) + " against its agent as pushed to " + name +
		". Each run is billed by " + name + "; the agent is never changed."
	lines := strings.Split(wrap(intro, w), "\n")
	lines = append(lines, "")
	if r := s.report; r != nil {
		for _, x := range r.Results {
			lines = append(lines, plain(x.Line()))
			if !x.Passed {
				// The first line repeats the name; the reason and the
				// answer follow it, indented under the test.
				for _, l := range strings.Split(x.FailureWords(), "\n") {
					lines = append(lines, strings.Split(wrap("      "+plain(strings.TrimSpace(l)), w), "\n")...)
				}
			}
		}
		lines = append(lines, "", r.Summary())
	}
	for _, n := range s.notes {
		lines = append(lines, strings.Split(wrap(plain(n), w), "\n")...)
	}
	foot := ""
	if s.run.running() {
		foot = "\n " + s.waitingLine("Running "+plural(len(s.tests), "test", "tests")+" on "+name+"…", w)
	}
	s.view.lines = lines
	s.view.setHeight(s.height - 1 - strings.Count(foot, "\n"))
	return " " + strings.ReplaceAll(s.view.view(), "\n", "\n ") + foot
}

func (s *testRunScreen) ShortHelp() []key.Binding {
	b, run := s.back, s.keys.Run
	running := s.run.running()
	if running {
		b.SetHelp("esc", "stop waiting")
	}
	run.SetHelp("r", "run again")
	run.SetEnabled(!running && s.usable())
	return enabled(run, b)
}

func (s *testRunScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{enabled(s.keys.Up, s.keys.Down), s.ShortHelp()}
}
