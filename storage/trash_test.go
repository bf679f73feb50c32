package storage

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/agentdeck/agentdeck/agent"
)

func TestTrashListsEveryDeletedVersion(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	first, _ := os.ReadFile(s.path(d.ID))
	mustDelete(t, s, d.ID)
	// The same id comes back (a file copied in by hand) and is deleted
	// again: both versions stay, under names that do not collide.
	d2 := d
	d2.Name = "Front desk, second"
	data, err := encodeDraft(&d2)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.path(d.ID), data, 0o600); err != nil {
		t.Fatal(err)
	}
	mustDelete(t, s, d.ID)

	trash, err := s.Trash()
	if err != nil || len(trash) != 2 {
		t.Fatalf("trash = %+v, %v; want both versions", trash, err)
	}
	newest, oldest := trash[0], trash[1]
	if newest.ID != d.ID || oldest.ID != d.ID || newest.Key == oldest.Key || oldest.Key != d.ID {
		t.Errorf("keys %q and %q for ids %q and %q", newest.Key, oldest.Key, newest.ID, oldest.ID)
	}
	if newest.Name != "Front desk, second" || newest.Provider != "nova" || !newest.Deleted.After(oldest.Deleted) {
		t.Errorf("newest = %+v, oldest = %+v", newest, oldest)
	}
	if kept, _ := os.ReadFile(oldest.Path); string(kept) != string(first) {
		t.Error("the first deleted version was overwritten")
	}

	// The id names the newest version; a key names its own. Restoring
	// one leaves the other in the trash.
	if byID, err := s.FindTrashed(d.ID); err != nil || byID.Key != newest.Key {
		t.Fatalf("by id: %+v, %v; want the newest", byID, err)
	}
	got, err := s.Restore(newest.Key)
	if err != nil || got.Key != newest.Key {
		t.Fatalf("restore = %+v, %v", got, err)
	}
	back, err := s.Load(d.ID)
	if err != nil || back.Name != "Front desk, second" {
		t.Fatalf("restored draft %q, %v", back.Name, err)
	}
	left, _ := s.Trash()
	if len(left) != 1 || left[0].Key != oldest.Key {
		t.Fatalf("trash after restore = %+v", left)
	}
	// The oldest version is named by its file; it cannot come back over
	// the draft now in the folder.
	if _, err := s.Restore(oldest.Path); !errors.Is(err, agent.ErrConflict) {
		t.Errorf("restoring over the restored draft: %v, want a refusal", err)
	}
	mustDelete(t, s, d.ID)
	if got, err := s.Restore(oldest.Path); err != nil || got.Key != oldest.Key {
		t.Errorf("restore by file = %+v, %v", got, err)
	}
}

func TestRestoreRefusesToOverwriteADraft(t *testing.T) {
	t.Parallel()
	s, d := storeWith(t, "Front desk", "nova")
	mustDelete(t, s, d.ID)
	other := []byte("a draft the person put back by hand")
	if err := os.WriteFile(s.path(d.ID), other, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := s.Restore(d.ID)
	if !errors.Is(err, agent.ErrConflict) || !strings.Contains(err.Error(), "in the drafts folder already") {
		t.Fatalf("err = %v, want a plain refusal", err)
	}
	if now, _ := os.ReadFile(s.path(d.ID)); string(now) != string(other) {
		t.Error("the draft in the folder was overwritten")
	}
	if trash, _ := s.Trash(); len(trash) != 1 {
		t.Errorf("the trash lost its version: %+v", trash)
	}
}

func TestRestoreFindsByNameAndKey(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	a, b := newDraft("Desk", "nova"), newDraft("Desk", "dasha")
	mustSave(t, s, &a, &b)
	mustDelete(t, s, a.ID, b.ID)
	if _, err := s.Restore("Desk"); err == nil || !strings.Contains(err.Error(), "name one by its key") {
		t.Fatalf("two deleted drafts named alike: %v, want a refusal naming their keys", err)
	}
	if _, err := s.Restore("nothing"); !errors.Is(err, agent.ErrNotFound) {
		t.Fatalf("unknown: %v, want not found", err)
	}
	if e, err := s.Restore(a.ID); err != nil || e.Provider != "nova" {
		t.Fatalf("by id: %+v, %v", e, err)
	}
	if e, err := s.Restore("Desk"); err != nil || e.ID != b.ID {
		t.Fatalf("by the name only one deleted draft has now: %+v, %v", e, err)
	}
}

func TestTrashListsADamagedFile(t *testing.T) {
	t.Parallel()
	s := newTestStore(t)
	if err := os.WriteFile(s.path("broken"), []byte("schema_version: 9\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustDelete(t, s, "broken")
	trash, err := s.Trash()
	if err != nil || len(trash) != 1 || trash[0].Damaged == "" || trash[0].ID != "broken" {
		t.Fatalf("trash = %+v, %v", trash, err)
	}
	if empty, err := newTestStore(t).Trash(); err != nil || len(empty) != 0 {
		t.Errorf("a store with no trash folder: %v, %v", empty, err)
	}
}
