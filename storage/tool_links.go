package storage

import (
	"slices"

	"github.com/agentdeck/agentdeck/agent"
)

// ToolLinks names the drafts whose tools link a provider-side tool (a
// workspace tool a push made): the proof that a tool an earlier, unclear
// create made belongs to no other draft. Tool links are not in the index,
// so the drafts of the provider are read; this runs only when a tool
// create's answer was lost.
func (s *Store) ToolLinks(provider, toolID string) ([]string, error) {
	return s.draftIDs(func(e Entry) bool {
		if e.Provider != provider {
			return false
		}
		d, err := s.Peek(e.ID)
		if err != nil {
			return false // a damaged draft links nothing it can push
		}
		return slices.ContainsFunc(d.Agent.Tools, func(t agent.Tool) bool { return t.RemoteID == toolID })
	})
}
