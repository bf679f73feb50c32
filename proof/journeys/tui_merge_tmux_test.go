package journeys

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/ui"
)

// TestTUIMergeAndHistoryInTmux runs the real binary in an 80×24 tmux
// window against a fake Nova: the agent was renamed in Nova's dashboard
// and in the draft since the last push, so the review asks about that one
// setting with both values; the person takes theirs and submits, and the
// draft's history screen then lists both pushes.
func TestTUIMergeAndHistoryInTmux(t *testing.T) {
	needTmuxBinary(t)
	n := newNovaDesk(t)
	remote := n.run(t, "push", n.id)
	n.run(t, "rename", n.id, "Mine")
	if !n.fake.Modify(remote, func(a map[string]any) { a["name"] = "Theirs" }) {
		t.Fatalf("the fake has no agent %s", remote)
	}
	keys := ui.DefaultKeyMap()
	pane := startTmuxPane(t, 80, 24, n.env, n.bin+" --theme dark")
	pane.waitFor("agentdeck › Drafts", "Mine")
	pane.send(keyBytes(t, keys.Drafts.Open))
	pane.waitFor("Mine · Nova", "Basics")
	pane.send(keyBytes(t, keys.Editor.Review))
	pane.waitFor("was changed here and on Nova", "Yours:  Mine", "Theirs: Theirs", "Take theirs")
	pane.send(keyBytes(t, keys.Dialog.Next))
	pane.send(keyBytes(t, keys.Dialog.Confirm))
	pane.waitFor("Submit “Mine” to Nova?", "your choices.")
	pane.send(keyBytes(t, keys.Dialog.Next))
	pane.send(keyBytes(t, keys.Dialog.Confirm))
	pane.waitFor("✓ Updated the agent on Nova")
	if a := n.fake.Stored(remote); a["name"] != "Theirs" {
		t.Errorf("the agent on the fake is named %v", a["name"])
	}
	pane.send(keyBytes(t, keys.Global.Back))
	pane.waitFor("· review")
	pane.send(keyBytes(t, keys.Global.Back))
	pane.waitFor("Theirs · Nova", "Basics")
	pane.send(keyBytes(t, keys.Editor.History))
	scr := pane.waitFor("· history", "2 versions kept", "Version 2", "Version 1")
	if strings.Contains(scr, novaKey) {
		t.Fatalf("the history screen shows the API key:\n%s", scr)
	}
}
