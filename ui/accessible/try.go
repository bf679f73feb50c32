package accessible

// "Try it" and "Run the tests", line by line: the same runs as the terminal
// UI's Try it and test run screens and `agentdeck try` and `test`
// (agent.TestTarget), each step said as it happens.

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"charm.land/huh/v2"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/ui"
)

// tryOrTest offers a text conversation with the draft's pushed agent, a
// simulated caller, or the draft's tests; or says in one sentence why not.
func (s *plainSession) tryOrTest(pd *plainDraft) error {
	name := pd.provider.Info().Name
	t, err := agent.NewTestTarget(pd.provider, pd.d, agent.DefaultEnv)
	switch {
	case errors.Is(err, agent.ErrNoTester):
		s.say("%s.", agent.NoTesterWords(name))
		return nil
	case errors.Is(err, agent.ErrNotPushed):
		s.say("This draft is not on %s yet: submit it first (Review and submit), then try it.", name)
		return nil
	}
	for {
		s.say("Each answer and each test run is billed by %s; the agent is never changed.", name)
		i, err := s.choose("Try "+ui.Quote(pd.d.Name)+" on "+name, []string{
			"Talk to it: type the caller's lines", "Talk to it: a simulated caller",
			"Run the tests (" + ui.Plural(len(pd.d.Tests), "test", "tests") + ")", "Back to the draft",
		})
		if err != nil {
			return err
		}
		switch i {
		case 0:
			err = s.talk(t)
		case 1:
			err = s.simulate(t)
		case 2:
			s.runTests(t, pd.d.Tests)
		default:
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// ask reads one line.
func (s *plainSession) ask(title string) (string, error) {
	v := ""
	err := s.run(huh.NewForm(huh.NewGroup(huh.NewInput().Title(title).Value(&v))))
	return strings.TrimSpace(v), err
}

// session is a run's TestSession: progress said as it comes, calls kept
// for the list said at the end.
func (s *plainSession) session(t agent.TestTarget, calls *[]string) agent.TestSession {
	return t.Session(s.deps.TestIDs, func(p string) { s.say("%s", p) },
		func(method, path string) { *calls = append(*calls, method+" "+path) })
}

// sayCalls lists the provider calls a run made.
func (s *plainSession) sayCalls(t agent.TestTarget, calls []string) {
	if len(calls) == 0 {
		return
	}
	s.say("Calls made to %s: %s.", t.Name(), strings.Join(calls, ", "))
}

func (s *plainSession) sayTurns(turns []agent.ChatTurn) {
	for _, turn := range turns {
		for _, l := range agent.TurnLines(turn) {
			s.say("%s", l)
		}
	}
}

// talk sends the caller's lines one at a time, each answered, until an
// empty line.
func (s *plainSession) talk(t agent.TestTarget) error {
	var history []agent.ChatTurn
	var calls []string
	defer func() { s.sayCalls(t, calls) }()
	for {
		line, err := s.ask("What the caller says (enter alone ends the conversation)")
		if err != nil || line == "" {
			return err
		}
		history = append(history, agent.ChatTurn{Role: agent.RoleCaller, Text: line})
		ctx, cancel := context.WithTimeout(s.ctx, ui.RunTimeout)
		reply, err := t.Tester.Reply(ctx, t.RemoteID, history, s.session(t, &calls))
		cancel()
		if err != nil {
			history = history[:len(history)-1]
			s.say("The agent did not answer: %s", ui.ErrTextFor(err, t.Name()))
			continue
		}
		s.sayTurns(reply)
		history = append(history, reply...)
	}
}

// simulate has the provider play a caller described in one line, under
// the rules of `agentdeck try --caller`.
func (s *plainSession) simulate(t agent.TestTarget) error {
	caller, err := s.ask("Describe the caller in one line (enter alone goes back)")
	if err != nil || caller == "" {
		return err
	}
	sc := agent.Scenario{Caller: caller}
	for {
		v, err := s.ask("The most turns the conversation may take, 1 to 50 (enter alone: the provider's default)")
		if err != nil {
			return err
		}
		sc.MaxTurns = 0
		if v != "" {
			if n, err := strconv.Atoi(v); err == nil && n > 0 {
				sc.MaxTurns = n
			} else {
				sc.MaxTurns = -1
			}
		}
		if agent.CheckScenario(sc) == nil {
			break
		}
		s.say("The most turns must be a number from 1 to %d.", agent.MaxSimulationTurns)
	}
	var calls []string
	defer func() { s.sayCalls(t, calls) }()
	ctx, cancel := context.WithTimeout(s.ctx, ui.RunTimeout)
	defer cancel()
	turns, err := t.Tester.Simulate(ctx, t.RemoteID, sc, s.session(t, &calls))
	if err != nil {
		s.say("The simulated conversation did not finish: %s", ui.ErrTextFor(err, t.Name()))
		return nil
	}
	s.say("The conversation with %s:", ui.Quote(caller))
	s.sayTurns(turns)
	return nil
}

// runTests runs the draft's tests as `agentdeck test` does and says how
// each went.
func (s *plainSession) runTests(t agent.TestTarget, tests []agent.TestCase) {
	var problems agent.TestProblems
	switch err := agent.TestsReady(tests); {
	case errors.Is(err, agent.ErrNoTests):
		s.say("This draft has no tests. Add them under tests: in the draft file, or on the Tests screen of the full-screen editor.")
		return
	case errors.As(err, &problems):
		s.say("The tests cannot run as they are (%s):", ui.Plural(len(problems), "problem", "problems"))
		for _, p := range problems {
			s.say("  %s", p)
		}
		return
	}
	var calls []string
	defer func() { s.sayCalls(t, calls) }()
	s.say("Running %s on %s…", ui.Plural(len(tests), "test", "tests"), t.Name())
	ctx, cancel := context.WithTimeout(s.ctx, ui.RunTimeout)
	defer cancel()
	report, err := t.RunTests(ctx, tests, s.session(t, &calls))
	if err != nil {
		s.say("The tests did not run: %s", ui.ErrTextFor(err, t.Name()))
		return
	}
	for _, r := range report.Results {
		s.say("%s", r.Line())
		if !r.Passed {
			for _, l := range strings.Split(r.FailureWords(), "\n") {
				s.say("  %s", strings.TrimSpace(l))
			}
		}
	}
	s.say("%s", report.Summary())
}
