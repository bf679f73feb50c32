package ui

import (
	"os"
	"testing"

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
	h.press(k.Editor.Provider)
	t.Log("\n" + h.view())
	h.press(k.Dialog.Next)
	h.press(k.Dialog.Next)
	h.press(k.Dialog.Confirm)
	t.Log("\n" + h.view())
	h.press(k.Dialog.Cancel)
	h.press(k.Global.Help)
	t.Log("\n" + h.view())
	h.press(k.Global.Help)
	for i := 0; i < 7; i++ {
		h.press(k.Editor.Down)
	}
	h.press(k.Editor.Down)
	h.press(k.Editor.Open)
	t.Log("\n" + h.view())
	h.press(k.Items.Down)
	h.press(k.Items.Edit)
	t.Log("\n" + h.view())
	h.press(k.Items.Add)
	t.Log("\n" + h.view())
	h.send(keyPress("esc"))
	h.press(k.Items.Remove)
	t.Log("\n" + h.view())
}
