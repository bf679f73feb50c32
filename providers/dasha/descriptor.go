package dasha

import "github.com/agentdeck/agentdeck/agent"

// Descriptor is what agentdeck knows of Dasha BlackBox: its id, name,
// default address and auth style (a bearer token). The composition root
// lists it in the registry that storage, the command line and the terminal
// UI read.
func Descriptor() agent.Descriptor {
	return agent.Descriptor{
		Info: agent.ProviderInfo{
			ID:      ProviderID,
			Name:    "Dasha BlackBox",
			Summary: "Voice agents with calling hours, webhook tools and MCP; pushed as one full agent.",
		},
		DefaultBaseURL: DefaultBaseURL,
		AuthStyles:     []string{agent.AuthBearer},
		New:            fromConnection,
	}
}

// fromConnection builds a client from the settings, the environment and
// the credentials (see agent.Connection).
func fromConnection(c agent.Connection) (agent.Provider, error) {
	opts := []Option{WithBaseURL(c.BaseURL), WithKeySource(c.KeyFrom)}
	if c.Timeout > 0 {
		opts = append(opts, WithTimeout(c.Timeout))
	}
	client, err := New(c.APIKey, opts...)
	if err != nil {
		return nil, err
	}
	return client, nil
}
