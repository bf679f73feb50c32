package elevenlabs

import (
	"github.com/agentdeck/agentdeck/agent"
	"github.com/agentdeck/agentdeck/providers/internal/httpx"
)

// Descriptor is what agentdeck knows of ElevenLabs Agents: its id, name,
// default address and auth styles (xi-api-key by default, as ElevenLabs
// documents; x-api-key, as its seed, an anonymised copy, shows). The
// composition root lists it in the registry that storage, the command line
// and the terminal UI read.
func Descriptor() agent.Descriptor {
	return agent.Descriptor{
		Info: agent.ProviderInfo{
			ID:      ProviderID,
			Name:    "ElevenLabs Agents",
			Summary: "ElevenLabs' voice agents: its own voices, a wide choice of LLMs, built-in call tools.",
		},
		DefaultBaseURL: DefaultBaseURL,
		AuthStyles:     []string{AuthXIAPIKey, AuthXAPIKey},
		New:            fromConnection,
	}
}

// fromConnection builds a client from the settings, the environment and
// the credentials (see agent.Connection).
func fromConnection(c agent.Connection) (agent.Provider, error) {
	return httpx.AsProvider(New(c.APIKey, withConnection(c), WithAuthStyle(c.AuthStyle)))
}

// withConnection sets the base URL, the key's source and the timeout.
func withConnection(c agent.Connection) Option {
	return func(o *options) error { return o.SetConnection(c) }
}
