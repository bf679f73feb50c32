package journeys

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/sshtest"
	"github.com/agentdeck/agentdeck/providers/elevenlabs/elevenlabstest"
	"github.com/agentdeck/agentdeck/ui"
)

// testServeTriesAPushedDraftOverSSH (issue 20): a visitor logs in to the
// real `agentdeck serve` (with the in-process SSH client, so no ssh binary
// is needed), opens "Try it" on a draft pushed to a fake ElevenLabs on
// 127.0.0.1 (allowed with --allow-host), types a line and sees the agent's
// answer; the agent is never changed and the test's id is remembered in
// the visitor's own space.
func testServeTriesAPushedDraftOverSSH(t *testing.T, bin string) {
	fake := elevenlabstest.NewServer(t, "the-visitors-key")
	fake.SetReplier(func(_ string, h []elevenlabstest.Message) elevenlabstest.Reply {
		return elevenlabstest.Reply{Text: "We open at nine. You said: " + h[len(h)-1].Text}
	})
	home := t.TempDir()
	// The visitor's draft, made and pushed from the command line in the
	// visitor's space, as the visitor would on their own machine.
	v := visitorSpace(t, bin, home, "alice", fake.BaseURL)
	space, run := v.dir, v.run
	id := run("new", "Front desk", "--provider", "elevenlabs", "--template", "receptionist")
	run("push", id)
	updates := len(fake.Calls("update"))

	u, err := url.Parse(fake.BaseURL)
	if err != nil {
		t.Fatal(err)
	}
	alice := sshtest.NewSigner(t)
	srv := startServeWith(t, bin, home, nil, []string{"--allow-host", u.Host}, sshtest.KeyLine(alice, `agentdeck-space="alice"`, ""))
	keys := ui.DefaultKeyMap()
	tm := sshtest.OpenTerminal(t, srv.login(t, alice), "xterm-256color", 100, 30)
	tm.Out.WaitFor(t, "Front desk", "pushed")
	tm.Send(t, keyBytes(t, keys.Drafts.Try))
	tm.Out.WaitFor(t, "A text conversation with", "Caller:")
	tm.Send(t, "When are you open?")
	tm.Out.WaitFor(t, "When are you open?")
	tm.Send(t, keyBytes(t, keys.Try.Send))
	tm.Out.WaitFor(t, "Agent:  We open at nine. You said: When are you open?", "Calls made to ElevenLabs Agents")
	if len(fake.Calls("update")) != updates || len(fake.Tests()) != 1 {
		t.Errorf("Try it changed the agent or made %d tests", len(fake.Tests()))
	}
	if _, err := os.Stat(filepath.Join(space, "provider-tests.json")); err != nil {
		t.Errorf("the test's id was not remembered in the visitor's space: %v", err)
	}
	if code := srv.terminate(t); code != 0 {
		t.Errorf("agentdeck serve exited with %d:\n%s", code, srv.log.String())
	}
	if strings.Contains(srv.log.String(), "the-visitors-key") {
		t.Error("the log shows the visitor's key")
	}
}
