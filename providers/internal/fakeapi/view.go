package fakeapi

import "sync"

// View is what tests read of a fake's agents, each read under the fake's
// own lock. A fake embeds it, pointing it at its mutex and its store, and so
// has Count, IDs and Stored written once.
type View[D any] struct {
	Mu     *sync.Mutex
	Agents *Agents[D]
}

// Count is the number of agents.
func (v View[D]) Count() int {
	v.Mu.Lock()
	defer v.Mu.Unlock()
	return v.Agents.Len()
}

// IDs lists the agents' ids in creation order.
func (v View[D]) IDs() []string {
	v.Mu.Lock()
	defer v.Mu.Unlock()
	return v.Agents.IDs()
}

// Stored returns a copy of the agent as stored (a fake keeps no
// response-only fields), as plain JSON values, or nil.
func (v View[D]) Stored(id string) map[string]any {
	v.Mu.Lock()
	defer v.Mu.Unlock()
	doc, ok := v.Agents.Get(id)
	if !ok {
		return nil
	}
	out, _ := ParseObject(Marshal(doc))
	return out
}

// Modify changes a stored agent in place, as an edit in the provider's
// dashboard would; false when there is no such agent.
func (v View[D]) Modify(id string, change func(D)) bool {
	v.Mu.Lock()
	defer v.Mu.Unlock()
	doc, ok := v.Agents.Get(id)
	if ok {
		change(doc)
	}
	return ok
}
