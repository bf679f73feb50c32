package fakeapi

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

// Store is a fake's agents and the lock that guards them (and the rest of
// the fake's state). A fake embeds it: its handlers hold Mu while they use
// Agents, and its tests get Count, IDs, Stored and Modify, each read under
// that lock.
type Store[D any] struct {
	Mu     sync.Mutex
	Agents Agents[D]
}

// Count is the number of agents.
func (s *Store[D]) Count() int {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	return s.Agents.Len()
}

// IDs lists the agents' ids in creation order.
func (s *Store[D]) IDs() []string {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	return s.Agents.IDs()
}

// Stored returns a copy of the agent as stored (a fake keeps no
// response-only fields), as plain JSON values, or nil.
func (s *Store[D]) Stored(id string) map[string]any {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	doc, ok := s.Agents.Get(id)
	if !ok {
		return nil
	}
	out, _ := ParseObject(Marshal(doc))
	return out
}

// Modify changes a stored agent in place, as an edit in the provider's
// dashboard would; false when there is no such agent.
func (s *Store[D]) Modify(id string, change func(D)) bool {
	s.Mu.Lock()
	defer s.Mu.Unlock()
	doc, ok := s.Agents.Get(id)
	if ok {
		change(doc)
	}
	return ok
}

// Start serves h on a local test server, stopped when the test ends, and
// returns its address.
func Start(tb testing.TB, h http.Handler) string {
	tb.Helper()
	srv := httptest.NewServer(h)
	tb.Cleanup(srv.Close)
	return srv.URL
}
