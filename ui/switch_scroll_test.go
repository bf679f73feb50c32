package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

// atEnd matches the position line of a report scrolled to its last line.
var atEnd = regexp.MustCompile(`–(\d+) of (\d+)\b`)

// The loss report of a switch longer than an 80×24 screen scrolls to its
// last line and back, lists every setting (none hidden behind "… and N
// more"), spans the whole width, and its options still answer.
func TestSwitchReportScrollsToTheEndAt80x24(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "nova", "reminder", func(d *agent.Draft) {
		d.SetRemote(agent.Remote{ID: "agent_9", AgentHash: agent.ContentHash(&d.Agent)})
	})
	k := h.keys()
	h.press(k.Editor.Provider)
	h.press(k.Dialog.Next) // Trillet
	h.press(k.Dialog.Next) // ElevenLabs
	h.press(k.Dialog.Next) // Dasha
	h.press(k.Dialog.Confirm)
	sd, ok := h.app.dialog.(*switchProviderDialog)
	if !ok {
		t.Fatalf("no switch question: %T\n%s", h.app.dialog, h.view())
	}
	body := strings.Split(sd.body, "\n")
	first, last := body[0][:20], strings.TrimSpace(body[len(body)-1])
	if strings.Contains(sd.body, "…") {
		t.Fatalf("the report hides settings:\n%s", sd.body)
	}
	h.requireView("Switch to Dasha?", first, "lines 1–", "↑/↓ scroll", "enter choose")
	if strings.Contains(h.view(), last) {
		t.Fatalf("the test needs a report longer than the screen; %q shows at once:\n%s", last, h.view())
	}
	for _, row := range strings.Split(h.view(), "\n") {
		if strings.Contains(row, "Switch to Dasha?") && !strings.HasPrefix(row, "│") {
			t.Fatalf("the report does not use the whole width:\n%s", h.view())
		}
	}
	h.press(k.Dialog.ScrollDown)
	h.requireView("lines 2–")
	h.press(k.Dialog.Bottom)
	h.requireView(last)
	if m := atEnd.FindStringSubmatch(h.view()); m == nil || m[1] != m[2] {
		t.Fatalf("end does not reach the last line:\n%s", h.view())
	}
	h.press(k.Dialog.PageUp)
	h.press(k.Dialog.Top)
	h.requireView(first, "lines 1–")
	h.press(k.Dialog.PageDown)
	h.press(k.Dialog.PageDown)
	h.requireView(last)
	// The arrows scrolled; the options move with right and answer with enter.
	h.send(keyPress("down"))
	if sd.cursor != 0 {
		t.Fatalf("down moved the options (cursor %d), not the report", sd.cursor)
	}
	h.send(keyPress("right"))
	h.press(k.Dialog.Confirm)
	if got := h.store.get(d.ID); got.Provider != "dasha" {
		t.Fatalf("switching after scrolling left the draft on %s", got.Provider)
	}
}
