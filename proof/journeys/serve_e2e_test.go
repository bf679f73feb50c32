package journeys

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/internal/clitest"

	"github.com/agentdeck/agentdeck/internal/sshtest"
	"github.com/agentdeck/agentdeck/ui"
)

// testServeEditsADraftOverSSHInEachPersonsOwnSpace logs in to the real
// `agentdeck serve` with an in-process SSH client, makes a draft and edits
// it through the real UI, checks that another key's space sees none of it
// and that the server's own provider key is not offered to visitors, then
// stops the server with SIGTERM.
func testServeEditsADraftOverSSHInEachPersonsOwnSpace(t *testing.T, bin string) {
	home := t.TempDir()
	alice, bob := sshtest.NewSigner(t), sshtest.NewSigner(t)
	srv := startServe(t, bin, home, []string{"AGENTDECK_DASHA_API_KEY=the-server-owners-key"},
		sshtest.KeyLine(alice, `agentdeck-space="alice"`, ""),
		sshtest.KeyLine(bob, `agentdeck-space="bob"`, "bob@laptop"))
	keys := ui.DefaultKeyMap()

	a := sshtest.OpenTerminal(t, srv.login(t, alice), "xterm-256color", 100, 30)
	a.Out.WaitFor(t, "No drafts yet")
	toDraftName(t, a.Out, func(s string) { a.Send(t, s) })
	a.Send(t, "Front desk\r")
	a.Out.WaitFor(t, "Created “Front desk”")
	a.Send(t, keyBytes(t, keys.Editor.Open))
	a.Out.WaitFor(t, "> Front desk")
	a.Send(t, " 2")
	a.Out.WaitUntil(t, "the edit saved", func(s string) bool {
		return strings.Contains(s, "> Front desk 2") && strings.HasSuffix(lastLines(s, 2)[0], "saved")
	})
	// The window shrinks: the UI follows this session's new size.
	a.Resize(t, 80, 24)
	a.Out.WaitUntil(t, "the footer on the 24th line", func(s string) bool {
		lines := strings.Split(s, "\n")
		return len(lines) == 24 && strings.Contains(lines[23], "ctrl+c quit")
	})
	drafts := clitest.DraftFiles(t, filepath.Join(home, "spaces", "alice", "drafts"))
	if len(drafts) != 1 || !strings.Contains(joined(drafts), "name: Front desk 2") {
		t.Fatalf("alice's drafts folder holds %d drafts:\n%s", len(drafts), joined(drafts))
	}
	if outside := clitest.DraftFiles(t, filepath.Join(home, "drafts")); len(outside) != 0 {
		t.Errorf("%d drafts were written to the server's own drafts folder", len(outside))
	}

	b := sshtest.OpenTerminal(t, srv.login(t, bob), "xterm", 80, 24)
	b.Out.WaitFor(t, "No drafts yet")
	b.Send(t, keyBytes(t, keys.Drafts.Settings))
	settings := b.Out.WaitFor(t, "Dasha")
	if !regexp.MustCompile(`API key\s+not set`).MatchString(settings) {
		t.Errorf("bob's settings show the server's Dasha key as his:\n%s", settings)
	}
	if _, err := os.Stat(filepath.Join(home, "spaces", "bob", "drafts")); err == nil {
		if n := len(clitest.DraftFiles(t, filepath.Join(home, "spaces", "bob", "drafts"))); n != 0 {
			t.Errorf("bob's space holds %d drafts", n)
		}
	}

	if code := srv.terminate(t); code != 0 {
		t.Errorf("agentdeck serve exited with %d after SIGTERM:\n%s", code, srv.log.String())
	}
	for _, tm := range []*sshtest.Terminal{a, b} {
		if code := tm.Wait(t); code != 0 {
			t.Errorf("a session ended with %d", code)
		}
	}
	log := srv.log.String()
	for _, want := range []string{"msg=login space=alice", "msg=login space=bob", "msg=logout space=alice", "msg=logout space=bob"} {
		if !strings.Contains(log, want) {
			t.Errorf("the log lacks %q:\n%s", want, log)
		}
	}
	if strings.Contains(log, "the-server-owners-key") {
		t.Error("the log shows a secret")
	}
}

// lastLines is the last n lines of s.
func lastLines(s string, n int) []string {
	lines := strings.Split(s, "\n")
	if len(lines) < n {
		return lines
	}
	return lines[len(lines)-n:]
}

// testServeGivesDumbTerminalsTheAccessibleUI: a session with TERM=dumb
// answers questions line by line; the server echoes and edits what is
// typed, as a terminal in cooked mode would, since wish only emulates a pty.
func testServeGivesDumbTerminalsTheAccessibleUI(t *testing.T, bin string) {
	home := t.TempDir()
	alice := sshtest.NewSigner(t)
	srv := startServe(t, bin, home, nil, sshtest.KeyLine(alice, `agentdeck-space="alice"`, ""))
	tm := sshtest.OpenTerminal(t, srv.login(t, alice), "dumb", 100, 30)

	tm.Out.WaitFor(t, "accessible mode", "1. Make a new draft", "2. Pull an agent from a provider", "Enter a number between 1 and 4:")
	tm.Send(t, "1\r")
	tm.Out.WaitFor(t, "1. Blank agent", "Enter a number between 1 and 4:")
	tm.Send(t, "\r")
	tm.Out.WaitFor(t, "Provider")
	tm.Send(t, "\r")
	tm.Out.WaitFor(t, "Name")
	tm.Send(t, "Lobbx\x7fy\r")
	tm.Out.WaitFor(t, "Created “Lobby”")
	if got := joined(clitest.DraftFiles(t, filepath.Join(home, "spaces", "alice", "drafts"))); !strings.Contains(got, "name: Lobby") {
		t.Fatalf("alice's drafts:\n%s", got)
	}
	if out := tm.Out.String(); strings.Contains(out, "\x1b[") {
		t.Errorf("a dumb terminal was sent escape sequences: %q", out)
	}
	tm.Send(t, "\x04") // end of input ends the session
	if code := tm.Wait(t); code != 0 {
		t.Errorf("exit status %d", code)
	}
}
