package journeys

import (
	"context"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/ui"
)

// tmuxPane is a program running in a detached tmux session on a tmux
// server of the test's own.
type tmuxPane struct {
	t      *testing.T
	socket string
	name   string
}

// needTools skips the test when a program it drives is missing; .ci/run
// installs them (tmux, openssh-client).
func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (apt-get install %s; .ci/run does this), so this test cannot run", tool, debianPackage(tool))
		}
	}
}

// needTmuxBinary skips a test that builds the binary and drives it in
// tmux: in -short mode, or where tmux is missing.
func needTmuxBinary(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary and runs it in tmux")
	}
	needTools(t, "tmux")
}

func debianPackage(tool string) string {
	if tool == "ssh" {
		return "openssh-client"
	}
	return tool
}

// startTmux runs command (a shell command line) in a new tmux window of the
// given size with the given environment.
func startTmuxPane(t *testing.T, width, height int, env []string, command string) *tmuxPane {
	t.Helper()
	s := &tmuxPane{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock"), name: "agentdeck"}
	args := []string{"new-session", "-d", "-s", s.name, "-x", strconv.Itoa(width), "-y", strconv.Itoa(height)}
	for _, kv := range env {
		args = append(args, "-e", kv)
	}
	// The pane stays after the program ends, so its last screen can be read.
	args = append(args, command+"; echo '[exited]' $?; sleep 600")
	s.tmux(args...)
	// not the test's context: it has ended by the time this Cleanup runs
	t.Cleanup(func() { _ = exec.CommandContext(context.Background(), "tmux", "-S", s.socket, "kill-server").Run() })
	return s
}

func (s *tmuxPane) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.CommandContext(s.t.Context(), "tmux", append([]string{"-S", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// screen is what the pane shows; with escapes, its colours and styles too.
func (s *tmuxPane) screen(escapes bool) string {
	args := []string{"capture-pane", "-p", "-t", s.name}
	if escapes {
		args = append(args, "-e")
	}
	return s.tmux(args...)
}

// send types keys; literal text is sent as is, tmux key names (Enter,
// Escape, C-c) are looked up.
func (s *tmuxPane) send(literal string) { s.tmux("send-keys", "-t", s.name, "-l", literal) }
func (s *tmuxPane) key(name string)     { s.tmux("send-keys", "-t", s.name, name) }

// waitFor polls the pane until it shows every one of want. tmux offers no
// event to wait on; the poll has a fail-safe limit, not a guess at timing.
func (s *tmuxPane) waitFor(want ...string) string {
	s.t.Helper()
	return pollFor(s.t, "the pane", func() string { return s.screen(false) }, want...)
}

// openDraftInTmux runs the TUI in an 80×24 tmux pane and opens the draft
// called name from the list, waiting for its editor ("name · provider").
func openDraftInTmux(t *testing.T, bin string, env []string, name, provider string) *tmuxPane {
	t.Helper()
	pane := startTmuxPane(t, 80, 24, env, bin+" --theme dark")
	pane.waitFor("agentdeck › Drafts", name)
	pane.send(keyBytes(t, ui.DefaultKeyMap().Drafts.Open))
	pane.waitFor(name+" · "+provider, "Basics")
	return pane
}
