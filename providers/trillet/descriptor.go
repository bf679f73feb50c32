package trillet

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

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
	return httpx.AsProvider(New(c.APIKey, withConnection(c), WithWorkspaceID(c.WorkspaceID)))
}

// withConnection sets the base URL, the key's source and the timeout.
func withConnection(c agent.Connection) Option {
	return func(o *options) error { return o.SetConnection(c) }
}
