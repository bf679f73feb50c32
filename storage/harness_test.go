package storage

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/agentdeck/agentdeck/agent"
)

// newTestStore opens a store in a fresh folder with a clock that advances
// one minute per reading, so saves have distinct, predictable times.
func newTestStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "data", "drafts"))
	if err != nil {
		t.Fatal(err)
	}
	// Saves read the clock outside the folder lock (a save syncs its file
	// before taking the lock), so the test clock takes a lock of its own.
	var mu sync.Mutex
	clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		clock = clock.Add(time.Minute)
		return clock
	}
	return s
}

// newCredentials opens an empty credentials file in a fresh folder.
func newCredentials(t *testing.T) *Credentials {
	t.Helper()
	c, err := OpenCredentials(filepath.Join(t.TempDir(), "credentials.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// newDraft returns an unsaved draft from the receptionist template.
func newDraft(name, provider string) agent.Draft {
	tmpl, _ := agent.TemplateByID("receptionist")
	return agent.Draft{Name: name, Provider: provider, Template: tmpl.ID, Agent: tmpl.New(name)}
}

// mustSave saves each draft in turn, stopping the test at a failure.
func mustSave(t *testing.T, s *Store, drafts ...*agent.Draft) {
	t.Helper()
	for _, d := range drafts {
		if err := s.Save(d); err != nil {
			t.Fatalf("save %q: %v", d.Name, err)
		}
	}
}

// storeWith is a fresh store holding one saved draft.
// mustDelete moves drafts to the trash, as the setup of tests about what
// the trash holds and what may still be done with a deleted draft.
func mustDelete(t *testing.T, s *Store, ids ...string) {
	t.Helper()
	for _, id := range ids {
		if err := s.Delete(id); err != nil {
			t.Fatalf("delete %q: %v", id, err)
		}
	}
}

func storeWith(t *testing.T, name, provider string) (*Store, agent.Draft) {
	t.Helper()
	s := newTestStore(t)
	d := newDraft(name, provider)
	mustSave(t, s, &d)
	return s, d
}

func floatp(v float64) *float64 { return &v }
