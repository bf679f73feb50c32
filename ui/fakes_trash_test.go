package ui

import (
	"fmt"

	"github.com/agentdeck/agentdeck/agent"
)

// The fake store's trash, with the storage package's rules: every deleted
// version is kept, newest first, and a restore never overwrites a draft.

type fakeTrashed struct {
	entry TrashEntry
	draft agent.Draft
}

func (s *fakeStore) Delete(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.drafts[id]
	if !ok {
		return fmt.Errorf("%w: there is no draft %s", agent.ErrNotFound, id)
	}
	delete(s.drafts, id)
	s.seq++
	key := fmt.Sprintf("%s-%d", id, s.seq)
	e := TrashEntry{Key: key, ID: id, Name: d.Name, Provider: d.Provider, Deleted: s.now().UTC(), Path: "/trash/" + key + ".yaml"}
	s.trash = append([]fakeTrashed{{entry: e, draft: d}}, s.trash...)
	return nil
}

func (s *fakeStore) Trash() ([]TrashEntry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]TrashEntry, len(s.trash))
	for i, t := range s.trash {
		out[i] = t.entry
	}
	return out, nil
}

func (s *fakeStore) Restore(e TrashEntry) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, t := range s.trash {
		if t.entry.Key != e.Key {
			continue
		}
		if _, taken := s.drafts[t.entry.ID]; taken {
			return fmt.Errorf("%w: a draft with the id %s is in the drafts folder already, so the deleted one stays in the trash", agent.ErrConflict, t.entry.ID)
		}
		s.drafts[t.entry.ID] = t.draft
		s.trash = append(s.trash[:i], s.trash[i+1:]...)
		return nil
	}
	return fmt.Errorf("%w: the trash holds no draft %s", agent.ErrNotFound, e.Key)
}

// trashed reports whether a version of the draft id is in the trash; the
// caller holds the lock.
func (s *fakeStore) trashed(id string) bool {
	for _, t := range s.trash {
		if t.entry.ID == id {
			return true
		}
	}
	return false
}
