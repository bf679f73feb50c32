package trillet

import "github.com/agentdeck/agentdeck/agent"

// Descriptor is what agentdeck knows of Trillet: its id, name, default
// address, auth style (X-API-Key), and that every request names a workspace.
// The composition root lists it in the registry that storage, the command
// line and the terminal UI read.
func Descriptor() agent.Descriptor {
	return agent.Descriptor{
		Info: agent.ProviderInfo{
			ID:      ProviderID,
			Name:    "Trillet",
			Summary: "Trillet call agents: voice, model, smart callbacks and phone numbers (its API has no prompt field).",
		},
		DefaultBaseURL:   DefaultBaseURL,
		AuthStyles:       []string{agent.AuthXAPIKey},
		NeedsWorkspaceID: true,
		New:              fromConnection,
	}
}

// fromConnection builds a client from the settings, the environment and
// the credentials (see agent.Connection).
func fromConnection(c agent.Connection) (agent.Provider, error) {
	opts := []Option{WithBaseURL(c.BaseURL), WithWorkspaceID(c.WorkspaceID), WithKeySource(c.KeyFrom)}
	if c.Timeout > 0 {
		opts = append(opts, WithTimeout(c.Timeout))
	}
	client, err := New(c.APIKey, opts...)
	if err != nil {
		return nil, err
	}
	return client, nil
}
