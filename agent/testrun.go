package agent

// One run of "try" or "test" against a draft's pushed agent, as the command
// line, the terminal UI and the accessible front end all hold it: which
// agent, the session, the checks before a run, and the words for how it
// went. The provider's Tester does the talking (and the polling); this is
// everything around it, written once.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Why a draft cannot be tried or tested.
var (
	// ErrNoTester: the draft's provider offers no way to talk to an agent.
	ErrNoTester = errors.New("the provider offers no way to talk to an agent in text")
	// ErrNotPushed: the draft has no agent in that environment yet.
	ErrNotPushed = errors.New("the draft is not on its provider yet")
	// ErrNoTests: the draft carries no tests.
	ErrNoTests = errors.New("the draft has no tests")
)

// TestProblems are the reasons a draft's tests cannot run as they are, one
// plain sentence each (CheckTests).
type TestProblems []string

func (p TestProblems) Error() string { return strings.Join(p, "\n") }

// NoTesterWords says in one sentence that a provider offers no text
// conversation, so neither try nor test can run there.
func NoTesterWords(provider string) string {
	return provider + " offers no way to talk to an agent in text, so agentdeck cannot try or test it there; only ElevenLabs Agents does"
}

// TestTarget is the pushed agent a try or test run talks to.
type TestTarget struct {
	Draft    Draft
	Provider Provider
	Tester   Tester
	RemoteID string
	Env      string
}

// NewTestTarget is d's pushed agent in env on p, or ErrNoTester when p
// offers no way to talk to an agent, or ErrNotPushed.
func NewTestTarget(p Provider, d Draft, env string) (TestTarget, error) {
	t := TestTarget{Draft: d, Provider: p, Env: env}
	tester, ok := AsTester(p)
	if !ok {
		return t, ErrNoTester
	}
	t.Tester = tester
	t.RemoteID = d.RemoteFor(d.Provider, env).ID
	if t.RemoteID == "" {
		return t, ErrNotPushed
	}
	return t, nil
}

// Name is the provider's name, as people know it.
func (t TestTarget) Name() string { return t.Provider.Info().Name }

// Session is the TestSession of one run: the draft's tests are named after
// its id, its tools are the ones a test names, and ids (when not nil)
// remembers the provider-side tests on this machine.
func (t TestTarget) Session(ids func(provider, env string) TestIDs, progress func(string), call func(method, path string)) TestSession {
	s := TestSession{Env: t.Env, Owner: t.Draft.ID, Tools: t.Draft.Agent.Tools, Progress: progress, Call: call}
	if ids != nil {
		s.IDs = ids(t.Draft.Provider, t.Env)
	}
	return s
}

// TestsReady says whether tests can run: ErrNoTests, TestProblems, or nil.
func TestsReady(tests []TestCase) error {
	if len(tests) == 0 {
		return ErrNoTests
	}
	if ps := CheckTests(tests); len(ps) > 0 {
		return TestProblems(ps)
	}
	return nil
}

// RunTests checks tests (TestsReady) and runs them.
func (t TestTarget) RunTests(ctx context.Context, tests []TestCase, s TestSession) (TestReport, error) {
	if err := TestsReady(tests); err != nil {
		return TestReport{}, err
	}
	start := time.Now()
	results, err := t.Tester.RunTests(ctx, t.RemoteID, tests, s)
	return TestReport{Results: results, Elapsed: time.Since(start)}, err
}

// CheckScenario says in one sentence what is wrong with a simulated caller
// before it is sent: a description is needed, and from 1 to
// MaxSimulationTurns turns (0: the provider's default).
func CheckScenario(sc Scenario) error {
	if strings.TrimSpace(sc.Caller) == "" {
		return errors.New("describe the caller in words first")
	}
	if sc.MaxTurns < 0 || sc.MaxTurns > MaxSimulationTurns {
		return fmt.Errorf("the most turns must be from 1 to %d", MaxSimulationTurns)
	}
	return nil
}

// TestReport is how a run of tests went.
type TestReport struct {
	Results []TestResult
	Elapsed time.Duration
}

// Failures are the tests that failed.
func (r TestReport) Failures() []TestResult {
	var out []TestResult
	for _, x := range r.Results {
		if !x.Passed {
			out = append(out, x)
		}
	}
	return out
}

// Summary says in one sentence how the run went.
func (r TestReport) Summary() string {
	all := plural(len(r.Results), "test")
	if n := len(r.Failures()); n > 0 {
		return fmt.Sprintf("%d of %s failed.", n, all)
	}
	return "All " + all + " passed."
}

// Line is a test's line in a report: pass or FAIL, and its name.
func (r TestResult) Line() string {
	if r.Passed {
		return "pass  " + r.Name
	}
	return "FAIL  " + r.Name
}

// FailureWords is a failed test in plain words: its name, why, the answer
// that failed, and the tools the agent called instead.
func (r TestResult) FailureWords() string {
	s := fmt.Sprintf("%q failed", r.Name)
	if r.Why != "" {
		s += ": " + OneLine(r.Why)
	}
	if ans := r.Answer(); ans != "" {
		s += "\n  The agent answered: " + OneLine(ans)
	}
	for _, turn := range r.Transcript {
		for _, tc := range turn.Tools {
			s += "\n  It called the tool " + tc.Name + " " + OneLine(tc.Params)
		}
	}
	return s
}

// TurnLines is one turn as a transcript shows it: who spoke and what, then
// each tool call the agent made on a line of its own.
func TurnLines(t ChatTurn) []string {
	var out []string
	who := "Agent: "
	if t.Role == RoleCaller {
		who = "Caller:"
	}
	if t.Text != "" {
		out = append(out, who+" "+OneLine(t.Text))
	}
	for _, tc := range t.Tools {
		out = append(out, "        ↳ calls the tool "+tc.Name+" "+OneLine(tc.Params))
	}
	return out
}

// OneLine joins a text's words with single spaces, line breaks included.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
