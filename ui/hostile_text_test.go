package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// hostileName is an agent name that, drawn raw, clears the screen, sets the
// window title, starts a C1 CSI, reverses the text and deletes.
const hostileName = "Front desk\x1b[2J\x1b]0;pwned\x07\u009b31m\u202e\x7f"

// sgr matches the styling sequences the UI writes itself.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// requireNoRawEscapes fails when the frame as it goes to the terminal
// holds anything but styling that could act on it.
func requireNoRawEscapes(t *testing.T, h *harness, where string) {
	t.Helper()
	frame := sgr.ReplaceAllString(h.app.View().Content, "")
	for _, r := range frame {
		switch {
		case r == '\n':
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			t.Fatalf("%s: the frame holds %q raw:\n%q", where, r, frame)
		}
	}
}

// TestOutsideTextNeverReachesTheTerminalRaw: a draft name, a remote agent's
// name and a provider's message full of escape sequences are shown with
// them made visible, in the drafts list, the pull screen, the editor's
// title and an error, and no frame carries them raw.
func TestOutsideTextNeverReachesTheTerminalRaw(t *testing.T) {
	t.Parallel()
	visible := `Front desk\u001b[2J\u001b]0;pwned\u0007` // the rest may be cut to fit

	p := newScriptProvider("trillet")
	remoteAgent(t, p, hostileName)
	h := newHarness(t, withProvider(p))
	h.seed(hostileName, "trillet", "receptionist")
	h.start(160, 30)
	h.requireView(visible)
	requireNoRawEscapes(t, h, "drafts list")

	h.press(h.keys().Drafts.Open)
	if _, ok := h.top().(*editorScreen); !ok {
		t.Fatalf("the draft did not open:\n%s", h.view())
	}
	h.requireView(visible)
	requireNoRawEscapes(t, h, "editor")
	h.press(h.keys().Global.Back)

	h.press(h.keys().Drafts.Pull)
	h.press(h.keys().Pull.Down) // Trillet
	h.press(h.keys().Pull.Choose)
	h.requireView("1 agent on Trillet", visible)
	requireNoRawEscapes(t, h, "pull list")

	q := newScriptProvider("nova")
	q.failNext("list", &agent.ProviderError{
		Provider: "nova", Op: "list", Kind: agent.ErrUnavailable, Status: 503,
		Message: "down\x1b]0;pwned\x07\x1b[2J for now",
	})
	h2 := newHarness(t, withProvider(q)).start(160, 30)
	h2.press(h2.keys().Drafts.Pull)
	h2.press(h2.keys().Pull.Choose)
	if !strings.Contains(h2.view(), "Could not list the agents on Nova") {
		t.Fatalf("no error shown:\n%s", h2.view())
	}
	requireNoRawEscapes(t, h2, "pull error")
}
