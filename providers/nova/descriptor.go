package nova

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// Descriptor is what agentdeck knows of Nova: its id, name, default address,
// auth styles (X-API-Key by default, as its seeds send; a bearer token, as
// its other docs do), and that every request names an organisation. The
// composition root lists it in the registry that storage, the command line
// and the terminal UI read.
func Descriptor() agent.Descriptor {
	return agent.Descriptor{
		Info: agent.ProviderInfo{
			ID:               ProviderID,
			Name:             "Nova",
			Summary:          "Cozmo AI's Nova: voice, chat and video agents, pushed in two steps (create, then configure).",
			CreateThenUpdate: true,
		},
		DefaultBaseURL: DefaultBaseURL,
		AuthStyles:     []string{AuthXAPIKey, AuthBearer},
		NeedsOrgID:     true,
		New:            fromConnection,
	}
}

// fromConnection builds a client from the settings, the environment and
// the credentials (see agent.Connection).
func fromConnection(c agent.Connection) (agent.Provider, error) {
	return httpx.AsProvider(New(c.APIKey, withConnection(c), WithOrgID(c.OrgID), WithAuthStyle(c.AuthStyle)))
}

// withConnection sets the base URL, the key's source and the timeout.
func withConnection(c agent.Connection) Option {
	return func(o *options) error { return o.SetConnection(c) }
}
