package journeys

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/providers/nova/novatest"
	"github.com/agentdeck/agentdeck/ui"
)

// TestTUISubmitInTmux runs the real binary in an 80×24 tmux window against
// a fake Nova that this test serves on 127.0.0.1, with the key in the
// environment, and goes from the editor to the review to a submit: the
// screen must show the remote agent's id, and the draft file record it.
func TestTUISubmitInTmux(t *testing.T) {
	needTmuxBinary(t)
	n := newNovaDesk(t)
	bin, env, fake, draftID := n.bin, n.env, n.fake, n.id
	keys := ui.DefaultKeyMap()
	pane := startTmuxPane(t, 80, 24, env, bin+" --theme dark")
	pane.waitFor("agentdeck › Drafts", "Front desk", "Nova")
	pane.send(keyBytes(t, keys.Drafts.Open))
	pane.waitFor("Front desk · Nova", "Basics", "ctrl+r review")

	pane.send(keyBytes(t, keys.Editor.Review))
	scr := pane.waitFor("Front desk · review", "Ready to submit to Nova", "1 of 2 · create the agent",
		"POST "+fake.BaseURL+"/org/"+novatest.Org+"/agents")
	if strings.Contains(scr, novaKey) {
		t.Fatalf("the review shows the API key:\n%s", scr)
	}
	pane.send(keyBytes(t, keys.Review.Submit))
	pane.waitFor("Submit “Front desk” to Nova?", "Not now")
	pane.send(keyBytes(t, keys.Dialog.Next))
	pane.send(keyBytes(t, keys.Dialog.Confirm))
	scr = pane.waitFor("✓ Created the agent on Nova", "✓ create the agent", "✓ send the rest of the settings", "Agent id: ")

	ids := fake.IDs()
	if len(ids) != 1 || !strings.Contains(scr, "Agent id: "+ids[0]) {
		t.Fatalf("want one agent on the fake, its id on screen; the fake holds %v and the screen shows:\n%s", ids, scr)
	}
	raw, err := os.ReadFile(filepath.Join(n.home, "drafts", draftID+".yaml"))
	if err != nil || !strings.Contains(string(raw), "id: "+ids[0]) {
		t.Fatalf("the draft file does not record %s (%v):\n%s", ids[0], err, raw)
	}
	if strings.Contains(string(raw), novaKey) {
		t.Fatal("the API key reached the draft file")
	}
}

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
	pane := openDraftInTmux(t, n.bin, n.env, "Mine", "Nova")
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
