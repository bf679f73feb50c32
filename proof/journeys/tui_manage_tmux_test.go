package journeys

import (
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/ui"
)

// TestTUIDeletesADraftToTheTrashInTmux runs the real binary at 80×24: on
// the drafts list, x asks first, enter moves the draft to the trash, the
// list no longer shows it, and `agentdeck list --trash` from another shell
// does. Then t opens the trash and enter brings the draft back.
func TestTUIDeletesADraftToTheTrashInTmux(t *testing.T) {
	needTools(t, "tmux")
	bin := buildAgentdeck(t)
	home := t.TempDir()
	env := []string{"AGENTDECK_HOME=" + home}
	run := func(args ...string) string { return runBinary(t, bin, env, args...) }
	id := run("new", "Front desk", "--provider", "nova")
	run("new", "Night line", "--provider", "dasha")

	keys := ui.DefaultKeyMap()
	pane := startTmuxPane(t, 80, 24, env, bin+" --theme dark")
	pane.waitFor("agentdeck › Drafts", "Front desk", "Night line", "2 drafts")
	// Both were made in the same second or not: the filter picks the one.
	pane.send(keyBytes(t, keys.Drafts.Filter))
	pane.send("Front")
	pane.waitFor("/ Front")
	pane.send(keyBytes(t, keys.Drafts.ApplyFilter))
	pane.waitFor("(1 of 2)")
	pane.send(keyBytes(t, keys.Drafts.Delete))
	pane.waitFor("Delete “Front desk”?", "Move it to the trash", "Keep it")
	pane.send(keyBytes(t, keys.Dialog.Confirm))
	pane.waitFor("Moved “Front desk” to the trash.")
	pane.send(keyBytes(t, keys.Drafts.ClearFilter))
	scr := pane.waitFor("Night line", "1 draft")
	if strings.Contains(scr, "Front desk  ") {
		t.Fatalf("the list still shows the deleted draft:\n%s", scr)
	}
	if trash := run("list", "--trash"); !strings.HasPrefix(trash, id) || !strings.Contains(trash, "Front desk") {
		t.Fatalf("agentdeck list --trash = %q", trash)
	}
	if list := run("list"); strings.Contains(list, "Front desk") {
		t.Fatalf("agentdeck list still shows it: %q", list)
	}

	pane.send(keyBytes(t, keys.Drafts.Trash))
	pane.waitFor("agentdeck › Trash", "1 deleted draft", "Front desk")
	pane.send(keyBytes(t, keys.Trash.Restore))
	pane.waitFor("agentdeck › Drafts", "Restored “Front desk”.", "2 drafts")
	if list := run("list"); !strings.Contains(list, id) {
		t.Fatalf("the restored draft is not listed: %q", list)
	}
	pane.send(keyBytes(t, keys.Global.Quit))
	pane.waitFor("[exited] 0")
}
