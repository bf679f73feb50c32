package ui

import (
	"errors"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// conflictingEdit opens a draft, lets another session save it, then types
// in Basics so the autosave is refused as stale.
func conflictingEdit(t *testing.T) (*harness, agent.Draft) {
	t.Helper()
	h, d := openEditor(t, "dasha", "blank", nil)
	h.makeConflict()
	return h, d
}

// typeWhileSavesFail types "!" after a new Nova draft's name while every
// save fails with err.
func typeWhileSavesFail(t *testing.T, err error) (*harness, agent.Draft) {
	t.Helper()
	h, d := openEditor(t, "nova", "blank", nil)
	h.editField(agent.SectionBasics, "identity.name")
	h.store.saveErr = err
	h.typeText("!")
	return h, d
}

// typeNameHeld types "!" after a new Nova draft's name, the autosave held
// back as if the moment before it had not passed.
func typeNameHeld(t *testing.T) (*harness, agent.Draft) {
	t.Helper()
	h, d := openEditor(t, "nova", "blank", nil)
	h.holdAutosave = true
	h.editField(agent.SectionBasics, "identity.name")
	h.typeText("!")
	return h, d
}

// quitSaving presses ctrl+c and requires the app to quit (what says after
// what) with "Desk!", the name typeWhileSavesFail types, saved in draft id;
// lost words the failure, given the name on disk.
func (h *harness) quitSaving(id, what, lost string) {
	h.t.Helper()
	h.press(h.keys().Global.Quit)
	h.requireQuit(what)
	if got := h.store.get(id).Agent.Identity.Name; got != "Desk!" {
		h.t.Fatalf(lost, got)
	}
}

func TestConflictSaveMineAsACopyKeepsBothVersions(t *testing.T) {
	t.Parallel()
	h, d := conflictingEdit(t)
	h.press(h.keys().Dialog.Confirm) // Save mine as a copy
	if h.store.count() != 2 {
		t.Fatalf("there are %d drafts, want the original and the copy", h.store.count())
	}
	if got := h.store.get(d.ID).Agent.Identity.Description; got != "theirs" {
		t.Fatalf("the other session's save was overwritten: %q", got)
	}
	e := h.editor()
	if e.draft.ID == d.ID || e.draft.Name != "Desk (my copy)" {
		t.Fatalf("the editor now edits %s %q, want the copy", e.draft.ID, e.draft.Name)
	}
	if got := h.store.get(e.draft.ID).Agent.Identity.Description; got != "mine" {
		t.Fatalf("the copy holds %q", got)
	}
	h.requireView("Your changes are saved as “Desk (my copy)”")
	h.typeText(" again")
	if got := h.store.get(e.draft.ID).Agent.Identity.Description; got != "mine again" {
		t.Fatalf("typing after the copy saved %q to the copy", got)
	}
}

func TestConflictReloadTakesTheSavedVersion(t *testing.T) {
	t.Parallel()
	h, d := conflictingEdit(t)
	h.press(h.keys().Dialog.Next)
	h.press(h.keys().Dialog.Confirm) // Reload
	e := h.editor()
	if e.draft.Agent.Identity.Description != "theirs" || e.focus != focusSidebar {
		t.Fatalf("after reload the editor holds %q with focus %d", e.draft.Agent.Identity.Description, e.focus)
	}
	h.editField(agent.SectionBasics, "identity.description")
	h.typeText(" and mine")
	if got := h.store.get(d.ID).Agent.Identity.Description; got != "theirs and mine" {
		t.Fatalf("after reloading, an edit saved %q", got)
	}
	if h.store.count() != 1 {
		t.Fatal("reloading made a copy")
	}
}

func TestQuitSavesTheEditThatHadNotBeenSavedYet(t *testing.T) {
	t.Parallel()
	h, d := typeNameHeld(t)
	if h.store.get(d.ID).Agent.Identity.Name != "Desk" {
		t.Fatal("the edit was saved before the moment passed; the test proves nothing")
	}
	h.quitSaving(d.ID, "ctrl+c", "quitting lost the edit: %q on disk")
}

func TestQuitAsksOnlyWhenASaveIsFailing(t *testing.T) {
	t.Parallel()
	h, d := typeWhileSavesFail(t, errors.New("no space left on device"))
	h.requireView("Not saved: No space left on device.", "not saved")

	h.press(h.keys().Global.Quit)
	if h.quit {
		t.Fatal("quit without asking while a save was failing")
	}
	h.requireView("Some changes are not saved", "Quit and lose them")
	h.press(h.keys().Dialog.Confirm) // Stay
	if h.quit || h.app.dialog != nil {
		t.Fatal("choosing to stay did not stay")
	}

	// Once the disk has room again, quitting saves and goes.
	h.store.saveErr = nil
	h.quitSaving(d.ID, "quit, after the save worked,", "the retried save wrote %q")
}

func TestQuitAndLoseThemQuits(t *testing.T) {
	t.Parallel()
	h, _ := typeWhileSavesFail(t, errors.New("read-only file system"))
	h.press(h.keys().Global.Quit)
	h.press(h.keys().Dialog.Next)
	h.press(h.keys().Dialog.Confirm)
	h.requireQuit("choosing to quit")
}

func TestStatusSaysHowLongAgoItSaved(t *testing.T) {
	t.Parallel()
	now := testNow
	s := status{lastSaved: now}
	cases := map[time.Duration]string{0: "saved", 59 * time.Second: "saved", 2 * time.Minute: "saved 2m ago", 3 * time.Hour: "saved 3h ago"}
	for d, want := range cases {
		if got := s.saveText(now.Add(d)); got != want {
			t.Errorf("after %v: %q, want %q", d, got, want)
		}
	}
	if s.refresh(now.Add(90*time.Second)) == nil || s.refresh(now) != nil {
		t.Fatal("the refresh is not scheduled once, or twice")
	}
	s2 := status{lastSaved: now}
	if s2.refresh(now.Add(25*time.Hour)) != nil {
		t.Fatal("a day-old save still refreshes")
	}
}

// Put off with esc, the question does not come back while the person
// types (it would take the next keys), but as soon as they leave the field.
func TestConflictDialogComesBackAfterEscWhenLeavingTheField(t *testing.T) {
	t.Parallel()
	h, d := conflictingEdit(t)
	h.press(h.keys().Dialog.Cancel)
	if h.app.dialog != nil {
		t.Fatal("esc did not close the dialog")
	}
	h.requireView("not saved")
	h.typeText("!?")
	if h.app.dialog != nil {
		t.Fatalf("the question came back in the middle of typing:\n%s", h.view())
	}
	h.press(h.keys().Global.Back)
	requireDialog[*conflictDialog](h)
	h.press(h.keys().Dialog.Confirm) // keep mine as a copy
	if c := h.editor().draft; c.ID == d.ID || h.store.get(c.ID).Agent.Identity.Description != "mine!?" {
		t.Fatalf("the copy does not hold the newest edit: %+v", h.store.get(c.ID).Agent.Identity)
	}
}

// A process being stopped saves what waits and quits without asking.
func TestShutdownSavesAndQuitsWithoutAsking(t *testing.T) {
	t.Parallel()
	h, d := typeNameHeld(t)
	h.send(ShutdownMsg{})
	if !h.quit || h.store.get(d.ID).Agent.Identity.Name != "Desk!" {
		t.Fatalf("shutdown: quit %v, name on disk %q", h.quit, h.store.get(d.ID).Agent.Identity.Name)
	}
}

// Stopped in the middle of a conflict, nobody can choose: both versions
// are kept.
func TestShutdownDuringAConflictKeepsBothVersions(t *testing.T) {
	t.Parallel()
	h, d := openEditor(t, "dasha", "blank", nil)
	h.saveTheirs()
	h.holdAutosave = true
	h.editField(agent.SectionBasics, "identity.description")
	h.typeText("mine")
	h.send(ShutdownMsg{})
	if !h.quit || h.store.count() != 2 || h.store.get(d.ID).Agent.Identity.Description != "theirs" {
		t.Fatalf("quit %v with %d drafts; the original holds %q", h.quit, h.store.count(), h.store.get(d.ID).Agent.Identity.Description)
	}
}
