package cli

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/agentdeck/agentdeck/agent"
	"github.com/spf13/cobra"
)

var tryDoc = commandDoc{
	use:   "try DRAFT [--env E] [--caller TEXT] [--message TEXT]...",
	short: "Talk to the pushed agent in text and print the conversation",
	long: "Hold a text conversation with DRAFT's pushed agent and print it turn by turn, each tool\n" +
		"call on a line of its own. --message lines are the caller's turns, in order, each answered\n" +
		"by the agent; --caller describes a caller in words, whom the provider plays (with\n" +
		"--message lines as that caller's opening). On a terminal with neither, try asks for the\n" +
		"caller's lines one at a time; an empty line ends the conversation.\n" +
		"The agent is never changed: the provider-side tests try uses are agentdeck's own and are\n" +
		"never attached to the agent. The provider calls made are listed at the end.\n" +
		textRunNote("try"),
}

func newTryCommand(a *app) *cobra.Command {
	var env, caller string
	var messages []string
	var turns int
	cmd := tryDoc.onDraft(func(cmd *cobra.Command, ref string) error {
		return a.try(cmd, ref, env, caller, messages, turns)
	})
	cmd.Flags().StringVar(&env, "env", agent.DefaultEnv, "the environment whose agent to talk to")
	cmd.Flags().StringVar(&caller, "caller", "", "describe a caller in words; the provider plays them")
	cmd.Flags().StringArrayVar(&messages, "message", nil, "one line the caller says (repeat for more, in order)")
	cmd.Flags().IntVar(&turns, "turns", 0, "with --caller: the most turns the conversation may take (1 to 50)")
	return cmd
}

func (a *app) try(cmd *cobra.Command, ref, env, caller string, messages []string, turns int) error {
	if turns < 0 || turns > agent.MaxSimulationTurns {
		return usageErrorf(cmd, "--turns must be from 1 to %d", agent.MaxSimulationTurns)
	}
	if cmd.Flags().Changed("turns") && strings.TrimSpace(caller) == "" {
		return usageErrorf(cmd, "--turns goes with --caller")
	}
	if cmd.Flags().Changed("caller") && strings.TrimSpace(caller) == "" {
		return usageErrorf(cmd, "--caller needs a description of the caller")
	}
	interactive := strings.TrimSpace(caller) == "" && len(messages) == 0
	if interactive && !a.stdinIsTerminal() {
		return usageErrorf(cmd, "say what the caller says with --message (or describe a caller with --caller); try asks for lines only on a terminal")
	}
	t, err := a.testTarget(cmd, ref, env)
	if err != nil {
		return err
	}
	s, err := a.session(t)
	if err != nil {
		return err
	}
	defer a.printCalls(t)
	ctx := cmd.Context()
	if strings.TrimSpace(caller) != "" {
		conv, err := t.Tester.Simulate(ctx, t.RemoteID, agent.Scenario{Caller: caller, Opening: messages, MaxTurns: turns}, s)
		if err != nil {
			return a.runFailure(cmd, t, err)
		}
		return printTurns(a.stdout, conv)
	}
	next := linesFrom(messages)
	if interactive {
		a.notef("Type what the caller says, one line at a time; an empty line ends the conversation.\n")
		next = a.promptLines(ctx)
	}
	var history []agent.ChatTurn
	for {
		line, ok := next()
		if !ok {
			return nil
		}
		turn := agent.ChatTurn{Role: agent.RoleCaller, Text: line}
		history = append(history, turn)
		if !interactive {
			if err := printTurns(a.stdout, []agent.ChatTurn{turn}); err != nil {
				return err
			}
		}
		reply, err := t.Tester.Reply(ctx, t.RemoteID, history, s)
		if err != nil {
			return a.runFailure(cmd, t, err)
		}
		if err := printTurns(a.stdout, reply); err != nil {
			return err
		}
		history = append(history, reply...)
	}
}

// linesFrom hands out lines in order, skipping blank ones.
func linesFrom(lines []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		for i < len(lines) {
			l := strings.TrimSpace(lines[i])
			i++
			if l != "" {
				return l, true
			}
		}
		return "", false
	}
}

// promptLines asks for the caller's lines on the terminal until an empty
// line, the end of input, or ctrl+c (ctx ends): the lines are read on a
// goroutine, so a wait for typing never outlives an interrupt.
func (a *app) promptLines(ctx context.Context) func() (string, bool) {
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(a.stdin)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
	}()
	return func() (string, bool) {
		_, _ = fmt.Fprint(a.stdout, "Caller: ")
		select {
		case <-ctx.Done():
			return "", false
		case l, ok := <-lines:
			l = strings.TrimSpace(l)
			return l, ok && l != ""
		}
	}
}
