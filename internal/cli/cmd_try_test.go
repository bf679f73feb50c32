package cli

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
)

// pushedEleven is a command line with an ElevenLabs draft pushed to the
// fake; it returns the draft's id.
func pushedEleven(t *testing.T) (*cli, *elevenlabstest.Server, string) {
	t.Helper()
	c, fake := elevenCLI(t)
	id := c.mustRun("new", "Front desk", "--provider", "elevenlabs")
	c.mustRun("push", id)
	return c, fake, id
}

func TestTryPrintsTheConversationTurnByTurn(t *testing.T) {
	t.Parallel()
	c, fake, id := pushedEleven(t)
	fake.SetReplier(func(_ string, h []elevenlabstest.Message) elevenlabstest.Reply {
		last := h[len(h)-1].Text
		if strings.Contains(last, "Monday") {
			return elevenlabstest.Reply{Text: "Let me look.", Tools: []elevenlabstest.ToolCall{{Name: "check_slot", Params: map[string]any{"day": "monday"}}}}
		}
		return elevenlabstest.Reply{Text: "Hello, this is the front desk."}
	})
	updates := len(fake.Calls("update"))
	code, stdout, stderr := c.run("try", id, "--message", "Hi", "--message", "Book me for Monday")
	c.noKey(stdout, stderr)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	want := "Caller: Hi\nAgent:  Hello, this is the front desk.\nCaller: Book me for Monday\nAgent:  Let me look.\n" +
		"        ↳ calls the tool check_slot {\"day\":\"monday\"}\n"
	if stdout != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout, want)
	}
	// The second turn's test carried the whole conversation so far.
	if h := fake.Tests()[0]["chat_history"].([]any); len(h) != 3 {
		t.Errorf("the second turn sent %d lines of history, want 3", len(h))
	}
	for _, w := range []string{"Calls made to ElevenLabs Agents:", "POST /v1/convai/agent-testing/create", "PUT /v1/convai/agent-testing/test_1", "/run-tests", "GET /v1/convai/test-invocations/inv_1"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr does not say %q:\n%s", w, stderr)
		}
	}
	if len(fake.Calls("update")) != updates || len(fake.Tests()) != 1 {
		t.Errorf("try changed the agent or made more than one test of its own")
	}
}

func TestTryWithASimulatedCaller(t *testing.T) {
	t.Parallel()
	c, fake, id := pushedEleven(t)
	code, stdout, stderr := c.run("try", id, "--caller", "A caller who wants a table for two", "--turns", "2")
	if code != exitOK || !strings.HasPrefix(stdout, "Caller: Hello, A caller who wants a table for two\nAgent: ") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if tt := fake.Tests()[0]; tt["type"] != "simulation" || tt["simulation_scenario"] != "A caller who wants a table for two" {
		t.Errorf("test made = %v", tt)
	}
}

func TestTryAsksForLinesOnATerminal(t *testing.T) {
	t.Parallel()
	c, _, id := pushedEleven(t)
	var out, errOut bytes.Buffer
	a := newApp(devVersion, &out, &errOut, func(k string) string { return c.env[k] })
	a.stdin = strings.NewReader("Are you open?\n\n")
	a.stdinIsTerminal = func() bool { return true }
	if code := a.execute(context.Background(), []string{"try", id}); code != exitOK {
		t.Fatalf("exit %d\n%s", code, errOut.String())
	}
	if got := out.String(); got != "Caller: Agent:  Thanks for calling. You said: Are you open?\nCaller: " {
		t.Errorf("stdout = %q", got)
	}
}

func TestTryRefusals(t *testing.T) {
	t.Parallel()
	c, _, id := pushedEleven(t)
	for _, tt := range []struct {
		args  []string
		code  int
		first string
	}{
		{[]string{"try", id}, exitUsage, "agentdeck: say what the caller says with --message"},
		{[]string{"try", id, "--message", "hi", "--env", "staging"}, exitFailure, `agentdeck: the draft "Front desk" is not on ElevenLabs Agents in staging yet; push it there first`},
		{[]string{"try", id, "--message", "hi", "--env", "no such/env"}, exitUsage, `agentdeck: --env:`},
		{[]string{"try", id, "--message", "hi", "--turns", "3"}, exitUsage, "agentdeck: --turns goes with --caller"},
	} {
		code, _, stderr := c.run(tt.args...)
		if code != tt.code || !strings.HasPrefix(stderr, tt.first) {
			t.Errorf("%v: exit %d, stderr %q", tt.args, code, stderr)
		}
	}
	fresh := c.mustRun("new", "Not pushed", "--provider", "elevenlabs")
	code, _, stderr := c.run("try", fresh, "--message", "hi")
	if code != exitFailure || !strings.Contains(stderr, "is not on ElevenLabs Agents yet; push it first") {
		t.Errorf("an unpushed draft: exit %d, %q", code, stderr)
	}
}

func TestTryAndTestSayWhenTheProviderOffersNoConversation(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.env["AGENTDECK_DASHA_API_KEY"] = "k"
	id := c.mustRun("new", "Desk", "--provider", "dasha")
	for _, args := range [][]string{{"try", id, "--message", "hi"}, {"test", id}} {
		code, stdout, stderr := c.run(args...)
		want := "agentdeck: Dasha BlackBox offers no way to talk to an agent in text, so agentdeck cannot try or test it there; only ElevenLabs Agents does\n"
		if code != exitFailure || stdout != "" || stderr != want {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}

func TestTryStopsAskingOnInterrupt(t *testing.T) {
	t.Parallel()
	c, _, id := pushedEleven(t)
	var out, errOut bytes.Buffer
	a := newApp(devVersion, &out, &errOut, func(k string) string { return c.env[k] })
	r, w := io.Pipe() // a terminal nobody types on
	defer func() { _ = w.Close() }()
	a.stdin = r
	a.stdinIsTerminal = func() bool { return true }
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- a.execute(ctx, []string{"try", id}) }()
	select {
	case code := <-done:
		if code != exitOK || !strings.Contains(errOut.String(), "No calls were made to ElevenLabs Agents.") {
			t.Errorf("exit %d\n%s", code, errOut.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("try went on waiting for a line after the interrupt")
	}
}

// try --env talks to the agent pushed to that environment, not the
// default one.
func TestTryTalksToTheEnvironmentsAgent(t *testing.T) {
	t.Parallel()
	c, _, id := pushedEleven(t)
	staging := c.mustRun("push", id, "--env", "staging")
	if staging == c.load(id).RemoteFor("elevenlabs", "default").ID {
		t.Fatalf("staging got the default agent %s", staging)
	}
	code, _, stderr := c.run("try", id, "--message", "Are you open?", "--env", "staging")
	if code != exitOK || !strings.Contains(stderr, "/agents/"+staging+"/run-tests") {
		t.Fatalf("try --env staging: exit %d, stderr:\n%s", code, stderr)
	}
}
