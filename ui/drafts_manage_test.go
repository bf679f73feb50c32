package ui

import (
	"strings"
	"testing"
)

func TestDraftsDeleteAsksThenMovesToTheTrash(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	d := h.seed("Desk", "nova", "blank")
	h.start(80, 24)
	k := h.keys()

	h.press(k.Drafts.Delete)
	requireDialog[*deleteDraftDialog](h)
	h.requireView("Delete “Desk”?", "Move it to the trash", "Keep it")
	h.press(k.Dialog.Cancel)
	if h.store.count() != 1 {
		t.Fatal("esc on the question deleted the draft")
	}
	h.press(k.Drafts.Delete)
	h.press(k.Dialog.Next) // Keep it
	h.press(k.Dialog.Confirm)
	if h.store.count() != 1 {
		t.Fatal("“Keep it” deleted the draft")
	}

	h.press(k.Drafts.Delete)
	h.press(k.Dialog.Confirm) // Move it to the trash
	if h.store.count() != 0 {
		t.Fatal("the draft is still among the drafts")
	}
	if trash, _ := h.store.Trash(); len(trash) != 1 || trash[0].ID != d.ID {
		t.Fatalf("trash = %+v", trash)
	}
	h.requireView("Moved “Desk” to the trash. Press t to see the trash.", "No drafts yet")
}

func TestDraftsTrashRestoresADeletedDraft(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	d := h.seed("Desk", "nova", "blank")
	h.seed("Other", "dasha", "blank")
	if err := h.store.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	h.start(80, 24)
	k := h.keys()
	h.press(k.Drafts.Trash)
	h.requireView("agentdeck › Trash", "1 deleted draft", "Desk", "Nova", "enter restore")
	h.press(k.Trash.Restore)
	if _, ok := h.top().(*draftsScreen); !ok {
		t.Fatalf("after restoring, the top screen is %T, want the drafts", h.top())
	}
	if got := h.store.get(d.ID); got.Name != "Desk" {
		t.Fatalf("the draft was not restored: %+v", got)
	}
	h.requireView("Restored “Desk”.", "2 drafts")
	if e, _ := h.top().(*draftsScreen).selected(); e.ID != d.ID {
		t.Errorf("the cursor is on %q, want the restored draft", e.Name)
	}

	// A draft with the same id is never overwritten.
	if err := h.store.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	h.store.put(d)
	h.press(k.Drafts.Trash)
	h.press(k.Trash.Restore)
	h.requireView("“Desk” is among your drafts already, so it stays in the trash.")
	if _, ok := h.top().(*trashScreen); !ok {
		t.Fatalf("a refused restore left the trash: %T", h.top())
	}
	h.press(k.Global.Back)
	h.requireView("agentdeck › Drafts")
}

func TestDraftsRenameNamesTheDraftAndItsAgent(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	d := h.seed("Desk", "nova", "blank")
	h.seed("Taken", "nova", "blank")
	h.start(80, 24)
	k := h.keys()
	h.top().(*draftsScreen).selectID = d.ID
	h.press(k.Drafts.Reload)

	h.press(k.Drafts.Rename)
	h.requireView("Rename to: Desk", "enter rename", "esc cancel")
	h.send(keyPress("ctrl+u"))
	h.typeText("taken")
	h.press(k.Drafts.ApplyName)
	h.requireView("You already have a draft called that; pick another name.")
	if got := h.store.get(d.ID); got.Name != "Desk" {
		t.Fatalf("a taken name was applied: %q", got.Name)
	}
	h.press(k.Drafts.CancelName)
	h.press(k.Drafts.Rename)
	h.send(keyPress("ctrl+u"))
	h.typeText("Night line")
	h.press(k.Drafts.ApplyName)
	got := h.store.get(d.ID)
	if got.Name != "Night line" || got.Agent.Identity.Name != "Night line" {
		t.Fatalf("renamed to %q, agent %q", got.Name, got.Agent.Identity.Name)
	}
	h.requireView("Renamed “Desk” to “Night line”.", "Night line")
}

func TestDraftsCopyIsNotLinkedToTheOriginalsAgent(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	d := seedPushed(h, "nova", "blank", "agent-1", nil)
	h.start(80, 24)
	k := h.keys()
	h.press(k.Drafts.Copy)
	h.requireView("Name of the copy: Desk (copy)", "enter make the copy")
	h.press(k.Drafts.ApplyName)
	if h.store.count() != 2 {
		t.Fatalf("%d drafts, want the original and its copy", h.store.count())
	}
	e, _ := h.top().(*draftsScreen).selected()
	c := h.store.get(e.ID)
	if e.ID == d.ID || c.Name != "Desk (copy)" || c.Agent.Identity.Name != "Desk (copy)" || len(c.LinkedIDs()) != 0 {
		t.Fatalf("the cursor is on %q (agent %q) linked to %v", c.Name, c.Agent.Identity.Name, c.LinkedIDs())
	}
	if orig := h.store.get(d.ID); orig.Remote().ID != "agent-1" || orig.Name != "Desk" {
		t.Fatalf("the original changed: %+v", orig.Remote())
	}
	h.requireView("Copied “Desk” as “Desk (copy)”; pushing the copy makes a new agent.")
}

// TestDraftDeletedElsewhereIsNotRecreated: a draft deleted from another
// window (or with agentdeck rm) while open here is not written back by the
// next save; the status line says why, in words about the draft.
func TestDraftDeletedElsewhereIsNotRecreated(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "dasha", "blank", nil)
	if err := h.store.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	h.press(h.keys().Editor.Open)
	h.focusField("identity.description")
	h.holdAutosave = true
	h.typeText("mine")
	h.holdAutosave = false
	h.send(autosaveDueMsg{seq: h.editor().tickSeq})
	if h.store.count() != 0 {
		t.Fatal("the save recreated the deleted draft")
	}
	v := h.view()
	if !strings.Contains(v, "Not saved: Draft "+d.ID+" is no longer in the drafts folder") || strings.Contains(v, "no such agent") {
		t.Fatalf("the status line does not say the draft was deleted:\n%s", v)
	}
}
