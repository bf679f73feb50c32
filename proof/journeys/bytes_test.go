package journeys

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/internal/ptyharness"
	"github.com/agentdeck/agentdeck/internal/sshtest"
)

// quietWindow is how long the terminal must stay silent for an update to
// count as finished, and the window in which an idle screen must send
// nothing. It is a measuring window, not a wait for something to happen.
const quietWindow = 300 * time.Millisecond

// idleWindow is how long an idle screen is watched.
const idleWindow = 2 * time.Second

// maxBytesPerKey is the budget for what typing one character in a field
// sends: the character and a cursor move, with room to spare (measured:
// see the README's "Over SSH").
const maxBytesPerKey = 64

// typingCost types each character of text into the field that has focus,
// waiting after each for the screen to show the text so far and the
// terminal to go quiet, and returns the bytes each keystroke cost.
func typingCost(t *testing.T, out *sshtest.Stream, quiet func() int, send func(string), prompt, text string) []int {
	t.Helper()
	before := quiet()
	costs := make([]int, 0, len(text))
	for i := range text {
		send(text[i : i+1])
		out.WaitFor(t, prompt+text[:i+1])
		after := quiet()
		costs = append(costs, after-before)
		before = after
	}
	return costs
}

func median(xs []int) int {
	s := append([]int(nil), xs...)
	sort.Ints(s)
	return s[len(s)/2]
}

// testTypingSendsASmallUpdateAndIdleSendsNothing measures, through a pty
// (the plain `ssh -t host agentdeck` case), what typing a character costs
// on the wire and checks that idle screens send nothing at all.
func testTypingSendsASmallUpdateAndIdleSendsNothing(t *testing.T, bin string) {
	term, _ := runOnPTY(t, bin, []string{"TERM=xterm-256color"})
	quiet := func() int { return term.Quiet(quietWindow) }
	send := func(s string) { term.Send(t, s) }

	term.Out.WaitFor(t, "No drafts yet")
	assertIdleSendsNothing(t, "the drafts list", term.Out, quiet)

	toDraftName(t, term.Out, send)
	assertIdleSendsNothing(t, "a text field with its cursor", term.Out, quiet)

	costs := typingCost(t, term.Out, quiet, send, "> ", "Reception")
	t.Logf("bytes per typed character through a pty: %v (median %d)", costs, median(costs))
	if m := median(costs); m > maxBytesPerKey {
		t.Errorf("typing a character sends %d bytes (median of %v); the budget is %d", m, costs, maxBytesPerKey)
	}
}

// assertIdleSendsNothing watches an idle screen for idleWindow.
func assertIdleSendsNothing(t *testing.T, where string, out *sshtest.Stream, quiet func() int) {
	t.Helper()
	before := quiet()
	<-time.After(idleWindow)
	if sent := out.Len() - before; sent != 0 {
		t.Errorf("%s sent %d bytes in %s while idle: %q", where, sent, idleWindow, out.String()[before:])
	}
}

// testTypingOverServeSendsASmallUpdate measures the same through
// `agentdeck serve` and an SSH session.
func testTypingOverServeSendsASmallUpdate(t *testing.T, bin string) {
	alice := sshtest.NewSigner(t)
	srv := startServe(t, bin, t.TempDir(), nil, sshtest.KeyLine(alice, `agentdeck-space="alice"`, ""))
	tm := sshtest.OpenTerminal(t, srv.login(t, alice), "xterm-256color", 100, 30)
	quiet := func() int { return ptyharness.QuietStream(tm.Out, quietWindow) }
	send := func(s string) { tm.Send(t, s) }

	tm.Out.WaitFor(t, "No drafts yet")
	assertIdleSendsNothing(t, "the drafts list over SSH", tm.Out, quiet)
	toDraftName(t, tm.Out, send)
	costs := typingCost(t, tm.Out, quiet, send, "> ", "Reception")
	t.Logf("bytes per typed character over agentdeck serve: %v (median %d)", costs, median(costs))
	if m := median(costs); m > maxBytesPerKey {
		t.Errorf("typing a character sends %d bytes over SSH (median of %v); the budget is %d", m, costs, maxBytesPerKey)
	}
	if strings.Contains(tm.Out.String(), "\x1b]11;?") {
		t.Log("the session asked for the background colour, as it should when no theme is set")
	}
}
