package ui

import (
	"os"
	"testing"

	"charm.land/bubbles/v2/key"

	"github.com/agentdeck/agentdeck/agent"
)

func TestPeek(t *testing.T) {
	if os.Getenv("PEEK") == "" {
		t.Skip()
	}
	h := newHarness(t).start(80, 24)
	k := h.keys()
	d := h.seed("Support line", "elevenlabs", "support")
	d.SetRemote(agent.Remote{ID: "agent_123"})
	h.store.put(d)
	h.press(k.Drafts.Reload)
	h.press(k.Drafts.Open)
	// show presses the keys, then logs the screen.
	show := func(keys ...key.Binding) {
		for _, b := range keys {
			h.press(b)
		}
		t.Log("\n" + h.view())
	}
	show(k.Editor.Provider)
	show(k.Dialog.Next, k.Dialog.Next, k.Dialog.Confirm)
	show(k.Dialog.Cancel, k.Global.Help)
	h.press(k.Global.Help)
	for i := 0; i < 7; i++ {
		h.press(k.Editor.Down)
	}
	show(k.Editor.Down, k.Editor.Open)
	show(k.Items.Down, k.Items.Edit)
	show(k.Items.Add)
	h.send(keyPress("esc"))
	show(k.Items.Remove)
}
