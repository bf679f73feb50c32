package fakeapi

import (
	"fmt"
	"slices"
)

// Agents is the in-memory agent store every fake keeps: documents of type
// D (a fake's own form of an agent) by id, in creation order, with the
// counter that numbers new ids. It does no locking; the fake holds its own
// lock around every use, as it does around the rest of its state.
type Agents[D any] struct {
	order []string
	docs  map[string]D
	next  int
}

// NewID counts one more agent and spells its id with format, which takes
// the count (e.g. "agt_%04d").
func (s *Agents[D]) NewID(format string) string {
	s.next++
	return fmt.Sprintf(format, s.next)
}

// Add stores d under id as the newest agent.
func (s *Agents[D]) Add(id string, d D) {
	if s.docs == nil {
		s.docs = map[string]D{}
	}
	if _, ok := s.docs[id]; !ok {
		s.order = append(s.order, id)
	}
	s.docs[id] = d
}

// Get returns the agent stored under id.
func (s *Agents[D]) Get(id string) (D, bool) {
	d, ok := s.docs[id]
	return d, ok
}

// Remove deletes the agent under id, if there is one.
func (s *Agents[D]) Remove(id string) {
	if _, ok := s.docs[id]; !ok {
		return
	}
	delete(s.docs, id)
	s.order = slices.DeleteFunc(s.order, func(have string) bool { return have == id })
}

// Len is the number of agents.
func (s *Agents[D]) Len() int { return len(s.order) }

// IDs lists the ids in creation order, as a copy.
func (s *Agents[D]) IDs() []string { return append([]string(nil), s.order...) }

// All lists the agents in creation order.
func (s *Agents[D]) All() []D {
	out := make([]D, 0, len(s.order))
	for _, id := range s.order {
		out = append(out, s.docs[id])
	}
	return out
}

// Page lists the ids of the agents from start (0 is the oldest), at most
// size of them; nothing when start is past the end.
func (s *Agents[D]) Page(start, size int) []string {
	start = max(0, min(start, len(s.order)))
	end := min(start+max(size, 0), len(s.order))
	return append([]string(nil), s.order[start:end]...)
}
