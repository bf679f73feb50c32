package storage

// ToolLinks names the drafts whose tools link a provider-side tool (a
// workspace tool a push made): the proof that a tool an earlier, unclear
// create made belongs to no other draft. Tool links are not in the index,
// so the drafts of the provider are read; this runs only when a tool
// create's answer was lost.
func (s *Store) ToolLinks(provider, toolID string) ([]string, error) {
	entries, err := s.List()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.Provider != provider {
			continue
		}
		d, err := s.Peek(e.ID)
		if err != nil {
			continue // a damaged draft links nothing it can push
		}
		for _, t := range d.Agent.Tools {
			if t.RemoteID == toolID {
				out = append(out, e.ID)
				break
			}
		}
	}
	return out, nil
}
