package dasha

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

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
	return httpx.AsProvider(New(c.APIKey, withConnection(c)))
}

// withConnection sets the base URL, the key's source and the timeout.
func withConnection(c agent.Connection) Option {
	return func(o *options) error { return o.SetConnection(c) }
}
