package journeys

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tmuxSession runs the real binary in a detached 80×24 tmux window on a
// private tmux server, and reads the screen back with capture-pane.
type tmuxSession struct {
	t      *testing.T
	socket string
}

func (s *tmuxSession) tmux(args ...string) (string, error) {
	out, err := exec.CommandContext(context.Background(), "tmux", append([]string{"-f", "/dev/null", "-S", s.socket}, args...)...).CombinedOutput()
	return string(out), err
}

func (s *tmuxSession) screen() string {
	out, err := s.tmux("capture-pane", "-p", "-t", "ad")
	if err != nil {
		return "(no screen: " + strings.TrimSpace(out) + ")"
	}
	return out
}

// waitFor polls the screen until every text in want shows. The deadline
// only stops a stuck run; it measures nothing.
func (s *tmuxSession) waitFor(want ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		scr := s.screen()
		missing := ""
		for _, w := range want {
			if !strings.Contains(scr, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the screen never showed %q; it shows:\n%s", missing, scr)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	if out, err := s.tmux(append([]string{"send-keys", "-t", "ad"}, keys...)...); err != nil {
		s.t.Fatalf("send-keys %v: %v %s", keys, err, out)
	}
}

// TestTUIInTmux builds agentdeck and drives it through the drafts screen,
// the wizard and the editor in a real terminal. No provider is reached:
// editing needs none, and no key is set.
func TestTUIInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it in tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed, so the real binary cannot be driven in a terminal here (.ci/run installs it)")
	}
	dir := t.TempDir()
	bin := buildWith(t)
	home := filepath.Join(dir, "home")
	s := &tmuxSession{t: t, socket: filepath.Join(dir, "tmux.sock")}
	cmd := "env -i PATH=" + os.Getenv("PATH") + " TERM=xterm-256color AGENTDECK_HOME=" + home + " " + bin + " --theme dark"
	if out, err := s.tmux("new-session", "-d", "-s", "ad", "-x", "80", "-y", "24", cmd); err != nil {
		t.Fatalf("tmux new-session: %v %s", err, out)
	}
	t.Cleanup(func() { _, _ = s.tmux("kill-server") })
	// The server stays up between the two runs below.
	if out, err := s.tmux("set-option", "-g", "exit-empty", "off"); err != nil {
		t.Fatalf("tmux set-option: %v %s", err, out)
	}

	// The drafts screen, empty: it says what to do first.
	s.waitFor("agentdeck › Drafts", "No drafts yet", "Press n", "ctrl+c quit")

	// The wizard: template, provider, name.
	s.keys("n")
	s.waitFor("Pick a template", "step 1 of 3", "Receptionist")
	s.keys("Down", "Enter")
	s.waitFor("Pick a provider", "Nova", "Trillet", "ElevenLabs Agents")
	s.keys("Enter")
	s.waitFor("Name your draft", "step 3 of 3")
	s.keys("Front desk")
	s.waitFor("> Front desk")
	s.keys("Enter")

	// The editor: every section in the sidebar with its mark.
	scr := s.waitFor("Front desk · Nova", "Basics", "Brain (LLM)", "Calling hours", "Variables & webhooks", "Advanced")
	// Nova carries no calling hours: the sidebar says so, as a character.
	if !strings.Contains(scr, "– Calling hours") || !strings.Contains(scr, "✓ Basics") {
		t.Fatalf("the sidebar marks are wrong:\n%s", scr)
	}
	s.keys("Enter")
	s.waitFor("┃ Name", "What you and callers call this agent.")
	s.keys("C-e") // not the prompt: nothing opens, the key is not offered
	s.keys(" (nights)")
	s.waitFor("Front desk (nights)", "saved")
	s.keys("Escape")
	s.waitFor("Press enter to edit this section.")

	// Back on the drafts screen the draft is listed under its new name.
	s.keys("Escape")
	s.waitFor("1 draft", "Front desk (nights)", "Nova", "new")

	// ctrl+c quits at once: nothing is waiting to be saved.
	s.keys("C-c")
	s.waitGone()
	s.requireDraftHolds(home, "(nights)")

	// Stopped with SIGTERM right after an edit, it saves before it goes.
	if out, err := s.tmux("new-session", "-d", "-s", "ad", "-x", "80", "-y", "24", cmd); err != nil {
		t.Fatalf("tmux new-session: %v %s", err, out)
	}
	s.waitFor("1 draft", "Front desk")
	s.keys("Enter")
	s.waitFor("Front desk (nights) · Nova")
	s.keys("Enter")
	s.waitFor("┃ Name")
	pid, err := s.tmux("list-panes", "-t", "ad", "-F", "#{pane_pid}")
	if err != nil {
		t.Fatal(err)
	}
	s.keys("+term")
	s.waitFor("(nights)+term")
	if out, err := exec.CommandContext(t.Context(), "kill", "-TERM", strings.TrimSpace(pid)).CombinedOutput(); err != nil {
		t.Fatalf("kill: %v %s", err, out)
	}
	s.waitGone()
	s.requireDraftHolds(home, "(nights)+term")
}

// waitGone waits for agentdeck to exit, which ends the tmux session.
func (s *tmuxSession) waitGone() {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if _, err := s.tmux("has-session", "-t", "ad"); err != nil {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("agentdeck did not quit:\n%s", s.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// requireDraftHolds checks the one draft file on disk contains text.
func (s *tmuxSession) requireDraftHolds(home, text string) {
	s.t.Helper()
	files, _ := filepath.Glob(filepath.Join(home, "drafts", "*.yaml"))
	if len(files) != 1 {
		s.t.Fatalf("want one draft file, found %v", files)
	}
	raw, err := os.ReadFile(files[0])
	if err != nil || !strings.Contains(string(raw), text) {
		s.t.Fatalf("the draft file does not hold %q (%v):\n%s", text, err, raw)
	}
}
