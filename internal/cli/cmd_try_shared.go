package cli

// What try and test share: the environment, the provider's Tester, the
// pushed agent, and the list of provider calls each run prints.

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/storage"
	"github.com/spf13/cobra"
)

// textRunNote ends the help of try and test (named by command): each run
// is billed, and only ElevenLabs can talk in text.
func textRunNote(command string) string {
	return "Each run is billed by the provider (ElevenLabs charges for test runs as for conversations).\n" +
		"Only ElevenLabs Agents offers a way to talk to an agent in text; for the other providers\n" +
		command + " says so and exits 1."
}

// testTarget is the pushed agent a try or test run talks to, and the
// provider calls the run made.
type testTarget struct {
	agent.TestTarget
	calls []string
}

// checkEnv checks the name --env gives (letters, digits, - and _) and
// returns the environment meant: "default" when none is named.
func checkEnv(cmd *cobra.Command, env string) (string, error) {
	if err := checkEnvFlag(cmd, env); err != nil {
		return "", err
	}
	return agent.EnvName(env), nil
}

// testTarget opens the draft ref names, its provider's Tester, and the
// agent pushed in env: a provider with no way to talk to an agent, or a
// draft not pushed, stops here in one sentence.
func (a *app) testTarget(cmd *cobra.Command, ref, envFlag string) (*testTarget, error) {
	env, err := checkEnv(cmd, envFlag)
	if err != nil {
		return nil, err
	}
	_, d, err := a.draft(ref)
	if err != nil {
		return nil, err
	}
	// The agent pushed to env lives where that environment's connection
	// points (its own address, key, workspace).
	p, err := a.providerIn(cmd, d.Provider, env)
	if err != nil {
		return nil, err
	}
	t, err := agent.NewTestTarget(p, d, env)
	switch {
	case errors.Is(err, agent.ErrNoTester):
		return nil, errors.New(agent.NoTesterWords(t.Name()))
	case errors.Is(err, agent.ErrNotPushed) && env != agent.DefaultEnv:
		return nil, fmt.Errorf("the draft %q is not on %s in %s yet; push it there first (agentdeck push %q --env %s), then try it", d.Name, t.Name(), env, d.Name, env)
	case errors.Is(err, agent.ErrNotPushed):
		return nil, fmt.Errorf("the draft %q is not on %s yet; push it first (agentdeck push %q), then try it", d.Name, t.Name(), d.Name)
	}
	if d.Status() == agent.StatusChanged {
		a.notef("The draft has changes that are not pushed: this talks to the agent as last pushed.\n")
	}
	return &testTarget{TestTarget: t}, nil
}

// session is the TestSession of one run: progress on stderr, each call
// recorded for the list printed at the end.
func (a *app) session(t *testTarget) (agent.TestSession, error) {
	p, err := a.Paths()
	if err != nil {
		return agent.TestSession{}, fail("Could not find where agentdeck keeps its files.", err)
	}
	return t.Session(testIDs(p), func(s string) { a.noteln(s) },
		func(method, path string) { t.calls = append(t.calls, method+" "+path) }), nil
}

// printCalls lists the provider calls a run made, method and path (the
// key travels in a header and is never shown).
func (a *app) printCalls(t *testTarget) {
	if len(t.calls) == 0 {
		a.notef("No calls were made to %s.\n", t.Name())
		return
	}
	a.notef("Calls made to %s:\n", t.Name())
	for _, c := range t.calls {
		a.notef("  %s\n", c)
	}
}

// printTurns prints a conversation turn by turn, each tool call on a line
// of its own.
func printTurns(w io.Writer, turns []agent.ChatTurn) error {
	for _, t := range turns {
		for _, l := range agent.TurnLines(t) {
			if _, err := io.WriteString(w, l+"\n"); err != nil {
				return err
			}
		}
	}
	return nil
}

// runFailure turns the error of a run into one plain sentence; a run
// stopped with ctrl+c says so.
func (a *app) runFailure(cmd *cobra.Command, t *testTarget, err error) error {
	if cmd.Context().Err() != nil {
		return fail("Stopped; the agent was not changed.", err)
	}
	// A refused test is not a refused agent setting: say whose it is.
	var pe *agent.ProviderError
	if errors.As(err, &pe) && errors.Is(err, agent.ErrInvalid) && len(pe.Fields) > 0 {
		reasons := make([]string, 0, len(pe.Fields))
		for _, f := range pe.Fields {
			reasons = append(reasons, f.Message)
		}
		return fail(t.Name()+" refused a test as agentdeck sent it; check the draft's tests.", errors.New(strings.Join(reasons, "\n")))
	}
	return explain(err, t.Provider)
}

// testIDs is the record of agentdeck's provider-side tests the terminal
// UI's "Try it" keeps, on this machine (under serve, in the space).
func testIDs(p storage.Paths) func(provider, env string) agent.TestIDs {
	ids := storage.OpenTestIDs(p.TestIDsFile())
	return func(provider, env string) agent.TestIDs { return ids.For(provider, env) }
}
