package cli

// agentdeck test: run the draft's tests against its pushed agent. (The
// file is not cmd_test.go, which Go would take for a test file.)

import (
	"errors"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

var testDoc = commandDoc{
	use:   "test DRAFT [--env E] [--junit FILE]",
	short: "Run the draft's tests against its pushed agent",
	long: "Run the tests DRAFT carries (under tests: in the draft file, or the editor's Tests screen)\n" +
		"against its pushed agent, with progress, and print how each went; a failure is told in\n" +
		"plain words with the answer that failed. Exit 0 when all pass, 1 when any fails.\n" +
		"On ElevenLabs each test is saved as a workspace test of agentdeck's own (updated on later\n" +
		"runs) and run by id, never attached to the agent: testing never changes the agent and\n" +
		"never looks like a change made elsewhere. The provider calls made are listed at the end.\n" +
		"--junit FILE also writes a JUnit XML report, for CI.\n" +
		textRunNote("test"),
}

func newTestCommand(a *app) *cobra.Command {
	var env, junit string
	cmd := testDoc.onDraft(func(cmd *cobra.Command, ref string) error {
		return a.runTests(cmd, ref, env, junit)
	})
	cmd.Flags().StringVar(&env, "env", agent.DefaultEnv, "the environment whose agent to test")
	cmd.Flags().StringVar(&junit, "junit", "", "also write a JUnit XML report to this file")
	return cmd
}

func (a *app) runTests(cmd *cobra.Command, ref, env, junit string) error {
	if cmd.Flags().Changed("junit") && strings.TrimSpace(junit) == "" {
		return usageErrorf(cmd, "--junit needs the name of the file to write")
	}
	t, err := a.testTarget(cmd, ref, env)
	if err != nil {
		return err
	}
	tests := t.Draft.Tests
	var problems agent.TestProblems
	switch err := agent.TestsReady(tests); {
	case errors.Is(err, agent.ErrNoTests):
		return fmt.Errorf("the draft %q has no tests; add some in the editor's Tests screen or under tests: in the draft file", t.Draft.Name)
	case errors.As(err, &problems):
		return fail(fmt.Sprintf("The draft's tests cannot run as they are (%s).", count(len(problems), "problem")), problems)
	}
	s, err := a.session(t)
	if err != nil {
		return err
	}
	defer a.printCalls(t)
	a.notef("Running %s on %s…\n", count(len(tests), "test"), t.Name())
	report, err := t.RunTests(cmd.Context(), tests, s)
	if err != nil {
		return a.runFailure(cmd, t, err)
	}
	var failures []string
	for _, r := range report.Results {
		if !r.Passed {
			failures = append(failures, r.FailureWords())
		}
		if _, err := fmt.Fprintln(a.stdout, r.Line()); err != nil {
			return err
		}
	}
	if junit != "" {
		if err := writeJUnit(junit, t.Draft.Name, report.Results, report.Elapsed); err != nil {
			return fail("Could not write the JUnit report.", err)
		}
	}
	if len(failures) > 0 {
		return fail(report.Summary(), errors.New(strings.Join(failures, "\n")))
	}
	a.notef("%s\n", report.Summary())
	return nil
}
